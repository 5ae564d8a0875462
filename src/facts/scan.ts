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
