/**
 * spelling (practice 6): words the dictionary does not know, with suggestions.
 *
 * A checker that flags placeholders, product names and the customer's own name
 * gets switched off, so this rule leaves alone: masked syntax, tokens with
 * digits (5GB, 10am, 2FA), words in capitals (acronyms; shouting is
 * no-all-caps's), names written with an inner capital (PixelFrame, eBay),
 * chat shorthand (no-chat-shorthand's), contractions missing their apostrophe
 * (grammar's), the support vocabulary, the team's words, and proper nouns the
 * conversation vouches for: a capitalised word the transcript uses mid-sentence
 * or a word of the customer fields. A capitalised word in a name's place
 * (mid-sentence, after a greeting, in a sign-off) is taken for a name unless
 * it is one cheap edit from a common word ("Suport"); anywhere, a capitalised
 * word that no likely slip explains ("Brightwave") is taken for a name.
 *
 * The dictionary is built once per linter; suggestions come from `Speller`
 * (its own search, bounded LRU cache, a work budget per word).
 */
import type { NormalizedContext, NormalizedTurn } from '../../src/context.js'
import { DOCS_BASE, type WordRef, defineRule } from '../../src/rule.js'
import { shorthandTokens } from './shorthand.js'
import type { Candidate, Speller } from './speller.js'

const SHORTHAND = new Set(shorthandTokens)
/** Suggestion lists kept across drafts (a few hundred bytes each). */
const CACHE_SIZE = 2000
/** Suggestion searches (cache misses) per draft; a chat reply has a handful of typos. */
const MAX_SEARCHES_PER_DRAFT = 150
/** Candidates scored beyond single edits, per word (about 1-2 ms of work at most). */
const MAX_SCORED = 800
const MAX_SHOWN = 3
/**
 * A capitalised word in a name's place is a typo, not a name, when a common
 * word is this close (cost: edit plus frequency), or in a weak name slot when
 * any word is one likely slip away (edit alone).
 */
const NAME_NEAR_MISS_COST = 1.2
/** Weight of a frequency band (half as frequent) in that cost, and the band of a word outside the list. */
const NAME_FREQUENCY_WEIGHT = 0.12
const RARE_BAND = 16
/** A doubled or undoubled letter or two swapped letters: "Suport", "Acount", "Sevrice". */
const NAME_SLIP = 0.6
const NAME_NEAR_MISS = 0.9
/** The cost of splitting a word in two clean halves (see Speller). */
const SPLIT_SLIP = 0.8
/** Beyond this edit cost no candidate explains a capitalised word as a typo. */
const NAME_FAR = 2
const CONTRACTION_ENDINGS = ["n't", "'m", "'re", "'ve", "'ll", "'d", "'s"]
/** Which words take which contraction: "theyre", "whats", "im" (but not "itm"). */
const CONTRACTING: Readonly<Record<string, ReadonlySet<string>>> = {
  "'m": new Set(['i']),
  "'re": new Set(['you', 'we', 'they', 'who', 'what']),
  "'ve": new Set(['i', 'you', 'we', 'they', 'who', 'could', 'would', 'should', 'might', 'must']),
  "'ll": new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'who', 'what', 'there']),
  "'d": new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'who', 'what', 'there']),
  "'s": new Set(['he', 'she', 'it', 'that', 'there', 'here', 'what', 'where', 'when', 'how', 'why', 'who', 'let']),
}
/** Words that take "n't": "dont", "cant", "wont" ("wo" + "n't"). */
const AUXILIARIES = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'could', 'would', 'should', 'ca', 'wo', 'must', 'might', 'need', 'ai', 'sha'])
/** Prefixes that make words the dictionary may not list: "unbanned", "pre-authorization". */
const PREFIXES = new Set(['un', 're', 'pre', 'non', 'dis', 'mis', 'over', 'under', 'sub', 'anti', 'multi', 'auto', 'semi', 'inter', 'micro'])
/** Prefixes written as their own hyphenated part: "pre-authorization", "e-ticket", "co-signer". */
const HYPHEN_PREFIXES = new Set([...PREFIXES, 'co', 'de', 'ex', 'e', 'bi', 'tri', 'mid', 'post', 'self', 'mini', 'mega', 'cyber'])
/** How far around a word to look for URL syntax glued to it. */
const SYNTAX_SCAN = 200
/**
 * A draft of at least this many words, fewer than this share of them among the
 * 5,000 most frequent English words, is not English prose (English runs well
 * above half, even with typos).
 */
