/**
 * Tone rules' cost: warm lint() p50 over the perf corpus with every rule on,
 * against the same linter without no-jokes, no-sarcasm and
 * no-excessive-punctuation, measured in the same run in alternating rounds
 * (median of the rounds' p50s). Target: at most 1.20x.
 */
import { createLinter } from '../../../src/node.js'
import { type BenchSuite, ms, perfCorpus, ratio, timeEach } from '../shared.js'

const TONE_RULES = ['no-jokes', 'no-sarcasm', 'no-excessive-punctuation'] as const
const ROUNDS = 5

export const tone: BenchSuite = {
  name: 'tone',
  async run() {
    const corpus = perfCorpus()
    if (!corpus) return ['  skipped: no ../shared/eval/perf-corpus.jsonl']
    const drafts = corpus.map((d) => d.text)
    const withTone = await createLinter({ preset: 'all' })
    const present = TONE_RULES.filter((id) => withTone.rules.some((r) => r.id === id))
    const without = await createLinter({ preset: 'all', rules: Object.fromEntries(present.map((id) => [id, 'off'])) })
    const alone = await createLinter({
      preset: 'all',
      rules: Object.fromEntries(withTone.rules.map((r) => [r.id, present.includes(r.id as never) ? 'warn' : 'off'])),
    })

    const base: number[] = []
    const full: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      base.push(timeEach(drafts, (text) => without.lint(text)).p50)
      full.push(timeEach(drafts, (text) => withTone.lint(text)).p50)
    }
    const toneOnly = timeEach(drafts, (text) => alone.lint(text))
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!
    const b = median(base)
    const f = median(full)
    return [
      `  ${drafts.length} drafts from perf-corpus.jsonl, warm, median p50 of ${ROUNDS} alternating rounds`,
      `  lint(), all rules without the tone rules (${without.rules.length} rules)   p50 ${ms(b).padStart(9)}`,
      `  lint(), all rules (${withTone.rules.length} rules)                          p50 ${ms(f).padStart(9)}  ${ratio(f, b)} (target <= 1.20x)`,
      `  lint(), only ${present.join(', ')}  p50 ${ms(toneOnly.p50).padStart(9)}  p99 ${ms(toneOnly.p99)}`,
    ]
  },
}
