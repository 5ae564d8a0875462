/**
 * Applying fixes: non-overlapping fixes in order (an overlapping one waits for
 * the next pass), passes repeated until nothing changes so `fix()` is
 * idempotent. Rules never see masked syntax, and message shaping has already
 * dropped any fix that touches it.
 */
import type { LintFix, LintResult } from './types.js'

/** ESLint's bound: enough for fixes that unlock others, never an endless loop. */
export const MAX_FIX_PASSES = 10

export function applyFixes(draft: string, lint: (text: string) => LintResult): string {
  let text = draft
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes: LintFix[] = []
    for (const message of lint(text).messages) if (message.fix) fixes.push(message.fix)
    if (fixes.length === 0) break
    const next = applyFixList(text, fixes)
    if (next === text) break
    text = next
  }
  return text
}

/** Apply the fixes that do not overlap an earlier one; returns the new text. */
export function applyFixList(text: string, fixes: readonly LintFix[]): string {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  const parts: string[] = []
  let cursor = 0
  let lastEnd = -1
  for (const { range, text: replacement } of sorted) {
    const [start, end] = range
    if (start < lastEnd || (start === lastEnd && start === end)) continue
    parts.push(text.slice(cursor, start), matchCase(text, start, end, replacement))
    cursor = end
    lastEnd = end
  }
  parts.push(text.slice(cursor))
  return parts.join('')
}

/**
 * Keep a capital where the replaced text had one: "Thx for waiting" becomes
 * "Thanks for waiting", not "thanks for waiting".
 */
export function matchCase(text: string, start: number, end: number, replacement: string): string {
  if (end <= start || replacement.length === 0) return replacement
  const first = text[start]!
  const wasCapital = first !== first.toLowerCase() && first === first.toUpperCase()
  const head = replacement[0]!
  if (wasCapital && head !== head.toUpperCase()) return head.toUpperCase() + replacement.slice(1)
  return replacement
}
