/**
 * fast-check generators for hostile drafts and transcripts: arbitrary Unicode
 * (lone surrogates, ZWJ emoji, skin tones, bidi and zero-width marks, combining
 * runs, NUL, CRLF and lone CR, long words, digit runs) mixed with what agents
 * really type (shorthand, capitals, typos, laughter, emoticons, sarcasm cues)
 * and with masked syntax of every kind the masker knows.
 */
import fc from 'fast-check'
import type { LintContext, Turn } from '../../src/types.js'

/** Unicode that breaks naive code: each entry is one piece. */
export const hostileUnicode: readonly string[] = [
  '\uD83D', // lone high surrogate
  '\uDE02', // lone low surrogate
  '\uDE02\uD83D', // reversed pair
  '👩‍👩‍👧‍👦', // ZWJ family
  '🧑🏽‍💻', // skin tone + ZWJ
  '👍🏿',
  '🏳️‍🌈',
  '🇬🇧',
  '\u202Ehello\u202C', // right-to-left override
  '\u200F\u200E', // RTL and LTR marks
  'مرحبا بك',
  'שלום',
  '\u200B\u200C\u200D\uFEFF', // zero-width space, non-joiner, joiner, BOM
  'e\u0301\u0302\u0303\u0304', // stacked combining accents
  '\u0301', // combining mark with nothing to combine with
  'Z̷̢͈͓̈́a̸̛̪l̴̰̀g̶̣͝o̵̘͐',
  '\u0000',
  '\r\n',
  '\r',
  '\n\n',
  '\t',
  '\u00A0',
  '\u2028',
  '\u3000',
  '\uFFFD',
  '\uFFFF',
  '𝐁𝐨𝐥𝐝', // mathematical bold (astral letters)
  'ＦＵＬＬＷＩＤＴＨ',
  'ǅungla', // title-case digraph
  'İstanbul', // dotted capital I changes length when lower-cased
  'ß',
  'ﬁ', // ligature that upper-cases to two letters
  'Σίσυφος',
  '日本語のテキスト',
  '…',
  '\u2019',
  '«»',
]

/** What agents and customers actually type, good and bad. */
export const realFragments: readonly string[] = [
  'Thanks for waiting',
  'I checked your order and it ships today.',
  'Let me look into that for you.',
  'lol', 'LOL', 'brb', 'afaik', 'idk', 'imo', 'btw', 'tbh', 'thx', 'Thx', 'ty', 'np', 'pls', 'plz', 'u', 'ur', 'r', 'k',
  'omg', 'ttyl', 'smh', 'b4', 'gr8', '2day', 'l8r', 'cya', 'U-turn', 'lollipop', 'e.g.', 'etc.', 'a.m.', 'OK', 'ok',
  'PLEASE DO NOT REFRESH', 'THANK YOU', 'NOW', 'ASAP', 'FAQ', 'iOS', 'PDF', 'ID', 'I', 'ETA', 'USB', 'JAMES',
  'teh', 'recieve', 'definately', 'seperate', 'acount', 'adress', 'wierd', 'occured',
  'haha', 'hahaha', 'HAHAHA', 'hehe', 'lmao', 'rofl', 'jk', 'just kidding', 'lolol',
  ':)', ':-)', ';)', ';-)', ':D', 'XD', ':P', ':(', '<3', '^_^', '😂', '🤣', '😉', '🙂', '😜', '🙄',
  'Oh great, another', 'As I already said', 'Per my last message', 'Obviously you', 'Good luck with that',
  'Sure, because that always works', 'Thanks so much!', 'Great news!',
  'i think', 'a apple', 'an user', 'dont', 'cant', 'wont', 'the the', 'is is',
  '!!!', '???', '?!?!', '!', '?', '...', '!!!!!!!!',
  'One moment please.', 'Hang on.', 'about two minutes',
  'I guarantee it arrives tomorrow', 'this will 100% fix it', "I'll email you as soon as I hear back",
  'Transferring you now.', "I'm moving you to billing, who can refund it.",
  'What is your email address?', 'Can you send me your order number?', 'What phone are you using?',
  'Could you tell me your zip code?', 'Please send a screenshot.', 'What is your date of birth?',
  'Would a phone call be easier?', 'I can open a ticket for you.',
  'Sorry for the wait!', 'Hi Jane,', 'Best,', 'Cheers', '-SR', '^JM',
]

