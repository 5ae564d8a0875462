import { describe, expect, it } from 'vitest'
import { createLinter } from '../../src/node.js'
import type { LintContext, Turn } from '../../src/types.js'
import { formatDuration, formatOver, unansweredWait } from '../../rules/prompt-reply/index.js'
import { normalizeContext } from '../../src/context.js'
import { ruleTester } from '../helpers/rule-tester.js'

/** A fixed clock: no test reads the wall clock. */
const T = Date.UTC(2026, 2, 2, 14, 0, 0)
const sec = (n: number) => T + n * 1000

/** The customer wrote at T; the draft is linted `waited` seconds later. */
function waiting(waited: number, extra: Partial<LintContext> = {}, at: Turn['at'] = T): LintContext {
  return {
    transcript: [
      { role: 'agent', text: 'Hi, how can I help?', at: sec(-60) },
      { role: 'customer', text: 'My order has not arrived.', at },
    ],
    now: sec(waited),
    ...extra,
  }
}

ruleTester('prompt-reply', {
  valid: [
    { name: '29 s: under the limit', text: 'Your order shipped yesterday.', context: waiting(29) },
    { name: 'exactly 30 s: the limit is "longer than"', text: 'Your order shipped yesterday.', context: waiting(30) },
    { name: 'no now', text: 'Your order shipped yesterday.', context: { transcript: waiting(300).transcript! } },
    { name: 'no timestamp on the unanswered turn', text: 'Your order shipped yesterday.', context: { transcript: [{ role: 'customer', text: 'Hi' }], now: sec(300) } },
    { name: 'no context', text: 'Your order shipped yesterday.' },
    { name: 'no transcript', text: 'Your order shipped yesterday.', context: { now: sec(300) } },
    {
      name: 'the agent answered last',
      text: 'Anything else?',
      context: { transcript: [{ role: 'customer', text: 'Hi', at: T }, { role: 'agent', text: 'Hello!', at: sec(5) }], now: sec(300) },
    },
    { name: 'thanks for waiting', text: 'Thanks for waiting! Your order shipped yesterday.', context: waiting(90) },
    { name: 'sorry for the wait', text: 'Sorry for the wait, your order shipped yesterday.', context: waiting(90) },
    { name: 'appreciate your patience', text: 'I appreciate your patience. Your order shipped yesterday.', context: waiting(90) },
    { name: 'apologies for the delay', text: 'Apologies for the delay in getting back to you.', context: waiting(90) },
    { name: 'sorry to keep you waiting', text: 'Sorry to keep you waiting. It shipped.', context: waiting(90) },
    { name: 'thank you for holding', text: 'Thank you for holding, I have the answer.', context: waiting(90) },
    { name: 'patience is appreciated', text: 'Your patience is appreciated. It shipped.', context: waiting(90) },
    { name: 'maxWaitSeconds option', text: 'Your order shipped yesterday.', context: waiting(45), options: { maxWaitSeconds: 60 } },
  ],
  invalid: [
    {
      name: '31 s: over the limit, epoch-ms timestamps',
      text: 'Your order shipped yesterday. It arrives Friday.',
      context: waiting(31),
      errors: [
        {
          text: 'Your order shipped yesterday.',
          offset: 0,
          message: 'The customer has waited 31 s for a reply (limit 30 s); acknowledge the wait first, e.g. “Thanks for waiting.”',
          suggestions: ['Thanks for waiting. '],
        },
      ],
    },
    {
      name: '30.4 s is over the limit, and says so',
      text: 'It shipped.',
      context: { transcript: [{ role: 'customer', text: 'Hello?', at: T }], now: T + 30_400 },
      errors: [{ message: /waited 30\.4 s for a reply \(limit 30 s\)/ }],
    },
    {
      name: 'ISO 8601 strings',
      text: 'Your order shipped yesterday.',
      context: { transcript: [{ role: 'customer', text: 'Hello?', at: '2026-03-02T14:00:00Z' }], now: '2026-03-02T14:02:05Z' },
      errors: [{ message: /waited 2 min 5 s/ }],
    },
    {
      name: 'Date objects',
      text: 'Your order shipped yesterday.',
      context: { transcript: [{ role: 'customer', text: 'Hello?', at: new Date(T) }], now: new Date(sec(31)) },
      errors: [{ message: /waited 31 s/ }],
    },
    {
      name: 'the oldest unanswered message counts',
      text: 'It shipped.',
      context: {
        transcript: [
          { role: 'customer', text: 'Hello?', at: T },
          { role: 'system', text: 'Customer is typing', at: sec(10) },
          { role: 'customer', text: 'Anyone there?', at: sec(20) },
        ],
        now: sec(40),
      },
      errors: [{ message: /waited 40 s/ }],
    },
    {
      name: 'greeting with a comma: the acknowledgement goes after it',
      text: 'Hi Sam, your order shipped.',
      context: waiting(3725),
      errors: [{ text: 'Hi Sam, your order shipped.', message: /waited 1 h 2 min/, suggestions: ['thanks for waiting. Y'] }],
    },
    {
      name: 'greeting with an exclamation mark',
      text: 'Hello! Your order shipped.',
      context: waiting(60),
      errors: [{ text: 'Hello!', suggestions: ['Thanks for waiting. '] }],
    },
    {
      name: 'acknowledgement option',
      text: 'It shipped.',
      context: waiting(61),
      options: { maxWaitSeconds: 60, acknowledgement: 'Sorry for the wait!' },
      errors: [{ message: 'The customer has waited 1 min 1 s for a reply (limit 1 min); acknowledge the wait first, e.g. “Sorry for the wait!”', suggestions: ['Sorry for the wait! '] }],
    },
    {
      name: 'thanks without the wait is not an acknowledgement',
      text: 'Thanks for the photo. It shipped.',
      context: waiting(45),
      errors: [{ text: 'Thanks for the photo.' }],
    },
  ],
})

