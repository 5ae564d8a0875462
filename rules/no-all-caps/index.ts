/**
 * no-all-caps (practice 6): capitals for emphasis read as shouting in chat.
 *
 * A capitalised word is shouting when it is an everyday word (Dale-Chall's
 * familiar words in everyday-words.ts, SUBTLEX's frequent words of four letters or
 * more that are not names, an emphasis list, or an English-shaped inflection such as
 * IMMEDIATELY, GUARANTEED); acronyms, codes, unknown short tokens, the team's
 * words and masked syntax are not. A run of capitalised words is reported once,
 * and a reply written wholly in capitals is one message.
 */
import { DOCS_BASE, type WordRef, defineRule } from '../../src/rule.js'
import { isInflectionOf } from './inflection.js'
import { addressWords, alwaysEmphasis, labelAfter, labelBefore, shoutedOpeners } from './labels.js'

/** The word lists, bound by `load` before the first draft: a chunk of their own in browser bundles. */
let ACRONYMS: ReadonlySet<string>
let AMBIGUOUS: ReadonlySet<string>
/** Everyday words in their base forms and inflections' stems. */
let everyday: ReadonlySet<string>
const LABEL_BEFORE = new Set(labelBefore)
const LABEL_AFTER = new Set(labelAfter)
const ALWAYS_EMPHASIS = new Set(alwaysEmphasis)
const SHOUTED_OPENERS = new Set(shoutedOpeners)
const LABEL_PREPOSITIONS = new Set(['on', 'to', 'into', 'onto', 'from', 'under'])
/** Single shouted words that are never the first word of a name or a template field. */
const NOT_NAMES = new Set([...alwaysEmphasis, 'sorry', 'thanks', 'thank', 'hello', 'hi', 'welcome', 'congratulations'])
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'morning', 'afternoon', 'evening', 'welcome', 'bye'])
const ADDRESS = new Set(addressWords)
/** Menu paths and key combinations: "SETTINGS > PRIVACY", "CTRL+ALT+DEL". */
const PATH_MARKS = new Set(['>', '\u203A', '\u00BB', '\u2192', '+', '|'])
const QUOTES = new Set(["'", '"', '\u2018', '\u2019', '\u201C', '\u201D', '`'])
/** Roman numerals up to 39 (Part II, Henry VIII, World War II); longer ones collide with words (MIX, LIV). */
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/
/** English derivational endings: a long capitalised word with one is a word, not a name. */
const ENGLISH_ENDING = /(?:ly|ing|tion|sion|ment|ness|able|ible|ful|less|ed|ies|ous|ive)$/
/** Share of a reply's words in capitals above which the whole reply is one message. */
const WHOLE_REPLY_SHARE = 0.7
const WHOLE_REPLY_MIN_WORDS = 3
/** Words that keep a capital when a shouted passage is lower-cased. */
const PROPER = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
])

type Kind = 'shout' | 'ambiguous' | 'acronym' | 'unknown'

