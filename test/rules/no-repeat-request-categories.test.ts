/**
 * Request forms and detail types beyond the basic phrasings: polite forms,
 * elliptical follow-ups, "which <thing>" questions, statements of need, and
 * the wider detail lexicon (meters, policies, flights, stores, vehicles,
 * plans, cards), each beside near-miss guards. `a:` marks an agent turn.
 */
import { describe, expect, it } from 'vitest'
import type { Turn } from '../../src/types.js'
import { linterFor } from '../helpers/rule-tester.js'

type Case = [fires: boolean, turns: string[], draft: string]

const turn = (line: string): Turn =>
  line.startsWith('a:') ? { role: 'agent', text: line.slice(2).trim() } : { role: 'customer', text: line.trim() }

const polite: Case[] = [
  [true, ['my email is rosa.k@fastmail.com'], 'Mind sending over your email address?'],
  [true, ['order number is 88421977'], 'Mind sending your order number?'],
  [true, ['my phone is 0161 555 0199'], 'Would you mind sharing your phone number with me?'],
  [true, ['my account number is 77120034'], 'Would you mind giving me the account number?'],
  [true, ['order #4471902 never came'], 'Any chance you could send me the order number?'],
  [true, ['my zip is 30301'], 'Any chance you have your zip code handy?'],
  [true, ['tracking number is 1Z88X0T20391245511'], 'Do you happen to have the tracking number?'],
  [true, ['policy number PX-448120'], 'Do you happen to know your policy number?'],
  [true, ['username is maria_88'], 'Care to share your username?'],
  [true, ['my email is dan@home.net'], "I'd appreciate your email address."],
  [true, ['my email is dan@home.net'], "I'd really appreciate it if you could share your email."],
  [true, ['order number is 55129930'], 'If you could pop your order number in the chat, that would be great.'],
  [true, ['phone number 07700 900456'], 'If you could drop your phone number here I can call you back.'],
  [true, ['my account number is 7712-0034'], 'Would it be possible to get your account number?'],
  [true, ['my postcode is LS6 2AB'], 'Could I trouble you for your postcode?'],
  [true, ['my date of birth is 04/05/1980'], 'Would you mind verifying your date of birth for me?'],
  [true, ['my account number is 99120034'], 'Any chance I could get the account number?'],
  [true, ['tracking number 1Z999AA10123456784'], "Any chance you've got the tracking number to hand?"],
  [true, ['my email is jo@x.com'], "I'd love to get your email address."],
  [true, ['my email is jo@x.com'], 'Could you help me with your email address?'],
  [true, ['my username is kb_1990'], 'Could you pop your username in the chat?'],
  [true, ['my email is jo@x.com'], 'Would you mind if I got your email?'],
  [true, ['my email is jo@x.com'], 'I was wondering if I could get your email address.'],
  [true, ['my email is jo@x.com'], 'Maybe share your email?'],
  [true, ['my email is jo@x.com'], 'Would you be willing to share your email?'],
  [true, ['my email is jo@x.com'], 'How about sending me your email?'],
  [true, ['my email is jo@x.com'], 'When you get a chance, send me your email.'],
  [true, ['my email is jo@x.com'], 'Is there an email address I can reach you at?'],
  [true, ['my email is jo@x.com'], "What's a good email for you?"],
  [true, ['my email is jo@x.com'], 'Mind if I get your email?'],
  [true, ['my email is jo@x.com'], 'What did you say your email was?'],
  [true, ['my email is jo@x.com'], "It'd help to have your email address."],
  [false, ['my email is jo@x.com'], "I'll check if we have your email on file."],
  [false, ['my email is jo@x.com'], 'Is there an email from us in your spam folder?'],
  [false, ['my email is jo@x.com'], 'It would be great to have you back.'],
  [false, ['my order number is 7712009'], 'Is there a problem with the order?'],
  // Near misses: the polite form asks for something else, or does something.
  [false, ['my email is rosa.k@fastmail.com'], 'Mind checking your spam folder for our email?'],
  [false, ['order number is 88421977'], 'Would you mind waiting while I look into the order?'],
  [false, ['my phone is 0161 555 0199'], 'Any chance you could restart your phone?'],
  [false, ['username is maria_88'], 'Care to try logging in again with your username?'],
  [false, ['my email is dan@home.net'], "I'd appreciate your patience while I check."],
  [false, ['my email is jo@x.com'], 'Did you get the email?'],
  [false, ['my email is jo@x.com'], 'Email sent?'],
  [false, ['order #4471902 never came'], 'Do you happen to know when you placed it?'],
]

