/**
 * Table-driven rule tests in the manner of ESLint's RuleTester: valid drafts
 * must produce no message from the rule; invalid drafts must produce exactly
 * the listed messages (exact ranges, and messages, suggestions and fixed
 * output where given). Each rule runs alone, at 'error', through the real engine.
 */
import { describe, expect, it } from 'vitest'
import { createLinter } from '../../src/node.js'
import type { Linter } from '../../src/linter.js'
import type { LintContext, LintMessage, LinterOptions } from '../../src/types.js'

export interface ValidCase {
  text: string
  context?: LintContext
  options?: Record<string, unknown>
  words?: string[]
  name?: string
}

export interface ExpectedMessage {
  /** Exact text the message covers (checked against offset/endOffset). */
  text?: string
  offset?: number
  endOffset?: number
  message?: string | RegExp
  actual?: string
  expected?: string[]
  /** Texts of the suggestions' fixes, in order. */
  suggestions?: string[]
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedMessage[]
  /** `fix()` output; omit to assert that nothing is fixed. */
  output?: string
}

const cache = new Map<string, Promise<Linter>>()

export function linterFor(ruleId: string, extra: { options?: Record<string, unknown>; words?: string[] } = {}): Promise<Linter> {
  const key = JSON.stringify([ruleId, extra.options ?? null, extra.words ?? null])
  let linter = cache.get(key)
  if (!linter) {
    const config: LinterOptions = {
      preset: 'recommended',
      rules: Object.fromEntries([[ruleId, extra.options ? ['error', extra.options] : 'error']]),
      ...(extra.words ? { words: extra.words } : {}),
    }
    // Every other rule off, so a table tests one rule.
    linter = import('../../src/linter.js').then(({ ruleRegistry }) => {
      for (const id of ruleRegistry.keys()) if (id !== ruleId) config.rules![id] = 'off'
      return createLinter(config)
    })
    cache.set(key, linter)
  }
  return linter
}

export function ruleTester(ruleId: string, cases: { valid: Array<ValidCase | string>; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    describe('valid', () => {
      for (const raw of cases.valid) {
        const item = typeof raw === 'string' ? { text: raw } : raw
        it(item.name ?? item.text.slice(0, 80), async () => {
          const linter = await linterFor(ruleId, item)
          const messages = linter.lint(item.text, item.context).messages.filter((m) => m.ruleId === ruleId)
          expect(messages.map(describeMessage(item.text))).toEqual([])
        })
      }
    })
    describe('invalid', () => {
      for (const item of cases.invalid) {
        it(item.name ?? item.text.slice(0, 80), async () => {
          const linter = await linterFor(ruleId, item)
          const messages = linter.lint(item.text, item.context).messages.filter((m) => m.ruleId === ruleId)
          expect(messages.length, `messages: ${JSON.stringify(messages.map(describeMessage(item.text)))}`).toBe(item.errors.length)
          item.errors.forEach((want, index) => checkMessage(item.text, messages[index]!, want))
          expect(linter.fix(item.text, item.context)).toBe(item.output ?? item.text)
        })
      }
    })
  })
}

function describeMessage(text: string) {
  return (m: LintMessage) => ({ text: text.slice(m.offset, m.endOffset), message: m.message })
}

function checkMessage(text: string, got: LintMessage, want: ExpectedMessage): void {
  if (want.text !== undefined) expect(text.slice(got.offset, got.endOffset)).toBe(want.text)
  if (want.offset !== undefined) expect(got.offset).toBe(want.offset)
  if (want.endOffset !== undefined) expect(got.endOffset).toBe(want.endOffset)
  if (typeof want.message === 'string') expect(got.message).toBe(want.message)
  else if (want.message) expect(got.message).toMatch(want.message)
  if (want.actual !== undefined) expect(got.actual).toBe(want.actual)
  if (want.expected !== undefined) expect(got.expected).toEqual(want.expected)
  if (want.suggestions !== undefined) expect((got.suggestions ?? []).map((s) => s.fix.text)).toEqual(want.suggestions)
}