const FOREIGN_MIN_WORDS = 6
const ENGLISH_SHARE = 0.3
/** Edit cost of one likely slip (doubled letter, swap, neighbouring key, dropped letter). */
const CHEAP_EDIT = 0.9
/** Words that run into a neighbour by mistake ("eachother", "everytime", "thankyou"): no compound with them is accepted. */
const RUN_TOGETHER = new Set(['each', 'every', 'some', 'where', 'there', 'thank', 'thanks', 'with', 'other', 'time', 'more', 'ever', 'thing', 'self', 'fact', 'case', 'well', 'what', 'when', 'that', 'this', 'your', 'they', 'then', 'than', 'them', 'have', 'will', 'would', 'could', 'should', 'also', 'just', 'very', 'much', 'many', 'even', 'only', 'once', 'into', 'onto', 'upon', 'about', 'after', 'before', 'along', 'long', 'here', 'from', 'less'])
/**
 * Longest token (UTF-16 units) looked up or given suggestions. Dictionary work
 * grows with the square of a token's length (every split point, every affix);
 * a longer run is pasted data, not a word an agent typed, so it is skipped.
 */
export const MAX_TOKEN_LENGTH = 40
const LETTER = /\p{L}/u
const DIGIT = /\p{N}/u
/** An inner capital after a lower-case letter: PixelFrame, eBay, iPhone, McAfee. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u

interface State {
  speller: Speller
  ignore: ReadonlySet<string>
  vocabulary: ReadonlySet<string>
}

/** The checker and word lists, once per process: a chunk of their own in browser bundles. */
async function loadData() {
  const data = await import('./data.js')
  return { ...data, vocabulary: new Set(data.supportVocabulary.flatMap((entry) => entry.toLowerCase().split(' '))) }
}

