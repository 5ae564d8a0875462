/**
 * Syntax masking: the spans of a draft that are not the agent's prose.
 *
 * Placeholders, URLs, emails, @mentions, ids, code and quoted customer text are
 * found once per draft, before any rule runs. Rules never flag inside them, and
 * the text handed to the parser has each masked span replaced, code unit for
 * code unit, by a neutral filler, so offsets stay true to the original draft and
 * a URL's dots cannot end a sentence.
 *
 * Every pattern here is either bounded ({0,200}) or anchored on one
 * whitespace-delimited chunk, so masking stays linear on hostile input.
 */

export type MaskKind =
  | 'placeholder'
  | 'code'
  | 'quote'
  | 'url'
  | 'email'
  | 'mention'
  | 'hashtag'
  | 'id'
  | 'path'
  | 'file'
  | 'signoff'

export interface Mask {
  start: number
  end: number
  kind: MaskKind
}

export interface MaskedDraft {
  /** The original draft. */
  text: string
  /** Same length as `text`; masked spans replaced by `MASK_FILLER`. */
  masked: string
  /** Sorted, non-overlapping. */
  masks: Mask[]
}

export interface MaskOptions {
  /**
   * What the customer wrote, lower-cased: a quoted span found in it is the
   * customer's own words and is masked even when it is one word.
   */
  customerText?: string | (() => string)
}

/** The code unit that stands in for masked text in what the parser sees. */
export const MASK_FILLER = 'x'

