/**
 * Every configuration the reliability properties run under: each preset, and
 * each registered rule alone (so a rule that lands later is covered with no
 * edit here). Linters are built once per test file and shared.
 */
import { PRESETS } from '../../src/config.js'
import { ruleRegistry } from '../../src/linter.js'
import { type Linter, createLinter } from '../../src/node.js'
import type { LinterOptions } from '../../src/types.js'

export interface NamedConfig {
  name: string
  options: LinterOptions
}

/** A rules table turning every rule off except `id`. */
export function ruleAlone(id: string): LinterOptions['rules'] {
  const rules: NonNullable<LinterOptions['rules']> = {}
  for (const other of ruleRegistry.keys()) rules[other] = other === id ? 'warn' : 'off'
  return rules
}

export function allConfigs(): NamedConfig[] {
  return [
    ...PRESETS.map((preset) => ({ name: `preset ${preset}`, options: { preset } })),
    ...[...ruleRegistry.keys()].map((id) => ({ name: `rule ${id} alone`, options: { preset: 'all' as const, rules: ruleAlone(id) } })),
  ]
}

export interface BuiltConfig extends NamedConfig {
  linter: Linter
  /** A second linter with the same options, for cold-versus-warm comparisons. */
  fresh: () => Promise<Linter>
}

export async function buildConfigs(): Promise<BuiltConfig[]> {
  return Promise.all(
    allConfigs().map(async (config) => ({
      ...config,
      linter: await createLinter(config.options),
      fresh: () => createLinter(config.options),
    })),
  )
}
