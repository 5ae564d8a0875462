import dictionaryEn from 'dictionary-en'
import dictionaryEnGb from 'dictionary-en-gb'
import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { spellingPlugin } from '../../rules/index.js'
import { createLinter } from '../../src/index.js'
import { createLinter as createNodeLinter } from '../../src/node.js'
import { ruleRegistry } from '../../src/linter.js'
import { LruCache } from '../../rules/spelling/lru.js'
import { phoneticKey, soundSpelling } from '../../rules/spelling/phonetic.js'
import { bigramSimilarity, weightedDistance } from '../../rules/spelling/speller.js'
import { ruleTester } from '../helpers/rule-tester.js'

const chat = (customer: string) => ({ transcript: [{ role: 'customer' as const, text: customer }] })

ruleTester('spelling', {
  valid: [
    'Your refund was processed today and should arrive by Friday.',
    // Masked syntax: placeholders, URLs, emails, ids.
    'Hi {{ticket.requester.first_name}}, see https://help.example.com/artcles/123 or write to suport@example.com.',
    'Your order ZX44QK1 left the warehouse; tracking is at www.exmaple.com/trak.',
    // Support vocabulary, US variants, contractions, numbers with units.
    'I cancelled the order, ok? The login and checkout pages work on your iPhone over Wi-Fi with two-factor on.',
    'Your 5GB plan renews at 10am; use the 2FA code from the authenticator app.',
    "I don't know if you're able to, but we'll try; the customer's account and the customers' accounts are linked.",
    'The chargeback is on the waitlist, so I will rebook it and turn on autopay.',
    // Names: after a greeting, mid-sentence, in a sign-off, in a run of capitals.
    'Hi Xochitl, your order shipped.',
    'Thanks for waiting, Priyanka. Your parcel is on its way.',
    'Thanks! ^Kartika',
    { name: 'a name opening a signature line', text: 'Let me know how that goes.\n\nRoopa-HP Social Media Support.' },
    'Thanks for waiting!\nDanna – Acme Care',
    'Let me know how it goes. - Dani',
    'Our CEO Charlie Scharf wrote to every customer.',
    "Thanks, Mr. O'Sullivan. The meter reading is in.",
    'Your PixelFrame is on the way, and the PixelFrame\'s case too.',
    // Regular formations the dictionary lacks.
    'Large workspaces sync faster once the integrations are reconnected.',
    'Please re-enter the code; the pre-authorization hold drops off in a few days.',
    // Shorthand and missing apostrophes belong to other rules.
    'Thx, I dont know lol.',
    // Another language is not a list of typos.
    'Hallo! Du kannst die Anzeige auf deinem Konto verwalten. Klicke auf diesem Link.',
    // Proper nouns the conversation vouches for.
    { text: 'Zorblatt is covered by the warranty.', context: chat('I bought the Zorblatt blender last week.'), name: 'a product the customer named mid-sentence' },
    { text: 'Nala is all set for tomorrow.', context: chat("Nala's dental cleaning is tomorrow."), name: 'a name the customer wrote as a possessive, opening a sentence' },
    { text: 'Milo can have his meds with food.', context: chat("Can you check Milo's meds?"), name: 'a possessive name mid-sentence' },
    { text: 'Nguyet, your delivery is booked.', context: { customer: { name: 'Nguyet Tran' } }, name: 'a name from the customer fields' },
    { text: 'The Frobnix adapter ships Monday.', words: ['Frobnix'], name: 'team words' },
    { text: 'The frobnix adapter ships Monday.', options: { ignore: ['Frobnix'] }, name: 'ignore option' },
    'Sure, happy to help. Uhhh, let me check.',
    // A capitalised word no likely slip explains is a name, even at a sentence start.
    'Zorblatt is covered by the warranty. Brightwave routers need a reset.',
  ],
  invalid: [
    { name: 'a line start is no signature when more text follows', text: 'Recieve-HP is here.\nMore to follow.', errors: [{ text: 'Recieve', offset: 0, endOffset: 7 }] },
    {
      text: 'Your refund should arive by Friday.',
      errors: [
        {
          text: 'arive',
          offset: 19,
          endOffset: 24,
          message: '“arive” looks misspelled; did you mean “arrive”?',
          actual: 'arive',
          expected: ['arrive', 'alive', 'arise'],
          suggestions: ['arrive', 'alive', 'arise'],
        },
      ],
    },
    { text: 'I have proccessed the return.', errors: [{ text: 'proccessed', offset: 7, endOffset: 17, message: /did you mean “processed”\?$/ }] },
    { text: 'Unfortunatly, that size is sold out.', errors: [{ text: 'Unfortunatly', offset: 0, expected: ['Unfortunately', 'Unfortunate'] }] },
    {
      text: 'We have recieved your documents and they are under reveiw.',
      errors: [
        { text: 'recieved', suggestions: ['received', 'relieved', 'receive'] },
        { text: 'reveiw', offset: 51, endOffset: 57, message: /did you mean “review”\?$/ },
      ],
    },
    { text: 'I will definately look into it alot today.', errors: [{ text: 'definately', message: /did you mean “definitely”\?$/ }, { text: 'alot', expected: ['a lot', 'allot', 'alto'] }] },
    { text: 'Please contact our Suport team.', errors: [{ text: 'Suport', expected: ['Support', 'Sport', 'Seaport'] }], name: 'a capitalised typo mid-sentence' },
    { text: 'Please re-sned the photo.', errors: [{ text: 'sned', offset: 10, endOffset: 14, message: /did you mean “send”\?$/ }], name: 'one part of a hyphenated word' },
    { text: 'THANKS for waitng.', errors: [{ text: 'waitng', expected: ['waiting', 'wait', 'wadding'] }] },
    { text: 'Hi Anna, Thankyou for your patience.', errors: [{ text: 'Thankyou', offset: 9, endOffset: 17, message: /did you mean “Thank you”\?$/ }], name: 'a phrase run together is no name' },
    { text: 'Thankyou for waiting.', errors: [{ text: 'Thankyou', expected: ['Thank you', 'Thank', 'Think'] }] },
    { text: 'Your colour choice is saved.', errors: [{ text: 'colour', message: /did you mean “color”\?$/ }], name: 'British spelling under the US dictionary' },
    {
      text: 'Please check the zorblatt setting.',
      errors: [{ text: 'zorblatt', offset: 17, endOffset: 25, message: '“zorblatt” is not in the dictionary', expected: [], suggestions: [] }],
    },
    { text: 'Your itm has shipped.', errors: [{ text: 'itm', expected: ['it', 'item', 'its'] }], name: 'not a contraction: "it" takes no "m"' },
    {
      text: 'The delivry was late, sorry.',
      context: chat('my delivry was late'),
      errors: [{ text: 'delivry', message: /did you mean “delivery”\?$/ }],
      name: "the customer's own misspelling is still a misspelling",
    },
    { text: 'Plug it back in. Hav a good day.', errors: [{ text: 'Hav', expected: ['Have', 'Had', 'Has'] }], name: 'a sentence start the parser missed' },
    // Sound-alike misspellings more than two edits from the word.
    { text: 'We have a speshal offer on cables.', errors: [{ text: 'speshal', offset: 10, endOffset: 17, expected: ['special', 'spacial', 'spatial'] }], name: 'sh spelled for -cial' },
    // Far in letters, close in sound (vowels kept): f for ph, a vowel for a vowel.
    { text: 'Please attach a fotograf of the label.', errors: [{ text: 'fotograf', expected: ['photograph'] }], name: 'f spelled for ph throughout' },
    { text: 'Our filosofy is simple.', errors: [{ text: 'filosofy', expected: ['philosophy', 'falsify', 'flossy'] }], name: 'f for ph and a vowel sound spelled another way' },
    // Typed in lower case, a typo is likelier a word than a name one slip away ("Jane").
    { text: 'The jaen jacket is back in stock.', errors: [{ text: 'jaen', expected: ['jean', 'Jane', 'join'] }], name: 'a word before a name for a lower-case typo' },
    { text: 'That looks sofistikated.', errors: [{ text: 'sofistikated', expected: ['sophisticated', 'sophisticate'] }], name: 'k spelled for c after ph spelled f' },
    { text: 'Sorry for the inconvenant wait.', errors: [{ text: 'inconvenant', message: /did you mean “inconvenient”\?$/ }], name: 'a vowel sound spelled two ways' },
    { text: 'The nolledge base has a guide.', errors: [{ text: 'nolledge', expected: ['knowledge', 'nudge', 'pledge'] }], name: 'a silent first letter left out' },
    { text: 'This is our ofishal reply.', errors: [{ text: 'ofishal', message: /did you mean “official”\?$/ }] },
    // A prefix from the affix file on a misspelled stem.
    { text: 'Your photos keep dissapearing from the app.', errors: [{ text: 'dissapearing', message: /did you mean “disappearing”\?$/ }], name: 'dis + appearing' },
    { text: 'We are reccomending a reset.', errors: [{ text: 'reccomending', message: /did you mean “recommending”\?$/ }], name: 're + commending' },
    // No slip away from any word: words that start the same, bare or behind a prefix, a syllable left out.
    { text: 'Sadly and unfortately, that size is sold out.', errors: [{ text: 'unfortately', expected: ['unfortunately', 'unfortunate', 'unforgettably'] }], name: 'un + fortunately, a syllable left out' },
    { text: 'The chair was uncomfably small.', errors: [{ text: 'uncomfably', expected: ['uncomfortably', 'uncomfortable', 'uncommonly'] }], name: 'a syllable left out of a long word' },
    { text: 'My colleague susan will call you.', errors: [{ text: 'susan', expected: ['Susan', 'Susana', 'Sudan'] }], name: 'a name typed in lower case' },
    { text: 'See {{order.tracking_url}} Stadard shipping takes 3 days.', errors: [{ text: 'Stadard', message: /did you mean “Standard”\?$/ }], name: 'a capital after a placeholder' },
  ],
})

