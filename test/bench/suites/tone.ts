/**
 * Tone rules' cost: warm lint() p50 over the perf corpus with every rule on,
 * against the same linter without no-jokes, no-sarcasm and
 * no-excessive-punctuation, measured in the same run. The two linters lint each
 * draft back to back, in alternating order, so drift in machine load hits both
 * alike. Target: at most 1.20x.
 */
import { createLinter } from '../../../src/node.js'
import { type BenchSuite, ms, percentile, perfCorpus, ratio, timeEach } from '../shared.js'

const TONE_RULES = ['no-jokes', 'no-sarcasm', 'no-excessive-punctuation'] as const
const PASSES = 5

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

    for (const text of drafts.slice(0, 200)) {
      withTone.lint(text)
      without.lint(text)
    }
    const base: number[] = []
    const full: number[] = []
    const time = (linter: typeof withTone, text: string, into: number[]) => {
      const start = performance.now()
      linter.lint(text)
      into.push(performance.now() - start)
    }
    for (let pass = 0; pass < PASSES; pass++) {
      drafts.forEach((text, index) => {
        if ((index + pass) % 2 === 0) {
          time(without, text, base)
          time(withTone, text, full)
        } else {
          time(withTone, text, full)
          time(without, text, base)
        }
      })
    }
    base.sort((a, b) => a - b)
    full.sort((a, b) => a - b)
    const b = percentile(base, 50)
    const f = percentile(full, 50)
    const toneOnly = timeEach(drafts, (text) => alone.lint(text))
    return [
      `  ${drafts.length} drafts from perf-corpus.jsonl, warm, ${PASSES} passes, each draft linted by both linters back to back`,
      `  lint(), all rules without the tone rules (${without.rules.length} rules)   p50 ${ms(b).padStart(9)}  p99 ${ms(percentile(base, 99))}`,
      `  lint(), all rules (${withTone.rules.length} rules)                          p50 ${ms(f).padStart(9)}  p99 ${ms(percentile(full, 99))}  ${ratio(f, b)} (target <= 1.20x)`,
      `  lint(), only ${present.join(', ')}  p50 ${ms(toneOnly.p50).padStart(9)}  p99 ${ms(toneOnly.p99)}`,
    ]
  },
}
