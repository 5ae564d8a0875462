/**
 * `String.prototype.matchAll` clones its regex on every call, and V8 may
 * recompile a large pattern for the clone; on the keystroke path that costs
 * more than the scan. This walks a module-level global regex in place.
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    if (match[0].length === 0) pattern.lastIndex++
    yield match
  }
  pattern.lastIndex = 0
}

/**
 * `value` without the trailing run of any of `chars`: a loop, because
 * `/[…]+$/` retries at every position of a long run and turns quadratic.
 */
export function trimEndChars(value: string, chars: string): string {
  let end = value.length
  while (end > 0 && chars.includes(value[end - 1]!)) end--
  return end === value.length ? value : value.slice(0, end)
}

/** Whether `code` is a character JavaScript's `\s` matches (with the `u` flag). */
export function isSpaceCode(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** End of the run of whitespace starting at `from` (`from` itself when none). */
export function spaceRunEnd(text: string, from: number): number {
  let end = from
  while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++
  return end
}
