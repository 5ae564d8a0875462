/**
 * Presets and rule settings. A preset gives every rule a severity; the user's
 * `rules` then override it per rule. Unknown rule ids, bad severities and bad
 * options are errors that name the rule and what was expected.
 */
import { ReplylintConfigError, describeKey, describeValue, isPlainObject, resolveOptions } from './options.js'
import { type RuleModule, normalizeWords } from './rule.js'
import type { LinterOptions, Severity } from './types.js'

export const PRESETS = ['recommended', 'strict', 'all'] as const
export type PresetName = (typeof PRESETS)[number]
const SEVERITIES: readonly Severity[] = ['off', 'info', 'warn', 'error']
const LINTER_OPTION_KEYS = new Set(['preset', 'rules', 'words', 'dictionary'])

export interface ResolvedRule {
  rule: RuleModule
  severity: Exclude<Severity, 'off'>
  options: Record<string, unknown>
}

/**
 * The severity a preset gives a rule.
 * - recommended: the rule's own default; rules marked 'off' stay off.
 * - strict: recommended warnings become errors; rules off by default become warnings.
 * - all: every rule on, at its own default or 'warn'.
 */
export function presetSeverity(preset: PresetName, rule: RuleModule): Severity {
  const base = rule.meta.severity
  switch (preset) {
    case 'recommended':
      return base
    case 'strict':
      return base === 'off' ? 'warn' : base === 'warn' ? 'error' : base
    case 'all':
      return base === 'off' ? 'warn' : base
  }
}

export function validateLinterOptions(options: unknown): LinterOptions {
  if (options === undefined || options === null) return {}
  if (!isPlainObject(options)) {
    throw new ReplylintConfigError(`replylint: options must be an object, got ${describeValue(options)}`)
  }
  for (const key of Object.keys(options)) {
    if (!LINTER_OPTION_KEYS.has(key)) {
      throw new ReplylintConfigError(
        `replylint: unknown option ${describeKey(key)}; expected preset, rules, words or dictionary`,
      )
    }
  }
  const { preset, rules, words } = options as LinterOptions
  if (preset !== undefined && !PRESETS.includes(preset)) {
    throw new ReplylintConfigError(
      `replylint: preset must be one of ${PRESETS.map((p) => JSON.stringify(p)).join(', ')}, got ${describeValue(preset)}`,
    )
  }
  if (rules !== undefined && !isPlainObject(rules)) {
    throw new ReplylintConfigError(`replylint: rules must be an object of rule settings, got ${describeValue(rules)}`)
  }
  if (words !== undefined) normalizeWords(words, 'replylint: words')
  return options as LinterOptions
}

/** Resolve which rules run, at what severity, with what validated options. */
export function resolveRules(registry: ReadonlyMap<string, RuleModule>, options: LinterOptions): ResolvedRule[] {
  const preset = options.preset ?? 'recommended'
  const settings = options.rules ?? {}
  for (const id of Object.keys(settings)) {
    if (!registry.has(id)) {
      throw new ReplylintConfigError(
        `replylint: unknown rule ${describeKey(id)}; known rules: ${[...registry.keys()].join(', ')}`,
      )
    }
  }

  const resolved: ResolvedRule[] = []
  for (const [id, rule] of registry) {
    let severity = presetSeverity(preset, rule)
    let given: unknown
    if (Object.prototype.hasOwnProperty.call(settings, id)) {
      ;[severity, given] = parseSetting(id, settings[id])
    }
    if (severity === 'off') continue
    const ruleOptions = resolveOptions(rule.meta.options, given, `replylint: rule "${id}"`)
    resolved.push({ rule, severity, options: ruleOptions as Record<string, unknown> })
  }
  return resolved
}

function parseSetting(id: string, setting: unknown): [Severity, unknown] {
  const where = `replylint: rule "${id}"`
  if (typeof setting === 'string') return [checkSeverity(setting, where), undefined]
  if (Array.isArray(setting) && setting.length >= 1 && setting.length <= 2) {
    return [checkSeverity(setting[0], where), setting[1]]
  }
  throw new ReplylintConfigError(
    `${where}: setting must be a severity ("off", "info", "warn", "error") or [severity, options], got ${describeValue(setting)}`,
  )
}

function checkSeverity(value: unknown, where: string): Severity {
  if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) return value as Severity
  throw new ReplylintConfigError(
    `${where}: severity must be "off", "info", "warn" or "error", got ${describeValue(value)}`,
  )
}