describe('spelling dictionary input', () => {
  // Copies into plain Uint8Arrays (dictionary-en gives Node Buffers).
  const bytes = { aff: new Uint8Array(dictionaryEn.aff), dic: new Uint8Array(dictionaryEn.dic) }
  const onlySpelling = () => Object.fromEntries([...ruleRegistry.keys()].map((id) => [id, id === 'spelling' ? 'error' : 'off'] as const))

  it('accepts the dictionary as plain Uint8Arrays (what fetch gives a browser)', async () => {
    // A plain Uint8Array, not a Buffer: nspell alone would reject every word.
    expect(Buffer.isBuffer(bytes.aff)).toBe(false)
    const linter = await createLinter({ rules: onlySpelling(), dictionary: bytes })
    expect(linter.lint('The refund is on its way.').messages).toEqual([])
    expect(linter.lint('The refnud is on its way.').messages.map((m) => m.actual)).toEqual(['refnud'])
  })

  it('accepts strings, ArrayBuffers and a loader function', async () => {
    const decoder = new TextDecoder()
    const strings = { aff: decoder.decode(bytes.aff), dic: decoder.decode(bytes.dic) }
    const buffers = { aff: bytes.aff.slice().buffer, dic: bytes.dic.slice().buffer }
    for (const dictionary of [strings, buffers, async () => strings]) {
      const linter = await createLinter({ rules: onlySpelling(), dictionary })
      expect(linter.lint('The refund is on its way.').messages).toEqual([])
    }
  })

  it('needs a dictionary in the core entry and says how to give one', async () => {
    await expect(createLinter({ rules: onlySpelling() })).rejects.toThrow(/rule "spelling" needs a dictionary/)
  })

  it('rejects a dictionary of the wrong type with a clear error', async () => {
    await expect(createLinter({ rules: onlySpelling(), dictionary: { aff: 42, dic: '' } as never })).rejects.toThrow(
      /dictionary\.aff must be a string, Uint8Array or ArrayBuffer, got/,
    )
  })

  it('gives suggestions for every misspelling in a long-lived linter (no lifetime budget)', async () => {
    const linter = await createNodeLinter({ rules: onlySpelling() })
    const typos = ['recieve', 'adress', 'definately', 'occurence', 'proccess', 'tommorow', 'seperate', 'untill', 'wich', 'begining']
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 40; i++) {
        const typo = typos[i % typos.length]!
        const [message] = linter.lint(`Round ${round}: we will ${typo} it.`).messages
        expect(message?.expected?.length, typo).toBeGreaterThan(0)
      }
    }
  })
})

