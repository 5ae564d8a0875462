/**
 * From a response as written to the prose the linter reads. Markdown and HTML
 * syntax is not prose: code blocks, link targets, images, tags, heading and
 * list markers, emphasis markers and comments are dropped (with a map back to
 * the response, so positions and fixes stay exact). Suppression comments are
 * read here too.
 */
import { LineIndex, MappedBuilder, type MappedText, identity } from './mapped.js'

export type Markup = 'text' | 'markdown' | 'html'

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line'
  /** Offset in the response just after the comment. */
  offset: number
  line: number
  /** null: every rule. */
  rules: ReadonlySet<string> | null
}

export interface Prose {
  mapped: MappedText
  directives: Directive[]
  /** Escape replacement text for the markup (HTML entities), before the container encodes it. */
  escape(text: string): string
}

const DIRECTIVE_KINDS = ['disable-next-line', 'disable-line', 'disable', 'enable'] as const

interface Comment {
  start: number
  end: number
}

/** HTML comments `<!-- … -->`, in order; an unclosed one runs to the end. */
function findComments(text: string): Comment[] {
  const comments: Comment[] = []
  let from = 0
  for (;;) {
    const start = text.indexOf('<!--', from)
    if (start < 0) return comments
    const close = text.indexOf('-->', start + 4)
    const end = close < 0 ? text.length : close + 3
    comments.push({ start, end })
    from = end
  }
}

function parseDirectives(text: string, comments: readonly Comment[]): Directive[] {
  const directives: Directive[] = []
  let lines: LineIndex | undefined
  for (const { start, end } of comments) {
    const body = text.slice(start + 4, Math.max(start + 4, end - 3)).trim()
    if (!body.startsWith('replylint-')) continue
    const rest = body.slice('replylint-'.length)
    const kind = DIRECTIVE_KINDS.find((k) => rest === k || rest.startsWith(k + ' ') || rest.startsWith(k + '\t'))
    if (!kind) continue
    // Rules are listed after the kind, comma or space separated; " -- " starts a reason.
    const list = rest.slice(kind.length).split(' -- ')[0]!
    const ids = list.split(/[\s,]+/).filter(Boolean)
    lines ??= new LineIndex(text)
    directives.push({ kind, offset: end, line: lines.line(start), rules: ids.length > 0 ? new Set(ids) : null })
  }
  return directives
}

export function toProse(raw: string, markup: Markup): Prose {
  const comments = raw.includes('<!--') ? findComments(raw) : []
  const directives = comments.length > 0 ? parseDirectives(raw, comments) : []
  if (markup === 'markdown') return { mapped: stripMarkdown(raw, comments), directives, escape: (t) => t }
  if (markup === 'html') return { mapped: stripHtml(raw), directives, escape: escapeHtml }
  if (comments.length === 0) return { mapped: identity(raw), directives, escape: (t) => t }
  const out = new MappedBuilder(raw)
  let cursor = 0
  for (const c of comments) {
    out.copy(cursor, c.start)
    cursor = c.end
  }
  out.copy(cursor, raw.length)
  return { mapped: out.finish(raw.length), directives, escape: (t) => t }
}

/** Whether a message of `ruleId` whose start is at `offset` (line `line`) in the response is switched off. */
export function isSuppressed(directives: readonly Directive[], ruleId: string, offset: number, line: number): boolean {
  let disabled = false
  for (const d of directives) {
    const applies = d.rules === null || d.rules.has(ruleId)
    if (!applies) continue
    if (d.kind === 'disable-line' && d.line === line) return true
    if (d.kind === 'disable-next-line' && d.line + 1 === line) return true
    if (d.offset <= offset) {
      if (d.kind === 'disable') disabled = true
      else if (d.kind === 'enable') disabled = false
    }
  }
  return disabled
}

// ---------------------------------------------------------------- Markdown

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const TABLE_CELL = /^:?-{1,200}:?$/

/** Trim spaces and tabs from both ends (a loop: an end-anchored `[ \t]*$` rescans on every failure). */
function trimBlanks(text: string): string {
  let from = 0
  let to = text.length
  while (from < to && (text[from] === ' ' || text[from] === '\t')) from++
  while (to > from && (text[to - 1] === ' ' || text[to - 1] === '\t')) to--
  return text.slice(from, to)
}

/** A table's delimiter row (`| --- | :-: |`): up to 51 cells of dashes, optional outer pipes. Split, not one regex, to stay linear. */
function isTableDelimiter(line: string): boolean {
  let indent = 0
  while (indent < 3 && line[indent] === ' ') indent++
  let body = line.slice(indent)
  if (body.startsWith('|')) body = body.slice(1)
  body = trimBlanks(body)
  if (body.endsWith('|')) body = body.slice(0, -1)
  const cells = body.split('|')
  return cells.length <= 51 && cells.every((cell) => TABLE_CELL.test(trimBlanks(cell)))
}
const LINK_DEFINITION = /^ {0,3}\[[^\]]{1,200}\]:[ \t]/
const ATX_HEADING = /^#{1,6}(?=[ \t]|$)/
const LIST_MARKER = /^(?:[-*+]|[0-9]{1,9}[.)])(?=[ \t])/
const TASK_BOX = /^\[[ xX]\](?=[ \t])/

