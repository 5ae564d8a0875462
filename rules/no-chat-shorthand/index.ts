/**
 * no-chat-shorthand (practice 6): instant-messaging shorthand (thx, u, brb, lol)
 * that not every customer knows.
 *
 * One Map lookup per word against a curated list; entries that have other
 * readings (a letter used as a letter, an acronym in capitals, a name, "sec"
 * outside "1 sec") are checked against the words around them before they are
 * reported. Unambiguous entries are autofixed; the others get suggestions.
 */
import { DOCS_BASE, type WordRef, defineRule } from '../../src/rule.js'
import { letterAfter, letterBefore, quantityBefore, youreBefore } from './cues.js'
import type { Shorthand } from './shorthand.js'

const LETTER_BEFORE = new Set(letterBefore)
const LETTER_AFTER = new Set(letterAfter)
const QUANTITY_BEFORE = new Set(quantityBefore)
const YOURE_BEFORE = new Set(youreBefore)
/** Next to one of these, a single letter is part of a code, label or list: "U-turn", "R&D", "(k)", "'u'". */
const LETTER_MARKS = new Set(['-', '\u2010', '\u2011', '\u2013', '\u2014', '&', '/', '\\', "'", '"', '\u2018', '\u2019',
  '\u201C', '\u201D', '(', ')', '[', ']', '{', '}', '<', '>', ':', '=', '+', '*', '_', '#', '@', '|', '~', '^', '%', '$'])
/** Single letters that are words or shorthand themselves; any other letter beside one marks a list of letters. */
const WORD_LETTERS = new Set(['a', 'i', 'u', 'r', 'k', 'c', 'n', 'y'])
/** Right before or after a shorthand token, these make it part of code or a compound. */
const CODE_BEFORE = new Set(['.', '/', '\\', '_', '@', '#', '-', '\u2010', '\u2011', '&', '$', '%', '='])
const CODE_AFTER = new Set(['/', '\\', '_', '@', '-', '\u2010', '\u2011', '&', '=', '(', '['])
/** After "2day", a noun it modifies: "2day shipping" is two-day shipping. */
const MODIFIED_NOUNS = new Set(['shipping', 'delivery', 'trial', 'pass', 'passes', 'window', 'turnaround', 'express',
  'service', 'hold', 'period', 'rental', 'course', 'event', 'ticket', 'tickets', 'stay', 'notice', 'lead', 'grace'])
/** After a capitalised name-like token, words that show it is a name: "Ty will call you", "Kay from billing". */
const NAME_FOLLOWERS = new Set(['will', 'was', 'has', 'had', 'can', 'could', 'would', 'should', 'may',
  'might', 'from', 'and', 'or', 'said', 'says', 'asked', 'called', 'wrote', 'sent', 'works', 'at', 'in', 'on', 'who',
  'of', 'is', 'did', 'does', 'knows', 'handles', 'leads', 'manages', 'replied', 'mentioned', 'here'])
const LIST_JOINERS = new Set(['and', 'or', 'to', 'through'])
/** After a sentence-initial "U", what follows "you": "U can try…" (not "U is for…"). */
const YOU_VERBS = new Set(['can', 'will', 'should', 'could', 'would', 'might', 'may', 'must', 'need', 'have', 'had',
  'are', 'r', 'were', 'do', 'did', "don't", 'dont', "can't", 'cant', "won't", "you'll", 'just', 'also', 'still', 'want', 'got',
  'get', 'know', 'said', 'mentioned', 'told', 'wrote', 'asked', 'tried', 'try', 'too', 'guys', 'all'])
/** Mid-sentence, a capital "U" after one of these is "you": "thank U", "see U soon". */
const U_AFTER = new Set(['thank', 'thanks', 'see', 'love', 'miss', 'tell', 'told', 'let', 'ask', 'asked', 'help',
  'helping', 'assist', 'call', 'email', 'text', 'message', 'remind', 'update', 'send', 'sent', 'give', 'gave', 'got',
  'r', 'are', 'can', 'will', 'did', 'do', 'have', 'would', 'could', 'should'])