/** Spans found on the whole text; each quantifier is bounded. */
const spanPatterns: ReadonlyArray<readonly [RegExp, MaskKind]> = [
  // Liquid/Handlebars/Mustache (Zendesk, Intercom, Gorgias, Front): {{x}}, {{{x}}}, {{x | fallback: 'y'}}
  [/\{\{\{?[^{}\n]{1,200}\}?\}\}/g, 'placeholder'],
  // Liquid tags and Help Scout: {% if %}, {%customer.firstName,fallback=there%}
  [/\{%[^%\n]{1,200}%\}/g, 'placeholder'],
  // Salesforce merge fields: {!Contact.FirstName}
  [/\{![^{}\n]{1,200}\}/g, 'placeholder'],
  // Unfilled tokens: [[MISSING TOKEN]]
  [/\[\[[^[\]\n]{1,200}\]\]/g, 'placeholder'],
  // Single-brace and bracketed template fields: {first_name}, [Customer Name], %FIRST_NAME%
  [/\{[A-Z_][\w.\-| :'"=,]{0,100}\}/gi, 'placeholder'],
  [/\[[A-Z][A-Z _.-]{0,40}\]/gi, 'placeholder'],
  [/%[A-Z][A-Z_.]{1,40}%/g, 'placeholder'],
  // Inline code.
  [/`[^`\n]{1,500}`/g, 'code'],
  // Twitter-style sign-off initials anywhere: ^SR, ^JM
  [/\^[A-Z]{1,4}\b/gi, 'signoff'],
]

/** Quoted spans; the content (group 1) is masked when it is the customer's words or a phrase. */
const quotePatterns: readonly RegExp[] = [
  /"([^"\n]{1,400})"/g,
  /\u201C([^\u201C\u201D\n]{1,400})\u201D/g,
  /\u2018([^\u2018\u2019\n]{1,400})\u2019(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])'([^'\n]{1,200})'(?![\p{L}\p{N}])/gu,
]

const urlPattern = /^(?:[a-z][a-z\d+.-]{1,20}:\/\/\S+|www\.\S+|mailto:\S+)$/i
const emailPattern = /^[\w.+'%-]+@[a-z\d-]+(?:\.[a-z\d-]+)+$/i
const mentionPattern = /^@\w[\w.-]{0,60}$/
const hashtagPattern = /^#[\p{L}_][\p{L}\p{N}_]*$/u
const domainPattern =
  /^(?:[a-z\d-]+\.)+(?:com|net|org|io|co|us|uk|ca|au|de|fr|nl|es|it|in|app|dev|ai|me|info|biz|edu|gov|ly|gl|tv|shop|store|help|support|link|page|site)(?:\.[a-z]{2})?(?::\d{1,5})?(?:[/?#]\S*)?$/i
const pathPattern = /^(?:~|[a-z]:)?[/\\][\w.-]+(?:[/\\][\w.-]*)+$/i
const filePattern =
  /^[\w-]+\.(?:pdf|png|jpe?g|gif|webp|heic|csv|xlsx?|docx?|pptx?|txt|rtf|zip|html?|json|xml|log|mp4|mov|apk|exe|dmg|ics)$/i
const leadingPunctuation = new Set('([{<"\'\u201C\u2018*_')
const trailingPunctuation = new Set(')]}>"\'\u201D\u2019.,;:!?\u2026*_')
/** A sign-off at the very end of a draft: "-SR", "– JM", "~AB". */
const endSignoffPattern = /(?:^|\s)[-\u2013\u2014~/*]\s?[A-Z]{1,4}\s*$/

export function maskSyntax(text: string, options: MaskOptions = {}): MaskedDraft {
  const found: Mask[] = []

  for (const [pattern, kind] of spanPatterns) {
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) {
      found.push({ start: match.index, end: match.index + match[0].length, kind })
    }
  }
  maskFences(text, found)
  maskQuotes(text, options.customerText, found)
  maskChunks(text, found)

  const tail = text.length > 16 ? text.slice(-16) : text
  const signoff = endSignoffPattern.exec(tail)
  if (signoff) {
    const start = text.length - tail.length + signoff.index + signoff[0].length - signoff[0].trimStart().length
    found.push({ start, end: text.length - (signoff[0].length - signoff[0].trimEnd().length), kind: 'signoff' })
  }

  maskSignatureName(text, found)

  const masks = mergeMasks(found)
  return { text, masked: applyFiller(text, masks), masks }
}

/** The longest signature line read after the name: "Roopa-HP Social Media Support." */
const SIGNATURE_LINE = 60
/** A last line opening with a name joined by a marker to a team or company: "Roopa-HP Social Media Support", "Dani – Acme Care", "Sam @ Acme". */
const signatureLinePattern = /^(\p{L}{1,40}) ?[-\u2013\u2014~/^_|@] ?\p{Lu}/u

/** The name opening a signature on the draft's last line: masked as a sign-off, like "-SR". Reads only the draft's tail. */
function maskSignatureName(text: string, found: Mask[]): void {
  let end = text.length
  while (end > 0 && /\s/.test(text[end - 1]!)) end--
  // The line can be no longer than a name, a marker and SIGNATURE_LINE: only that much of the tail is read.
  const from = Math.max(0, end - (40 + 3 + SIGNATURE_LINE))
  const newline = text.slice(from, end).lastIndexOf('\n')
  if (newline === -1 && from > 0) return
  const lineStart = from + newline + 1
  const name = signatureLinePattern.exec(text.slice(lineStart, end))?.[1]
  if (name === undefined || end - (lineStart + name.length) > SIGNATURE_LINE + 1) return
  found.push({ start: lineStart, end: lineStart + name.length, kind: 'signoff' })
}

/** Fenced code blocks (```…```), found with indexOf so an unclosed fence stays linear. */
function maskFences(text: string, found: Mask[]): void {
  let from = 0
  for (;;) {
    const open = text.indexOf('```', from)
    if (open === -1) return
    const close = text.indexOf('```', open + 3)
    if (close === -1) return
    found.push({ start: open, end: close + 3, kind: 'code' })
    from = close + 3
  }
}

function maskQuotes(text: string, source: MaskOptions['customerText'], found: Mask[]): void {
  let customerText: string | undefined
  const customer = (): string | undefined =>
    (customerText ??= typeof source === 'function' ? source() : source)
  for (const pattern of quotePatterns) {
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) {
      const content = match[1] ?? ''
      const trimmed = content.trim()
      if (trimmed.length === 0) continue
      const isPhrase = /\s/.test(trimmed)
      if (!isPhrase && !(trimmed.length >= 3 && customer()?.includes(trimmed.toLowerCase()))) continue
      const start = match.index + 1
      found.push({ start, end: start + content.length, kind: 'quote' })
    }
  }
}

/** Classify each whitespace-delimited chunk: URLs, emails, mentions, ids, paths. */
function maskChunks(text: string, found: Mask[]): void {
  const length = text.length
  let index = 0
  while (index < length) {
    while (index < length && isSpace(text.charCodeAt(index))) index++
    const start = index
    while (index < length && !isSpace(text.charCodeAt(index))) index++
    if (index > start) classifyChunk(text, start, index, found)
  }
}

function classifyChunk(text: string, chunkStart: number, chunkEnd: number, found: Mask[]): void {
  // Loops, not regexes: an unanchored /[.]+$/ is quadratic on a long run of dots.
  let start = chunkStart
  let end = chunkEnd
  while (start < end && leadingPunctuation.has(text[start]!)) start++
  while (end > start && trailingPunctuation.has(text[end - 1]!)) end--
  if (end === start) return
  const chunk = text.slice(start, end)

  const kind = chunkKind(chunk)
  if (kind) found.push({ start, end, kind })
}

function chunkKind(chunk: string): MaskKind | undefined {
  const first = chunk.charCodeAt(0)
  if (first === 64 /* @ */) return mentionPattern.test(chunk) ? 'mention' : undefined
  if (chunk.includes('://') || chunk.startsWith('www.') || chunk.startsWith('mailto:')) {
    return urlPattern.test(chunk) ? 'url' : undefined
  }
  if (chunk.includes('@')) return emailPattern.test(chunk) ? 'email' : undefined
  if (first === 35 /* # */) {
    if (hashtagPattern.test(chunk)) return 'hashtag'
    if (/^#[\p{L}\p{N}-]+$/u.test(chunk)) return 'id'
    return undefined
  }
  if (chunk.includes('.')) {
    if (domainPattern.test(chunk)) return 'url'
    if (filePattern.test(chunk)) return 'file'
  }
  if (chunk.includes('/') || chunk.includes('\\')) {
    if (pathPattern.test(chunk)) return 'path'
  }
  return isIdentifierLike(chunk) ? 'id' : undefined
}

/**
 * Ids, codes and numbers: two or more digits (order 77120, E404, AB12CD9,
 * $25.00, 10:30), one digit among capitals (SKU-A1B), or snake_case. Short
 * letter-digit words like "b4", "gr8", "2day", "5GB" stay visible: rules judge them.
 */
function isIdentifierLike(chunk: string): boolean {
  let digits = 0
  let upper = 0
  let underscore = false
  for (let i = 0; i < chunk.length; i++) {
    const code = chunk.charCodeAt(i)
    if (code >= 48 && code <= 57) digits++
    else if (code >= 65 && code <= 90) upper++
    else if (code === 95) underscore = true
  }
  if (digits >= 2) return true
  if (digits === 1 && upper >= 2 && chunk.length >= 4) return true
  return underscore && /^\w+$/.test(chunk) && !/^_+$/.test(chunk)
}

function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a)
  )
}

