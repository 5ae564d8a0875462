/**
 * Facts from customer text: labelled values, shaped values, bare answers typed
 * by the agent's question, and the negations that give nothing.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts, findRequests } from '../../src/facts/index.js'

function factsAfter(text: string, question?: string): Array<[string, string]> {
  const expected = question ? findRequests(question).map((r) => ({ type: r.type, part: r.part })) : []
  return extractFacts(text, expected).map((f) => [f.type, f.value])
}

describe('extractFacts', () => {
  const cases: Array<{ text: string; question?: string; facts: Array<[string, string]> }> = [
    { text: 'my email is jane@site.com', facts: [['email', 'jane@site.com']] },
    { text: 'hi i cant login. email is jane.doe(at)gmail.com', facts: [['email', 'jane.doe(at)gmail.com']] },
    { text: 'my cell is 555-201-3344', facts: [['phone', '555-201-3344']] },
    { text: 'call me on +44 7700 900123 after 5', facts: [['phone', '+44 7700 900123']] },
    { text: 'my number is 555-0188, please update it', facts: [['phone', '555-0188']] },
    { text: 'Order E0ZYJXLBGX', facts: [['order', 'E0ZYJXLBGX']] },
    { text: 'order # is 4953808575', facts: [['order', '4953808575']] },
    { text: 'my parcel is stuck, tracking JD014600006281234567', facts: [['tracking', 'JD014600006281234567']] },
    { text: 'my account number is PR9XRH6NXO and i don\'t have the order ID', facts: [['account', 'PR9XRH6NXO']] },
    { text: "my husband's member ID is HZP-551-220-10", facts: [] },
    { text: "I don't have my account ID, sorry", facts: [] },
    { text: "I've got my order number if that helps.", facts: [] },
    { text: 'Username: cminh730', facts: [['username', 'cminh730']] },
    { text: "Sorry, I don't remember my Username, but my email address is r@x.com", facts: [['email', 'r@x.com']] },
    { text: 'Hi! Crystal Minh here. I forgot my password', facts: [['name', 'Crystal Minh']] },
    { text: "Hello, my name is Chloe. I lost my phone", facts: [['name', 'Chloe']] },
    { text: "I'm trying to return a jacket", facts: [] },
    { text: 'deliver to 12 Harbour Road, Apt 4B, Portland ME 04101 please', facts: [['address', '12 Harbour Road, Apt 4B, Portland ME 04101'], ['zip', '04101']] },
    { text: 'postcode SW9 8LP, need a boiler quote', facts: [['zip', 'SW9 8LP']] },
    { text: 'Is fiber available at 60614?', facts: [['zip', '60614']] },
    { text: "need insulin pens in stock, I'm in 60614", facts: [['zip', '60614']] },
    { text: 'Student ID 2024-00871 - I cannot see my grades', facts: [['account', '2024-00871']] },
    { text: 'do you deliver to 94110-1234 on weekends', facts: [['zip', '94110-1234']] },
    { text: 'Sam Patel, DOB 03/14/1988', facts: [['dob', '03/14/1988']] },
    { text: 'my card ending 9012 was declined', facts: [['last4', '9012'], ['card', 'card ending 9012']] },
    { text: 'they charged my Amex twice', facts: [['card', 'Amex']] },
    { text: "I don't have a Visa card", facts: [] },
    { text: 'my meter number is 1290034471', facts: [['meter', '1290034471']] },
    { text: 'the MPAN is 1200033345678', facts: [['meter', '1200033345678']] },
    { text: 'my meter reading is 45821', facts: [['meter-reading', '45821']] },
    { text: 'flight BA117 to Boston was cancelled', facts: [['flight', 'BA117']] },
    { text: 'flight number is UA 902', facts: [['flight', 'UA 902']] },
    { text: 'the flight was awful', facts: [] },
    { text: 'my reg is AB12 CDE', facts: [['vehicle', 'AB12 CDE']] },
    { text: 'the registration is complete', facts: [] },
    { text: 'VIN 1HGCM82633A004352', facts: [['vehicle', '1HGCM82633A004352']] },
    { text: 'the SKU is TX-4410-BLK', facts: [['product', 'TX-4410-BLK']] },
    { text: "I'm on the Premium plan", facts: [['plan', 'Premium']] },
    { text: 'we have the Family Unlimited package', facts: [['plan', 'Family Unlimited']] },
    { text: 'the plan is too expensive', facts: [] },
    { text: "I'd like a new plan", facts: [] },
    { text: 'I ordered from Luigi Trattoria an hour ago', facts: [['store', 'Luigi Trattoria']] },
    { text: 'I bought it at the Leeds store', facts: [['store', 'Leeds']] },
    { text: 'I called the store yesterday', facts: [] },
    { text: 'I ordered it on Monday', facts: [] },
    { text: 'the extra charge is on the March bill', facts: [['billing-period', 'March']] },
    { text: 'it was supposed to arrive on Monday 14th', facts: [['delivery-date', 'Monday 14th']] },
    { text: 'my delivery never came', facts: [] },
    { text: 'unlock please, IMEI 356938035643809', facts: [['imei', '356938035643809']] },
    { text: 'the page is blank in Chrome on Windows 11', facts: [['os', 'Windows 11'], ['browser', 'Chrome']] },
    { text: 'getting "Sync failed: token expired" every morning', facts: [['error', 'Sync failed: token expired']] },
    { text: "I've attached a screenshot of the error", facts: [['screenshot', 'screenshot']] },
    { text: 'my case number is 00482913', facts: [['ticket', '00482913']] },
    { text: 'Booking ref K7XQ2M, passenger Liu Wei.', facts: [['booking', 'K7XQ2M'], ['name', 'Liu Wei']] },
    { text: 'Im a bronze member', facts: [['membership', 'bronze']] },
    // Bare answers, typed by the agent's question.
    { text: 'Crystal Minh', question: 'May I have your name please?', facts: [['name', 'Crystal Minh']] },
    { text: '99948', question: 'Can I have your ZIP and email?', facts: [['zip', '99948']] },
    { text: 'yes its joycewu5', question: 'Do you know your username?', facts: [['username', 'joycewu5']] },
    { text: 'sa168344  sa168344@email.com  9865688813', question: 'May I have your username, email address, and order ID?', facts: [['email', 'sa168344@email.com'], ['username', 'sa168344'], ['order', '9865688813']] },
    { text: 'I am sorry I do not have that either', question: 'Great, can I get your username as well?', facts: [] },
    { text: 'In Transit', question: 'What is the shipping status of the order?', facts: [] },
    { text: '9865688813', facts: [] },
  ]
  for (const { text, question, facts } of cases) {
    it(`${text}${question ? ` (after "${question}")` : ''}`, () => {
      expect(factsAfter(text, question)).toEqual(facts)
    })
  }

  it('stays linear on a long text full of values', () => {
    const text = 'order 12345678 555-201-7788 flight AB12 from Leeds Store. '.repeat(16_000)
    const started = performance.now()
    const facts = extractFacts(text)
    expect(facts.length).toBeGreaterThan(16_000)
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('stays linear on a long hostile text', () => {
    const text = '1 '.repeat(50_000) + 'a@'.repeat(20_000) + 'order '.repeat(20_000)
    const started = performance.now()
    extractFacts(text, [{ type: 'name', part: 'any' }])
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})

describe('findRequests', () => {
  const cases: Array<[string, string[]]> = [
    ["What's the email on the account?", ['email']],
    ['Order number?', ['order']],
    ['ok, may I have your username, email address and order ID please?', ['username', 'email', 'order']],
    ['Sure, may I have your full name, account and order ID to check?', ['name', 'account', 'order']],
    ['Thanks, I will also need 2 of the 3 following pieces of information - zip code, phone number, or email address.', ['zip', 'phone', 'email']],
    ['Send me a screenshot of the error please', ['screenshot']],
    ["I'll need the IMEI to unlock it: can you dial *#06# and send it to me?", ['imei']],
    ['Are you a Gold or Silver member?', ['membership']],
    ["I've found your order number.", []],
    ['Please check your email for the reset link.', []],
    ['I need to verify your identity first.', []],
    ['What was the name of the store?', ['store']],
    ['Would you like to add a second phone number?', []],
    ['Mind sharing your email?', ['email']],
    ['Any chance you have the order number?', ['order']],
    ['Got an order number?', ['order']],
    ['Just need your zip code to continue.', ['zip']],
    ['Order number please.', ['order']],
    ['Would you be able to send me your order number?', ['order']],
    ['Is it possible to get your date of birth?', ['dob']],
    ['Let me have your order number.', ['order']],
    ['Could you please type out the tracking number for me?', ['tracking']],
    ['I can verify using your username, if you have that handy?', ['username']],
    ['Got your order number, thanks!', []],
    ['You need your order number to log in.', []],
    ['Needed your order number to find it.', []],
  ]
  for (const [draft, types] of cases) {
    it(draft, () => expect(findRequests(draft).map((r) => r.type)).toEqual(types))
  }

  it('marks another instance, third parties and re-asks', () => {
    expect(findRequests('Could you share a new email address?')[0]).toMatchObject({ type: 'email', another: true })
    expect(findRequests("What's your son's date of birth?")[0]).toMatchObject({ type: 'dob', thirdParty: true })
    expect(findRequests('That ID did not match. Can you re-enter your account ID?')[0]).toMatchObject({ type: 'account', verification: true })
    expect(findRequests('Can you share your account ID?')[0]).toMatchObject({ verification: false, another: false, thirdParty: false })
  })

  it('gives exact ranges for the detail and the clause', () => {
    const draft = 'Thanks for waiting. May I have your zip code so I can check?'
    const [request] = findRequests(draft)
    expect(draft.slice(request!.start, request!.end)).toBe('zip code')
    expect(draft.slice(request!.clauseStart, request!.clauseEnd)).toBe('May I have your zip code so I can check?')
  })
})
