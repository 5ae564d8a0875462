/**
 * agent-replies.jsonl: 1,711 real agent replies, unlabelled. Professional agents
 * mostly write clean replies, so every hit is a candidate false alarm: the
 * suite prints each rule's firing rate (bar: 2%, 1% for rules in the tone category) and, with
 * --show, every hit for a human to judge. Replies the data's own detector marks
 * as having capitals or shorthand are left out of those two rules' rates.
 */
import { createLinter, ruleRegistry } from '../../../src/node.js'
import { type EvalSuite, evalFile, pct, readJsonl } from '../shared.js'

interface Reply {
  id: string
  text: string
  prev_customer_text?: string
  auto?: { allcaps_tokens?: string[]; shorthand_tokens?: string[] }
}


export const agentReplies: EvalSuite = {
  name: 'agent-replies',
  files: ['agent-replies.jsonl'],
  async run({ show }) {
    const linter = await createLinter({ preset: 'all' })
    const replies = readJsonl<Reply>(evalFile('agent-replies.jsonl')!)
    const hits = new Map<string, string[]>()
    const eligible = new Map<string, number>()
    const details: string[] = []

    for (const reply of replies) {
      const transcript = reply.prev_customer_text ? [{ role: 'customer' as const, text: reply.prev_customer_text }] : []
      const result = linter.lint(reply.text, { transcript })
      for (const { id: rule } of linter.rules) {
        const flaggedByData =
          (rule === 'no-all-caps' && reply.auto?.allcaps_tokens?.length) ||
          (rule === 'no-chat-shorthand' && reply.auto?.shorthand_tokens?.length)
        if (!flaggedByData) eligible.set(rule, (eligible.get(rule) ?? 0) + 1)
        const messages = result.messages.filter((m) => m.ruleId === rule)
        if (messages.length === 0) continue
        if (!flaggedByData) {
          const list = hits.get(rule) ?? []
          list.push(reply.id)
          hits.set(rule, list)
        }
        if (show.has(rule)) {
          for (const m of messages) {
            const around = reply.text.slice(Math.max(0, m.offset - 40), m.endOffset + 40).replace(/\s+/g, ' ')
            details.push(`  ${rule} ${reply.id}${flaggedByData ? ' (data lists caps/shorthand)' : ''}: [${reply.text.slice(m.offset, m.endOffset)}] …${around}…`)
          }
        }
      }
    }

    const lines = linter.rules.map(({ id }) => {
      const count = hits.get(id)?.length ?? 0
      const total = eligible.get(id) ?? 0
      const rate = total ? count / total : Number.NaN
      const bar = ruleRegistry.get(id)?.meta.category === 'tone' ? 0.01 : 0.02
      return `  ${id.padEnd(26)} fires on ${String(count).padStart(4)} / ${total} (${pct(rate)})${rate > bar ? '  ABOVE ' + pct(bar) : ''}`
    })
    return [...lines, ...details]
  },
}