const elliptical: Case[] = [
  [true, ['I signed up with kim.o@proton.me'], 'cool, and the email you signed up with?'],
  [true, ['postcode is BS6 7RT'], 'And your postcode?'],
  [true, ['my order number is 90021556'], 'Thanks! and the order number?'],
  [true, ['serial number SN-77120-KX'], 'Plus the serial?'],
  [true, ['my phone is 555-201-7788'], 'Great. Also your phone number?'],
  [true, ['my name is Ola Berg'], 'Perfect, and your full name?'],
  [true, ['my order number is 7712009'], 'Great - order number as well?'],
  [true, ['my phone number is 555 201 7788'], 'What about your phone number?'],
  [true, ['my email is jo@x.com'], 'Lastly, the email on file?'],
  [true, ['my flight BA117 was cancelled'], 'and the flight number?'],
  [true, ['my reg is KX19 ABC'], 'And the reg?'],
  [true, ['my email is jo@x.com'], 'Account email?'],
  [true, ['IMEI 356938035643809'], 'Plus the IMEI?'],
  [true, ['my email is jo@x.com'], 'Email as well?'],
  [true, ['my name is Jo Park'], 'Name on the account?'],
  // Near misses: a noun phrase that is a topic, not a detail; a quoted value.
  [false, ['my email is jo@x.com'], 'Email received?'],
  [false, ['my email is jo@x.com'], 'The email bounced?'],
  [false, ['my order number is 7712009'], 'Order arrived?'],
  [false, ['postcode is BS6 7RT'], 'And the delivery?'],
  [false, ['my order number is 90021556'], 'And the refund?'],
  [false, ['my phone is 555-201-7788'], 'And 555-201-7788 is still best?'],
]

const which: Case[] = [
  [true, ['order 44120931 arrived broken'], 'Which order is this about?'],
  [true, ['my card ending 4421 was charged twice'], 'Which card was charged?'],
  [true, ['the Visa ending in 9012 got billed twice'], 'Which card did we charge?'],
  [true, ['my iPhone 13 keeps crashing'], 'What device is this happening on?'],
  [true, ['it happens in Safari'], 'What browser are you using?'],
  [true, ['I ordered from Luigi Trattoria an hour ago'], 'Which restaurant did you order from?'],
  [true, ['my flight BA117 was cancelled'], 'Which flight are you booked on?'],
  [true, ['I bought it at the Leeds store'], 'Which store did you buy it from?'],
  [true, ['booking reference QX7HT2 is wrong'], 'Which booking is this about?'],
  [true, ["I'm on the Premium plan"], 'Which plan are you on?'],
  [true, ['my account number is 55120987'], 'Which account is this for?'],
  [true, ['my order (7712009) has not arrived'], 'Which order is it?'],
  [true, ["my email is jo@x.com and I can't log in"], 'Which account is this about?'],
  [true, ['order 44120931 arrived broken'], 'Which of your orders is this about?'],
  [false, ['order 44120931 arrived broken'], 'Which orders have you placed this year?'],
  [true, ['I ordered from Luigi Trattoria'], 'What was the name of the restaurant?'],
  [true, ['I ordered from Luigi Trattoria'], "What's the restaurant called?"],
  [false, ['I ordered from Luigi Trattoria'], 'What was the name of the driver?'],
  [true, ['it was supposed to arrive on Monday 14th'], 'When was it supposed to be delivered?'],
  [false, ['it was supposed to arrive on Monday 14th'], 'When would you like it delivered instead?'],
  [true, ['my username is kb_1990'], 'Which account are you having trouble with?'],
  [false, ['my email is jo@x.com'], 'Which account type would you like?'],
  [true, ['it was supposed to arrive yesterday'], 'What was the delivery date?'],
  [true, ['the store on Main Street gave me the wrong size'], 'Which store was it?'],
  [true, ["I'm flying with you on LH 401 tomorrow"], "What's the flight number?"],
  [false, ['I want to change my flight'], "What's your flight number?"],
  [false, ['a: Which restaurant was it?', "I don't remember"], 'Which restaurant did you order from?'],
  [true, ['the card ends in 9921'], 'Which card was it?'],
  [true, ['I log in as kb_1990'], "What's your username?"],
  [true, ["I'm Jo Park"], 'May I have your name?'],
  [true, ['it happens in Safari'], 'What are you using to access the site — which browser?'],
  [true, ['the error says "Payment failed 402"'], 'What does the message say?'],
  [true, ['my Galaxy S22 keeps restarting'], 'What phone is this happening on?'],
  // Near misses: which-questions about something other than the given detail.
  [false, ['order 44120931 arrived broken'], 'Which item in the order was damaged?'],
  [false, ['my card ending 4421 was charged twice'], 'Which date did the second charge appear?'],
  [false, ['it happens in Safari'], 'Which page are you on when it happens?'],
  [false, ["I'm on the Premium plan"], 'Which plan would you like to switch to?'],
  [false, ['my order number is 7712009'], 'In which order should I do the steps?'],
  [false, ['I bought it at the Leeds store'], 'Can you tell me which store policy applies?'],
  [false, ['my card ending 4421 was charged'], 'Which card types do you accept?'],
  [false, ['my flight BA117 was cancelled'], 'Which flight times suit you for the rebooking?'],
  [false, ['my iPhone 13 keeps crashing'], 'Which app crashes?'],
]

