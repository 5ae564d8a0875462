/**
 * The JSON Schema for replylint config files, built from the rule registry
 * (ids, descriptions, option schemas). `npm run schema` writes it to
 * src/cli/replylint.schema.json, which ships in the package; a test checks the
 * committed file matches the registry.
 */
import type { OptionSpec } from '../options.js'
import type { RuleModule } from '../rule.js'

const SEVERITY = { type: 'string', enum: ['off', 'info', 'warn', 'error'] }

function optionSchema(spec: OptionSpec): Record<string, unknown> {
  switch (spec.type) {
    case 'number':
      return {
        type: spec.integer ? 'integer' : 'number',
        description: spec.description,
        default: spec.default,
        ...(spec.min !== undefined ? { minimum: spec.min } : {}),
        ...(spec.max !== undefined ? { maximum: spec.max } : {}),
      }
    case 'boolean':
      return { type: 'boolean', description: spec.description, default: spec.default }
    case 'string':
      return { type: 'string', description: spec.description, default: spec.default, ...(spec.enum ? { enum: [...spec.enum] } : {}) }
    case 'string[]':
      return {
        type: 'array',
        items: { type: 'string' },
        description: spec.description,
        default: [...spec.default],
        ...(spec.maxItems !== undefined ? { maxItems: spec.maxItems } : {}),
      }
  }
}

export function buildConfigSchema(registry: readonly RuleModule[]): Record<string, unknown> {
  const rules: Record<string, unknown> = {}
  for (const { meta } of registry) {
    const options = {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(Object.entries(meta.options).map(([key, spec]) => [key, optionSchema(spec)])),
    }
    rules[meta.id] = {
      description: `${meta.description} (practice ${meta.practice}; default: ${meta.severity})`,
      markdownDescription: `${meta.description}\n\n[Docs](${meta.docs})`,
      anyOf: [
        SEVERITY,
        { type: 'array', prefixItems: [SEVERITY], minItems: 1, maxItems: 1 },
        { type: 'array', prefixItems: [SEVERITY, options], minItems: 2, maxItems: 2 },
      ],
    }
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/replylint/replylint/blob/main/src/cli/replylint.schema.json',
    title: 'replylint config',
    description: 'replylint.config.json, .replylintrc.json, or the "replylint" key of package.json.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      preset: {
        description: 'Base severities: recommended (each rule\'s default), strict (warnings become errors, rules off by default warn), all (every rule on).',
        enum: ['recommended', 'strict', 'all'],
      },
      rules: { type: 'object', additionalProperties: false, properties: rules },
      words: { description: "The team's own words: never misspelled, never shouting.", type: 'array', items: { type: 'string' } },
      ignorePatterns: { description: 'Globs (relative to the config file) of files never linted.', type: 'array', items: { type: 'string' } },
    },
  }
}
