/**
 * One file, start to end: read its responses, lint each, map every message to
 * the file's own line and column, and (with --fix) turn safe fixes into the
 * smallest source edits, repeated until nothing changes. Only the characters a
 * fix replaces change; escapes, indentation, line endings and every other byte
 * stay as they were.
 */
import type { Linter } from '../linter.js'
import { matchCase, MAX_FIX_PASSES } from '../fix.js'
import type { LintContext, LintMessage, MessageSeverity } from '../types.js'
import { type Entry, findEntries, wholeFileEntry } from './entries.js'
import { LineIndex, isEditable, offsetBelow } from './mapped.js'
import { isSuppressed, type Prose, toProse } from './markup.js'
import { parseCsv } from './sources/csv.js'
import { parseJson } from './sources/json.js'
import { InputError } from './sources/tree.js'
import { parseYaml } from './sources/yaml.js'

export type FileFormat = 'text' | 'markdown' | 'html' | 'json' | 'yaml' | 'csv'

const EXTENSIONS: Record<string, FileFormat> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html',
  json: 'json', yaml: 'yaml', yml: 'yaml', csv: 'csv',
}

export const LINTED_EXTENSIONS = Object.keys(EXTENSIONS)

export function formatOf(path: string): FileFormat {
  const dot = path.lastIndexOf('.')
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  if (dot <= slash + 1) return 'text'
  return EXTENSIONS[path.slice(dot + 1).toLowerCase()] ?? 'text'
}

export interface FileMessage {
  ruleId: string
  severity: MessageSeverity
  message: string
  practice?: number
  url?: string
  /** 1-based, in the file (UTF-16 columns, a BOM not counted). */
  line: number
  column: number
  endLine: number
  endColumn: number
  /** 0-based UTF-16 offsets in the file text (after any BOM). */
  offset: number
  endOffset: number
  /** The response's title or id inside a multi-response file. */
  entry?: string
  actual?: string
  expected?: string[]
  /** A safe fix exists and --fix can write it here. */
  fixable: boolean
  suggestions?: Array<{ message: string; text: string }>
}

export interface LintFileOptions {
  linter: Linter
  knownRules: ReadonlySet<string>
  context?: LintContext
  fix: boolean
  /** CSV column (name or 1-based number). */
  column?: string
}

export interface SourceResult {
  messages: FileMessage[]
  /** The text after fixes (the input when nothing was fixed). */
  output: string
  fixCount: number
  entryCount: number
}

interface EntryResult {
  prose: Prose
  messages: LintMessage[]
}

interface SourceEdit {
  start: number
  end: number
  text: string
  /** The same edit on the decoded response: [start, end, text]. */
  raw: [number, number, string]
}

export function readEntries(text: string, format: FileFormat, options: Pick<LintFileOptions, 'knownRules' | 'column'>): Entry[] {
  switch (format) {
    case 'text':
    case 'markdown':
    case 'html':
      return [wholeFileEntry(text, format)]
    case 'json':
      return findEntries(parseJson(text), options.knownRules)
    case 'yaml':
      return findEntries(parseYaml(text), options.knownRules)
    case 'csv':
      return findEntries(parseCsv(text, options.column), options.knownRules)
  }
}

/** Lint (and with `fix`, fix) one file's text. Throws InputError when the text is not valid for its format. */
export function lintSource(text: string, format: FileFormat, options: LintFileOptions): SourceResult {
  let source = text
  let entries = readEntries(source, format, options)
  let results: Array<EntryResult | undefined> = entries.map((entry) => lintEntry(entry, options))
  let fixCount = 0

  if (options.fix) {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const edits: SourceEdit[] = []
      const expected = new Map<number, string>()
      entries.forEach((entry, index) => {
        const result = results[index]
        if (!result) return
        const own: SourceEdit[] = []
        collectEdits(entry, result, own)
        if (own.length === 0) return
        edits.push(...own)
        expected.set(index, applyRawEdits(entry.value, own))
      })
      if (edits.length === 0) break
      const [next, applied] = applyEdits(source, edits)
      if (next === source) break
      let reread: Entry[]
      try {
        reread = readEntries(next, format, options)
      } catch {
        break // An edit broke the file's syntax: keep the last good text.
      }
      // Fixes change string contents only: the file must read back as the same entries with exactly the fixed
      // values, or nothing of this pass is written.
      if (reread.length !== entries.length || [...expected].some(([index, value]) => reread[index]!.value !== value)) break
      fixCount += applied
      source = next
      entries = reread
      results = entries.map((entry, index) => (expected.has(index) || !results[index] ? lintEntry(entry, options) : results[index]))
    }
  }

  const lines = new LineIndex(source)
  const messages: FileMessage[] = []
  entries.forEach((entry, index) => {
    const result = results[index]
    if (!result) return
    const below = entry.source().mapped
    const toFile = (offset: number) => offsetBelow(below, offsetBelow(result.prose.mapped, offset))
    for (const m of result.messages) {
      const offset = toFile(m.offset)
      const endOffset = Math.max(offset, toFile(m.endOffset))
      const start = lines.point(offset)
      const end = lines.point(endOffset)
      const out: FileMessage = {
        ruleId: m.ruleId,
        severity: m.severity,
        message: m.message,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        offset,
        endOffset,
        fixable: m.fix !== undefined && fixEdit(entry, result.prose, m.fix.range[0], m.fix.range[1], m.fix.text) !== undefined,
      }
      if (m.practice !== undefined) out.practice = m.practice
      if (m.url !== undefined) out.url = m.url
      if (entry.label !== undefined) out.entry = entry.label
      if (m.actual !== undefined) out.actual = m.actual
      if (m.expected !== undefined) out.expected = m.expected
      if (m.suggestions) out.suggestions = m.suggestions.map((s) => ({ message: s.message, text: s.fix.text }))
      messages.push(out)
    }
  })
  messages.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
  return { messages, output: source, fixCount, entryCount: entries.length }
}

