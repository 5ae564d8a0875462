/**
 * The keystroke path: re-linting the same transcript reads no turn again, and
 * appending a turn reads only that turn. Also the context errors name the bad turn.
 */
import { describe, expect, it } from 'vitest'
import { normalizeContext } from '../../src/context.js'
import { extractionCount, factsOf } from '../../src/facts/index.js'
import { createLinter } from '../../src/node.js'
import type { Turn } from '../../src/types.js'

function transcript(length: number, tag: string): Turn[] {
  return Array.from({ length }, (_, i): Turn =>
    i % 2 === 0
      ? { role: 'agent', text: `(${tag}) May I have your zip code? #${i}` }
      : { role: 'customer', text: `(${tag}) my order #${700000 + i} is late, zip ${10000 + i}` },
  )
}

describe('incremental facts', () => {
  it('reads each turn once across re-lints and appends', async () => {
    const linter = await createLinter({ preset: 'recommended' })
    const turns = transcript(60, 'append')
    const before = extractionCount()
    for (let n = 1; n <= turns.length; n++) {
      // A fresh array each time, as chat tools hand it over.
      for (let key = 0; key < 3; key++) linter.lint('Could you share your order number?'.slice(0, 20 + key * 7), { transcript: turns.slice(0, n) })
    }
    // One read per turn (agent turns are read for their questions, customer turns for facts).
    expect(extractionCount() - before).toBe(turns.length)
    const again = extractionCount()
    linter.lint('Could you share your order number?', { transcript: turns })
    expect(extractionCount()).toBe(again)
  })

  it('re-reads a turn whose text was edited in place', () => {
    const turns = transcript(4, 'edit')
    const first = factsOf(normalizeContext({ transcript: turns })!).lists.flat()
    expect(first.filter((f) => f.type === 'order').map((f) => f.value)).toEqual(['700001', '700003'])
    turns[3] = { ...turns[3]!, text: 'my order #123456 is late' }
    const second = factsOf(normalizeContext({ transcript: turns })!).lists.flat()
    expect(second.filter((f) => f.type === 'order').map((f) => f.value)).toEqual(['700001', '123456'])
    ;(turns[1] as { text: string }).text = 'nothing here'
    const third = factsOf(normalizeContext({ transcript: turns })!).lists.flat()
    expect(third.filter((f) => f.type === 'order').map((f) => f.value)).toEqual(['123456'])
  })

  it('caches turns with Date timestamps, and notices a Date changed in place', () => {
    const when = new Date('2026-03-02T14:02:00Z')
    const turns: Turn[] = [{ role: 'customer', text: 'order #5512300', at: when }]
    const first = normalizeContext({ transcript: turns })!
    expect(normalizeContext({ transcript: turns.slice() })!.transcript).toBe(first.transcript)
    when.setUTCHours(15)
    const moved = normalizeContext({ transcript: turns.slice() })!
    expect(moved.transcript).not.toBe(first.transcript)
    expect(moved.transcript[0]!.at).toBe(Date.parse('2026-03-02T15:02:00Z'))
  })

  it('records who the customer was talking to, for transfers', () => {
    const index = factsOf(normalizeContext({
      transcript: [
        { role: 'agent', text: 'Hi!', agentId: 'a1' },
        { role: 'customer', text: 'order #5512300' },
        { role: 'agent', text: 'Hello, I am taking over.', agentId: 'a2' },
      ],
    })!)
    expect(index.currentAgent).toBe('a2')
    expect(index.lists.flat().map((f) => [f.type, f.agentId])).toEqual([['order', 'a1']])
  })

  it('maps customer record fields to details', () => {
    const index = factsOf(normalizeContext({ customer: { email: 'a@b.co', order_number: 'X12345', firstName: 'Ana', favouriteColour: 'blue' } })!)
    expect(index.lists.flat().map((f) => [f.type, f.value, f.field])).toEqual([
      ['email', 'a@b.co', 'email'],
      ['order', 'X12345', 'order_number'],
      ['name', 'Ana', 'firstName'],
    ])
  })
})

describe('context errors name the bad turn and field', () => {
  const cases: Array<[unknown, RegExp]> = [
    [{ transcript: [{ role: 'customer', text: 'hi' }, { role: 'bot', text: 'x' }] }, /context\.transcript\[1\]\.role must be "customer", "agent" or "system", got "bot"/],
    [{ transcript: [{ role: 'customer', text: 42 }] }, /context\.transcript\[0\]\.text must be a string, got number 42/],
    [{ previousChats: [[{ role: 'agent', text: 'ok', at: 'yesterday-ish' }]] }, /context\.previousChats\[0\]\[0\]\.at must be a Date/],
    [{ transcript: [{ role: 'agent', text: 'ok', agent: 'a1' }] }, /context\.transcript\[0\] has an unknown field "agent"/],
    [{ customer: { email: 7 } }, /context\.customer\.email must be a string/],
  ]
  for (const [context, message] of cases) {
    it(String(message), async () => {
      const linter = await createLinter({ preset: 'recommended' })
      expect(() => linter.lint('Could you share your email?', context as never)).toThrow(message)
    })
  }
})

describe('no-repeat-request options', () => {
  it('rejects an unknown detail type in "ignore", naming the rule and option', async () => {
    await expect(createLinter({ rules: { 'no-repeat-request': ['warn', { ignore: ['emial'] }] } })).rejects.toThrow(
      /rule "no-repeat-request": option "ignore" has an unknown detail type "emial"; expected one of email, /,
    )
  })
  it('rejects a non-boolean allowVerificationReask', async () => {
    await expect(createLinter({ rules: { 'no-repeat-request': ['warn', { allowVerificationReask: 'yes' }] } })).rejects.toThrow(/allowVerificationReask/)
  })
})