/** Sort and union overlapping spans; the earliest span's kind names the union. */
export function mergeMasks(found: Mask[]): Mask[] {
  if (found.length === 0) return []
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Mask[] = []
  for (const mask of found) {
    if (mask.end <= mask.start) continue
    const last = merged[merged.length - 1]
    if (last && mask.start < last.end) {
      if (mask.end > last.end) last.end = mask.end
    } else {
      merged.push({ ...mask })
    }
  }
  return merged
}

function applyFiller(text: string, masks: readonly Mask[]): string {
  if (masks.length === 0) return text
  const parts: string[] = []
  let cursor = 0
  for (const mask of masks) {
    parts.push(text.slice(cursor, mask.start), MASK_FILLER.repeat(mask.end - mask.start))
    cursor = mask.end
  }
  parts.push(text.slice(cursor))
  return parts.join('')
}

/** Index of the first mask ending after `offset` (binary search over sorted masks). */
function firstMaskEndingAfter(masks: readonly Mask[], offset: number): number {
  let low = 0
  let high = masks.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (masks[mid]!.end <= offset) low = mid + 1
    else high = mid
  }
  return low
}

/** The mask overlapping [start, end), if any. */
export function maskAt(masks: readonly Mask[], start: number, end: number): Mask | undefined {
  const mask = masks[firstMaskEndingAfter(masks, start)]
  return mask && mask.start < Math.max(end, start + 1) ? mask : undefined
}

/** Whether [start, end) overlaps any mask. */
export function overlapsMask(masks: readonly Mask[], start: number, end: number): boolean {
  return maskAt(masks, start, end) !== undefined
}
