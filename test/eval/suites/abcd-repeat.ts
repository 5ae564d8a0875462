/**
 * abcd-repeat.jsonl: real customer-service chats labelled for no-repeat-request.
 * "natural" drafts stand where the agent wrote them (almost all first-time
 * asks: the figure is the false-alarm rate); "replayed" drafts re-ask right
 * after the customer answered (the figure is recall). Reported separately.
 */
import { createLinter } from '../../../src/node.js'
import type { Turn } from '../../../src/types.js'
import { type EvalSuite, Score, evalFile, fmt, pct, readJsonl } from '../shared.js'

interface AbcdCase {
  id: string
  construction: 'natural' | 'replayed'
  transcript: Turn[]
  draft: string
  labels: { 'no-repeat-request': boolean | null }
}

const RULE = 'no-repeat-request'

export const abcdRepeat: EvalSuite = {
  name: 'abcd-repeat',
  files: ['abcd-repeat.jsonl'],
  async run({ show }) {
    const linter = await createLinter({ preset: 'all' })
    if (!linter.rules.some((rule) => rule.id === RULE)) return [`  ${RULE} is not in the registry yet`]
    const cases = readJsonl<AbcdCase>(evalFile('abcd-repeat.jsonl')!)
    const scores = { natural: new Score(), replayed: new Score() }
    const details: string[] = []
    for (const item of cases) {
      const label = item.labels[RULE]
      if (label === null || label === undefined) continue
      const messages = linter.lint(item.draft, { transcript: item.transcript }).messages.filter((m) => m.ruleId === RULE)
      scores[item.construction].add(label, messages.length > 0, item.id)
      if (show.has(RULE) && label !== messages.length > 0) {
        const last = item.transcript.slice(-3).map((t) => `${t.role}: ${t.text}`).join(' | ')
        details.push(`  ${label ? 'MISSED' : 'FALSE '} ${item.id}: ${item.draft}\n         …${last.slice(-200)}`)
      }
    }
    const { natural, replayed } = scores
    const naturalNegatives = natural.fp + natural.tn
    return [
      `  natural   fires on ${natural.fp} / ${naturalNegatives} first-time asks (${pct(natural.fp / naturalNegatives)}), ` +
        `P ${fmt(natural.precision)} R ${fmt(natural.recall)} (tp ${natural.tp} fp ${natural.fp} fn ${natural.fn} tn ${natural.tn})`,
      `  replayed  R ${fmt(replayed.recall)} P ${fmt(replayed.precision)} (tp ${replayed.tp} fp ${replayed.fp} fn ${replayed.fn} tn ${replayed.tn})`,
      ...details,
    ]
  },
}
