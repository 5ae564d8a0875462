import type { LintContext, Turn } from '../../src/types.js'
import { ruleTester } from '../helpers/rule-tester.js'

/** A fixed clock: no test reads the wall clock. */
const T = Date.UTC(2026, 2, 2, 14, 0, 0)
const minutes = (n: number) => T + n * 60_000

/** A session that started at T and is linted `elapsed` minutes later. */
function session(elapsed: number, at: (ms: number) => Turn['at'] = (ms) => ms): LintContext {
  return {
    transcript: [
      { role: 'customer', text: 'My router keeps dropping.', at: at(T) },
      { role: 'agent', text: 'Sorry to hear that, let me look.', at: at(minutes(1)) },
    ],
    now: at(minutes(elapsed)) as LintContext['now'],
  }
}

/** A transcript of `n` customer and agent turns without timestamps. */
function turns(n: number): LintContext {
  return { transcript: Array.from({ length: n }, (_, i) => ({ role: i % 2 ? 'agent' : 'customer', text: `message ${i}` }) as Turn) }
}

const steps = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. Do step number ${i + 1}.`).join('\n')
const SESSION = (what: string) => `This chat ${what}; a call or a ticket may serve the customer better: offer one`

ruleTester('channel-switch', {
  valid: [
    { name: 'no context', text: 'Please restart the router.' },
    { name: '19 minutes', text: 'Please restart the router.', context: session(19) },
    { name: 'exactly 20 minutes: the limit is "longer than"', text: 'Please restart the router.', context: session(20) },
    { name: 'no now', text: 'Please restart the router.', context: { transcript: session(60).transcript! } },
    { name: '30 turns', text: 'Please restart the router.', context: turns(30) },
    { name: 'system turns do not count', text: 'Please restart the router.', context: { transcript: [...turns(30).transcript!, { role: 'system', text: 'Chat rated' }] } },
    { name: 'six steps', text: steps(6) },
    { name: 'long session, but the draft offers a call', text: 'Would it help if I give you a call to go through this?', context: session(45) },
    { name: 'long session, but the draft offers a ticket', text: "I'll open a ticket so our engineers can follow up by email.", context: session(45) },
    { name: 'many steps, but the draft offers a screen share', text: `${steps(8)}\nOr we can do this together over a screen share.` },
    { name: 'maxMinutes option', text: 'Please restart the router.', context: session(45), options: { maxMinutes: 60 } },
  ],
  invalid: [
    {
      name: '21 minutes, epoch ms',
      text: 'Please restart the router.',
      context: session(21),
      errors: [{ offset: 0, endOffset: 0, message: SESSION('has run 21 min (limit 20 min)') }],
    },
    { name: 'ISO strings', text: 'Please restart the router.', context: session(21, (ms) => new Date(ms).toISOString()), errors: [{ offset: 0, endOffset: 0, message: SESSION('has run 21 min (limit 20 min)') }] },
    { name: 'Date objects', text: 'Please restart the router.', context: session(20.5, (ms) => new Date(ms)), errors: [{ message: SESSION('has run 20 min 30 s (limit 20 min)') }] },
    {
      name: 'just over 20 minutes is never printed as 20 minutes',
      text: 'Please restart the router.',
      context: { transcript: [{ role: 'customer', text: 'hi', at: T }], now: minutes(20) + 600 },
      errors: [{ message: SESSION('has run 20 min 1 s (limit 20 min)') }],
    },
    { name: '31 turns', text: 'Please restart the router.', context: turns(31), errors: [{ offset: 0, endOffset: 0, message: SESSION('has 31 messages (limit 30)') }] },
    {
      name: 'a device phone is not an offer',
      text: 'Restart your phone.',
      context: { ...turns(40), now: minutes(90), transcript: [{ role: 'customer', text: 'hi', at: T }, ...turns(40).transcript!] },
      errors: [{ message: SESSION('has run 1 h 30 min (limit 20 min) and has 41 messages (limit 30)') }],
    },
    {
      name: 'seven numbered steps',
      text: `Here is how:\n${steps(7)}\nLet me know how it goes.`,
      errors: [
        {
          text: steps(7),
          message: 'This reply walks through 7 steps (limit 6); long instructions are easier on the phone, a screen share or in a ticket with a help article: offer one',
        },
      ],
    },
    {
      name: 'bullets',
      text: '- Open Settings\n- Tap Network\n- Tap Reset\n- Confirm\n- Restart\n- Sign in\n- Test the line',
      errors: [{ text: '- Open Settings\n- Tap Network\n- Tap Reset\n- Confirm\n- Restart\n- Sign in\n- Test the line', message: /7 steps/ }],
    },
    {
      name: 'inline numbered steps',
      text: 'Please 1) open Settings, 2) tap Network, 3) tap Reset, 4) confirm, 5) restart, 6) sign in, 7) test it.',
      errors: [{ message: /7 steps/ }],
    },
    {
      name: 'maxSteps option',
      text: 'First, open Settings. Then tap Network. Finally, tap Reset.',
      options: { maxSteps: 2 },
      errors: [{ text: 'First, open Settings. Then tap Network. Finally, tap Reset.', message: /3 steps \(limit 2\)/ }],
    },
  ],
})
