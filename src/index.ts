/**
 * replylint's isomorphic core: runs in Node, browsers and Web Workers (no
 * `node:` imports). In a browser, pass the dictionary yourself (strings or
 * bytes, or a loader); the Node entry (`replylint` in Node) loads dictionary-en.
 */
import { type Linter, createEngine } from './linter.js'
import type { LintContext, LintResult, LinterOptions } from './types.js'

export type { Linter } from './linter.js'
export type * from './types.js'
export type { RuleMeta, RuleModule, RuleContext, RuleEnv, ReportDescriptor, RuleCategory, RuleNeed } from './rule.js'
export type { Mask, MaskKind } from './mask.js'
export type { NormalizedContext, NormalizedTurn } from './context.js'
export { ReplylintConfigError } from './options.js'
export { defineRule } from './rule.js'
export { maskSyntax } from './mask.js'
export { PRESETS, presetSeverity } from './config.js'
export { ruleRegistry } from './linter.js'
export { loadDictionary, type DictionaryBytes } from './dictionary.js'
export { registry as rules } from '../rules/index.js'

/** Build a linter: validates the config and loads what needs loading, once. */
export function createLinter(options?: LinterOptions): Promise<Linter> {
  return createEngine(options)
}

let shared: Promise<Linter> | undefined

/**
 * One-shot convenience: lint a draft with the default configuration (or with
 * `options`, building a new linter each call; keep a `createLinter()` linter
 * for repeated use).
 */
export async function lint(draft: string, context?: LintContext, options?: LinterOptions): Promise<LintResult> {
  const linter = options ? await createLinter(options) : await (shared ??= createLinter())
  return linter.lint(draft, context)
}
