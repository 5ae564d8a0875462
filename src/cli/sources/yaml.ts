/**
 * YAML via the `yaml` package, which keeps each scalar's source range. A
 * decoded string is aligned back to its source characters (quotes, escapes,
 * indentation and line folding skipped), so messages land on the real line and
 * column; a fix is written back only where the fixed characters are literal
 * in the source and the replacement needs no quoting in that scalar style.
 */
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar } from 'yaml'
import type { MappedText } from '../mapped.js'
import { InputError, type SourceNode, type StringSource, memo } from './tree.js'

const MAX_DEPTH = 1000

export function parseYaml(text: string): SourceNode {
  let doc: Document.Parsed
  try {
    doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false })
  } catch (error) {
    throw new InputError(`malformed YAML: ${(error as Error).message}`)
  }
  const first = doc.errors[0]
  if (first) throw new InputError(`malformed YAML: ${first.message.split('\n')[0]}`, first.pos[0])
  return convert(doc.contents, text, 0)
}

function convert(node: unknown, text: string, depth: number): SourceNode {
  if (depth > MAX_DEPTH) throw new InputError(`YAML nested deeper than ${MAX_DEPTH} levels`)
  const offset = (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0
  if (isMap(node)) {
    const entries: Array<[string, SourceNode]> = []
    for (const item of node.items) {
      if (!isPair(item)) continue
      const key = isScalar(item.key) ? String(item.key.value) : String(item.key)
      entries.push([key, convert(item.value, text, depth + 1)])
    }
    return { kind: 'object', entries, offset }
  }
  if (isSeq(node)) return { kind: 'array', items: node.items.map((item) => convert(item, text, depth + 1)), offset }
  if (isScalar(node)) {
    const value = node.value
    if (typeof value === 'string') {
      const scalar = node
      return { kind: 'string', value, offset, source: memo(() => yamlStringSource(text, scalar as Scalar<string>)) }
    }
    if (typeof value === 'number' || typeof value === 'boolean' || value === null) return { kind: 'scalar', value, offset }
    return { kind: 'scalar', value: null, offset }
  }
  if (isAlias(node)) return { kind: 'scalar', value: null, offset }
  return { kind: 'scalar', value: null, offset }
}

const YAML_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
}

function yamlStringSource(text: string, scalar: Scalar<string>): StringSource {
  const decoded = scalar.value
  const [start, end] = scalar.range ?? [0, 0]
  const type = scalar.type ?? Scalar.PLAIN
  let j = start
  if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) j++
  else if (type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED) {
    // Content starts on the line after the block header (`|-`, `>2` …).
    while (j < end && text[j] !== '\n') j++
    j++
  }
  const map = new Int32Array(decoded.length + 1)
  const editable = new Uint8Array(decoded.length)
  let aligned = true
  for (let k = 0; k < decoded.length; k++) {
    const want = decoded[k]!
    let found = false
    while (j < end) {
      const c = text[j]!
      if (c === want) {
        map[k] = j
        editable[k] = 1
        j++
        found = true
        break
      }
      if (type === Scalar.QUOTE_DOUBLE && c === '\\') {
        const e = text[j + 1] ?? ''
        const length = e === 'x' ? 4 : e === 'u' ? 6 : e === 'U' ? 10 : 2
        if (e === '\n' || e === '\r') {
          j += 2 // an escaped line break joins the lines
          continue
        }
        const value = e === 'x' || e === 'u' || e === 'U' ? String.fromCodePoint(parseInt(text.slice(j + 2, j + length), 16)) : YAML_ESCAPES[e]
        if (value !== undefined && value[0] === want) {
          map[k] = j
          if (value.length === 2 && decoded[k + 1] === value[1]) {
            map[++k] = j // the low surrogate of a \U escape shares the escape
          }
          j += length
          found = true
          break
        }
        aligned = false
        break
      }
      if ((c === '\n' || c === '\r') && (want === ' ' || want === '\n')) {
        // A folded line break: the decoded space or newline stands for it.
        map[k] = j
        j += c === '\r' && text[j + 1] === '\n' ? 2 : 1
        while (j < end && (text[j] === ' ' || text[j] === '\t')) j++
        found = true
        break
      }
      // Indentation, quotes and other syntax between characters are skipped.
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '"' || c === "'") {
        j++
        continue
      }
      aligned = false
      break
    }
    if (!found || !aligned) {
      // Could not follow the source: point everything left at the scalar, edit nothing.
      for (; k < decoded.length; k++) {
        map[k] = start
        editable[k] = 0
      }
      break
    }
  }
  map[decoded.length] = aligned ? Math.min(j, end) : start
  const mapped: MappedText = { text: decoded, map, editable }
  return { mapped, encode: (replacement) => encodeYaml(replacement, type) }
}

function encodeYaml(text: string, type: Scalar.Type | undefined): string | undefined {
  if (/[\n\r\t\\]/.test(text)) return undefined
  switch (type) {
    case Scalar.QUOTE_DOUBLE:
      return text.includes('"') ? undefined : text
    case Scalar.QUOTE_SINGLE:
      return text.includes("'") ? undefined : text
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED:
      return text
    default:
      // Plain scalars: nothing that could start a comment, a mapping or a flow collection.
      return /: |#|[[\]{},]/.test(text) || /^[-?:&*!|>'"%@`]/.test(text) ? undefined : text
  }
}