function lintEntry(entry: Entry, options: LintFileOptions): EntryResult | undefined {
  if (entry.disabled === 'all') return undefined
  const prose = toProse(entry.value, entry.markup)
  if (prose.mapped.text.trim().length === 0) return { prose, messages: [] }
  // Rule messages are vfile messages, which are Errors: capturing a stack for each one (never shown) costs more
  // than the lint itself on a message-heavy run.
  const stackLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let result
  try {
    result = options.linter.lint(prose.mapped.text, options.context)
  } finally {
    Error.stackTraceLimit = stackLimit
  }
  let lines: LineIndex | undefined
  const kept = result.messages.filter((m) => {
    if (entry.disabled && entry.disabled !== 'all' && entry.disabled.has(m.ruleId)) return false
    if (prose.directives.length === 0) return true
    const raw = offsetBelow(prose.mapped, m.offset)
    lines ??= new LineIndex(entry.value)
    return !isSuppressed(prose.directives, m.ruleId, raw, lines.line(raw))
  })
  return { prose, messages: kept }
}

/** The source edit for a fix of [start, end) in the prose, or undefined when it cannot be written in place. */
function fixEdit(entry: Entry, prose: Prose, start: number, end: number, text: string): SourceEdit | undefined {
  const mapped = prose.mapped
  if (!isEditable(mapped, start, end)) return undefined
  const rawStart = offsetBelow(mapped, start)
  const rawEnd = offsetBelow(mapped, end)
  // Markup dropped inside the range (a link target, an emphasis marker): leave it.
  if (mapped.map && rawEnd - rawStart !== end - start) return undefined
  const source = entry.source()
  if (!isEditable(source.mapped, rawStart, rawEnd)) return undefined
  const fileStart = offsetBelow(source.mapped, rawStart)
  const fileEnd = offsetBelow(source.mapped, rawEnd)
  // Where the source map marks editable units (YAML), an edit must not span folding or escapes.
  if (source.mapped.editable && fileEnd - fileStart !== rawEnd - rawStart) return undefined
  const replacement = source.encode(prose.escape(matchCase(mapped.text, start, end, text)))
  if (replacement === undefined) return undefined
  return { start: fileStart, end: fileEnd, text: replacement, raw: [rawStart, rawEnd, prose.escape(matchCase(mapped.text, start, end, text))] }
}

/** Non-overlapping fixes of one entry, in order, as source edits. */
function collectEdits(entry: Entry, result: EntryResult, edits: SourceEdit[]): void {
  const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []))
  fixes.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let lastEnd = -1
  for (const fix of fixes) {
    const [start, end] = fix.range
    if (start < lastEnd || (start === lastEnd && start === end)) continue
    const edit = fixEdit(entry, result.prose, start, end, fix.text)
    if (!edit) continue
    edits.push(edit)
    lastEnd = end
  }
}

/** What the response itself becomes under `edits` (sorted, non-overlapping, from one entry). */
function applyRawEdits(value: string, edits: readonly SourceEdit[]): string {
  const parts: string[] = []
  let cursor = 0
  for (const { raw } of [...edits].sort((a, b) => a.raw[0] - b.raw[0])) {
    parts.push(value.slice(cursor, raw[0]), raw[2])
    cursor = raw[1]
  }
  parts.push(value.slice(cursor))
  return parts.join('')
}

function applyEdits(text: string, edits: SourceEdit[]): [string, number] {
  edits.sort((a, b) => a.start - b.start || a.end - b.end)
  const parts: string[] = []
  let cursor = 0
  let applied = 0
  for (const edit of edits) {
    if (edit.start < cursor) continue
    parts.push(text.slice(cursor, edit.start), edit.text)
    cursor = edit.end
    applied++
  }
  parts.push(text.slice(cursor))
  return [parts.join(''), applied]
}

export { InputError }
