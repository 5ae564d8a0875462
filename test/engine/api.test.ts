import { describe, expect, it } from 'vitest'
import { createLinter, lint, ReplylintConfigError } from '../../src/node.js'
import { applyFixList } from '../../src/fix.js'

describe('lint()', () => {
  it('returns plain JSON-safe messages with offsets, 1-based lines and columns, and counts', async () => {
    const linter = await createLinter({ rules: { 'no-all-caps': 'error' } })
    const draft = 'Hello Sam.\r\nPlease do NOT wait.'
    const result = linter.lint(draft)
    const message = result.messages.find((m) => m.ruleId === 'no-all-caps')!
    expect(message).toMatchObject({
      ruleId: 'no-all-caps',
      severity: 'error',
      practice: 6,
      offset: 22,
      endOffset: 25,
      line: 2,
      column: 11,
      endLine: 2,
      endColumn: 14,
      actual: 'NOT',
      expected: ['not'],
    })
    expect(message.url).toMatch(/rules\/no-all-caps\/README\.md$/)
    expect(result.errorCount).toBe(1)
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
    expect(structuredClone(result)).toEqual(result)
  })

  it('is reusable: the same draft twice gives the same result', async () => {
    const linter = await createLinter()
    const draft = 'Please do NOT refresh, and NEVER share the code.'
    expect(linter.lint(draft)).toEqual(linter.lint(draft))
  })

  it('an empty draft has no messages', async () => {
    const linter = await createLinter()
    expect(linter.lint('')).toEqual({ messages: [], errorCount: 0, warningCount: 0, infoCount: 0 })
  })

  it.each([
    [undefined, 'replylint: lint() expects the draft as a string, got undefined'],
    [42, 'replylint: lint() expects the draft as a string, got number 42'],
    [null, 'replylint: lint() expects the draft as a string, got null'],
    [{ text: 'hi' }, 'replylint: lint() expects the draft as a string, got an object'],
  ])('a non-string draft (%j) is a TypeError that says what it got', async (draft, message) => {
    const linter = await createLinter()
    expect(() => linter.lint(draft as never)).toThrow(new TypeError(message))
    expect(() => linter.fix(draft as never)).toThrow(TypeError)
  })

  it('any Unicode: no throw, every offset inside the draft', async () => {
    const linter = await createLinter({ preset: 'all' })
    const drafts = [
      'NOT 👍🏽 \u202Eevil\u202C zero\u200Bwidth cafe\u0301 NOW',
      '\uD800 lone surrogate and \uDC00 NEVER',
      '\u0000NUL and \r lone CR and \r\n CRLF PLEASE',
      '👨‍👩‍👧‍👦 FAMILY 🏳️‍🌈 NOW',
    ]
    for (const draft of drafts) {
      const { messages } = linter.lint(draft)
      for (const m of messages) {
        expect(m.offset).toBeGreaterThanOrEqual(0)
        expect(m.endOffset).toBeLessThanOrEqual(draft.length)
        expect(m.offset).toBeLessThanOrEqual(m.endOffset)
      }
    }
  })

  it('a 1 MB draft completes without stack overflow', async () => {
    const linter = await createLinter()
    const draft = 'Please do NOT refresh the page. '.repeat(32_000)
    const result = linter.lint(draft)
    expect(result.messages.filter((m) => m.ruleId === 'no-all-caps').length).toBe(32_000)
  })

  it('the one-shot lint() uses the default configuration', async () => {
    const result = await lint('Please do NOT wait.')
    expect(result.messages.some((m) => m.ruleId === 'no-all-caps' && m.actual === 'NOT')).toBe(true)
  })

  it('a bad context names the field or turn', async () => {
    const linter = await createLinter()
    expect(() => linter.lint('hi', { transcript: [{ role: 'bot', text: 'x' }] } as never)).toThrow(
      'replylint: context.transcript[0].role must be "customer", "agent" or "system", got "bot"',
    )
    expect(() => linter.lint('hi', { transcript: [{ role: 'customer', text: 'x', at: 'yesterday' }] })).toThrow(
      'replylint: context.transcript[0].at must be a Date, an ISO 8601 string or epoch milliseconds, got "yesterday"',
    )
    expect(() => linter.lint('hi', { now: 'soon' })).toThrow(ReplylintConfigError)
    expect(() => linter.lint('hi', { mood: 'sad' } as never)).toThrow(/unknown field "mood"/)
  })
})

describe('fixes', () => {
  it('applies non-overlapping fixes in order and skips overlaps', () => {
    const text = 'abcdef'
    expect(
      applyFixList(text, [
        { range: [4, 6], text: 'XY' },
        { range: [0, 2], text: 'Z' },
        { range: [1, 3], text: 'overlap' },
      ]),
    ).toBe('ZcdXY')
  })

  it('keeps a capital at the start of the replaced text', () => {
    expect(applyFixList('Thx for waiting', [{ range: [0, 3], text: 'thanks' }])).toBe('Thanks for waiting')
    expect(applyFixList('ok thx', [{ range: [3, 6], text: 'thanks' }])).toBe('ok thanks')
  })
})