const need: Case[] = [
  [true, ['my order number is 77421098'], "I'll need the order number to look into this."],
  [true, ['my email is tom@site.io'], 'I need your email address to find the account.'],
  [true, ['account number 33190087'], "To look into this I'll need your account number."],
  [true, ['my date of birth is 3 March 1985'], 'I will require your date of birth for security.'],
  [true, ['my policy number is HX-22018'], 'Your policy number is needed to open a claim.'],
  [true, ['my meter number is 1290034471'], 'The meter number is required before I can book the engineer.'],
  // Near misses: the agent has it, or needs something else.
  [false, ['my order number is 77421098'], "I'll need a few minutes to look into this."],
  [false, ['my email is tom@site.io'], 'I need to check something with the billing team.'],
  [false, ['account number 33190087'], "I'll need your permission to make this change."],
  [false, ['my order number is 77421098'], 'No order number is needed for this.'],
  [false, ['my order number is 77421098'], 'The order number is not required.'],
  [true, ['my IMEI is 356938035643809'], 'The IMEI is required to unlock the phone.'],
  [true, ['my serial number is SN88120X'], "To register the warranty, I'll need the serial number."],
  [true, ['my zip is 60614'], 'We require the zip code to check coverage.'],
  [true, ['my order number is 77421098'], "First I'll need to get the order number from you."],
  [true, ['my email is jo@x.com'], 'To process this, your email address is required.'],
  [true, ['my email is jo@x.com'], "We'd need the email on the account."],
  [false, ['my email is jo@x.com'], "Your email address isn't required for this."],
  [false, ['my order number is 7712009'], "You'll need the order number when you call the courier."],
  [false, ['my email is jo@x.com'], 'I need a new email for the second account.'],
]

const lexicon: Case[] = [
  [true, ['my meter number is 1290034471'], "What's the meter number?"],
  [true, ['the MPAN is 1200033345678'], 'Can you give me your MPAN?'],
  [true, ['my utility account number is 4410-22-190'], 'Could you send me the account number on your bill?'],
  [true, ['policy number HX-22018 please'], 'Could you share your policy number?'],
  [true, ['reservation ref is QX7HT2'], 'May I have the reservation reference?'],
  [true, ['booking ref K7PQ2L'], 'Do you have a booking reference?'],
  [true, ['my flight BA117 was cancelled'], 'What is your flight number?'],
  [true, ['flight number is UA 902'], 'Could you confirm the flight number?'],
  [true, ['I ordered from Luigi Trattoria an hour ago'], 'What restaurant did you order from?'],
  [true, ['I bought it at the Leeds store'], 'What store did you purchase it at?'],
  [true, ['my reg is AB12 CDE'], "What's your vehicle registration?"],
  [true, ['the registration is LK19 XYZ'], 'Can I get the registration number?'],
  [true, ['VIN 1HGCM82633A004352'], 'Could you provide the VIN?'],
  [true, ['the SKU is TX-4410-BLK'], 'What is the SKU of the product?'],
  [true, ['I ordered the Aeron chair, product code AC-2210'], 'Could you give me the product code?'],
  [true, ["I'm on the Premium plan"], 'What subscription plan are you on?'],
  [true, ["we're on the Family plan"], 'Which plan do you have?'],
  [true, ['my card ending 4421 was charged twice'], 'Can you give me the last four digits of the card?'],
  [true, ['the charge is on the March bill'], 'Which billing period is this for?'],
  [true, ['it was supposed to arrive on Monday 14th'], 'What was the delivery date?'],
  [true, ['the delivery was due on 12 May 2026'], 'When was the expected delivery date?'],
  [true, ["I'm on Premium and it keeps buffering"], 'Which plan are you on?'],
  [true, ["I ordered a pizza from Domino's an hour ago"], 'Which restaurant did you order from?'],
  [true, ['SKU TX-4410 is faulty'], 'Which product is this about?'],
  [true, ['I bought it with my Visa ending 1234'], 'And the card?'],
  [false, ["I'm a Premium member"], 'Which plan are you on?'],
  [false, ['I ordered a pizza an hour ago'], 'Which restaurant did you order from?'],
  [false, ['I bought it in Leeds'], 'Which store did you buy it from?'],
  [false, ['my card ending 4421 was charged'], 'Can you check the card?'],
  // Near misses for the new types: not given, or given and quoted back.
  [false, ['my meter number is 1290034471'], 'Can you give me a meter reading?'],
  [false, ['my flight BA117 was cancelled'], 'What is your booking reference?'],
  [false, ['my flight BA117 was cancelled'], 'Is BA117 the flight you were booked on?'],
  [false, ['I ordered from Luigi Trattoria an hour ago'], 'What did you order?'],
  [false, ["I'm on the Premium plan"], 'What plan would suit you better?'],
  [false, ['my reg is AB12 CDE'], 'What colour is the car?'],
  [false, ['the plan is too expensive'], 'Which plan are you on?'],
  [false, ['my card ending 4421 was charged twice'], 'Which card — the Visa ending 4421?'],
  [false, ['I ordered from Luigi Trattoria'], 'Can you confirm the restaurant was Luigi Trattoria?'],
  [false, ["I'm on the Premium plan"], 'Can you confirm your plan is Premium?'],
  [false, ['it was supposed to arrive on Monday 14th'], 'Can you confirm the delivery date was Monday 14th?'],
  [false, ['my card ending 4421 was charged twice'], 'The refund will go back to the card you paid with.'],
  [false, ['I called the store yesterday'], 'Which store did you visit?'],
]

