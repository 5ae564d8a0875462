/**
 * CSV (RFC 4180: commas, double-quoted fields with "" for a quote, CRLF or LF
 * rows) read into rows of strings that keep their source positions. The first
 * row is the header; `--column` picks the field holding the response.
 */
import type { MappedText } from '../mapped.js'
import { InputError, type SourceNode, memo } from './tree.js'

interface Field {
  value: string
  start: number
  end: number
  quoted: boolean
}

export function parseCsvRows(text: string): Field[][] {
  const rows: Field[][] = []
  let row: Field[] = []
  let i = 0
  const n = text.length
  if (n === 0) return rows
  for (;;) {
    // One field starting at i.
    let field: Field
    if (text[i] === '"') {
      const start = i
      let value = ''
      let runStart = i + 1
      let j = i + 1
      for (;;) {
        if (j >= n) throw new InputError('malformed CSV: a quoted field is never closed', start)
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += text.slice(runStart, j + 1)
            j += 2
            runStart = j
            continue
          }
          value += text.slice(runStart, j)
          j++
          break
        }
        j++
      }
      field = { value, start, end: j, quoted: true }
      i = j
      if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        throw new InputError('malformed CSV: expected a comma or the end of the row after a quoted field', i)
      }
    } else {
      let j = i
      while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++
      field = { value: text.slice(i, j), start: i, end: j, quoted: false }
      i = j
    }
    row.push(field)
    if (i >= n) {
      rows.push(row)
      return rows
    }
    if (text[i] === ',') {
      i++
      continue
    }
    // End of row.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1
    rows.push(row)
    row = []
    if (i >= n) return rows
  }
}

function fieldSource(field: Field): { mapped: MappedText; encode: (text: string) => string | undefined } {
  const { value, start, quoted } = field
  const map = new Int32Array(value.length + 1)
  let j = quoted ? start + 1 : start
  for (let k = 0; k < value.length; k++) {
    map[k] = j
    j += quoted && value[k] === '"' ? 2 : 1
  }
  map[value.length] = j
  return {
    mapped: { text: value, map, editable: null },
    encode: (text) => (quoted ? text.replace(/"/g, '""') : /[",\r\n]/.test(text) ? undefined : text),
  }
}

const TITLE_COLUMNS = ['title', 'name', 'subject', 'id']

/**
 * The CSV as an array of entry objects: { title?, text } per row, where text is
 * the chosen column (a header name or a 1-based number).
 */
export function parseCsv(text: string, column: string | undefined): SourceNode {
  const rows = parseCsvRows(text)
  const header = rows[0]
  if (!header) return { kind: 'array', items: [], offset: 0 }
  const names = header.map((f) => f.value.trim())
  let index: number
  if (column === undefined) {
    index = names.findIndex((name) => ['text', 'body', 'content', 'message', 'response', 'reply'].includes(name.toLowerCase()))
    if (index < 0) throw new InputError(`CSV needs --column (a header name or a 1-based number); headers: ${names.join(', ')}`)
  } else if (/^[1-9][0-9]{0,5}$/.test(column)) {
    index = Number(column) - 1
  } else {
    index = names.indexOf(column)
    if (index < 0) throw new InputError(`CSV has no column ${JSON.stringify(column)}; headers: ${names.join(', ')}`)
  }
  const lower = names.map((name) => name.toLowerCase())
  const titleIndex = TITLE_COLUMNS.map((name) => lower.indexOf(name)).find((i) => i >= 0 && i !== index) ?? -1
  const items: SourceNode[] = []
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!
    const field = row[index]
    if (!field) continue
    const entries: Array<[string, SourceNode]> = []
    const title = titleIndex >= 0 && titleIndex !== index ? row[titleIndex] : undefined
    entries.push(['title', { kind: 'string', value: title?.value || `row ${r + 1}`, offset: field.start, source: memo(() => fieldSource(title ?? field)) }])
    entries.push(['text', { kind: 'string', value: field.value, offset: field.start, source: memo(() => fieldSource(field)) }])
    items.push({ kind: 'object', entries, offset: row[0]!.start })
  }
  return { kind: 'array', items, offset: 0 }
}