function stripMarkdown(raw: string, comments: readonly Comment[]): MappedText {
  const out = new MappedBuilder(raw)
  let fence: string | undefined
  let commentIndex = 0
  let lineStart = 0
  while (lineStart < raw.length) {
    let lineEnd = raw.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = raw.length
    const contentEnd = lineEnd > lineStart && raw[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd
    const nextLine = Math.min(raw.length, lineEnd + 1)
    // A comment spanning lines swallows them whole.
    while (commentIndex < comments.length && comments[commentIndex]!.end <= lineStart) commentIndex++
    const line = raw.slice(lineStart, contentEnd)
    const open = comments[commentIndex]
    if (open && open.start < lineStart && open.end > lineStart) {
      // Inside a comment that began on an earlier line: no block syntax here.
      inlineMarkdown(raw, lineStart, contentEnd, comments, commentIndex, out)
      out.copy(contentEnd, nextLine)
      lineStart = nextLine
      continue
    }

    if (fence !== undefined) {
      if (line.trimStart().startsWith(fence)) fence = undefined
      out.copy(contentEnd, nextLine)
      lineStart = nextLine
      continue
    }
    const fenceMatch = FENCE.exec(line)
    if (fenceMatch) {
      fence = fenceMatch[1]!
      out.copy(contentEnd, nextLine)
      lineStart = nextLine
      continue
    }
    if (THEMATIC_BREAK.test(line) || (line.includes('-') && line.includes('|') && isTableDelimiter(line)) || LINK_DEFINITION.test(line)) {
      out.copy(contentEnd, nextLine)
      lineStart = nextLine
      continue
    }

    // Block prefixes: indentation, blockquote markers, list markers, task boxes, heading markers.
    let i = lineStart
    for (;;) {
      while (i < contentEnd && (raw[i] === ' ' || raw[i] === '\t')) i++
      if (raw[i] === '>') {
        i++
        continue
      }
      const rest = raw.slice(i, Math.min(contentEnd, i + 12))
      const list = LIST_MARKER.exec(rest)
      if (list) {
        i += list[0].length
        continue
      }
      const box = TASK_BOX.exec(rest)
      if (box) {
        i += box[0].length
        continue
      }
      const heading = ATX_HEADING.exec(rest)
      if (heading) {
        i += heading[0].length
        continue
      }
      break
    }
    let end = contentEnd
    // Closing heading hashes: "## Title ##".
    if (ATX_HEADING.test(raw.slice(lineStart, contentEnd).trimStart())) {
      let j = end
      while (j > i && raw[j - 1] === '#') j--
      if (j < end && (j === i || raw[j - 1] === ' ')) end = j
    }
    inlineMarkdown(raw, i, end, comments, commentIndex, out)
    out.copy(contentEnd, nextLine)
    lineStart = nextLine
  }
  return out.finish(raw.length)
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c)
}

