/**
 * Benchmark plumbing: timing, percentiles, the perf corpus, and the suite
 * shape. Benchmarks report ratios against baselines measured in the same run;
 * they are never timed tests.
 */
import { existsSync } from 'node:fs'
import { EVAL_DIR, readJsonl } from '../eval/shared.js'
import { resolve } from 'node:path'

export interface BenchSuite {
  name: string
  /** Lines for the report; each suite prints its own table. */
  run(): Promise<string[]>
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]!
}

export interface Timing {
  p50: number
  p99: number
  mean: number
  total: number
  count: number
}

/** Time `fn` over every input, after `warmup` untimed passes over the first inputs. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown, warmup = 200): Timing {
  for (let i = 0; i < Math.min(warmup, inputs.length); i++) fn(inputs[i]!)
  const times: number[] = new Array(inputs.length)
  for (let i = 0; i < inputs.length; i++) {
    const start = performance.now()
    fn(inputs[i]!)
    times[i] = performance.now() - start
  }
  const total = times.reduce((a, b) => a + b, 0)
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p99: percentile(times, 99), mean: total / times.length, total, count: times.length }
}

export function ms(value: number): string {
  return value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(2)} ms`
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}

export function ratio(value: number, base: number): string {
  return `${(value / base).toFixed(2)}x`
}

export interface PerfDraft {
  id: number
  text: string
  misspellings: Array<{ start: number; end: number; wrong: string; right: string }>
}

/** ../shared/eval/perf-corpus.jsonl, or undefined when absent. */
export function perfCorpus(): PerfDraft[] | undefined {
  const path = resolve(EVAL_DIR, 'perf-corpus.jsonl')
  return existsSync(path) ? readJsonl<PerfDraft>(path) : undefined
}

/** Peak resident set size so far (process-wide). */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024
}
