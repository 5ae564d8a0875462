/**
 * How many runs and which seeds the property tests use.
 *
 * CI runs every property with a fixed seed and with a fresh random one, at
 * FUZZ_RUNS runs each (10,000 unless set). `npm run fuzz` raises the runs. On
 * failure fast-check prints the seed, the path and the shrunk counterexample;
 * FUZZ_SEED (and FUZZ_PATH) replay exactly that case.
 */
export const FIXED_SEED = 20_261_125

export const RUNS = positiveInteger(process.env.FUZZ_RUNS, 10_000)

export interface SeedSetting {
  label: string
  seed: number
  path?: string
}

export function seeds(): SeedSetting[] {
  if (process.env.FUZZ_SEED !== undefined && process.env.FUZZ_SEED !== '') {
    const seed = Number(process.env.FUZZ_SEED)
    if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got ${process.env.FUZZ_SEED}`)
    return [{ label: `seed ${seed} (FUZZ_SEED)`, seed, ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) }]
  }
  const random = (Date.now() ^ (Math.random() * 0x7fffffff)) | 0
  return [
    { label: `fixed seed ${FIXED_SEED}`, seed: FIXED_SEED },
    { label: `random seed ${random}`, seed: random },
  ]
}

/** fast-check parameters for one property under one seed. */
export function params(setting: SeedSetting, runs = RUNS) {
  return {
    seed: setting.seed,
    numRuns: setting.path ? 1 : runs,
    ...(setting.path ? { path: setting.path } : {}),
    // Print the seed, the path and the shrunk counterexample, with every failure reason.
    verbose: 1 as const,
  }
}

function positiveInteger(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`FUZZ_RUNS must be a positive integer, got ${value}`)
  return parsed
}
