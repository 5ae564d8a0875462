import { daleChall } from 'dale-chall'
import { describe, expect, it } from 'vitest'
import { acronyms, ambiguousAcronyms } from '../../rules/no-all-caps/acronyms.js'
import { emphasisWords } from '../../rules/no-all-caps/emphasis-words.js'
import { everydayWords } from '../../rules/no-all-caps/everyday-words.js'
import { isInflectionOf } from '../../rules/no-all-caps/inflection.js'
import { addressWords, alwaysEmphasis, labelAfter, labelBefore, shoutedOpeners } from '../../rules/no-all-caps/labels.js'
import { ruleTester } from '../helpers/rule-tester.js'

describe('no-all-caps data', () => {
  const duplicates = (list: readonly string[]) => list.filter((item, index) => list.indexOf(item) !== index)
  it('lists acronyms in capitals, once each', () => {
    for (const list of [acronyms, ambiguousAcronyms]) {
      expect(list.filter((word) => word !== word.toUpperCase())).toEqual([])
      expect(duplicates(list)).toEqual([])
    }
  })
  it('lists cue and emphasis words in lower case, once each', () => {
    for (const list of [emphasisWords, labelBefore, labelAfter, alwaysEmphasis, shoutedOpeners, addressWords]) {
      expect(list.filter((word) => word !== word.toLowerCase())).toEqual([])
      expect(duplicates(list)).toEqual([])
    }
  })
  it('knows every Dale-Chall word it could look up, listed or as an inflection of a listed word', () => {
    const everyday = new Set([...everydayWords.flatMap((line) => line.split(' ')), ...emphasisWords])
    const lookedUp = daleChall.filter((word) => /^[a-z]{2,}$/.test(word))
    expect(lookedUp.length).toBeGreaterThan(2800)
    expect(lookedUp.filter((word) => !everyday.has(word) && !isInflectionOf(word, everyday))).toEqual([])
    // Base forms only: nothing listed is an inflection of another listed word.
    expect([...everyday].filter((word) => everydayWords.some((line) => line.split(' ').includes(word)) && isInflectionOf(word, everyday))).toEqual([])
  })
  it('derives inflections, and not from a bare stem ending in -es', () => {
    const known = new Set(['berry', 'beg', 'box', 'jam', 'gentle'])
    expect(['berries', 'begged', 'boxes', 'gently'].filter((word) => isInflectionOf(word, known))).toEqual(['berries', 'begged', 'boxes', 'gently'])
    expect(isInflectionOf('james', known)).toBe(false)
  })
  it('keeps emphasis words out of the acronym list', () => {
    expect(alwaysEmphasis.filter((word) => acronyms.includes(word.toUpperCase()))).toEqual([])
  })
})

