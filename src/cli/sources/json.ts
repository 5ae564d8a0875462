/**
 * A JSON reader that keeps positions: iterative (no recursion, so deep nesting
 * is an error rather than a stack overflow), linear, and escape-aware, so a
 * message inside a string maps to the file's own line and column (`\n` inside
 * a string does not move the line; `\u00e9` is six source characters for one).
 */
import type { MappedText } from '../mapped.js'
import { InputError, type SourceNode, type StringSource, memo } from './tree.js'

const MAX_DEPTH = 1000

type Container =
  | { kind: 'object'; node: Extract<SourceNode, { kind: 'object' }>; key: string | undefined }
  | { kind: 'array'; node: Extract<SourceNode, { kind: 'array' }> }

export function parseJson(text: string): SourceNode {
  let i = skipSpace(text, 0)
  const stack: Container[] = []
  let root: SourceNode | undefined

  const fail = (what: string, at: number): never => {
    const found = at >= text.length ? 'the end of the file' : JSON.stringify(text[at])
    throw new InputError(`malformed JSON: expected ${what}, found ${found}`, at)
  }

  // Attach a finished value to its parent; returns true when the root is done.
  const attach = (value: SourceNode): void => {
    const top = stack[stack.length - 1]
    if (!top) root = value
    else if (top.kind === 'array') top.node.items.push(value)
    else {
      top.node.entries.push([top.key!, value])
      top.key = undefined
    }
  }

  for (;;) {
    // Expect a value at i.
    i = skipSpace(text, i)
    const c = text.charCodeAt(i)
    let value: SourceNode | undefined
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= MAX_DEPTH) throw new InputError(`malformed JSON: nested deeper than ${MAX_DEPTH} levels`, i)
      const offset = i
      i = skipSpace(text, i + 1)
      if (c === 0x7b) {
        const node: Extract<SourceNode, { kind: 'object' }> = { kind: 'object', entries: [], offset }
        if (text.charCodeAt(i) === 0x7d) {
          i++
          value = node
        } else {
          const container: Container = { kind: 'object', node, key: undefined }
          stack.push(container)
          i = readKey(text, i, container, fail)
          continue
        }
      } else {
        const node: Extract<SourceNode, { kind: 'array' }> = { kind: 'array', items: [], offset }
        if (text.charCodeAt(i) === 0x5d) {
          i++
          value = node
        } else {
          stack.push({ kind: 'array', node })
          continue
        }
      }
    } else if (c === 0x22 /* " */) {
      const start = i
      const [decoded, end] = readString(text, i, fail)
      value = { kind: 'string', value: decoded, offset: start, source: memo(() => jsonStringSource(text, start, decoded)) }
      i = end
    } else {
      const [scalar, end] = readScalar(text, i, fail)
      value = { kind: 'scalar', value: scalar, offset: i }
      i = end
    }

    // Close containers while the next token ends them.
    for (;;) {
      attach(value)
      i = skipSpace(text, i)
      const top = stack[stack.length - 1]
      if (!top) {
        if (i < text.length) fail('the end of the file', i)
        return root!
      }
      const next = text.charCodeAt(i)
      if (next === 0x2c /* , */) {
        i = skipSpace(text, i + 1)
        if (top.kind === 'object') i = readKey(text, i, top, fail)
        break
      }
      if (top.kind === 'object' ? next === 0x7d : next === 0x5d) {
        i++
        stack.pop()
        value = top.node
        continue
      }
      fail(top.kind === 'object' ? "',' or '}'" : "',' or ']'", i)
    }
  }
}

function readKey(text: string, i: number, container: Extract<Container, { kind: 'object' }>, fail: (what: string, at: number) => never): number {
  if (text.charCodeAt(i) !== 0x22) fail('a property name in double quotes', i)
  const [key, end] = readString(text, i, fail)
  const j = skipSpace(text, end)
  if (text.charCodeAt(j) !== 0x3a) fail("':'", j)
  container.key = key
  return j + 1
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i)
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++
    else return i
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }

/** Decode the string starting at the quote at `start`; returns [value, offset after the closing quote]. */
function readString(text: string, start: number, fail: (what: string, at: number) => never): [string, number] {
  let i = start + 1
  let runStart = i
  let out = ''
  for (;;) {
    const c = text.charCodeAt(i)
    if (c === 0x22) return [out + text.slice(runStart, i), i + 1]
    if (c === 0x5c) {
      out += text.slice(runStart, i)
      const e = text[i + 1]
      if (e === 'u') {
        const hex = text.slice(i + 2, i + 6)
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('four hex digits after \\u', i + 2)
        out += String.fromCharCode(parseInt(hex, 16))
        i += 6
      } else if (e !== undefined && Object.prototype.hasOwnProperty.call(SIMPLE_ESCAPES, e)) {
        out += SIMPLE_ESCAPES[e]
        i += 2
      } else fail('a valid escape after \\', i + 1)
      runStart = i
      continue
    }
    if (Number.isNaN(c)) fail('a closing \'"\'', i)
    if (c < 0x20) fail('no raw control character inside a string (write it as an escape)', i)
    i++
  }
}

function readScalar(text: string, i: number, fail: (what: string, at: number) => never): [number | boolean | null, number] {
  if (text.startsWith('true', i)) return [true, i + 4]
  if (text.startsWith('false', i)) return [false, i + 5]
  if (text.startsWith('null', i)) return [null, i + 4]
  let j = i
  if (text[j] === '-') j++
  const digitsStart = j
  while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++
  if (j === digitsStart) fail('a value', i)
  if (text[j] === '.') {
    j++
    const fracStart = j
    while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++
    if (j === fracStart) fail('a digit after the decimal point', j)
  }
  if (text[j] === 'e' || text[j] === 'E') {
    j++
    if (text[j] === '+' || text[j] === '-') j++
    const expStart = j
    while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++
    if (j === expStart) fail('a digit in the exponent', j)
  }
  return [Number(text.slice(i, j)), j]
}

/** Map the decoded string at `start` to source offsets: one run per stretch between escapes. */
export function jsonStringSource(text: string, start: number, decoded: string): StringSource {
  const runs: number[] = [0, start + 1]
  let i = start + 1
  let k = 0
  let escaped = false
  while (k < decoded.length) {
    const isEscape = text.charCodeAt(i) === 0x5c
    // A new run starts at each escape and right after one.
    if (isEscape || escaped) runs.push(k, i)
    escaped = isEscape
    i += isEscape ? (text[i + 1] === 'u' ? 6 : 2) : 1
    k++
  }
  runs.push(k, i)
  const mapped: MappedText = { text: decoded, map: null, editable: null, runs: Int32Array.from(runs) }
  return { mapped, encode: encodeJsonString }
}

/** JSON string body for `text`: quotes, backslashes and control characters escaped, nothing else. */
export function encodeJsonString(text: string): string {
  return JSON.stringify(text).slice(1, -1)
}
