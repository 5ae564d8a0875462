/**
 * Configs and contexts come from JSON files, extension storage and chat tools:
 * every bad one gets a ReplylintConfigError naming the field (or turn) and what
 * was expected, nothing pollutes Object.prototype, and no other error escapes.
 */
import { fc, test } from '@fast-check/vitest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveRules, validateLinterOptions } from '../../src/config.js'
import { MAX_CUSTOMER_FIELDS, MAX_PREVIOUS_CHATS, MAX_TURNS, normalizeContext } from '../../src/context.js'
import { type Linter, ruleRegistry } from '../../src/linter.js'
import { createLinter, ReplylintConfigError } from '../../src/node.js'
import { MAX_WORDS } from '../../src/rule.js'
import { RUNS, params, seeds } from './fuzz-settings.js'

// Validation is cheap and its input space small: a fifth of the lint properties' runs, at least 2,000.
const UNTRUSTED_RUNS = Math.max(2_000, Math.round(RUNS / 5))

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort()
const firstRule = [...ruleRegistry.keys()][0]!

function assertPrototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames)
  const probe = {} as Record<string, unknown>
  for (const key of ['polluted', 'transcript', 'role', 'rules', 'preset', 'allow', 'isAdmin']) expect(probe[key]).toBeUndefined()
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype)
}

let linter: Linter
beforeAll(async () => {
  linter = await createLinter({ preset: 'all' })
})
afterAll(assertPrototypeUntouched)

describe('configs from JSON', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['__proto__ at the top', '{"__proto__": {"polluted": true}}', /unknown option "__proto__"; expected preset, rules, words or dictionary/],
    ['constructor at the top', '{"constructor": {"prototype": {"polluted": true}}}', /unknown option "constructor"/],
    ['prototype at the top', '{"prototype": {"polluted": true}}', /unknown option "prototype"/],
    ['__proto__ as a rule id', '{"rules": {"__proto__": {"polluted": true}}}', /unknown rule "__proto__"; known rules: /],
    ['constructor as a rule id', '{"rules": {"constructor": "warn"}}', /unknown rule "constructor"/],
    ['__proto__ in rule options', `{"rules": {"${firstRule}": ["warn", {"__proto__": {"polluted": true}}]}}`, new RegExp(`rule "${firstRule}": unknown option "__proto__"`)],
    ['an unknown top-level key', '{"rule": {}}', /unknown option "rule"/],
    ['a preset of the wrong type', '{"preset": 3}', /preset must be one of "recommended", "strict", "all", got number 3/],
    ['an unknown preset', '{"preset": "lenient"}', /preset must be one of .*got "lenient"/],
    ['rules as an array', '{"rules": []}', /rules must be an object of rule settings, got an array of 0/],
    ['a bad severity', `{"rules": {"${firstRule}": "loud"}}`, new RegExp(`rule "${firstRule}": severity must be "off", "info", "warn" or "error", got "loud"`)],
    ['a setting of three items', `{"rules": {"${firstRule}": ["warn", {}, 1]}}`, /setting must be a severity .* or \[severity, options\], got an array of 3/],
    ['options that are not an object', `{"rules": {"${firstRule}": ["warn", "all"]}}`, /options must be an object, got "all"/],
    ['words as a string', '{"words": "Acme"}', /words must be an array of at most 100000 strings, got "Acme"/],
    ['words with a number', '{"words": ["Acme", 3]}', /words must be an array of at most 100000 strings, got an array of 2/],
    ['null options', 'null', /^$/],
  ]
  it.each(cases)('%s: %s', async (_name, json, message) => {
    const options: unknown = JSON.parse(json)
    if (message.source === '^$') {
      await expect(createLinter(options as never)).resolves.toBeDefined()
      return
    }
    const error = await createLinter(options as never).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ReplylintConfigError)
    expect((error as Error).message).toMatch(message)
    assertPrototypeUntouched()
  })

  it('quotes a huge unknown key briefly', async () => {
    const error = (await createLinter({ ['k'.repeat(1_000_000)]: 1 } as never).catch((e: unknown) => e)) as Error
    expect(error).toBeInstanceOf(ReplylintConfigError)
    expect(error.message).toMatch(/^replylint: unknown option "k{60}…"; expected preset/)
    expect(() => linter.lint('hi', { customer: { ['k'.repeat(100_000)]: 5 } } as never)).toThrow(/^replylint: context.customer\["k{60}…"\] must be a string, got number 5$/)
  })

  it('refuses a word list over the bound, naming it', async () => {
    await expect(createLinter({ words: new Array(MAX_WORDS + 1).fill('acme') })).rejects.toThrow(
      /words must be an array of at most 100000 strings, got an array of 100001/,
    )
  })

  it('checks every rule\'s options against its schema: unknown option and wrong type', async () => {
    for (const [id, rule] of ruleRegistry) {
      await expect(createLinter({ rules: { [id]: ['warn', { noSuchOption: 1 }] } })).rejects.toThrow(
        new RegExp(`rule "${id}": unknown option "noSuchOption"`),
      )
      for (const [name, spec] of Object.entries(rule.meta.options)) {
        const wrong = spec.type === 'number' ? 'many' : spec.type === 'boolean' ? 'yes' : spec.type === 'string' ? 42 : 'word'
        await expect(createLinter({ rules: { [id]: ['warn', { [name]: wrong }] } })).rejects.toThrow(
          new RegExp(`rule "${id}": option "${name}" must be`),
        )
      }
    }
  })
})