const newInstance: Case[] = [
  [false, ['my email is pat@old.com'], 'What email should we use for the new account?'],
  [false, ['my phone number is 555-100-2000'], 'Which phone number would you like on the second line?'],
  [false, ['my address is 9 Oak Lane, Leeds LS6 2AB'], 'What address should the replacement go to?'],
  [false, ['my card ending 4421 was charged twice'], 'Which card would you like to use for the new subscription?'],
  [false, ['my username is pat_01'], 'What username would you like for the other account?'],
  [false, ['my email is pat@old.com'], 'What email do you want on the different profile?'],
  [false, ['my address is 9 Oak Lane, Leeds LS6 2AB'], 'What address are you moving to?'],
  [false, ['my card ending 4421 was charged twice'], 'Which card would you like to add?'],
  [false, ["I'm on the Unlimited Plus plan"], 'Which plan are you interested in?'],
  [false, ['I bought it from Currys'], 'Which store is closest to you?'],
  [false, ['I ordered from Deliveroo'], 'Which restaurant did you order from?'],
  [false, ["I'm Crystal's husband"], 'May I have your name?'],
  [false, ['my phone is 07911 123456'], "What's the phone number of the person picking it up?"],
  [false, ['my email is jo@x.com'], 'Which email should we add as a second login?'],
  [false, ['my email is jo@x.com'], 'What email would you like to use going forward?'],
  [false, ['my address is 9 Oak Lane, Leeds LS6 2AB'], 'What address would you like the new card sent to?'],
  [false, ['my card ending 4421 was charged'], 'Which card should we use for future payments?'],
  [false, ['my email is jo@x.com'], 'What email should we use to set up the new account?'],
  // The detail is the customer's own; the new thing is what it is for.
  [true, ['my email is jo@x.com'], 'Can I have your email to send another code?'],
  [true, ['my email is jo@x.com'], 'Can I get your email to send the new invoice?'],
  [true, ['my phone is 07911 123456'], 'And a number we can call you on?'],
  // Not a new instance: the existing one.
  [true, ['my email is pat@old.com'], 'What email is on the existing account?'],
  [true, ['my email is pat@old.com'], 'What email did you use for your account?'],
]

const groups: Array<[string, Case[]]> = [
  ['polite request forms', polite],
  ['elliptical follow-ups', elliptical],
  ['which-questions', which],
  ['statements of need', need],
  ['detail lexicon', lexicon],
  ['new or different instance', newInstance],
]

for (const [title, cases] of groups) {
  describe(`no-repeat-request: ${title}`, () => {
    for (const [fires, turns, draft] of cases) {
      it(`${fires ? 'fires' : 'passes'}: ${draft} | ${turns.join(' | ')}`.slice(0, 160), async () => {
        const linter = await linterFor('no-repeat-request')
        const messages = linter.lint(draft, { transcript: turns.map(turn) }).messages.filter((m) => m.ruleId === 'no-repeat-request')
        expect(messages.length > 0, messages.map((m) => m.message).join('; ')).toBe(fires)
      })
    }
  })
}