describe('prompt-reply internals', () => {
  it('formats durations', () => {
    expect([formatDuration(0), formatDuration(59_999), formatDuration(60_000), formatDuration(125_000), formatDuration(3_600_000), formatDuration(3_780_000)])
      .toEqual(['0 s', '59 s', '1 min', '2 min 5 s', '1 h', '1 h 3 min'])
  })
  it('never prints a wait over the limit as the limit', () => {
    expect([formatOver(30_400, 30_000), formatOver(30_000, 30_000), formatOver(31_000, 30_000), formatOver(1_200_600, 1_200_000), formatOver(3_600_500, 3_600_000)])
      .toEqual(['30.4 s', '30 s', '31 s', '20 min 1 s', '1 h 1 min'])
  })
  it('measures the wait from the oldest timestamped unanswered turn, and is silent on a clock behind the turn', () => {
    const context = normalizeContext({ transcript: [{ role: 'customer', text: 'a' }, { role: 'customer', text: 'b', at: sec(5) }], now: sec(50) })
    expect(unansweredWait(context)).toBe(45_000)
    expect(unansweredWait(normalizeContext({ transcript: [{ role: 'customer', text: 'a', at: sec(5) }], now: T }))).toBeUndefined()
  })
  it('rejects bad options, naming the rule and the option', async () => {
    await expect(createLinter({ rules: { 'prompt-reply': ['warn', { maxWaitSeconds: 0 }] } })).rejects.toThrow(/prompt-reply.*maxWaitSeconds/)
    await expect(createLinter({ rules: { 'prompt-reply': ['warn', { maxWait: 10 }] } })).rejects.toThrow(/unknown option "maxWait"/)
  })
  it('names the bad timestamp field', async () => {
    const linter = await createLinter()
    expect(() => linter.lint('Hi', { transcript: [{ role: 'customer', text: 'x', at: 'soon' }], now: T })).toThrow(/context\.transcript\[0\]\.at/)
  })
})
