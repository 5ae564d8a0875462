/**
 * Message shaping: vfile messages from the rules become plain, JSON-safe
 * LintMessages with the configured severity, sorted by position. The engine
 * enforces the rule contract here: a fix from a rule that is not declared
 * fixable, or a fix that would edit masked syntax, is dropped.
 */
import type { VFileMessage } from 'vfile-message'
import type { ResolvedRule } from './config.js'
import type { DraftData, ReportSink } from './draft.js'
import { maskAt, overlapsMask } from './mask.js'
import type { ReplylintMessageFields, ReportDescriptor } from './rule.js'
import type { LintFix, LintMessage, LintResult, LintSuggestion, MessageSeverity } from './types.js'

const SEVERITY: Record<ResolvedRule['severity'], MessageSeverity> = { error: 'error', warn: 'warning', info: 'info' }

/** Shapes rules' reports as they come; `result()` sorts them. */
export class MessageShaper implements ReportSink {
  readonly #messages: LintMessage[] = []
  #errorCount = 0
  #warningCount = 0
  #infoCount = 0
  readonly #draft: DraftData
  readonly #enabled: ReadonlyMap<string, ResolvedRule>

  constructor(draft: DraftData, enabled: ReadonlyMap<string, ResolvedRule>) {
    this.#draft = draft
    this.#enabled = enabled
  }

  /** A rule's report (see DraftData.reports). */
  add(ruleId: string, report: ReportDescriptor, start: number, end: number): void {
    const resolved = this.#enabled.get(ruleId)
    if (resolved) this.shape(resolved, report.message, start, end, report, resolved.rule.meta.docs)
  }

  shape(
    resolved: ResolvedRule,
    reason: string,
    offset: number,
    endOffset: number,
    fields: { actual?: string | undefined; expected?: string[] | undefined; fix?: LintFix | undefined; suggestions?: LintSuggestion[] | undefined },
    url: string | undefined,
  ): void {
    const draft = this.#draft
    const length = draft.text.length
    const start = draft.lines.point(offset)
    const end = draft.lines.point(endOffset)
    const severity = SEVERITY[resolved.severity]
    const message: LintMessage = {
      ruleId: resolved.rule.meta.id,
      severity,
      message: reason,
      practice: resolved.rule.meta.practice,
      offset,
      endOffset,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    }
    if (fields.actual !== undefined) message.actual = fields.actual
    if (fields.expected !== undefined) message.expected = [...fields.expected]
    if (fields.fix && resolved.rule.meta.fixable && isSafeFix(fields.fix, draft, length)) {
      message.fix = copyFix(fields.fix)
    }
    if (fields.suggestions) {
      const suggestions = fields.suggestions.filter((s) => isInRange(s.fix, length)).map(copySuggestion)
      if (suggestions.length > 0) message.suggestions = suggestions
    }
    if (url) message.url = url
    this.#messages.push(message)
    if (severity === 'error') this.#errorCount++
    else if (severity === 'warning') this.#warningCount++
    else this.#infoCount++
  }

  /** The messages sorted by position. */
  result(): LintResult {
    const messages = this.#messages
    messages.sort(
      (a, b) => a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
    )
    return { messages, errorCount: this.#errorCount, warningCount: this.#warningCount, infoCount: this.#infoCount }
  }
}

/** vfile messages from rules run as plugins (the linter shapes reports as they come, see MessageShaper). */
export function shapeMessages(
  raw: readonly VFileMessage[],
  draft: DraftData,
  enabled: ReadonlyMap<string, ResolvedRule>,
): LintResult {
  const shaper = new MessageShaper(draft, enabled)
  for (const source of raw) {
    const resolved = source.ruleId ? enabled.get(source.ruleId) : undefined
    if (!resolved) continue
    const fields = source as VFileMessage & ReplylintMessageFields
    const offset = fields.offset ?? 0
    shaper.shape(resolved, source.reason, offset, fields.endOffset ?? offset, fields, source.url)
  }
  return shaper.result()
}

function isInRange(fix: LintFix | undefined, length: number): fix is LintFix {
  if (!fix || !Array.isArray(fix.range) || typeof fix.text !== 'string') return false
  const [start, end] = fix.range
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length
}

function isSafeFix(fix: LintFix, draft: DraftData, length: number): boolean {
  if (!isInRange(fix, length)) return false
  const [start, end] = fix.range
  // An insertion at a mask's edge is fine; one inside a mask, or replacing any masked character, is not.
  if (start === end) {
    const mask = maskAt(draft.masks, start, start + 1)
    return !mask || mask.start === start
  }
  return !overlapsMask(draft.masks, start, end)
}

function copyFix(fix: LintFix): LintFix {
  return { range: [fix.range[0], fix.range[1]], text: fix.text }
}

function copySuggestion(suggestion: LintSuggestion): LintSuggestion {
  return { message: suggestion.message, fix: copyFix(suggestion.fix) }
}
