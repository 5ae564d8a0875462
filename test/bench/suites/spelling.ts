/**
 * Spelling against harper.js (LocalLinter, slim binary), in the same run:
 * - warm p99 per draft, with suggestions for every misspelling (ours are in
 *   every message; harper's are asked for on every lint);
 * - a first pass with an empty suggestion cache (every typo searched once);
 * - cold start to the first result, each in a fresh process run by plain node
 *   (median of 3): replylint from the built package, as users import it;
 * - RSS after the first 100 drafts and the peak over all 2,000 (own process).
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { LocalLinter } from 'harper.js'
import { slimBinary } from 'harper.js/slimBinary'
import { createLinter } from '../../../src/node.js'
import { ensureBuilt } from '../dist.js'
import { type BenchSuite, type Timing, mib, ms, perfCorpus, percentile, ratio, timeEach } from '../shared.js'
import { onlyRules } from './core.js'

const child = fileURLToPath(new URL('../children/spelling-child.ts', import.meta.url))
const coldChild = fileURLToPath(new URL('../children/cold-start.mjs', import.meta.url))

function runChild(mode: string): Record<string, number> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, mode], { encoding: 'utf8', maxBuffer: 1 << 20 })
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>
}

/** Plain node, no tsx hooks: the transpiler is no part of either side's cold start. */
function runCold(mode: 'replylint' | 'harper'): number {
  const out = execFileSync(process.execPath, [coldChild, mode], { encoding: 'utf8', maxBuffer: 1 << 20 })
  return (JSON.parse(out.trim().split('\n').pop()!) as { ms: number }).ms
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

async function timeEachAsync<T>(inputs: readonly T[], fn: (input: T) => Promise<unknown>, warmup = 200): Promise<Timing> {
  for (let i = 0; i < Math.min(warmup, inputs.length); i++) await fn(inputs[i]!)
  const times: number[] = new Array(inputs.length)
  for (let i = 0; i < inputs.length; i++) {
    const start = performance.now()
    await fn(inputs[i]!)
    times[i] = performance.now() - start
  }
  const total = times.reduce((a, b) => a + b, 0)
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p99: percentile(times, 99), mean: total / times.length, total, count: times.length }
}

export const spelling: BenchSuite = {
  name: 'spelling',
  async run() {
    const corpus = perfCorpus()
    if (!corpus) return ['  skipped: no ../shared/eval/perf-corpus.jsonl']
    const drafts = corpus.map((d) => d.text)
    const all = (await createLinter({ preset: 'all' })).rules.map((r) => r.id)

    // First pass: JIT warmed on other text, suggestion cache empty.
    const fresh = await createLinter({ preset: 'all', rules: onlyRules(all, ['spelling']) })
    for (let i = 0; i < 50; i++) fresh.lint(`Warm up number ${i}: the quick brown fox jumps over the lazy dog.`)
    const firstPass = timeEach(drafts, (text) => fresh.lint(text), 0)

    const spellingOnly = await createLinter({ preset: 'all', rules: onlyRules(all, ['spelling']) })
    const spellingGrammar = await createLinter({ preset: 'all', rules: onlyRules(all, ['spelling', 'grammar']) })
    let suggested = 0
    const ours = timeEach(drafts, (text) => {
      for (const m of spellingOnly.lint(text).messages) if (m.expected?.length) suggested++
    })
    const oursGrammar = timeEach(drafts, (text) => spellingGrammar.lint(text))

    const harper = new LocalLinter({ binary: slimBinary })
    await harper.setup()
    const theirs = await timeEachAsync(drafts, async (text) => {
      for (const lint of await harper.lint(text)) lint.suggestions()
    })

    ensureBuilt()
    const coldOurs = median([0, 1, 2].map(() => runCold('replylint')))
    const coldHarper = median([0, 1, 2].map(() => runCold('harper')))
    const rss = runChild('rss')

    const row = (name: string, t: Timing) =>
      `  ${name.padEnd(48)} p50 ${ms(t.p50).padStart(9)}  p99 ${ms(t.p99).padStart(9)}  p99 ${ratio(t.p99, theirs.p99)} of harper's (bar 0.10x)`
    return [
      `  ${drafts.length} drafts from perf-corpus.jsonl, warm (${suggested} spelling messages with suggestions in the timed pass)`,
      row('harper.js LocalLinter (slim), with suggestions', theirs),
      row('replylint spelling', ours),
      row('replylint spelling + grammar', oursGrammar),
      row('replylint spelling, first pass (empty cache)', firstPass),
      `  cold start to first result (median of 3 fresh processes, built package): replylint ${ms(coldOurs)}, harper.js ${ms(coldHarper)}, ${ratio(coldOurs, coldHarper)} (bar 0.33x)`,
      `  RSS (default linter, own process): after 100 drafts ${mib(rss.after100!)}, peak over ${rss.drafts} ${mib(rss.peak!)}, ${ratio(rss.peak!, rss.after100!)} (bar 1.30x)`,
    ]
  },
}
