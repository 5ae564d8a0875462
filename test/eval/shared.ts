/**
 * Shared pieces of the evaluation: where the data lives, reading JSON Lines, and
 * precision/recall bookkeeping. The data stays in ../shared/eval (some of it is
 * licensed for research only): it is read at run time, never copied here.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
/** ../shared/eval beside the repository, or REPLYLINT_EVAL_DIR. */
export const EVAL_DIR = process.env.REPLYLINT_EVAL_DIR ?? resolve(here, '../../../shared/eval')

export function evalFile(name: string): string | undefined {
  const path = resolve(EVAL_DIR, name)
  return existsSync(path) ? path : undefined
}

export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

export class Score {
  tp = 0
  fp = 0
  fn = 0
  tn = 0
  spanHit = 0
  spanTotal = 0
  readonly falsePositives: string[] = []
  readonly falseNegatives: string[] = []

  add(expected: boolean, fired: boolean, id: string): void {
    if (expected && fired) this.tp++
    else if (expected) {
      this.fn++
      this.falseNegatives.push(id)
    } else if (fired) {
      this.fp++
      this.falsePositives.push(id)
    } else this.tn++
  }

  get precision(): number {
    return this.tp + this.fp === 0 ? Number.NaN : this.tp / (this.tp + this.fp)
  }

  get recall(): number {
    return this.tp + this.fn === 0 ? Number.NaN : this.tp / (this.tp + this.fn)
  }
}

export function fmt(value: number, digits = 3): string {
  return Number.isNaN(value) ? '  -  ' : value.toFixed(digits)
}

export function pct(value: number): string {
  return Number.isNaN(value) ? '-' : `${(value * 100).toFixed(1)}%`
}

/** Options every suite gets from the command line. */
export interface EvalOptions {
  /** Rule ids whose false positives and negatives are printed in full. */
  show: Set<string>
  /** --baselines: also run the slower third-party checkers some suites compare against. */
  baselines: boolean
}

export interface EvalSuite {
  name: string
  /** Files (relative to EVAL_DIR) it needs; the suite is skipped with a notice when one is missing. */
  files: string[]
  run(options: EvalOptions): Promise<string[]>
}