export default defineRule({
  meta: {
    id: 'spelling',
    practice: 6,
    description: 'Disallow misspelled words, with suggestions; names, placeholders and support vocabulary are left alone.',
    category: 'correctness',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    requires: ['dictionary'],
    options: {
      ignore: { type: 'string[]', default: [], description: 'More words to accept (product names, jargon), matched without regard to case.' },
    },
    docs: `${DOCS_BASE}spelling/README.md`,
  },
  load: loadData,
  setup(options, env, { Speller, frequencyBands, supportVocabulary, unsuggested, vocabulary }): State | undefined {
    if (!env.dictionary) return undefined
    const ignore = new Set(options.ignore.map((word) => word.toLowerCase()))
    // In their own case, so a suggestion reads "Android", "iPhone", not "android".
    const extraWords = [...supportVocabulary.flatMap((entry) => entry.split(' ')), ...options.ignore, ...env.words].filter(
      (word) => word && !word.includes(' '),
    )
    const speller = new Speller({
      aff: env.dictionary.aff,
      dic: env.dictionary.dic,
      extraWords,
      frequencyBands,
      unsuggested,
      cacheSize: CACHE_SIZE,
      maxScored: MAX_SCORED,
    })
    return { speller, ignore, vocabulary }
  },
  create(context) {
    const state = context.state
    if (!state) return
    const { speller, ignore, vocabulary } = state
    const { env } = context
    let names: ReadonlySet<string> | undefined
    const namesInContext = () => (names ??= contextNames(context.context))

    const words = context.words()
    const urlish = context.text.includes('://') || context.text.includes('www.')
    // Searches for words not in the cache, per draft: a pasted megabyte of unknown tokens must not
    // cost a millisecond each. Past the cap, words are still flagged, without suggestions.
    let searches = 0
    const candidatesOf = (token: string): readonly Candidate[] | undefined => {
      const known = speller.cached(token)
      if (known) return known
      if (searches >= MAX_SEARCHES_PER_DRAFT) return undefined
      searches++
      return speller.candidates(token)
    }
    const flagged: Array<{ token: string; start: number; candidates: readonly Candidate[] | undefined }> = []
    let checked = 0
    let common = 0
    for (const word of words) {
      if (!LETTER.test(word.value) || DIGIT.test(word.value)) continue
      // Trim what the tokenizer may attach: "it's." at a sentence end, quotes.
      let start = word.start
      let end = word.end
      while (start < end && !LETTER.test(context.text[start]!)) start++
      while (end > start && !LETTER.test(context.text[end - 1]!)) end--
      // Before any other work on the token: a pasted 200 KB run costs only the trim above.
      if (end - start > MAX_TOKEN_LENGTH) continue
      const token = context.text.slice(start, end)
      // Abbreviations and pasted syntax: "e.g", "U.S", "and/or", "a_b".
      if (/[./\\_@&+=]/.test(token) || isInsideSyntax(context.text, start, end, urlish)) continue
      checked++
      if (speller.band(token) !== undefined) common++
      const sentenceStart = isSentenceStart(word, context.text)
      if (isSignoff(context.text, start)) continue
      const nameSlot: NameSlot =
        afterGreeting(word) || inNameSequence(word, context.text) ? 'greeting' : !sentenceStart ? 'strong' : isNameSlot(word, words, context.text) ? 'weak' : 'none'

      // Hyphenated words: each part on its own ("two-factor" is vocabulary; "re-sned" flags "sned").
      if (token.includes('-') && !isKnown(token, sentenceStart)) {
        let offset = 0
        for (const part of token.split('-')) {
          if (part && !(offset === 0 && HYPHEN_PREFIXES.has(part.toLowerCase()))) {
            check(part, start + offset, sentenceStart && offset === 0, offset > 0 && nameSlot === 'none' ? 'strong' : nameSlot)
          }
          offset += part.length + 1
        }
      } else check(token, start, sentenceStart, nameSlot)
    }
    // Few common English words: another language or pasted data, not typos to list one by one.
    if (flagged.length > 0 && checked >= FOREIGN_MIN_WORDS && common < checked * ENGLISH_SHARE) return
    for (const { token, start, candidates } of flagged) report(token, start, candidates)

    /** `nameSlot`: a capital here may mark a name (mid-sentence, a sign-off, a greeting). */
    function check(token: string, start: number, sentenceStart: boolean, nameSlot: NameSlot): void {
      if (token.length < 2 || isKnown(token, sentenceStart)) return
      if (nameSlot === 'greeting' && isCapitalised(token)) return
      const candidates = candidatesOf(token.replace(/\u2019/g, "'"))
      if (nameSlot !== 'none' && isCapitalised(token) && !(candidates && isNearMiss(candidates, nameSlot === 'weak', speller))) return
      // A capitalised word no plausible slip explains is a name even at a sentence start ("Brightwave routers …").
      if (isCapitalised(token) && candidates && !candidates.some((c) => c.distance <= NAME_FAR && (!c.word.includes(' ') || isPhraseSplit(c, speller)))) return
      flagged.push({ token, start, candidates })
    }

    function isKnown(raw: string, sentenceStart: boolean): boolean {
      const token = raw.replace(/\u2019/g, "'")
      const lower = token.toLowerCase()
      if (env.words.has(token) || env.words.has(lower) || ignore.has(lower) || vocabulary.has(lower)) return true
      if (SHORTHAND.has(lower)) return true
      // Drawn-out interjections: "Uhhh", "Ooo", "hmmm".
      if (/(\p{L})\1\1/u.test(lower) && SHORTHAND.has(lower.replace(/(\p{L})\1+/gu, '$1'))) return true
      if (speller.correct(token)) return true
      const base = derivedFrom(lower)
      if (base !== undefined && !hasCheapCorrection(token, base)) return true
      // Capitals are acronyms or shouting (no-all-caps's); inner capitals are names.
      if (token === token.toUpperCase() || INNER_CAPITAL.test(token)) return true
      const apostrophe = token.indexOf("'")
      if (apostrophe >= 0) return isKnownContraction(token, lower, apostrophe, sentenceStart)
      if (isMissingApostrophe(lower)) return true
      if (namesInContext().has(lower) && (isCapitalised(token) || !sentenceStart)) return true
      return false
    }

    function isKnownContraction(token: string, lower: string, apostrophe: number, sentenceStart: boolean): boolean {
      // Irish and French-style names: O'Sullivan, D'Angelo.
      if (apostrophe === 1 && /^[OD]'\p{Lu}/u.test(token)) return true
      // Possessives and contractions of known words: "PixelFrame's", "Zendesk'll", "customers'".
      if (apostrophe === token.length - 1) return isKnown(token.slice(0, -1), sentenceStart)
      for (const ending of CONTRACTION_ENDINGS) {
        if (lower.endsWith(ending) && lower.length > ending.length) return isKnown(token.slice(0, -ending.length), sentenceStart)
      }
      return false
    }

    /**
     * Regular formations the dictionary leaves out: a plural of a known word
     * ("integrations"), a prefix on a known word ("unbanned", "pre" in
     * "pre-authorization"), and closed compounds of two known words
     * ("workspace", "faceplate") other than run-together phrases ("thankyou").
     */
    function derivedFrom(lower: string): string | undefined {
      if (lower.length >= 6 && lower.endsWith('s') && !/(?:s|x|z|ch|sh)s$/.test(lower) && speller.correct(lower.slice(0, -1))) {
        return lower.slice(0, -1)
      }
      for (const prefix of PREFIXES) {
        if (lower.length - prefix.length >= 4 && lower.startsWith(prefix) && speller.correct(lower.slice(prefix.length))) return lower
      }
      if (lower.length >= 8) {
        for (let i = 4; i <= lower.length - 4; i++) {
          const head = lower.slice(0, i)
          const tail = lower.slice(i)
          if (RUN_TOGETHER.has(head) || RUN_TOGETHER.has(tail) || head.at(-1) === tail[0]) continue
          if (speller.band(head) !== undefined && speller.band(tail) !== undefined) return lower
        }
      }
      return undefined
    }

    /** A derivation is trusted only when no single cheap edit makes a word ("helpping" is "helping", not "help" + "ping"). */
    function hasCheapCorrection(token: string, base: string): boolean {
      return (candidatesOf(token) ?? []).some((c) => {
        const word = c.word.toLowerCase().replace(/'/g, '')
        return c.distance <= CHEAP_EDIT && word !== base && word !== token.toLowerCase() && !c.word.includes(' ')
      })
    }

    /** "dont", "theyre": a contraction without its apostrophe; grammar reports (and fixes) those. */
    function isMissingApostrophe(lower: string): boolean {
      for (const ending of CONTRACTION_ENDINGS) {
        const bare = ending.replace("'", '')
        if (lower.length <= bare.length || !lower.endsWith(bare)) continue
        const base = lower.slice(0, lower.length - bare.length)
        if (ending === "n't" ? AUXILIARIES.has(base) : CONTRACTING[ending]?.has(base)) return true
      }
      return false
    }

    function report(token: string, start: number, candidates: readonly Candidate[] = []): void {
      const shown = candidates.slice(0, MAX_SHOWN).map((candidate) => candidate.word)
      const end = start + token.length
      const message = shown.length > 0
        ? `“${token}” looks misspelled; did you mean “${shown[0]}”?`
        : `“${token}” is not in the dictionary`
      context.report({
        start,
        end,
        message,
        actual: token,
        expected: shown,
        suggestions: shown.map((text) => ({ message: `Replace with “${text}”`, fix: { range: [start, end], text } })),
      })
    }
  },
})

/** Characters that open a sign-off when written right before a name: "^Kartika", "-Massiel", "~Bri". */
const SIGNOFF_MARKERS = new Set(['^', '~', '_', '-', '\u2013', '\u2014', '/'])

/**
 * A name signed with a marker: glued to it anywhere ("^Kartika", "-Massiel",
 * "~bri", not "re-send"), or a space apart at the very end ("… issue :) - Dani").
 */
function isSignoff(text: string, start: number): boolean {
  const marker = text[start - 1]
  if (marker !== undefined && SIGNOFF_MARKERS.has(marker) && !/[\p{L}\p{N}]/u.test(text[start - 2] ?? ' ')) return true
  if (marker !== ' ' || !SIGNOFF_MARKERS.has(text[start - 2] ?? '') || text[start - 3] !== ' ') return false
  let end = start
  while (end < text.length && LETTER.test(text[end]!)) end++
  return !LETTER.test(text.slice(end, end + 40))
}

/**
 * Where a capitalised word at a sentence start is most likely a name: a
 * sign-off ("– Jeh", a lone last word: "Thanks! Sahil"), or the first word
 * of the reply followed by a comma ("Nilesh, the warranty is valid").
 */
function isNameSlot(word: WordRef, words: readonly WordRef[], text: string): boolean {
  const isLast = words[words.length - 1] === word && !LETTER.test(text.slice(word.end, word.end + 40))
  const before = text[word.start - 2]
  if (isLast && text[word.start - 1] === ' ' && before !== undefined && SIGNOFF_MARKERS.has(before)) return true
  if (isLast && word.sentence.words.length === 1) return true
  if (words[0] === word && text[word.end] === ',') return true
  return false
}

/**
 * Tokens that are part of syntax the masker could not isolate: a URL glued to
 * a word ("here:https://…"), a file extension (".msi"). The scan is bounded,
 * so a long run without spaces stays linear.
 */
function isInsideSyntax(text: string, start: number, end: number, urlish: boolean): boolean {
  if (text[start - 1] === '.' && (start < 2 || /\s/.test(text[start - 2]!))) return true
  if (!urlish) return false
  if (text.startsWith('://', end) || text.startsWith(':/', end)) return true
  let from = start
  const floor = Math.max(0, start - SYNTAX_SCAN)
  while (from > floor && !/\s/.test(text[from - 1]!)) from--
  let to = end
  const ceiling = Math.min(text.length, end + SYNTAX_SCAN)
  while (to < ceiling && !/\s/.test(text[to]!)) to++
  const chunk = text.slice(from, to)
  return chunk.includes('://') || chunk.includes('www.')
}

/** A common lower-case word one cheap edit away: "Suport" is a typo, "Ximena" is a name. */
function isNearMiss(candidates: readonly Candidate[], weakSlot: boolean, speller: Speller): boolean {
  // A phrase run together ("Thankyou", "Infact") is no name; "Mary ann" is (its halves are names).
  if (candidates.slice(0, 3).some((c) => isPhraseSplit(c, speller))) return true
  return candidates.slice(0, 3).some(
    (c) =>
      (c.distance + NAME_FREQUENCY_WEIGHT * bandOf(c.word, speller) <= NAME_NEAR_MISS_COST ||
        c.distance <= NAME_SLIP ||
        (weakSlot && c.distance <= NAME_NEAR_MISS)) &&
      c.word.slice(1) === c.word.slice(1).toLowerCase() &&
      (!c.word.includes(' ') || !weakSlot),
  )
}

/**
 * A split into a phrase run together: two words with a function word as one
 * half ("Thank you", "in fact"). "Bright wave" may be a brand's compound.
 */
function isPhraseSplit(c: Candidate, speller: Speller): boolean {
  if (!c.word.includes(' ') || c.distance > SPLIT_SLIP) return false
  const parts = c.word.split(' ')
  return parts.every((part) => speller.correct(part.toLowerCase())) && parts.some((part) => part.length <= 3 || RUN_TOGETHER.has(part.toLowerCase()))
}

/** A word's frequency band; for two run-together words ("Thank you"), the rarer one's. */
function bandOf(word: string, speller: Speller): number {
  let band = 0
  for (const part of word.split(' ')) band = Math.max(band, speller.band(part) ?? RARE_BAND)
  return band
}

/**
 * Where a capital may mark a name: after a greeting ("Hi Lipi"), mid-sentence
 * (strong evidence), in a sign-off or a reply's opening vocative (weak), or
 * nowhere (a sentence start).
 */
type NameSlot = 'greeting' | 'strong' | 'weak' | 'none'

const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'morning', 'afternoon', 'evening', 'welcome', 'hiya', 'heya', 'greetings', 'you'])

