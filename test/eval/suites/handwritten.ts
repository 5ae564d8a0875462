/**
 * Labelled drafts (handwritten.jsonl: 217 drafts labelled for nine rules; our held-out set). Each labelled rule is
 * scored on each case (true = must fire, false = must not, null = not scored);
 * a hit also checks that a message covers the labelled span.
 */
import { fileURLToPath } from 'node:url'
import { createLinter } from '../../../src/node.js'
import type { LintContext, Turn } from '../../../src/types.js'
import { type EvalSuite, Score, evalFile, fmt, readJsonl } from '../shared.js'

export interface LabelledCase {
  id: string
  draft: string
  transcript?: Turn[]
  context?: LintContext
  labels: Record<string, boolean | null>
  spans?: Record<string, string[]>
  note?: string
}

export function contextOf(item: { transcript?: Turn[]; context?: LintContext }): LintContext {
  return { ...(item.context ?? {}), transcript: item.transcript ?? [] }
}

export const handwritten: EvalSuite = labelledSuite('handwritten', 'handwritten.jsonl', () => evalFile('handwritten.jsonl')!)

/**
 * Our own held-out set (test/eval/holdout): written from DESIGN.md's definitions by an
 * engineer who did not see the rules' code or the shared sample, to catch rules fitted
 * to the sample. Same schema as handwritten.jsonl.
 */
export const holdout: EvalSuite = labelledSuite('holdout', undefined, () =>
  fileURLToPath(new URL('../holdout/cases.jsonl', import.meta.url)),
)

/** A second held-out set, written the same way later (cases-2.jsonl), scored on its own: its first run is the honest figure. */
export const holdout2: EvalSuite = labelledSuite('holdout-2', undefined, () =>
  fileURLToPath(new URL('../holdout/cases-2.jsonl', import.meta.url)),
)

/** A third held-out set (cases-3.jsonl), written after the rules were widened on holdout-2's misses. */
export const holdout3: EvalSuite = labelledSuite('holdout-3', undefined, () =>
  fileURLToPath(new URL('../holdout/cases-3.jsonl', import.meta.url)),
)

/** A fourth held-out set (cases-4.jsonl), written blind after holdout-3's misses were fixed: tone/text rules and context rules by two helpers. */
export const holdout4: EvalSuite = labelledSuite('holdout-4', undefined, () =>
  fileURLToPath(new URL('../holdout/cases-4.jsonl', import.meta.url)),
)

/** A fifth held-out set (cases-5.jsonl), written blind after holdout-4's families were fixed, weighted to jokes, sarcasm and repeats. */
export const holdout5: EvalSuite = labelledSuite('holdout-5', undefined, () =>
  fileURLToPath(new URL('../holdout/cases-5.jsonl', import.meta.url)),
)

function labelledSuite(name: string, sharedFile: string | undefined, path: () => string): EvalSuite {
  return {
  name,
  files: sharedFile ? [sharedFile] : [],
  async run({ show }) {
    const linter = await createLinter({ preset: 'all' })
    const known = new Set(linter.rules.map((rule) => rule.id))
    const cases = readJsonl<LabelledCase>(path())
    const scores = new Map<string, Score>()
    const details: string[] = []

    for (const item of cases) {
      const result = linter.lint(item.draft, contextOf(item))
      for (const [rule, label] of Object.entries(item.labels)) {
        if (label === null || !known.has(rule)) continue
        const score = scores.get(rule) ?? new Score()
        scores.set(rule, score)
        const messages = result.messages.filter((m) => m.ruleId === rule)
        score.add(label, messages.length > 0, item.id)
        if (label && messages.length > 0) {
          for (const span of item.spans?.[rule] ?? []) {
            const at = item.draft.indexOf(span)
            score.spanTotal++
            if (at >= 0 && messages.some((m) => m.offset <= at && m.endOffset >= at + span.length)) score.spanHit++
          }
        }
        if (show.has(rule) && label !== (messages.length > 0)) {
          details.push(
            `  ${label ? 'MISSED' : 'FALSE '} ${rule} ${item.id}: ${item.draft.slice(0, 160)}` +
              (messages.length ? `\n         flagged: ${messages.map((m) => JSON.stringify(m.actual ?? item.draft.slice(m.offset, m.endOffset))).join(', ')}` : '') +
              (label && item.spans?.[rule] ? `\n         expected: ${JSON.stringify(item.spans[rule])}` : ''),
          )
        }
      }
    }

    const lines = [...scores.entries()].map(
      ([rule, s]) =>
        `  ${rule.padEnd(26)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn} tn ${s.tn})` +
        (s.spanTotal ? `  spans ${s.spanHit}/${s.spanTotal}` : ''),
    )
    const unmeasured = [...new Set(cases.flatMap((c) => Object.keys(c.labels)))].filter((rule) => !known.has(rule))
    if (unmeasured.length) lines.push(`  not in the registry yet: ${unmeasured.join(', ')}`)
    return [...lines, ...details]
  },
  }
}
