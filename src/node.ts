/**
 * The Node entry: the same API as the core, with dictionary-en loaded from
 * disk when a rule needs a dictionary and the options name none. dictionary-en
 * reads its files with node:fs, so it stays out of the browser path.
 */
import { type EngineDefaults, type Linter, createEngine } from './linter.js'
import type { DictionaryData, LintContext, LintResult, LinterOptions } from './types.js'

export * from './index.js'

const defaults: EngineDefaults = {
  async dictionary(): Promise<DictionaryData> {
    const module = (await import('dictionary-en')) as { default: DictionaryData }
    return module.default
  },
}

export function createLinter(options?: LinterOptions): Promise<Linter> {
  return createEngine(options, defaults)
}

let shared: Promise<Linter> | undefined

export async function lint(draft: string, context?: LintContext, options?: LinterOptions): Promise<LintResult> {
  const linter = options ? await createLinter(options) : await (shared ??= createLinter())
  return linter.lint(draft, context)
}