/** Part of a run of capitalised words mid-sentence: "Charlie Scharf", "Manny Jr", "Zielonka Design". */
function inNameSequence(word: WordRef, text: string): boolean {
  const capital = (w: WordRef | undefined) => w !== undefined && !w.masked && /^\p{Lu}\p{Ll}/u.test(w.value)
  // Only a space between: "Hi Olivia, Cuold you" is no sequence.
  const joined = (a: WordRef, b: WordRef) => /^ +$/.test(text.slice(a.end, b.start))
  const previous = word.sentence.words[word.index - 1]
  const next = word.sentence.words[word.index + 1]
  return (word.index > 0 && capital(next) && joined(word, next!)) || (word.index > 1 && capital(previous) && joined(previous!, word))
}

/** The word right after "Hi", "Hello", "Dear", "Thanks," or "Thank you". */
function afterGreeting(word: WordRef): boolean {
  const previous = word.sentence.words[word.index - 1]
  if (!previous || previous.masked) return false
  const lower = previous.value.toLowerCase()
  if (lower === 'you') return word.sentence.words[word.index - 2]?.value.toLowerCase() === 'thank'
  return GREETINGS.has(lower)
}

function isCapitalised(token: string): boolean {
  const first = token.charAt(0)
  return first !== first.toLowerCase()
}

