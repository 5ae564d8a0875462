/**
 * Which instance a request asks for: the new one the customer already gave
 * ("I moved to…" then "What is the new address?"), a dwelling asked for by
 * "which property", and another one the customer announced ("this time it's
 * a different booking") or the request names ("for the October stay").
 * One line per case; the exact ranges are in the ruleTester table at the end.
 * `a:` marks an agent turn, `p:` a customer turn of a previous chat; other lines are the customer's.
 */
import { describe, expect, it } from 'vitest'
import type { LintContext, Turn } from '../../src/types.js'
import { linterFor, ruleTester } from '../helpers/rule-tester.js'

type Case = [fires: boolean, turns: string[], draft: string]

const turn = (line: string): Turn =>
  line.startsWith('a:') ? { role: 'agent', text: line.slice(2).trim() } : { role: 'customer', text: line.replace(/^p:/, '').trim() }

function contextOf(turns: string[]): LintContext {
  const previous = turns.filter((line) => line.startsWith('p:')).map(turn)
  const transcript = turns.filter((line) => !line.startsWith('p:')).map(turn)
  return previous.length > 0 ? { transcript, previousChats: [previous] } : { transcript }
}

/** The customer gave the detail as new: "the new one" is that one. */
const givenAsNew: Case[] = [
  [true, ["We've relocated to 14 Quarry Lane, Leeds LS6 2AB"], 'No problem. Could you tell me the new address?'],
  [true, ['my new email is dana.w@fastmail.example'], "Thanks! What's your new email address?"],
  [true, ['I changed my number to 0161 496 0733 last week'], 'Got it, and the updated phone number?'],
  [true, ["I'm moving to 7 Elm Court, Bristol BS1 4DJ on Friday"], 'Which address are you moving to?'],
  [true, ['the card was lost, please ship the replacement to 301 Cedar Ave, Denver CO 80203'], 'Sure. Where should the replacement go — what address?'],
  [true, ['please deliver it to 5 Mill Road, Cambridge CB1 2AD instead'], 'What address should we send the new parcel to?'],
  [true, ['a: What is the new address?', '22 Rowan Way, Oxford OX4 1AB'], 'Thanks, and the new address again?'],
  [true, ['I moved to 40 Birch Rd, Leeds LS7 3AA from 9 Oak Lane'], 'What is your new address?'],
  // Not given as new, or asked for another one.
  [false, ['I live at 12 Harbour Road, Portland ME 04101'], 'What is the new address?'],
  [false, ['it was delivered to 12 Harbour Road, Portland ME 04101 but nobody was in'], 'What is the new address?'],
  [false, ['I moved to 14 Quarry Lane, Leeds LS6 2AB'], 'Do you want to use a different address?'],
  [false, ['I moved to 14 Quarry Lane, Leeds LS6 2AB'], 'What address should we use for your second property?'],
  [false, ['I moved to 14 Quarry Lane, Leeds LS6 2AB'], 'What was your previous address?'],
  [false, ['I moved to 14 Quarry Lane, Leeds LS6 2AB'], 'What was your old address?'],
  [false, ['my email is dana.w@fastmail.example'], "What's the new email address?"],
  [false, ['my new email is dana.w@fastmail.example'], 'What email should we use for the new account?'],
  [false, ['p:I moved to 14 Quarry Lane, Leeds LS6 2AB', "I've moved again!"], 'What is the new address?'],
  [false, ['I moved to 40 Birch Rd, Leeds LS7 3AA'], 'Is 40 Birch Rd the new address?'],
  [false, ['my old address was 9 Oak Lane, Leeds LS6 2AB'], 'What is the new address?'],
  [false, ["we're relocating out of 5 Penn Street, Boston MA 02110 in June"], 'Exciting! And the new address?'],
  [false, ['moving away from 5 Penn Street, Boston MA 02110 soon'], 'What will the new address be?'],
]

/** "Which property": the dwelling the customer named by its address. */
const dwelling: Case[] = [
  [true, ['hi, the boiler at 27 Kingsway Road, Flat 2, Hove BN3 4FA has stopped'], 'Sorry to hear that. Which property is this for?'],
  [true, ['The tenants at 8 Station Road say the meter is broken'], 'Which flat are you calling about?'],
  [true, ['my rent for 44 Park Avenue went up'], 'Which apartment is this?'],
  [false, ['the boiler at 27 Kingsway, Hove BN3 4FA has stopped'], 'Which property type is it, a house or a flat?'],
  [false, ['I live at 27 Kingsway, Hove BN3 4FA'], 'Which property would you like to view?'],
  [false, ['I live at 27 Kingsway, Hove BN3 4FA'], 'Which property are you interested in?'],
  [false, ['I have two flats', '3 Hill St', '9 Vale Rd'], 'Which property is this about?'],
  [false, ['the boiler has stopped'], 'Which property is this for?'],
  [false, ['I live at 27 Kingsway, Hove BN3 4FA'], 'What flat rate do you pay?'],
]

/** The customer said this is another one, or the request names which one. */
const anotherAnnounced: Case[] = [
  [false, ['p:booking ref QX7781 for the March trip', "hi again, it's about a separate booking this time"], "What's the booking reference?"],
  [false, ['p:my order #5512300 arrived broken', "I've placed another order and it's late"], 'Could you share the order number?'],
  [false, ['p:my card ending 4421 was charged twice', 'now my new card is being declined'], 'Which card is this?'],
  [false, ['p:booking ref QX7781 for the March trip'], 'Welcome back! What is the booking reference for the April trip?'],
  [false, ['p:booking ref QX7781 for our Friday table'], "What's the booking number for the Saturday table?"],
  // The announcement is before the detail, or the named one is the one given.
  [true, ['p:my order #5512300 arrived broken', 'I placed a new order, order number 5519911, and it is late'], 'Could you share the order number?'],
  [true, ["it's about a different booking", 'the booking ref is ZP4410'], "What's the booking reference?"],
  [true, ['p:booking ref QX7781 for the April trip'], 'Welcome back! What is the booking reference for the April trip?'],
  [true, ['p:my order #5512300 arrived broken', "I don't have another order, it's the same one"], 'Could you share the order number?'],
  [true, ['p:booking ref QX7781', 'I have another question'], "What's the booking reference?"],
]

