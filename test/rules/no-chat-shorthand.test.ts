import { describe, expect, it } from 'vitest'
import { letterAfter, letterBefore, quantityBefore, youreBefore } from '../../rules/no-chat-shorthand/cues.js'
import { shorthands } from '../../rules/no-chat-shorthand/shorthand.js'
import { ruleTester } from '../helpers/rule-tester.js'

describe('no-chat-shorthand data', () => {
  const tokens = shorthands.map((entry) => entry.token)
  it('has lower-case, unique tokens', () => {
    expect(tokens.filter((token) => token !== token.toLowerCase())).toEqual([])
    expect(tokens.filter((token, index) => tokens.indexOf(token) !== index)).toEqual([])
  })
  it('expands every fixable entry and explains every entry', () => {
    expect(shorthands.filter((entry) => entry.fix && entry.expansions.length === 0).map((e) => e.token)).toEqual([])
    expect(shorthands.filter((entry) => entry.meaning.trim() === '').map((e) => e.token)).toEqual([])
  })
  it('writes out every expansion in full words, so fixes reach a fixpoint', () => {
    const listed = new Set(tokens)
    const words = shorthands.flatMap((entry) => entry.expansions.flatMap((expansion) => expansion.toLowerCase().split(/[\s,?!.]+/)))
    expect(words.filter((word) => listed.has(word))).toEqual([])
  })
  it('autofixes no entry that is a letter, a name or a quantity word', () => {
    const risky = shorthands.filter((e) => e.fix && e.guards?.some((g) => g === 'letter' || g === 'name' || g === 'quantity'))
    expect(risky.map((e) => e.token)).toEqual([])
  })
  it('covers the shorthand the practice names', () => {
    for (const token of ['lol', 'brb', 'afaik', 'gtg', 'idk', 'imo', 'imho', 'btw', 'tbh', 'thx', 'ty', 'np', 'pls', 'plz', 'u',
      'ur', 'r', 'k', 'kk', 'omg', 'ttyl', 'smh', 'b4', 'gr8', 'l8r', '2day', 'cuz', 'bc', 'msg', 'convo', 'sec', 'w/']) {
      expect(tokens).toContain(token)
    }
  })
  it('lists no standard abbreviation', () => {
    for (const token of ['ok', 'okay', 'etc', 'e.g', 'fyi', 'asap', 'faq', 'info', 'dm', 'pm', 'am', 'eta', 'id']) {
      expect(tokens).not.toContain(token)
    }
  })
  it('keeps cue lists lower case and unique', () => {
    for (const list of [letterBefore, letterAfter, quantityBefore, youreBefore]) {
      expect(list.filter((w) => w !== w.toLowerCase())).toEqual([])
      expect(new Set(list).size).toBe(list.length)
    }
  })
})

