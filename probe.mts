import { spellingOnly } from './test/eval/suites/spelling.js'
import { perfCorpus } from './test/bench/shared.js'
const drafts = perfCorpus()!.map(d => d.text)
const l = await spellingOnly()
for (const t of drafts.slice(0, 200)) l.lint(t)
console.error('--- timed')
const times: number[] = []
for (const t of drafts) { const s = performance.now(); l.lint(t); times.push(performance.now() - s) }
const sorted = [...times].sort((a, b) => a - b)
console.error('p50', sorted[1000]!.toFixed(2), 'p99', sorted[1980]!.toFixed(2), 'max', sorted[1999]!.toFixed(1))