/** A device named in passing, as brand and model, where something misbehaves on it. */
const deviceInPassing: Case[] = [
  [true, ['the app crashes on my Fire TV Stick every evening'], 'Which device are you using?'],
  [true, ['streaming keeps freezing on my Apple TV 4K.'], 'What device is this happening on?'],
  [true, ['my playlist stutters on my Sonos Era 100 since the update'], 'Could you tell me the device model?'],
  [false, ['it keeps buffering on my Netflix account'], 'What device is this happening on?'],
  [false, ['it keeps buffering on my Roku'], 'What model is your Roku?'],
  [false, ["it keeps crashing on my Mum's Kindle"], 'What device is this happening on?'],
  [false, ['I saw the charge on my Visa Platinum'], 'What device are you using?'],
  [false, ['I watched it on my TV last night, the picture is dark'], 'What device is this happening on?'],
]

const groups: Array<[string, Case[]]> = [
  ['the new one, given as new', givenAsNew],
  ['which property', dwelling],
  ['another one announced or named', anotherAnnounced],
  ['a device named in passing', deviceInPassing],
]

for (const [title, cases] of groups) {
  describe(`no-repeat-request: ${title}`, () => {
    for (const [fires, turns, draft] of cases) {
      it(`${fires ? 'fires' : 'passes'}: ${draft} | ${turns.join(' | ')}`.slice(0, 160), async () => {
        const linter = await linterFor('no-repeat-request')
        const messages = linter.lint(draft, contextOf(turns)).messages.filter((m) => m.ruleId === 'no-repeat-request')
        expect(messages.length > 0, messages.map((m) => m.message).join('; ')).toBe(fires)
      })
    }
  })
}

const at = (time: string) => `2026-03-02T${time}:00Z`
const customer = (text: string, time?: string): Turn => (time ? { role: 'customer', text, at: at(time) } : { role: 'customer', text })
const moved: LintContext = { transcript: [customer("We've relocated to 14 Quarry Lane, Leeds LS6 2AB", '09:12')] }
const juneStay: Turn[] = [{ role: 'customer', text: 'Booking ref QX7781 for our June stay, please add a late checkout', at: '2026-02-01T10:00:00Z' }]

ruleTester('no-repeat-request', {
  valid: [
    { text: 'Do you want to use a different address?', context: moved, name: 'a different address than the new one' },
    { text: 'What address should we use for your second property?', context: moved, name: 'a second property' },
    { text: "What's the new address?", context: { transcript: [customer('I live at 14 Quarry Lane, Leeds LS6 2AB')] }, name: 'the address was not given as new' },
    {
      text: "Welcome back! What's the booking reference for the October stay?",
      context: { transcript: [customer('Hi, this time it is about a different booking, for October')], previousChats: [juneStay] },
      name: 'another booking announced, and named by its month',
    },
    {
      text: "What's the booking reference for the October stay?",
      context: { transcript: [customer('hello again')], previousChats: [juneStay] },
      name: 'named by a month the previous chat does not mention',
    },
    {
      text: "What's the booking reference?",
      context: { transcript: [customer("it's a separate booking this time")], previousChats: [juneStay] },
      name: 'another booking announced',
    },
    { text: 'Which property would you like to view?', context: moved, name: 'a property to view is another one' },
    { text: 'What device is this happening on?', context: { transcript: [customer('it keeps buffering on my Netflix account')] }, name: 'an account is not a device' },
  ],
  invalid: [
    {
      text: 'Sure, I can update that. What is the new address?',
      context: moved,
      errors: [
        {
          text: 'What is the new address?',
          message: 'The customer already gave their address at 09:12: 14 Quarry Lane, Leeds LS6 2AB',
          suggestions: ['Just to confirm, should we use 14 Quarry Lane, Leeds LS6 2AB?'],
        },
      ],
    },
    {
      text: 'Got it. Which address should we ship the replacement to?',
      context: { transcript: [customer('it arrived broken, please send the replacement to 301 Cedar Ave, Denver CO 80203')] },
      errors: [{ text: 'Which address should we ship the replacement to?', message: /already gave their address earlier in this chat: 301 Cedar Ave, Denver CO 80203/ }],
    },
    {
      text: 'Thanks! Which property is this about?',
      context: { transcript: [customer('the heating at 27 Kingsway Road, Hove BN3 4FA is off again')] },
      errors: [{ text: 'Which property is this about?', message: /already gave their address earlier in this chat: 27 Kingsway Road, Hove BN3 4FA/ }],
    },
    {
      text: "What's the booking reference for the June stay?",
      context: { transcript: [customer('hello again')], previousChats: [juneStay] },
      errors: [{ text: "What's the booking reference for the June stay?", message: /already gave their booking reference in a previous chat \(2026-02-01 10:00\): QX7781/ }],
    },
    {
      text: 'Sorry about that! What device is this happening on?',
      context: { transcript: [customer('Every show keeps buffering on my Fire TV Stick since Monday')] },
      errors: [{ text: 'What device is this happening on?', message: /already gave their device model earlier in this chat: Fire TV Stick/ }],
    },
  ],
})
