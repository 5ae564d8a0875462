/** What the browser tests share: the draft they type, expected results from the Node linter, figures. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../../examples/build.js'
import type { LintMessage, LintResult } from '../../src/index.js'

export const ARTIFACTS = join(ROOT, 'test', 'browser', 'artifacts')
mkdirSync(ARTIFACTS, { recursive: true })

/** Textspeak ("lol"), shouting ("NOT") and a typo ("chek"), in one reply. */
export const DRAFT = 'lol sorry, please do NOT refresh the page while I chek your order.'

/** The messages as [ruleId, flagged text], in the engine's order (by position): what a panel should list. */
export function flagged(draft: string, result: LintResult): Array<[string, string]> {
  return result.messages.map((m) => [m.ruleId, draft.slice(m.offset, m.endOffset)])
}

/** The fix a panel's button applies: the message's own fix, else its first suggestion. */
export function buttonFix(message: LintMessage) {
  return message.fix ?? message.suggestions?.[0]?.fix
}

export function applyFix(draft: string, fix: { range: [number, number]; text: string }): string {
  return draft.slice(0, fix.range[0]) + fix.text + draft.slice(fix.range[1])
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
}

/** Figures for the report: printed, and kept in artifacts/figures.json for the bench and CI logs. */
export function recordFigures(name: string, figures: Record<string, unknown>): void {
  console.log(`[browser figures] ${name}: ${JSON.stringify(figures)}`)
  writeFileSync(join(ARTIFACTS, `${name}.figures.json`), JSON.stringify(figures, null, 2) + '\n')
}