describe('contexts from JSON', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['__proto__ key', JSON.parse('{"__proto__": {"transcript": []}}'), /context has an unknown field "__proto__"; expected transcript, previousChats, now/],
    ['constructor key', JSON.parse('{"constructor": {}}'), /context has an unknown field "constructor"/],
    ['prototype key', JSON.parse('{"prototype": {}}'), /context has an unknown field "prototype"/],
    ['context as an array', [], /context must be an object, got an array of 0/],
    ['transcript as an object', { transcript: {} }, /context.transcript must be an array of turns, got an object/],
    ['a turn that is a string', { transcript: ['hi'] }, /context.transcript\[0\] must be a turn object \{role, text, at\?\}, got "hi"/],
    ['an unknown role', { transcript: [{ role: 'customer', text: 'a' }, { role: 'bot', text: 'hi' }] }, /context.transcript\[1\].role must be "customer", "agent" or "system", got "bot"/],
    ['text that is not a string', { transcript: [{ role: 'agent', text: 42 }] }, /context.transcript\[0\].text must be a string, got number 42/],
    ['an unparseable at', { transcript: [{ role: 'agent', text: 'a', at: 'yesterday-ish' }] }, /context.transcript\[0\].at must be a Date, an ISO 8601 string or epoch milliseconds, got "yesterday-ish"/],
    ['an at that is an object', { transcript: [{ role: 'agent', text: 'a', at: {} }] }, /context.transcript\[0\].at must be a Date/],
    ['an invalid Date', { transcript: [{ role: 'agent', text: 'a', at: new Date(Number.NaN) }] }, /context.transcript\[0\].at must be a Date/],
    ['__proto__ in a turn', { transcript: [JSON.parse('{"role": "agent", "text": "a", "__proto__": {"role": "x"}}')] }, /context.transcript\[0\] has an unknown field "__proto__"; expected role, text, at, agentId/],
    ['a bad turn in a previous chat', { previousChats: [[], [{ role: 'customer' }]] }, /context.previousChats\[1\]\[0\].text must be a string, got undefined$/],
    ['too many previous chats', { previousChats: new Array(MAX_PREVIOUS_CHATS + 1).fill([]) }, /previousChats must be an array of at most 1000 transcripts, got an array of 1001/],
    ['too many turns', { transcript: { length: MAX_TURNS + 1 } }, /context.transcript must be an array of turns/],
    ['an unparseable now', { now: 'soon' }, /context.now must be a Date, an ISO 8601 string or epoch milliseconds, got "soon"/],
    ['an unknown action', { action: 'escalate' }, /context.action must be "reply" or "transfer", got "escalate"/],
    ['agent with an unknown field', { agent: { chats: 3 } }, /context.agent has an unknown field "chats"; expected activeChats/],
    ['a negative activeChats', { agent: { activeChats: -1 } }, /context.agent.activeChats must be a whole number >= 0, got number -1/],
    ['a customer field that is not a string', { customer: { order: 77120 } }, /context.customer.order must be a string, got number 77120/],
    ['a __proto__ customer field', { customer: JSON.parse('{"__proto__": 5}') }, /context.customer.__proto__ must be a string, got number 5/],
  ]
  it.each(cases)('%s', (_name, context, message) => {
    expect(() => linter.lint('Hi there', context as never)).toThrow(ReplylintConfigError)
    expect(() => linter.lint('Hi there', context as never)).toThrow(message)
    expect(() => linter.fix('Hi there', context as never)).toThrow(message)
    assertPrototypeUntouched()
  })

  it('refuses a transcript over the bound, naming it', () => {
    const turns = new Array(MAX_TURNS + 1).fill({ role: 'customer', text: 'hi' })
    expect(() => linter.lint('Hi', { transcript: turns })).toThrow(/context.transcript has 100001 turns; at most 100000 are accepted/)
  })

  it('refuses too many customer fields, naming the bound', () => {
    const customer = Object.fromEntries(Array.from({ length: MAX_CUSTOMER_FIELDS + 1 }, (_, i) => [`f${i}`, 'x']))
    expect(() => linter.lint('Hi', { customer })).toThrow(/context.customer has 1001 fields; at most 1000 are accepted/)
  })

  it('keeps a __proto__ customer field as plain data', () => {
    const context = normalizeContext({ customer: JSON.parse('{"__proto__": "jane@example.com", "name": "Jane"}') })!
    expect(Object.getPrototypeOf(context.customer)).toBeNull()
    expect(Object.keys(context.customer)).toEqual(['__proto__', 'name'])
    expect(context.customer['__proto__']).toBe('jane@example.com')
  })
})