describe('speller parts', () => {
  it('the LRU cache keeps at most its capacity and drops the least recently used', () => {
    const cache = new LruCache<string, number>(2)
    cache.set('a', 1)
    cache.set('b', 2)
    expect(cache.get('a')).toBe(1)
    cache.set('c', 3)
    expect(cache.size).toBe(2)
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBe(1)
    expect(() => new LruCache(0)).toThrow(/capacity/)
  })

  it('weights edits the way people mistype', () => {
    expect(weightedDistance('proccess', 'process')).toBeCloseTo(0.4)
    expect(weightedDistance('recieve', 'receive')).toBeCloseTo(0.6)
    expect(weightedDistance('adress', 'address')).toBeCloseTo(0.4)
    expect(weightedDistance('xat', 'cat')).toBeGreaterThan(weightedDistance('cst', 'cat'))
  })

  it('with a gap cost, charges a run of letters left out less after its first', () => {
    expect(weightedDistance('unfortally', 'unfortunately')).toBeCloseTo(3.7)
    expect(weightedDistance('unfortally', 'unfortunately', Infinity, 0.15)).toBeCloseTo(2.45)
    // One letter left out costs the same either way.
    expect(weightedDistance('adress', 'address', Infinity, 0.15)).toBeCloseTo(0.4)
    expect(weightedDistance('accommodation', 'zebra', 2, 0.15)).toBe(Infinity)
  })

  it('stops early once the distance must pass the limit, and not before', () => {
    expect(weightedDistance('accommodation', 'zebra', 2)).toBe(Infinity)
    expect(weightedDistance('adress', 'address', 2)).toBeCloseTo(0.4)
    expect(weightedDistance('recieve', 'receive', 0.6)).toBeCloseTo(0.6)
    // A swap reaches back two rows: the row between ("fo" against "fr") is past the limit.
    expect(weightedDistance('form', 'from', 0.6)).toBeCloseTo(0.6)
  })

  it('gives sound-alike spellings one phonetic key', () => {
    expect(phoneticKey('missisipi')).toBe(phoneticKey('mississippi'))
    expect(phoneticKey('accomadate')).toBe(phoneticKey('accommodate'))
    expect(phoneticKey('fone')).toBe(phoneticKey('phone'))
    // -tion, -sion, -cial and sh sound alike; so do c before e/i and s.
    expect(phoneticKey('pronounciation')).toBe(phoneticKey('pronunciation'))
    expect(phoneticKey('sertificate')).toBe(phoneticKey('certificate'))
    expect(phoneticKey('speshal')).toBe(phoneticKey('special'))
    // Silent letters: kn-, wr-, -mb, gh.
    expect(phoneticKey('nowledge')).toBe(phoneticKey('knowledge'))
    expect(phoneticKey('rite')).toBe(phoneticKey('write'))
    expect(phoneticKey('thum')).toBe(phoneticKey('thumb'))
    expect(phoneticKey('nite')).toBe(phoneticKey('night'))
    // Soft and hard g; d and t; doubled letters; case.
    expect(phoneticKey('intelijent')).toBe(phoneticKey('intelligent'))
    expect(phoneticKey('Recomend')).toBe(phoneticKey('recommend'))
  })

  it('spells a word as it sounds, vowels kept', () => {
    // Consonants as in the key; a run of vowels as its first; "y" as a vowel is "i"; no silent final e.
    expect(soundSpelling('phonetic')).toBe('fonetik')
    expect(soundSpelling('funetik')).toBe('funetik')
    expect(soundSpelling('hyphen')).toBe('hifen')
    expect(soundSpelling('croak')).toBe(soundSpelling('croke'))
    expect(soundSpelling('bleat')).toBe('plet')
    // Unlike the key, vowels tell apart words of one key.
    expect(phoneticKey('haven')).toBe(phoneticKey('hyphen'))
    expect(soundSpelling('haven')).not.toBe(soundSpelling('hyphen'))
  })

  it('keeps words that sound different apart', () => {
    expect(phoneticKey('acount')).not.toBe(phoneticKey('count'))
    expect(phoneticKey('amateur')).not.toBe(phoneticKey('armature'))
    expect(phoneticKey('thin')).not.toBe(phoneticKey('tin'))
    expect(phoneticKey('ship')).not.toBe(phoneticKey('sip'))
    expect(phoneticKey('ridge')).not.toBe(phoneticKey('rig'))
    expect(phoneticKey('school')).toBe('skl')
    expect(phoneticKey('church')).toBe('xrx')
    expect(phoneticKey('box')).toBe('pks')
    expect(phoneticKey('')).toBe('')
  })

  it('scores shared letter pairs between 0 and 1', () => {
    expect(bigramSimilarity('refund', 'refund')).toBe(1)
    expect(bigramSimilarity('abc', 'xyz')).toBe(0)
    expect(bigramSimilarity('implemtes', 'implements')).toBeGreaterThan(bigramSimilarity('implemtes', 'implants'))
  })
})

