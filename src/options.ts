/**
 * Rule option schemas and their validation. Configs come from users (JSON files,
 * extension storage): every value is checked, unknown keys are errors, and the
 * result is a fresh null-prototype object so `__proto__` keys pollute nothing.
 */

export type OptionSpec =
  | { type: 'number'; default: number; min?: number; max?: number; integer?: boolean; description: string }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'string'; default: string; enum?: readonly string[]; description: string }
  | { type: 'string[]'; default: readonly string[]; description: string; maxItems?: number }

export type OptionsSchema = Readonly<Record<string, OptionSpec>>

/** The resolved option values a schema describes. */
export type OptionsOf<S extends OptionsSchema> = {
  readonly [K in keyof S]: S[K] extends { type: 'number' }
    ? number
    : S[K] extends { type: 'boolean' }
      ? boolean
      : S[K] extends { type: 'string[]' }
        ? readonly string[]
        : string
}

/** A config or context the user gave is wrong; the message names what and where. */
export class ReplylintConfigError extends Error {
  override name = 'ReplylintConfigError'
}

const own = Object.prototype.hasOwnProperty

export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (typeof value === 'function') return 'a function'
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  return `${typeof value} ${String(value)}`
}

/** A key as quoted in an error message; a huge key from a hostile JSON file is cut short. */
export function describeKey(key: string): string {
  return JSON.stringify(key.length > 60 ? key.slice(0, 60) + '…' : key)
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** Validate `input` against `schema`, filling defaults. `where` prefixes every error. */
export function resolveOptions<S extends OptionsSchema>(schema: S, input: unknown, where: string): OptionsOf<S> {
  const out: Record<string, unknown> = Object.create(null)
  if (input !== undefined && input !== null && !isPlainObject(input)) {
    throw new ReplylintConfigError(`${where}: options must be an object, got ${describeValue(input)}`)
  }
  const given = (input ?? {}) as Record<string, unknown>
  for (const key of Object.keys(given)) {
    if (!own.call(schema, key)) {
      const known = Object.keys(schema)
      throw new ReplylintConfigError(
        `${where}: unknown option ${describeKey(key)}; ` +
          (known.length ? `expected one of ${known.map((k) => JSON.stringify(k)).join(', ')}` : 'this rule takes no options'),
      )
    }
  }
  for (const key of Object.keys(schema)) {
    const spec = schema[key]!
    const value = own.call(given, key) ? given[key] : undefined
    out[key] = value === undefined ? spec.default : checkOption(spec, value, `${where}: option ${JSON.stringify(key)}`)
  }
  return out as OptionsOf<S>
}

function checkOption(spec: OptionSpec, value: unknown, where: string): unknown {
  switch (spec.type) {
    case 'number': {
      const ok =
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (!spec.integer || Number.isInteger(value)) &&
        (spec.min === undefined || value >= spec.min) &&
        (spec.max === undefined || value <= spec.max)
      if (!ok) {
        const range = [spec.min !== undefined ? `>= ${spec.min}` : '', spec.max !== undefined ? `<= ${spec.max}` : '']
          .filter(Boolean)
          .join(' and ')
        throw new ReplylintConfigError(
          `${where} must be ${spec.integer ? 'an integer' : 'a number'}${range ? ' ' + range : ''}, got ${describeValue(value)}`,
        )
      }
      return value
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw new ReplylintConfigError(`${where} must be true or false, got ${describeValue(value)}`)
      return value
    case 'string':
      if (typeof value !== 'string' || (spec.enum && !spec.enum.includes(value))) {
        throw new ReplylintConfigError(
          `${where} must be ${spec.enum ? 'one of ' + spec.enum.map((v) => JSON.stringify(v)).join(', ') : 'a string'}, got ${describeValue(value)}`,
        )
      }
      return value
    case 'string[]': {
      const max = spec.maxItems ?? 100_000
      if (!Array.isArray(value) || value.length > max || !value.every((item) => typeof item === 'string')) {
        throw new ReplylintConfigError(`${where} must be an array of at most ${max} strings, got ${describeValue(value)}`)
      }
      return Object.freeze([...value])
    }
  }
}
