/**
 * Config files: replylint.config.json, .replylintrc.json, or a "replylint" key
 * in package.json, looked for from the working directory upward (the first one
 * found wins). Config files are untrusted JSON: unknown keys are errors that
 * name the file, and values are copied into fresh objects so a `__proto__` key
 * is only ever an unknown key.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describeValue } from '../options.js'
import { LineIndex } from './mapped.js'
import { parseJson } from './sources/json.js'
import { InputError } from './sources/tree.js'
import type { LinterOptions, RuleSetting } from '../types.js'

export const CONFIG_FILES = ['replylint.config.json', '.replylintrc.json'] as const

export interface CliConfig {
  preset?: LinterOptions['preset']
  rules?: Record<string, RuleSetting>
  words?: string[]
  ignorePatterns?: string[]
}

export interface LoadedConfig {
  path: string | undefined
  /** Directory ignore patterns are relative to. */
  base: string
  config: CliConfig
}

export class ConfigFileError extends Error {
  override name = 'ConfigFileError'
}

const CONFIG_KEYS = ['$schema', 'preset', 'rules', 'words', 'ignorePatterns']

/** Find the nearest config from `cwd` upward; an empty config when there is none. */
export function discoverConfig(cwd: string): LoadedConfig {
  let dir = resolve(cwd)
  for (;;) {
    for (const name of CONFIG_FILES) {
      const path = join(dir, name)
      if (existsSync(path)) return loadConfigFile(path)
    }
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) {
      const value = readJsonFile(pkg)
      if (isObject(value) && Object.prototype.hasOwnProperty.call(value, 'replylint')) {
        return { path: pkg, base: dir, config: checkConfig(value.replylint, `${pkg} ("replylint" key)`) }
      }
    }
    const parent = dirname(dir)
    if (parent === dir) return { path: undefined, base: resolve(cwd), config: {} }
    dir = parent
  }
}

export function loadConfigFile(path: string): LoadedConfig {
  const value = readJsonFile(path)
  const isPackage = path.endsWith('package.json')
  if (isPackage) {
    if (!isObject(value) || !Object.prototype.hasOwnProperty.call(value, 'replylint')) {
      throw new ConfigFileError(`${path}: has no "replylint" key`)
    }
    return { path, base: dirname(path), config: checkConfig(value.replylint, `${path} ("replylint" key)`) }
  }
  return { path, base: dirname(path), config: checkConfig(value, path) }
}

function readJsonFile(path: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigFileError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
  if (text.startsWith('\ufeff')) text = text.slice(1)
  try {
    parseJson(text)
  } catch (error) {
    if (error instanceof InputError) {
      const at = error.offset !== undefined ? new LineIndex(text).point(error.offset) : undefined
      throw new ConfigFileError(`${path}${at ? `:${at.line}:${at.column}` : ''}: ${error.message}`)
    }
    throw error
  }
  return JSON.parse(text) as unknown
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function own(value: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined
}

/** Validate a config's shape and copy it into fresh objects. Rule ids and options are checked by the engine. */
export function checkConfig(value: unknown, where: string): CliConfig {
  if (!isObject(value)) throw new ConfigFileError(`${where}: the config must be an object, got ${describeValue(value)}`)
  for (const key of Object.keys(value)) {
    if (!CONFIG_KEYS.includes(key)) {
      throw new ConfigFileError(`${where}: unknown key ${JSON.stringify(key)}; expected ${CONFIG_KEYS.map((k) => JSON.stringify(k)).join(', ')}`)
    }
  }
  const config: CliConfig = {}
  const preset = own(value, 'preset')
  if (preset !== undefined) {
    if (preset !== 'recommended' && preset !== 'strict' && preset !== 'all') {
      throw new ConfigFileError(`${where}: "preset" must be "recommended", "strict" or "all", got ${describeValue(preset)}`)
    }
    config.preset = preset
  }
  const rules = own(value, 'rules')
  if (rules !== undefined) {
    if (!isObject(rules)) throw new ConfigFileError(`${where}: "rules" must be an object of rule settings, got ${describeValue(rules)}`)
    // A null-prototype copy: a "__proto__" rule id is just an unknown rule.
    const copy: Record<string, RuleSetting> = Object.create(null)
    for (const id of Object.keys(rules)) copy[id] = structuredClone(rules[id]) as RuleSetting
    config.rules = copy
  }
  for (const key of ['words', 'ignorePatterns'] as const) {
    const list = own(value, key)
    if (list === undefined) continue
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
      throw new ConfigFileError(`${where}: "${key}" must be an array of strings, got ${describeValue(list)}`)
    }
    config[key] = [...list]
  }
  return config
}