describe('spelling: token length cap', () => {
  const onlySpelling = () => Object.fromEntries([...ruleRegistry.keys()].map((id) => [id, id === 'spelling' ? 'error' : 'off'] as const))


  it('skips a token longer than 40 characters without a lookup, and stays fast on a 200,000-character one', async () => {
    const linter = await createNodeLinter({ rules: onlySpelling() })
    const long = 'qwrtzpxk'.repeat(25_000)
    linter.lint('warm up')
    const started = performance.now()
    const messages = linter.lint(`Your ${long} is ready.`).messages
    const elapsed = performance.now() - started
    expect(messages).toEqual([])
    expect(elapsed).toBeLessThan(500)
  })

  it('still flags a misspelt word of ordinary length next to an over-long token', async () => {
    const linter = await createNodeLinter({ rules: onlySpelling() })
    const messages = linter.lint(`Your ${'zq'.repeat(21)} recieved today.`).messages
    expect(messages.map((m) => m.actual)).toEqual(['recieved'])
  })
})

describe('spelling with another dictionary', () => {
  it("never suggests what the dictionary marks NOSUGGEST, in any form (dictionary-en-gb's profanity)", async () => {
    const linter = await createLinter({
      rules: Object.fromEntries([...ruleRegistry.keys()].map((id) => [id, id === 'spelling' ? 'error' : 'off'] as const)),
      dictionary: dictionaryEnGb,
    })
    const [message] = linter.lint('That arsehold of a router.').messages
    expect(message?.actual).toBe('arsehold')
    // The nearest words are NOSUGGEST ("arsehole"): only other words may be offered.
    expect(message?.expected?.filter((word) => /^arse(?!nal)/i.test(word))).toEqual([])
    // Still a word: accepted as written.
    expect(linter.lint('The colour of the arseholes.').messages).toEqual([])
  })
})