ruleTester('no-all-caps', {
  valid: [
    'Please bring a photo ID and your insurance card.',
    { name: 'a field name opening its line', text: 'The page showed this:\nERROR: 404 not found\nThen it closed.' },
    { name: 'a frequent word that is a name', text: 'Your parcel is at the HOUSTON depot and leaves tonight.' },
    'For dental claims we need the SOAP notes from the vet.',
    "I've sent a PDF of your invoice; the FAQ page explains the rest.",
    'Your new 4K TV bundle includes two HDMI cables.',
    'The replacement part is SKU HX-2210-B, ETA Friday.',
    "I've asked the warehouse to send it out ASAP.",
    'Order AB12CD9 shipped, error E404 is fixed, and your IDs are attached.',
    'Hi {{USER.FIRST_NAME}}, your order {%ORDER.NUMBER%} has shipped.',
    'See https://example.com/HELP/NOW for details.',
    'Thanks for waiting! ^SR',
    'Thanks, we will look into it. -JM',
    'I can help with that, and I will email you.',
    'We ship to BC and Alberta; the IT team and the HR team are copied.',
    'Plan B is fine, and size L is in stock.',
    { text: 'ACME ROCKETS ship tomorrow.', words: ['ACME', 'rockets'], name: 'team words' },
    { text: 'Press SUBMIT when ready.', options: { allow: ['submit'] }, name: 'allow option' },
    'You clicked "PLEASE DO NOT REPLY" in the footer, which is fine.',
    // Labels the agent names: buttons, menu paths, keys, statuses, codes.
    'Click SAVE, then tap the SUBMIT button.',
    'Go to SETTINGS > PRIVACY > DATA to download it.',
    "Press 'ENTER' twice, or hit CTRL+ALT+DEL if it freezes.",
    'Your order status shows PENDING until the bank confirms it.',
    'Use code WELCOME at checkout, or reply STOP to opt out.',
    'Close the ACCEPT ALL COOKIES banner, then make sure the switch is OFF.',
    'STEP 1: open the app and sign in.',
    'Your ORDER #12345 and TICKET #88 are linked.',
    // Headings on a line of their own.
    'ORDER SUMMARY\nLamp, $20, ships Monday.',
    // Roman numerals, state codes, OK, addresses.
    'Part II of the guide covers World War II maps and the Henry VIII box set.',
    'We ship to Portland, OR and Boise, ID. OK?',
    'I have updated it to 12 HIGH STREET, and the PO BOX is closed.',
    'Pay with VISA or AMEX at the IKEA desk.',
    'The MET Police and VIRGIN Media both use it; RIP to the old app.',
    'Hi (NAME), your <DATE> booking is confirmed.',
    // Names: after a greeting, or known to the chat tool; brand compounds; plan and tier names.
    'Hi MARK, your refund is done. Thanks, GRACE!',
    { text: 'Sure BILL, your refund is done.', context: { customer: { name: 'Bill Jones' } }, name: 'a customer name from the context' },
    'Your TP-LINK router works with the USB-C cable.',
    'The BASIC plan comes with a GOLD card.',
    'Click on SIGN IN, then go to SETTINGS.',
    'Click SUBMIT, or use the DOWNLOAD button and the RESET option.',
  ],
  invalid: [
    {
      text: 'Please do NOT refresh the checkout page.',
      errors: [
        {
          text: 'NOT',
          offset: 10,
          endOffset: 13,
          message: '“NOT” is in capitals, which reads as shouting in chat',
          actual: 'NOT',
          expected: ['not'],
          suggestions: ['not'],
        },
      ],
    },
    {
      text: 'Just a friendly reminder: PAYMENT MUST BE RECEIVED BY MARCH 14 to avoid the fee.',
      errors: [{ text: 'PAYMENT MUST BE RECEIVED BY MARCH 14', suggestions: ['payment must be received by March 14'] }],
    },
    {
      text: 'HI JAMES, YOUR REFUND HAS BEEN PROCESSED.',
      errors: [{ text: 'HI JAMES, YOUR REFUND HAS BEEN PROCESSED.', message: 'The whole reply is in capitals, which reads as shouting in chat', suggestions: ['Hi James, your refund has been processed.'] }],
    },
    { text: 'The link expires in 10 MINUTES, so please hurry.', errors: [{ text: 'MINUTES', expected: ['minutes'] }] },
    { text: 'Please type it EXACTLY as shown.', errors: [{ text: 'EXACTLY' }] },
    { name: 'a frequent word missing from Dale-Chall', text: 'This formula is for ADULT cats only.', errors: [{ text: 'ADULT', offset: 20, endOffset: 25, expected: ['adult'] }] },
    { text: 'Photos with other people get hidden, so SOLO photos work best.', errors: [{ text: 'SOLO', expected: ['solo'] }] },
    { name: 'a field name that is a warning still shouts', text: 'WARNING: this deletes the account.', errors: [{ text: 'WARNING' }] },
    { text: 'IMPORTANT: the link expires tomorrow.', errors: [{ text: 'IMPORTANT', suggestions: ['Important'] }] },
    { text: 'Do it NOW, and DON\'T wait.', errors: [{ text: 'NOW' }, { text: "DON'T" }] },
    { name: 'a negative contraction typed without its apostrophe', text: 'Please DONT click the old link.', errors: [{ text: 'DONT', offset: 7, endOffset: 11 }] },
    { text: 'You CANT reuse the code, and it WONT stack.', errors: [{ text: 'CANT' }, { text: 'WONT' }] },
    { text: 'Please DO IT today.', errors: [{ text: 'DO IT', suggestions: ['do it'] }] },
    { text: 'No worries at ALL 🙂 Your link is on its way.', errors: [{ text: 'ALL' }] },
    { text: 'I am SO sorry about the wait.', errors: [{ text: 'SO', suggestions: ['so'] }] },
    { text: "I'M SORRY, the store is closed.", errors: [{ text: "I'M SORRY", suggestions: ["I'm sorry"] }] },
    { text: 'Click NOW to claim it.', errors: [{ text: 'NOW' }], name: 'an emphasis word after a label cue' },
    { text: 'PLEASE READ\nYour order is late.', errors: [{ text: 'PLEASE READ' }], name: 'a shouted heading' },
    { text: 'Thanks, JAMES will call you back TODAY.', errors: [{ text: 'TODAY' }] },
    { text: 'Sure BILL, your refund is done.', errors: [{ text: 'BILL' }], name: 'an everyday word without a name cue' },
    { text: 'Please RESTART the router; your account is SUSPENDED until then.', errors: [{ text: 'RESTART' }, { text: 'SUSPENDED' }] },
    { text: 'I am SORRY Mark, that is REALLY Great news.', errors: [{ text: 'SORRY' }, { text: 'REALLY' }], name: 'emphasis before a capitalised word' },
    { text: 'Please send a FOLLOW-UP.', errors: [{ text: 'FOLLOW-UP', suggestions: ['follow-up'] }] },
    { text: 'Create a NEW account; we are closed on SUNDAY.', errors: [{ text: 'NEW' }, { text: 'SUNDAY', suggestions: ['Sunday'] }] },
    { text: 'HI JAMES, THANKS FOR WAITING!', errors: [{ text: 'HI JAMES, THANKS FOR WAITING!', suggestions: ['Hi James, thanks for waiting!'] }] },
  ],
})