/**
 * Where a capital says nothing about the word: the first word of a sentence,
 * after a placeholder, URL or other masked token ("{{name}}, Thnk you"), or
 * after a full stop, colon, line break or opening quote the parser did not
 * take for a sentence end ("plug it back in. Hav a great day").
 */
function isSentenceStart(word: WordRef, text: string): boolean {
  if (word.index === 0) return true
  const previous = word.sentence.words[word.index - 1]!
  if (previous.masked) return true
  return /[.!?:;…\n\r"“(\[•*>-]/.test(text.slice(previous.end - 1, word.start))
}

/** Names per transcript turn: a chat tool re-lints the same turns on every key. */
const turnNames = new WeakMap<NormalizedTurn, readonly string[]>()

/**
 * Proper nouns the conversation vouches for, lower-cased: words written with a
 * capital mid-sentence in any turn (a customer's lower-case misspelling never
 * qualifies), and every word of the customer fields (name, company, product).
 */
function contextNames(context: NormalizedContext | undefined): ReadonlySet<string> {
  const names = new Set<string>()
  if (!context) return names
  for (const chat of [...context.previousChats, context.transcript]) {
    for (const turn of chat) {
      let found = turnNames.get(turn)
      if (!found) {
        found = capitalisedMidSentence(turn.text)
        turnNames.set(turn, found)
      }
      for (const name of found) names.add(name)
    }
  }
  for (const value of Object.values(context.customer)) {
    for (const match of value.matchAll(/[\p{L}][\p{L}'’-]{0,60}/gu)) names.add(match[0].toLowerCase())
  }
  return names
}

function capitalisedMidSentence(text: string): string[] {
  const out: string[] = []
  for (const match of text.matchAll(/\p{Lu}[\p{L}'’-]{0,60}/gu)) {
    const at = match.index
    if (at > 0 && LETTER.test(text[at - 1]!)) continue
    // "Nala's cleaning", "Jake's account": the name is the word before the possessive, and a
    // capitalised possessive names someone even opening a sentence.
    const possessive = /['’]s?$/.exec(match[0])
    const word = (possessive ? match[0].slice(0, possessive.index) : match[0]).toLowerCase()
    let before = at - 1
    while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--
    if ((before < 0 || /[.!?\n\r"“:]/.test(text[before]!)) && !possessive) continue
    if (word.length > 0) out.push(word)
  }
  return out
}