function inlineMarkdown(raw: string, start: number, end: number, comments: readonly Comment[], commentIndex: number, out: MappedBuilder): void {
  let cursor = start
  let i = start
  const flush = (to: number) => {
    out.copy(cursor, to)
  }
  while (i < end) {
    const c = raw[i]!
    // Comments (already read for directives) are not prose.
    const comment = comments[commentIndex]
    if (comment && comment.start === i) {
      flush(i)
      i = Math.min(Math.max(comment.end, i + 1), end)
      cursor = i
      commentIndex++
      continue
    }
    if (comment && comment.start < i && comment.end > i) {
      // Inside a comment that began on an earlier line.
      flush(i)
      i = Math.min(comment.end, end)
      cursor = i
      continue
    }
    if (c === '\\' && i + 1 < end && /[!-/:-@[-`{-~]/.test(raw[i + 1]!)) {
      flush(i)
      cursor = i + 1
      i += 2
      continue
    }
    if (c === '`') {
      // Code spans stay: the engine masks backtick code itself.
      let run = 1
      while (raw[i + run] === '`') run++
      const close = raw.indexOf('`'.repeat(run), i + run)
      i = close >= 0 && close < end ? close + run : i + run
      continue
    }
    if (c === '!' && raw[i + 1] === '[') {
      const target = linkEnd(raw, i + 1, end)
      if (target) {
        flush(i)
        i = target.end
        cursor = i
        continue
      }
    }
    if (c === '[') {
      const target = linkEnd(raw, i, end)
      if (target) {
        flush(i)
        out.copy(i + 1, target.textEnd)
        i = target.end
        cursor = i
        continue
      }
    }
    if (c === '<') {
      const close = raw.indexOf('>', i)
      if (close > i && close < end && close - i < 500) {
        const inner = raw.slice(i + 1, close)
        if (/^(?:https?:|mailto:)[^\s<>]{1,2000}$/i.test(inner) || /^[^\s@<>]{1,200}@[^\s@<>]{1,200}$/.test(inner)) {
          // Autolink: keep the address (the engine masks it), drop the brackets.
          flush(i)
          out.copy(i + 1, close)
          i = close + 1
          cursor = i
          continue
        }
        if (/^\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:[\s/][^<>]{0,450})?$/.test(inner)) {
          flush(i)
          i = close + 1
          cursor = i
          continue
        }
      }
    }
    if (c === '*' || c === '~' || c === '_') {
      let run = 1
      while (raw[i + run] === c) run++
      const before = raw[i - 1]
      const after = raw[i + run]
      // Intraword underscores (snake_case) are text; * and ~~ next to text are emphasis.
      const marker = c === '_' ? !(isWordChar(before) && isWordChar(after)) && (isWordChar(before) || isWordChar(after)) : c === '*' ? true : run >= 2
      const touchesText = (after !== undefined && after !== ' ' && i + run < end) || (before !== undefined && before !== ' ' && i > start)
      if (marker && touchesText) {
        flush(i)
        i += run
        cursor = i
        continue
      }
      i += run
      continue
    }
    if (c === '|') {
      flush(i)
      out.synthetic(' ', i, i + 1)
      i++
      cursor = i
      continue
    }
    i++
  }
  flush(end)
}

/** `[text](target)` or `[text][ref]` starting at the `[` at i, on one line. */
function linkEnd(raw: string, i: number, end: number): { textEnd: number; end: number } | undefined {
  let depth = 0
  let j = i
  for (; j < end && j - i < 1000; j++) {
    const c = raw[j]
    if (c === '\\') {
      j++
      continue
    }
    if (c === '[') depth++
    else if (c === ']' && --depth === 0) break
  }
  if (j >= end || raw[j] !== ']') return undefined
  const textEnd = j
  const open = raw[j + 1]
  const closeChar = open === '(' ? ')' : open === '[' ? ']' : undefined
  if (!closeChar) return undefined
  let k = j + 2
  let parens = 0
  for (; k < end && k - j < 2000; k++) {
    const c = raw[k]
    if (closeChar === ')' && c === '(') parens++
    else if (c === closeChar) {
      if (parens === 0) return { textEnd, end: k + 1 }
      parens--
    }
  }
  return undefined
}

// ---------------------------------------------------------------- HTML

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'blockquote', 'hr', 'pre', 'section', 'article', 'header', 'footer',
])
const SKIP_CONTENT_TAGS = new Set(['script', 'style', 'code', 'pre'])
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£',
}

function stripHtml(raw: string): MappedText {
  const out = new MappedBuilder(raw)
  let cursor = 0
  let i = 0
  const n = raw.length
  while (i < n) {
    const c = raw[i]
    if (c === '<') {
      if (raw.startsWith('<!--', i)) {
        out.copy(cursor, i)
        const close = raw.indexOf('-->', i + 4)
        i = close < 0 ? n : close + 3
        cursor = i
        continue
      }
      const close = raw.indexOf('>', i)
      const tag = close > i && close - i < 2000 ? /^<\/?([A-Za-z][A-Za-z0-9-]{0,30})/.exec(raw.slice(i, Math.min(close, i + 40))) : null
      if (tag) {
        out.copy(cursor, i)
        const name = tag[1]!.toLowerCase()
        const closing = raw[i + 1] === '/'
        if (name === 'attribute') out.synthetic('{{attribute}}', i, close + 1)
        else if (BLOCK_TAGS.has(name)) out.synthetic('\n', i, close + 1)
        i = close + 1
        if (!closing && SKIP_CONTENT_TAGS.has(name) && raw[close - 1] !== '/') {
          const end = raw.toLowerCase().indexOf(`</${name}`, i)
          const endClose = end < 0 ? -1 : raw.indexOf('>', end)
          out.synthetic(' ', i, endClose < 0 ? n : endClose + 1)
          i = endClose < 0 ? n : endClose + 1
        }
        cursor = i
        continue
      }
    } else if (c === '&') {
      const entity = /^&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,10}));/.exec(raw.slice(i, i + 14))
      if (entity) {
        const [whole, decimal, hex, name] = entity
        const code = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : undefined
        const value = code !== undefined ? (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined) : ENTITIES[name!.toLowerCase()]
        if (value !== undefined) {
          out.copy(cursor, i)
          out.synthetic(value, i, i + whole.length)
          i += whole.length
          cursor = i
          continue
        }
      }
    }
    i++
  }
  out.copy(cursor, n)
  return out.finish(n)
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Cheap test for HTML in a field that may hold either. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|div|br|span|a|b|i|strong|em|ul|ol|li|h[1-6]|table|attribute)\b[^<>]{0,500}>/i.test(text)
}
