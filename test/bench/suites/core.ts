/**
 * Core latency: warm lint() per draft (default preset) against the bare
 * retext-english parse of the same drafts, in the same run; throughput; peak
 * RSS; and one 1 MB draft.
 */
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { createLinter } from '../../../src/node.js'
import { type BenchSuite, mib, ms, peakRss, perfCorpus, ratio, timeEach } from '../shared.js'

export const core: BenchSuite = {
  name: 'core',
  async run() {
    const corpus = perfCorpus()
    if (!corpus) return ['  skipped: no ../shared/eval/perf-corpus.jsonl']
    const drafts = corpus.map((d) => d.text)
    const parser = unified().use(retextEnglish)
    const linter = await createLinter()
    const capsOnly = await createLinter({ preset: 'recommended', rules: onlyRules(linter.rules.map((r) => r.id), ['no-all-caps', 'no-chat-shorthand']) })

    const bare = timeEach(drafts, (text) => parser.parse(text))
    const issue2 = timeEach(drafts, (text) => capsOnly.lint(text))
    const full = timeEach(drafts, (text) => linter.lint(text))

    const big = 'Please do NOT refresh the page, thx. I will check your order 12345 now. '.repeat(14_000).slice(0, 1_000_000)
    const bigStart = performance.now()
    const bigResult = linter.lint(big)
    const bigMs = performance.now() - bigStart
    const bigParseStart = performance.now()
    parser.parse(big)
    const bigParseMs = performance.now() - bigParseStart

    const row = (name: string, t: typeof bare) =>
      `  ${name.padEnd(44)} p50 ${ms(t.p50).padStart(9)}  p99 ${ms(t.p99).padStart(9)}  ${Math.round(t.count / (t.total / 1000)).toString().padStart(6)} drafts/s  p50 ${ratio(t.p50, bare.p50)} of bare parse`
    return [
      `  ${drafts.length} drafts from perf-corpus.jsonl, warm`,
      row('bare retext-english parse (baseline)', bare),
      row('lint(), no-all-caps + no-chat-shorthand', issue2),
      row(`lint(), recommended preset (${linter.rules.length} rules)`, full),
      `  1 MB draft: lint ${ms(bigMs)} (${bigResult.messages.length} messages), bare parse ${ms(bigParseMs)}`,
      `  peak RSS ${mib(peakRss())}`,
    ]
  },
}

/** A rules config turning every rule off except `keep`. */
export function onlyRules(all: readonly string[], keep: readonly string[]): Record<string, 'off' | 'warn'> {
  const rules: Record<string, 'off' | 'warn'> = {}
  for (const id of all) rules[id] = 'off'
  for (const id of keep) if (all.includes(id)) rules[id] = 'warn'
  return rules
}