describe('spelling as a standalone retext plugin', () => {
  const lint = async (text: string, options: Record<string, unknown>) => {
    const file = await unified().use(retextEnglish).use(spellingPlugin, options).use(retextStringify).process(text)
    return file.messages.map((m) => [m.ruleId, m.actual, m.expected, m.place])
  }

  it('takes the dictionary (strings or bytes) and team words in its options', async () => {
    const text = 'Your zorblatt refnud is on its way.'
    const refnud = ['spelling', 'refnud', ['refund', 'refined'], { start: { line: 1, column: 15, offset: 14 }, end: { line: 1, column: 21, offset: 20 } }]
    expect(await lint(text, { dictionary: dictionaryEn, words: ['zorblatt'] })).toEqual([refnud])
    const decoder = new TextDecoder()
    const strings = { aff: decoder.decode(dictionaryEn.aff), dic: decoder.decode(dictionaryEn.dic) }
    expect(await lint(text, { dictionary: strings, words: ['zorblatt'] })).toEqual([refnud])
    // Without the team word, both unknown words are flagged; the rule's own options still apply.
    expect((await lint(text, { dictionary: strings })).map((m) => m[1])).toEqual(['zorblatt', 'refnud'])
    expect(await lint(text, { dictionary: strings, ignore: ['Zorblatt', 'refnud'] })).toEqual([])
  })

  it('says what is missing when there is no dictionary, or a wrong one', () => {
    const use = (options?: Record<string, unknown>) => () => unified().use(retextEnglish).use(spellingPlugin, options).freeze()
    const needs = /rule "spelling" needs a dictionary when used as a plugin: \.use\(plugin, \{ dictionary: \{ aff, dic \} \}\)/
    expect(use()).toThrow(needs)
    expect(use({ words: ['Zorblatt'] })).toThrow(needs)
    expect(use({ dictionary: async () => dictionaryEn })).toThrow('rule "spelling": option "dictionary" must be the files {aff, dic}, not a loader')
    expect(use({ dictionary: 'en' })).toThrow('rule "spelling": option "dictionary" must be {aff, dic} (strings or bytes), got "en"')
    expect(use({ dictionary: { aff: 42, dic: 'x' } })).toThrow('dictionary.aff must be a string, Uint8Array or ArrayBuffer, got number 42')
  })
})
