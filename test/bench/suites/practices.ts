/**
 * The seven practice rules (issue 6) on the keystroke path: warm lint() per
 * draft with a timestamped transcript, the agent's state and the transfer action,
 * against the bare retext-english parse and a linter with every rule off, in the
 * same run; and one 1 MB draft.
 */
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { createLinter } from '../../../src/node.js'
import type { LintContext } from '../../../src/types.js'
import { type BenchSuite, ms, perfCorpus, ratio, timeEach } from '../shared.js'
import { onlyRules } from './core.js'

const PRACTICE_RULES = ['prompt-reply', 'concise-reply', 'max-concurrent-chats', 'status-update', 'no-overpromise', 'transfer-notice', 'channel-switch']
const T = Date.UTC(2026, 2, 2, 14)

export const practices: BenchSuite = {
  name: 'practices',
  async run() {
    const corpus = perfCorpus()
    if (!corpus) return ['  skipped: no ../shared/eval/perf-corpus.jsonl']
    const drafts = corpus.map((d) => d.text)
    const transcript = Array.from({ length: 40 }, (_, i) => ({
      role: i % 2 ? ('agent' as const) : ('customer' as const),
      text: `Message number ${i} about the order.`,
      at: T + i * 30_000,
    }))
    const context: LintContext = { transcript, now: T + 41 * 30_000, action: 'transfer', agent: { activeChats: 4 } }
    const parser = unified().use(retextEnglish)
    const probe = await createLinter()
    const all = probe.rules.map((rule) => rule.id)
    const none = await createLinter({ rules: onlyRules(all, []) })
    const seven = await createLinter({ rules: onlyRules(all, PRACTICE_RULES) })

    const bare = timeEach(drafts, (text) => parser.parse(text))
    const empty = timeEach(drafts, (text) => none.lint(text, context))
    const mine = timeEach(drafts, (text) => seven.lint(text, context))

    const big = 'One moment please. I guarantee it will definitely arrive, transferring you now. 1. Open it\n'.repeat(11_000).slice(0, 1_000_000)
    const bigStart = performance.now()
    const bigResult = seven.lint(big, context)
    const bigMs = performance.now() - bigStart
    const bigNoneStart = performance.now()
    none.lint(big, context)
    const bigNoneMs = performance.now() - bigNoneStart

    const row = (name: string, t: typeof bare) =>
      `  ${name.padEnd(44)} p50 ${ms(t.p50).padStart(9)}  p99 ${ms(t.p99).padStart(9)}  p50 ${ratio(t.p50, bare.p50)} of bare parse, ${ratio(t.p50, empty.p50)} of no rules`
    return [
      `  ${drafts.length} drafts from perf-corpus.jsonl, warm, 40-turn timestamped transcript`,
      row('bare retext-english parse (baseline)', bare),
      row('lint(), every rule off', empty),
      row('lint(), the seven practice rules', mine),
      `  1 MB draft: seven rules ${ms(bigMs)} (${bigResult.messages.length} messages), every rule off ${ms(bigNoneMs)} (${ratio(bigMs, bigNoneMs)})`,
    ]
  },
}