ruleTester('no-chat-shorthand', {
  valid: [
    // Standard abbreviations and words that only contain the letters.
    'Thanks for the info, e.g. the order date, etc. We open at 9 a.m. OK?',
    'The FAQ page and the PDF explain it. FYI, the ETA is Friday, ASAP if possible.',
    'Please send us a DM with the details.',
    'I hope you enjoy the lollipop sampler and the brbq sauce.',
    'Thanks, you are all set.',
    // u: letters used as letters.
    'The driver could not make a U-turn on your street.',
    'Items marked U on the label fit everyone.',
    'That film is rated U, so it shows on every profile.',
    'Switch the dial to U, and keep grade R papers in tray K.',
    'Please make sure the U-shaped bracket faces down.',
    'Press the u key twice to undo.',
    'Type the letter u in the first box.',
    'U is for universal fit.',
    'Our office in the U.S. handles that.',
    "Enter 'u' in the unit field.",
    // r: letters used as letters.
    'Select option r to reset the router.',
    'Choose a, b or r from the menu.',
    'Pick x, y or u on the chart, or option a, b, c or r.',
    'R is the language our reports use.',
    'Our R&D team is looking at it.',
    'The guide is pinned on r/helpdesk.',
    // k: letters, thousands and codes.
    'Press K to pause the video.',
    'Free accounts for K-12 schools are unlimited.',
    'The limit is 5 k per month.',
    'Take vitamin k with food, the pharmacist says.',
    'Special K is back in stock.',
    // bc, np, msg, sec, ty, ur, kk: acronyms, names and other readings.
    'We ship to all provinces, including BC and Alberta.',
    'The fort was built around 300 bc.',
    'Our nurse practitioner (NP) will call you, as NP visits are covered.',
    'The MSG-free range is on page two.',
    'Our SEC filing is public, and Sec. 4 of the terms covers refunds.',
    'Thanks, Ty. Your order is on its way.',
    'Ty, your order has shipped.',
    'I asked Ty from billing to check it.',
    'Ty will call you tomorrow, and Kay from billing has the refund.',
    'If the page hangs, press ctrl + r to reload it; the rate is r = 5 in the sheet.',
    'Your PPL licence and the IRL address are on file.',
    'Kay, your parcel arrived this morning.',
    'The museum has a room on Ur and Babylon.',
    'The sign-off was KK in the last email.',
    // Code, file names, compounds and mixed case.
    'Call np.array on it, then open report.msg and check lol_count.',
    'Your LoL account and the JK Rowling box set are linked.',
    'Order by noon for 2day delivery.',
    // w/e and w/c are left alone; masked syntax is never flagged.
    'Your plan renews w/e 14 March, or w/c 21 March.',
    'See https://example.com/thx/u/r?pls=1 or write to u.r.pls@example.com.',
    'Your code is `brb --lol` and the template is {{pls.thx}}.',
    'You wrote "pls call me", and I will.',
    { text: 'np, happy to help!', options: { allow: ['NP'] }, name: 'allow option' },
    { text: 'Thx for waiting.', words: ['thx'], name: 'team words' },
  ],
  invalid: [
    {
      text: 'Thx for waiting. Your refund went through.',
      errors: [{ text: 'Thx', offset: 0, endOffset: 3, message: '“Thx” is chat shorthand; write “thanks”', actual: 'Thx', expected: ['thanks'] }],
      output: 'Thanks for waiting. Your refund went through.',
    },
    {
      text: 'Pls send a screenshot of the error b4 you reinstall.',
      errors: [{ text: 'Pls', offset: 0, endOffset: 3 }, { text: 'b4', offset: 35, endOffset: 37 }],
      output: 'Please send a screenshot of the error before you reinstall.',
    },
    {
      text: 'brb, checking with the warehouse.',
      errors: [{ text: 'brb', message: '“brb” is chat shorthand; write “I\'ll be right back”' }],
      output: "I'll be right back, checking with the warehouse.",
    },
    { text: 'afaik the promo is for new lines only.', errors: [{ text: 'afaik' }], output: 'as far as I know the promo is for new lines only.' },
    { text: 'All set, gtg now. ttyl!', errors: [{ text: 'gtg' }, { text: 'ttyl' }], output: 'All set, I have to go now. talk to you later!' },
    { text: 'idk yet, tbh, but imo and imho it is fine, btw.', errors: [{ text: 'idk' }, { text: 'tbh' }, { text: 'imo' }, { text: 'imho' }, { text: 'btw' }], output: "I don't know yet, to be honest, but in my opinion and in my opinion it is fine, by the way." },
    { text: 'jk, it is fine.', errors: [{ text: 'jk', suggestions: ['I'] }] },
    { text: 'It arrives 2day, l8r than planned, gr8 news.', errors: [{ text: '2day' }, { text: 'l8r' }, { text: 'gr8' }], output: 'It arrives today, later than planned, great news.' },
    { text: 'Glad the convo helped, cuz the msg was long.', errors: [{ text: 'convo' }, { text: 'cuz' }, { text: 'msg' }], output: 'Glad the conversation helped, because the message was long.' },
    { text: 'Please plz reply.', errors: [{ text: 'plz', offset: 7, endOffset: 10 }], output: 'Please please reply.' },
    {
      text: 'Send the receipt w/ the form, or w/o it if lost.',
      errors: [{ text: 'w/', offset: 17, endOffset: 19 }, { text: 'w/o', offset: 33, endOffset: 36, expected: ['without'] }],
      output: 'Send the receipt with the form, or without it if lost.',
    },
    { text: 'Send it w/the form.', errors: [{ text: 'w/' }], output: 'Send it with the form.' },
    { text: 'It failed b/c of the update.', errors: [{ text: 'b/c' }], output: 'It failed because of the update.' },
    // Ambiguous tokens: suggestions, no autofix.
    { text: 'Can u try signing out and back in?', errors: [{ text: 'u', offset: 4, endOffset: 5, message: '“u” is chat shorthand; write “you”', suggestions: ['you'] }] },
    { text: 'U can try signing out and back in.', errors: [{ text: 'U', offset: 0, endOffset: 1, suggestions: ['You'] }] },
    { text: 'The parcels r on the way.', errors: [{ text: 'r', offset: 12, endOffset: 13, suggestions: ['are'] }] },
    { text: 'Thank U for waiting, we R on it.', errors: [{ text: 'U', suggestions: ['you'] }, { text: 'R', suggestions: ['are'] }] },
    { text: 'R u still there?', errors: [{ text: 'R', suggestions: ['Are'] }, { text: 'u', suggestions: ['you'] }] },
    { text: "I've checked ur account.", errors: [{ text: 'ur', expected: ['your', "you're"], suggestions: ['your', "you're"] }] },
    { text: 'Ur welcome!', errors: [{ text: 'Ur', message: '“Ur” is chat shorthand; write “you\'re” or “your”', suggestions: ["You're", 'Your'] }] },
    { text: 'Ur refund is approved.', errors: [{ text: 'Ur', suggestions: ['Your', "You're"] }] },
    { text: 'K, I have canceled the extra line.', errors: [{ text: 'K', offset: 0, endOffset: 1, suggestions: ['Okay'] }] },
    { text: 'k thanks, done.', errors: [{ text: 'k', suggestions: ['okay'] }] },
    { text: 'Kk, I updated the address.', errors: [{ text: 'Kk', expected: ['okay'] }], output: 'Okay, I updated the address.' },
    { text: 'np, happy to help!', errors: [{ text: 'np' }], output: 'no problem, happy to help!' },
    { text: 'NP! Anything else?', errors: [{ text: 'NP' }], output: 'No problem! Anything else?' },
    { text: 'Ty for your patience!', errors: [{ text: 'Ty', suggestions: ['Thank you'] }] },
    { text: 'Thanks for asking. TY - Chris', errors: [{ text: 'TY' }] },
    { text: 'It was suspended bc of a failed payment.', errors: [{ text: 'bc', suggestions: ['because'] }] },
    { text: 'Bc the update failed, I reset it.', errors: [{ text: 'Bc', suggestions: ['Because'] }] },
    { text: 'Give me 1 sec to check.', errors: [{ text: 'sec', offset: 10, endOffset: 13, suggestions: ['second'] }] },
    { text: 'Just a sec.', errors: [{ text: 'sec', offset: 7, endOffset: 10, suggestions: ['second'] }] },
    { text: 'It takes 5 secs.', errors: [{ text: 'secs', suggestions: ['seconds'] }] },
    { text: 'Sec, checking that now.', errors: [{ text: 'Sec', suggestions: ['Second'] }] },
    { text: 'Ok c u soon!', errors: [{ text: 'u', suggestions: ['you'] }], name: 'u beside another shorthand letter' },
    { text: 'I sent you a MSG? No, a msg.', errors: [{ text: 'msg' }], output: 'I sent you a MSG? No, a message.' },
    // Reactions: no expansion, a suggestion to leave them out.
    {
      text: 'lol the cat explains the 40 orders.',
      errors: [{ text: 'lol', message: '“lol” is chat shorthand for “laughing out loud”; leave it out of a support reply', expected: [], suggestions: ['T'] }],
    },
    { text: 'Omg, that is a lot of orders.', errors: [{ text: 'Omg', suggestions: ['T'] }] },
    { text: 'Fixed it for you smh.', errors: [{ text: 'smh', suggestions: [''] }] },
    { text: 'I LOL-ed, but it is fixed. LOL.', errors: [{ text: 'LOL', offset: 27, endOffset: 30 }] },
  ],
})