/** Every syntax src/mask.ts hides from rules. */
export const maskedSyntax: readonly string[] = [
  '{{first_name}}', '{{ticket.requester.name}}', '{{{raw_html}}}', "{{name | fallback: 'there'}}", '{{UPPER_NAME}}',
  '{% if user.vip %}', '{%customer.firstName,fallback=there%}', '{!Contact.FirstName}', '[[MISSING TOKEN]]',
  '{first_name}', '{Customer Name}', '[Customer Name]', '[agent]', '%FIRST_NAME%', '%TICKET.ID%',
  '`npm install`', '`LOL`', '```\nSTOP THAT lol\n```', '^SR',
  'https://example.com/help?x=1&y=LOL', 'http://a.b/c', 'www.example.org/PLEASE', 'mailto:help@example.com',
  'example.com', 'help.example.co.uk/path', 'jane.doe+tag@example.com', 'JANE@EXAMPLE.COM', '@jane', '@support-team',
  '#billing', '#12345', 'AB12CD9', 'E404', 'SKU-A1B', 'order 77120', '$25.00', '10:30', 'snake_case_id',
  '/usr/local/bin', 'C:\\Users\\Jane\\file.txt', '~/Downloads/x', 'invoice.pdf', 'SCREENSHOT.PNG',
  '"my order never came lol"', '\u201CTHIS IS URGENT\u201D', "'it is broken'", '\u2018teh thing\u2019',
]

/** Pieces that grow: long words, digit runs, repeated punctuation, repeated masks. */
const growing: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('a', 'A', 'ha', 'lol', '!', '?', '.', '{', '{{', '}', '"', "'", '@', '-', '😂', '\u0301', 'x@y.', ':)'), fc.integer({ min: 2, max: 300 })).map(
    ([unit, count]) => unit.repeat(count),
  ),
  fc.integer({ min: 2, max: 60 }).map((count) => '9'.repeat(count)),
  fc.stringMatching(/^[a-zA-Z]{15,80}$/),
)

/** Arbitrary strings in every unit fast-check knows (binary includes lone surrogates). */
const arbitraryText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary-ascii', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'aAiIuUrRkK \n.!?\'"{}[]%@#:/-_`'), maxLength: 16 }),
)

const separator: fc.Arbitrary<string> = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\r\n', '\r', '. ', '! ', ', ', '? ', '', '\t', ': ', ' - ')

export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...realFragments) },
  { weight: 3, arbitrary: fc.constantFrom(...maskedSyntax) },
  { weight: 2, arbitrary: fc.constantFrom(...hostileUnicode) },
  { weight: 2, arbitrary: arbitraryText },
  { weight: 1, arbitrary: growing },
)

/** A draft: hostile pieces joined by separators; sometimes cut at a random code unit. */
export const draft: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(piece, separator), { minLength: 0, maxLength: 24, size: 'medium' }),
    fc.option(fc.nat(), { nil: undefined, freq: 5 }),
  )
  .map(([parts, cut]) => {
    const text = parts.map(([p, s]) => p + s).join('')
    return cut === undefined || text.length === 0 ? text : text.slice(0, cut % (text.length + 1))
  })

const NOW = Date.parse('2026-03-02T10:00:00Z')

/** Timestamps in every accepted form, all before NOW. */
const timestamp: fc.Arbitrary<Turn['at']> = fc.integer({ min: 0, max: 3_600_000 }).chain((ago) =>
  fc.constantFrom<Turn['at']>(NOW - ago, new Date(NOW - ago).toISOString(), String(NOW - ago), new Date(NOW - ago)),
)

export const turn: fc.Arbitrary<Turn> = fc
  .record(
    {
      role: fc.constantFrom<Turn['role']>('customer', 'customer', 'agent', 'system'),
      text: draft,
      at: timestamp,
      agentId: fc.constantFrom('a1', 'a2', 'bot'),
    },
    { requiredKeys: ['role', 'text'] },
  )

const customerFields: fc.Arbitrary<Record<string, string>> = fc.dictionary(
  fc.constantFrom('name', 'email', 'phone', 'order', 'orderNumber', 'zip', 'address', 'username', 'device', 'os'),
  fc.oneof(fc.constantFrom('Jane Doe', 'jane@example.com', '+1 555 0100', '77120', '90210', 'iPhone 15', 'Windows 11'), draft),
  { maxKeys: 4 },
)

/** A context with every field optional; `now` is always set so no rule reads the wall clock. */
export const context: fc.Arbitrary<LintContext> = fc.record(
  {
    transcript: fc.array(turn, { maxLength: 8 }),
    previousChats: fc.array(fc.array(turn, { maxLength: 3 }), { maxLength: 2 }),
    now: fc.constantFrom<LintContext['now']>(NOW, new Date(NOW).toISOString(), new Date(NOW)),
    action: fc.constantFrom<'reply' | 'transfer'>('reply', 'transfer'),
    agent: fc.record({ activeChats: fc.integer({ min: 0, max: 8 }) }, { requiredKeys: [] }),
    customer: customerFields,
  },
  { requiredKeys: ['now'] },
)

/** A draft with, sometimes, a context. */
export const draftAndContext: fc.Arbitrary<{ text: string; context: LintContext | undefined }> = fc.record({
  text: draft,
  context: fc.option(context, { nil: undefined, freq: 3 }),
})