/** JSON-ish values built from the keys that matter: prototype keys and the real field names. */
const key = fc.constantFrom(
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty',
  'preset', 'rules', 'words', 'dictionary', ...ruleRegistry.keys(), 'allow',
  'transcript', 'previousChats', 'now', 'action', 'agent', 'activeChats', 'customer', 'role', 'text', 'at', 'agentId',
  'recommended', 'strict', 'all', 'warn', 'error', 'off', 'info', 'customer', 'agent', 'system', 'reply', 'transfer',
)
const hostile = fc.anything({
  key,
  maxDepth: 4,
  maxKeys: 5,
  withNullPrototype: true,
  withDate: true,
  withSparseArray: true,
  withBoxedValues: true,
  withMap: true,
  values: [fc.constantFrom('recommended', 'warn', 'off', 'customer', 'agent', 'hi', '2026-01-01T00:00:00Z', 'yesterday'), fc.integer(), fc.double(), fc.boolean(), fc.constant(null)],
})
/** Half the time, the value as JSON.parse would give it (own __proto__ keys and all). */
const fromJson = fc.oneof(hostile, hostile.map((value) => {
  try {
    return JSON.parse(JSON.stringify(value) ?? 'null') as unknown
  } catch {
    return null
  }
}))

for (const setting of seeds()) {
  describe(`untrusted input, ${setting.label}`, () => {
    test.prop([fromJson], params(setting, UNTRUSTED_RUNS))('any options value: valid, or a ReplylintConfigError', (options) => {
      try {
        resolveRules(ruleRegistry, validateLinterOptions(options))
      } catch (error) {
        expect(error).toBeInstanceOf(ReplylintConfigError)
        expect((error as Error).message).toMatch(/^replylint: /)
      }
      assertPrototypeUntouched()
    })

    test.prop([fc.oneof(fromJson, fc.record({ transcript: fc.array(fromJson, { maxLength: 4 }) }))], params(setting, UNTRUSTED_RUNS))(
      'any context value: linted, or a ReplylintConfigError',
      (context) => {
        try {
          linter.lint('Please do NOT refresh, thx', context as never)
        } catch (error) {
          expect(error).toBeInstanceOf(ReplylintConfigError)
          expect((error as Error).message).toMatch(/^replylint: context/)
        }
        assertPrototypeUntouched()
      },
    )
  })
}