export default defineRule({
  meta: {
    id: 'no-all-caps',
    practice: 6,
    description: 'Disallow words and passages in capitals used for emphasis: in chat they read as shouting.',
    category: 'tone',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    requires: [],
    options: {
      allow: { type: 'string[]', default: [], description: 'More words that may be written in capitals (acronyms, product names).' },
    },
    docs: `${DOCS_BASE}no-all-caps/README.md`,
  },
  async load() {
    const [{ acronyms, ambiguousAcronyms, emphasisWords, everydayWords, frequentNames }, { frequencyBands }] = await Promise.all([
      import('./data.js'),
      // Shared with the spelling rule (one chunk in browsers): SUBTLEX's frequent words, so ADULT and SOLO shout too.
      import('../spelling/frequency.js'),
    ])
    const names = new Set(frequentNames)
    const frequent = frequencyBands.flatMap((band) => band.split(' ')).filter((word) => word.length >= 4 && !names.has(word))
    everyday = new Set([...everydayWords.flatMap((line) => line.split(' ')), ...emphasisWords, ...frequent])
    ACRONYMS = new Set(acronyms)
    AMBIGUOUS = new Set(ambiguousAcronyms)
  },
  setup(options) {
    return { allow: new Set(options.allow.map((word) => word.toUpperCase())) }
  },
  create(context) {
    const { env, state } = context
    const words = context.words()
    /** Per draft: each sentence's first unmasked word (a long masked prefix is scanned once, not per word). */
    const firstWords = new Map<WordRef['sentence'], WordRef | undefined>()
    const isSentenceStart = (word: WordRef): boolean => {
      if (!firstWords.has(word.sentence)) firstWords.set(word.sentence, word.sentence.words.find((w) => !w.masked))
      return firstWords.get(word.sentence) === word
    }
    const classify = (word: WordRef): Kind | undefined => {
      if (!isCapitalised(word.value)) return undefined
      const upper = word.value.toUpperCase()
      if (state.allow.has(upper) || env.words.has(word.value) || env.words.has(word.value.toLowerCase())) return 'acronym'
      return kindOf(upper)
    }

    // Runs of capitalised words, broken by any word with a lower-case letter.
    const runs: Array<Array<{ word: WordRef; kind: Kind }>> = []
    let run: Array<{ word: WordRef; kind: Kind }> = []
    let lettered = 0
    let capitalised = 0
    for (const word of words) {
      if (!/\p{L}/u.test(word.value)) continue
      const kind = classify(word)
      if (word.value !== 'I' && word.value !== 'A' && word.value !== 'a') {
        lettered++
        if (kind) capitalised++
      }
      if (kind) run.push({ word, kind })
      else if (run.length > 0) {
        runs.push(run)
        run = []
      }
    }
    if (run.length > 0) runs.push(run)

    if (lettered >= WHOLE_REPLY_MIN_WORDS && capitalised / lettered >= WHOLE_REPLY_SHARE) {
      const all = runs.flat()
      // Two everyday words at least: "CTRL+ALT+DEL" or a list of codes is not a shouted reply.
      const shouted = all.filter((entry) => entry.kind === 'shout')
      if (shouted.length >= 2) {
        reportSpan(all.map((entry) => entry.word), 'The whole reply is in capitals, which reads as shouting in chat', trimmedEnd())
        return
      }
    }

    for (const entries of runs) {
      const hasShout = entries.some((entry) => entry.kind === 'shout')
      if (!hasShout) continue
      // Trim acronyms and unknown tokens at the edges: "ETA NOW" shouts "NOW".
      let first = 0
      let last = entries.length - 1
      const counts = (entry: { kind: Kind }) => entry.kind === 'shout' || entry.kind === 'ambiguous'
      while (first < last && !counts(entries[first]!)) first++
      while (last > first && !counts(entries[last]!)) last--
      const span = entries.slice(first, last + 1).map((entry) => entry.word)
      if (isLabel(span, entries.map((entry) => entry.word))) continue
      const quoted = context.text.slice(span[0]!.start, span[span.length - 1]!.end)
      reportSpan(span, `“${quoted}” is in capitals, which reads as shouting in chat`, trailingNumberEnd(span[span.length - 1]!.end))
    }

    /** `span`: the capitalised words, first to last; `end`: where the message ends (at or after the last word). */
    function reportSpan(span: readonly WordRef[], message: string, end: number): void {
      const from = span[0]!
      const to = span[span.length - 1]!
      const actual = context.text.slice(from.start, end)
      const expected = toSentenceCase(span) + context.text.slice(to.end, end)
      context.report({
        start: from.start,
        end,
        message,
        actual,
        expected: [expected],
        suggestions: [{ message: `Write “${truncate(expected)}”`, fix: { range: [from.start, end], text: expected } }],
      })
    }

    /** A word or passage the agent is naming, not stressing: a button, menu path, status, heading or address. */
    function isLabel(span: readonly WordRef[], run: readonly WordRef[]): boolean {
      const text = context.text
      const first = span[0]!
      const last = span[span.length - 1]!
      // "click NOW", "PLEASE READ": emphasis even where a label cue stands; "the ACCEPT ALL button" is a label.
      if (span.length === 1 ? ALWAYS_EMPHASIS.has(first.value.toLowerCase()) : SHOUTED_OPENERS.has(first.value.toLowerCase())) return false
      if (isHeading(run[0]!.start, run[run.length - 1]!.end)) return true
      const before = neighbour(first, -1)
      const after = neighbour(last, 1)
      if (PATH_MARKS.has(charNear(first.start, -1)) || PATH_MARKS.has(charNear(last.end, 1))) return true
      for (let i = first.start; i < last.end; i++) if (PATH_MARKS.has(text[i]!)) return true
      if (QUOTES.has(text[first.start - 1] ?? '') && QUOTES.has(text[last.end] ?? '')) return true
      if (before && LABEL_BEFORE.has(before.value.toLowerCase())) return true
      // "click on SIGN IN", "go to SETTINGS": a preposition between the verb and the label.
      if (before && LABEL_PREPOSITIONS.has(before.value.toLowerCase())) {
        const verb = neighbour(before, -1)
        if (verb && LABEL_BEFORE.has(verb.value.toLowerCase())) return true
      }
      // "Hi MARK," "Thanks, GRACE!": a name after a greeting, or one the chat tool knows.
      if (span.length === 1 && isName(first, before)) return true
      if (span.length === 1 && !NOT_NAMES.has(first.value.toLowerCase())) {
        // "(NAME)", "<DATE>": a template field in brackets.
        const open = text[first.start - 1]
        const close = text[first.end]
        if ((open === '(' && close === ')') || (open === '<' && close === '>')) return true
        // "the MET Police", "VIRGIN Media": the first word of a brand, before a capitalised word.
        if (after && !isSentenceStart(first) && isTitleCase(after.value)) return true
      }
      if (after && LABEL_AFTER.has(after.value.toLowerCase())) return true
      if (span.some((word) => ADDRESS.has(word.value.toLowerCase()))) {
        if (before && (/\d/.test(before.value) || before.value.toUpperCase().replace(/\./g, '') === 'PO')) return true
        if (after && /\d/.test(after.value)) return true
      }
      // "ORDER #12345", "TICKET #88": a record named by its number.
      if (span.length === 1 && text[last.end] === ' ' && text[last.end + 1] === '#') return true
      // "ERROR: 404", "STATUS: on hold": a field name opening its line ("IMPORTANT:", "WARNING:" still shout).
      if (span.length === 1 && text[last.end] === ':' && opensLine(first.start) && !SHOUTED_OPENERS.has(first.value.toLowerCase())) return true
      // "STEP 1:", "OPTION 2)": a numbered label.
      const numbered = /^ \d{1,3}[:.)]/.exec(text.slice(last.end, last.end + 6))
      if (span.length === 1 && numbered) return true
      return false
    }

    function isName(word: WordRef, before: WordRef | undefined): boolean {
      const next = charNear(word.end, 1)
      if (before && GREETINGS.has(before.value.toLowerCase()) && (next === ',' || next === '!' || next === '' || next === '.')) {
        return true
      }
      const customer = context.context?.customer
      if (!customer) return false
      const lower = word.value.toLowerCase()
      for (const value of Object.values(customer)) {
        if (value.length <= 200 && value.toLowerCase().split(/[\s,.'-]+/).includes(lower)) return true
      }
      return false
    }

    /** The run is a line of its own, with more text on the lines below: "ORDER SUMMARY". */
    function isHeading(start: number, end: number): boolean {
      const text = context.text
      if (!opensLine(start)) return false
      let j = end
      while (j < text.length && ' \t:*_'.includes(text[j]!)) j++
      if (text[j] !== '\n' && text[j] !== '\r') return false
      return /\S/.test(text.slice(j, j + 200))
    }

    /** Only spaces or Markdown marks stand between the line's start and `start`. */
    function opensLine(start: number): boolean {
      let i = start - 1
      while (i >= 0 && ' \t#*_-'.includes(context.text[i]!)) i--
      return i < 0 || context.text[i] === '\n' || context.text[i] === '\r'
    }

    /** The word beside `word` in its sentence (masked ones too), when only spaces (or, before it, a colon) separate them. */
    function neighbour(word: WordRef, step: -1 | 1): WordRef | undefined {
      const other = word.sentence.words[word.index + step]
      if (!other) return undefined
      const [from, to] = step < 0 ? [other.end, word.start] : [word.end, other.start]
      if (to - from < 1 || to - from > 3) return undefined
      const gap = context.text.slice(from, to).trim()
      return gap === '' || (step < 0 && gap === ':') ? other : undefined
    }

    /** The first non-space character before (-1) or after (1) an offset. */
    function charNear(offset: number, step: -1 | 1): string {
      const text = context.text
      let i = step < 0 ? offset - 1 : offset
      for (let n = 0; n < 3 && i >= 0 && i < text.length && text[i] === ' '; n++) i += step
      return text[i] ?? ''
    }

    /** "BY MARCH 14": a number right after the passage belongs to it. */
    function trailingNumberEnd(end: number): number {
      const text = context.text
      if (text[end] !== ' ') return end
      let i = end + 1
      while (i < text.length && i - end <= 5 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++
      if (i === end + 1 || i - end > 5) return end
      return /[\p{L}\p{N}]/u.test(text[i] ?? '') ? end : i
    }

    /** The draft's end without trailing spaces: a whole-reply message covers its final punctuation. */
    function trimmedEnd(): number {
      const text = context.text
      let end = text.length
      while (end > 0 && /\s/.test(text[end - 1]!)) end--
      return end
    }

    function toSentenceCase(span: readonly WordRef[]): string {
      const parts: string[] = []
      let cursor = span[0]!.start
      for (const word of span) {
        parts.push(context.text.slice(cursor, word.start), recase(word))
        cursor = word.end
      }
      return parts.join('')
    }

    function recase(word: WordRef): string {
      const kind = classify(word)
      if (!kind || word.value === 'I') return word.value
      if (kind === 'acronym') return word.value
      const lower = word.value.toLowerCase()
      const startsSentence = isSentenceStart(word)
      // Unknown capitalised words are most often names: "JAMES" becomes "James".
      if (startsSentence || kind === 'unknown' || PROPER.has(lower)) return lower.charAt(0).toUpperCase() + lower.slice(1)
      return lower
    }
  },
})

/** "Police", "Media": a capital, then lower-case letters only. */
function isTitleCase(value: string): boolean {
  if (value.length < 2) return false
  const head = value[0]!
  const rest = value.slice(1)
  return head !== head.toLowerCase() && rest === rest.toLowerCase() && rest !== rest.toUpperCase()
}

/** A word with at least two letters, none of them lower case. */
function isCapitalised(value: string): boolean {
  let letters = 0
  for (const char of value) {
    const lower = char.toLowerCase()
    const upper = char.toUpperCase()
    if (lower === upper) continue
    if (char === lower) return false
    letters++
  }
  return letters >= 2
}

function kindOf(upper: string): Kind {
  // "DON'T", "I'M": contractions are words; "ID'S" is an acronym's plural.
  const apostrophe = upper.search(/['\u2019]/)
  if (apostrophe > 0) {
    const base = upper.slice(0, apostrophe)
    return ACRONYMS.has(base) ? 'acronym' : 'shout'
  }
  if (upper.includes('-')) {
    // "FOLLOW-UP" shouts; "TP-LINK", "USB-C" are names: every part must be a word.
    const kinds = upper.split('-').filter(Boolean).map(kindOf)
    return kinds.includes('shout') && kinds.every((kind) => kind === 'shout' || kind === 'ambiguous') ? 'shout' : 'acronym'
  }
  if (AMBIGUOUS.has(upper)) return 'ambiguous'
  if (ACRONYMS.has(upper) || (upper.endsWith('S') && ACRONYMS.has(upper.slice(0, -1)))) return 'acronym'
  if (/\d/.test(upper) || ROMAN.test(upper)) return 'acronym'
  const lower = upper.toLowerCase()
  if (isEverydayWord(lower)) return 'shout'
  if (lower.length >= 7 && ENGLISH_ENDING.test(lower)) return 'shout'
  return 'unknown'
}

function isEverydayWord(lower: string): boolean {
  return lower.length >= 2 && (everyday.has(lower) || isInflectionOf(lower, everyday))
}

function truncate(text: string): string {
  return text.length > 60 ? text.slice(0, 57) + '…' : text
}