/** Mid-sentence, a capital "R" after one of these is "are": "we R on it", "U R welcome". */
const ARE_AFTER = new Set(['u', 'you', 'we', 'they', 'these', 'those', 'there', 'who', 'what', 'how', 'where'])
/** After a sentence-initial "R" ("are"), a subject: "R you…", "R u…". */
const ARE_SUBJECTS = new Set(['u', 'you', 'ya', 'we', 'they', 'there', 'these', 'those', 'your', 'ur', 'all', 'any'])
/** After a sentence-initial "K", these start the agent's next clause: "K I'll do that". */
const CLAUSE_START = new Set(['i', "i'll", "i've", "i'm", 'we', "we'll", "we've", 'let', "let's", 'thanks', 'thank',
  'so', 'got', 'will', 'sounds', 'no', 'just', 'then', 'bye', 'see', 'great', 'cool', 'sure'])

export default defineRule({
  meta: {
    id: 'no-chat-shorthand',
    practice: 6,
    description: 'Disallow instant-messaging shorthand (thx, u, brb, lol): not every customer knows it.',
    category: 'tone',
    severity: 'warn',
    fixable: true,
    hasSuggestions: true,
    requires: [],
    options: {
      allow: { type: 'string[]', default: [], description: 'Shorthand your team accepts (for example "np").' },
    },
    docs: `${DOCS_BASE}no-chat-shorthand/README.md`,
  },
  // The shorthand table: a chunk of its own in browser bundles.
  load: () => import('./shorthand.js'),
  setup(options, env, { shorthands }) {
    const allowed = new Set(options.allow.map((word) => word.trim().toLowerCase()))
    const entries = new Map<string, Shorthand>()
    for (const entry of shorthands) {
      if (!allowed.has(entry.token) && !env.words.has(entry.token)) entries.set(entry.token, entry)
    }
    /** Longest entry plus a trailing dot the parser may attach ("sec."): longer words skip the lookup. */
    const maxLength = Math.max(...shorthands.map((s) => s.token.length)) + 1
    return { entries, maxLength }
  },
  create(context) {
    const { text, state } = context
    /** Per draft: each sentence's first unmasked word, so a sentence start is one lookup, not a scan. */
    const firstWords = new Map<WordRef['sentence'], WordRef | undefined>()
    /** No unmasked word before it in its sentence ("@user Ty for…" starts at "Ty"). */
    const startsSentence = (word: WordRef): boolean => {
      if (!firstWords.has(word.sentence)) firstWords.set(word.sentence, word.sentence.words.find((w) => !w.masked))
      return firstWords.get(word.sentence) === word
    }
    for (const word of context.words()) {
      if (word.value.length > state.maxLength) continue
      let key = word.value.toLowerCase()
      let end = word.end
      // The parser keeps a final dot on some words ("sec."): the dot is the sentence's.
      if (key.length > 1 && key.endsWith('.')) {
        key = key.slice(0, -1)
        end--
      }
      let entry = state.entries.get(key)
      if (!entry) continue
      let joined = false
      if (key === 'w/') {
        // "w/o" comes as "w/" + "o"; "w/e", "w/c" (weekend? week commencing?) are left alone; "w/the" needs a space.
        const run = letterRun(text, end)
        if (run === 'o') {
          entry = state.entries.get('w/o')
          end++
        } else if (run.length === 1) continue
        else joined = run.length > 0
        if (!entry) continue
      }
      const raw = text.slice(word.start, end)
      if (!isShorthand(entry, word, raw, end)) continue
      report(entry, word.start, end, raw, joined, word)
    }

    function isShorthand(entry: Shorthand, word: WordRef, raw: string, end: number): boolean {
      // Part of code, a file name or a compound: "np.array", "file.msg", "lol_count", "#lol".
      if (CODE_BEFORE.has(text[word.start - 1] ?? '') || CODE_AFTER.has(text[end] ?? '')) return false
      if (text[end] === '.' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) return false
      // "LoL" (the game), "iMO": mixed case is a name, not shorthand.
      if (raw.length > 1 && isMixedCase(raw)) return false
      const guards = entry.guards
      if (!guards) return true
      if (guards.includes('modifier')) {
        const next = wordAfter(word, end)?.value.toLowerCase()
        if (next !== undefined && MODIFIED_NOUNS.has(next)) return false
      }
      const upper = raw !== raw.toLowerCase() && raw === raw.toUpperCase()
      const initial = startsSentence(word)
      const before = wordBefore(word)
      const after = wordAfter(word, end)
      if (guards.includes('number') && before && isNumber(before.value)) return false
      if (guards.includes('letter')) return isLetterShorthand(raw, upper, initial, word, end, before, after)
      if (guards.includes('quantity')) {
        // "1 sec", "a few secs", or "Sec, checking." on its own.
        const counted = before !== undefined && (isNumber(before.value) || QUANTITY_BEFORE.has(before.value.toLowerCase()))
        if (!counted && !(initial && !upper && standsAlone(end) && nextChar(end) !== '.')) return false
      }
      if (upper && raw.length >= 2 && guards.includes('acronym')) return initial && standsAlone(end)
      const titled = !upper && raw !== raw.toLowerCase()
      if (titled && guards.includes('name')) {
        // "Ty for waiting" is thanks; "Ty, your order…", "Ty will call you" address or name someone.
        if (!initial || nextChar(end) === ',') return false
        return !(after && NAME_FOLLOWERS.has(after.value.toLowerCase()))
      }
      return true
    }

    /** u, r, k: shorthand unless the letter is used as a letter. */
    function isLetterShorthand(
      raw: string,
      upper: boolean,
      initial: boolean,
      word: WordRef,
      end: number,
      before: WordRef | undefined,
      after: WordRef | undefined,
    ): boolean {
      if (LETTER_MARKS.has(text[word.start - 1] ?? '') || LETTER_MARKS.has(text[end] ?? '')) return false
      // Key combinations and formulas with spaces: "Ctrl + r", "r = 5".
      if ('+='.includes(charBefore(word.start) || ' ') || '+='.includes(nextChar(end) || ' ')) return false
      if (isDotted(word.start, end)) return false
      if (before && LETTER_BEFORE.has(before.value.toLowerCase())) return false
      if (after && LETTER_AFTER.has(after.value.toLowerCase())) return false
      if (isLetterInList(word)) return false
      const letter = raw.toLowerCase()
      if (upper) {
        // "size U", "press K", "Plan R": a capital letter mid-sentence is a letter,
        // unless the words around it read as "you"/"are": "thank U", "we R on it".
        if (!initial) {
          const previous = before?.value.toLowerCase()
          if (previous === undefined) return false
          if (letter === 'u') return U_AFTER.has(previous)
          if (letter === 'r') return ARE_AFTER.has(previous)
          return false
        }
        if (letter === 'k') return standsAlone(end) || (after !== undefined && CLAUSE_START.has(after.value.toLowerCase()))
        // "U can…", "R u…"; not "U is for universal", "R is a language".
        const next = after?.value.toLowerCase()
        return next !== undefined && (letter === 'u' ? YOU_VERBS : ARE_SUBJECTS).has(next)
      }
      return true
    }

    function report(entry: Shorthand, start: number, end: number, raw: string, joined: boolean, word: WordRef): void {
      if (entry.expansions.length === 0) {
        const removal = removalOf(start, end, word)
        context.report({
          start,
          end,
          message: `“${raw}” is chat shorthand for “${entry.meaning}”; leave it out of a support reply`,
          actual: raw,
          expected: [],
          suggestions: [{ message: `Remove “${raw}”`, fix: removal }],
        })
        return
      }
      const expansions = entry.token === 'ur' ? urReadings(word, end) : entry.token === 'sec' ? secReadings(word) : entry.expansions
      const spacer = joined ? ' ' : ''
      // "thank U" mid-sentence becomes "thank you"; "Ur refund" becomes "Your refund".
      const capital = raw[0] !== raw[0]!.toLowerCase() && (raw.length > 1 || startsSentence(word))
      const message = `“${raw}” is chat shorthand; write ${expansions.map((e) => `“${e}”`).join(' or ')}`
      if (entry.fix) {
        context.report({ start, end, message, actual: raw, expected: [...expansions], fix: { range: [start, end], text: expansions[0]! + spacer } })
        return
      }
      context.report({
        start,
        end,
        message,
        actual: raw,
        expected: [...expansions],
        suggestions: expansions.map((expansion) => ({
          message: `Write “${expansion}”`,
          fix: { range: [start, end] as [number, number], text: (capital ? capitalise(expansion) : expansion) + spacer },
        })),
      })
    }

    /** "ur welcome" is "you're", "ur order" is "your": the likelier reading first. */
    function urReadings(word: WordRef, end: number): readonly string[] {
      const after = wordAfter(word, end)
      const next = after?.value.toLowerCase()
      const youre = next !== undefined && (YOURE_BEFORE.has(next) || (next.length > 4 && next.endsWith('ing')))
      return youre ? ["you're", 'your'] : ['your', "you're"]
    }

    /** "1 sec" is "1 second", "5 sec" is "5 seconds". */
    function secReadings(word: WordRef): readonly string[] {
      const before = wordBefore(word)?.value
      return before && isNumber(before) && Number.parseFloat(before.replace(/^[$€£]/, '')) !== 1 ? ['seconds'] : ['second']
    }

    /** The range (and text) that removes a reaction with the space around it. */
    function removalOf(start: number, end: number, word: WordRef): { range: [number, number]; text: string } {
      let from = start
      let to = end
      if (text[to] === ',') to++
      if (startsSentence(word)) {
        while (to < text.length && '.!?'.includes(text[to]!)) to++
        while (to < text.length && isBlank(text[to]!)) to++
        // Lift the next word's first letter: "lol the cat…" becomes "The cat…".
        const head = text[to]
        if (head && head !== head.toUpperCase()) return { range: [from, to + 1], text: head.toUpperCase() }
        return { range: [from, to], text: '' }
      }
      while (from > 0 && isBlank(text[from - 1]!)) from--
      return { range: [from, to], text: '' }
    }

    function charBefore(start: number): string {
      let index = start - 1
      while (index >= 0 && isBlank(text[index]!)) index--
      return text[index] ?? ''
    }

    function nextChar(end: number): string {
      let index = end
      while (index < text.length && isBlank(text[index]!)) index++
      return text[index] ?? ''
    }

    /** Nothing but punctuation (or the end) follows: "NP!", "K, …", "TY - Chris". */
    function standsAlone(end: number): boolean {
      const next = nextChar(end)
      return next === '' || ',.!;-\u2013\u2014\n'.includes(next) || next === '\u2026'
    }

    /** Part of a dotted abbreviation: "U.S.", "a.k.a.". */
    function isDotted(start: number, end: number): boolean {
      return (text[end] === '.' && isLetter(text[end + 1])) || (text[start - 1] === '.' && isLetter(text[start - 2]))
    }

    /**
     * "options a, b or r", "x, y or u": single letters listed around it (across commas, "and", "or"),
     * one of them a letter that is no word ("b"), or three with a comma between.
     */
    function isLetterInList(word: WordRef): boolean {
      let letters = 1
      let comma = false
      for (const step of [-1, 1] as const) {
        let current = word
        for (let n = 0; n < 3; n++) {
          const words = current.sentence.words
          let next = words[current.index + step]
          if (next && LIST_JOINERS.has(next.value.toLowerCase())) next = words[next.index + step]
          if (!next || next.value.length !== 1 || !isLetter(next.value)) break
          const between = step < 0 ? text.slice(next.end, current.start) : text.slice(current.end, next.start)
          if (between.length > 8) break
          if (between.includes(',')) comma = true
          if (!WORD_LETTERS.has(next.value.toLowerCase())) return true
          letters++
          current = next
        }
      }
      return letters >= 3 && comma
    }

    /** The word just before, when only spaces separate them. */
    function wordBefore(word: WordRef): WordRef | undefined {
      const previous = word.sentence.words[word.index - 1]
      return previous && isGap(previous.end, word.start) ? previous : undefined
    }

    /** The word just after, when only spaces separate them. */
    function wordAfter(word: WordRef, end: number): WordRef | undefined {
      const next = word.sentence.words[word.index + 1]
      return next && isGap(end, next.start) ? next : undefined
    }

    function isGap(from: number, to: number): boolean {
      if (to <= from || to - from > 4) return false
      for (let i = from; i < to; i++) if (!isBlank(text[i]!)) return false
      return true
    }
  },
})


/** Neither all lower case, all capitals, nor capitalised: "LoL", "iMO". */
function isMixedCase(raw: string): boolean {
  const rest = raw.slice(1)
  return rest !== rest.toLowerCase() && rest !== rest.toUpperCase()
}

function letterRun(text: string, from: number): string {
  let to = from
  while (to < text.length && to - from < 20 && isLetter(text[to])) to++
  return text.slice(from, to).toLowerCase()
}

function isNumber(value: string): boolean {
  return /^[$€£]?\d[\d.,]*$/.test(value)
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && char.toLowerCase() !== char.toUpperCase()
}

function isBlank(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\u00A0'
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
