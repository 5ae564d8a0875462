/**
 * Phrase-cue lexicons: typed lists of regex phrases with a sureness level each
 * (as retext-profanities grades words: 0 maybe, 1 likely, 2 sure), compiled once
 * per linter and matched per draft without scanning the text once per cue.
 *
 * Each cue is indexed by the first two letters of the words it can start with;
 * per draft, only the cues indexed under a word's first letters are tried, as a
 * sticky regex at that word. A draft therefore costs one map lookup per word,
 * whatever the size of the lexicon.
 */
import type { WordRef } from './draft.js'
import type { LintFix } from './types.js'

export type Sureness = 0 | 1 | 2

export interface Cue {
  /**
   * Regex source, matched case-insensitively from the start of a word and ending
   * on a word boundary. It must open with a literal word or a group of literal
   * alternatives (`(?:oh|well),? …`) so it can be indexed; it must use
   * non-capturing groups and bounded quantifiers only.
   */
  readonly pattern: string
  readonly sureness: Sureness
}

export interface CueMatch<C extends Cue> {
  cue: C
  start: number
  end: number
  word: WordRef
}

interface Compiled<C extends Cue> {
  cue: C
  regex: RegExp
}

export interface CueIndex<C extends Cue> {
  /**
   * Every cue match starting at a word of `words`, left to right, overlaps removed
   * (first, then longest, wins). `accept` can turn a match down (a context check);
   * the next candidate is then tried.
   */
  match(masked: string, words: readonly WordRef[], accept?: (match: CueMatch<C>) => boolean): Array<CueMatch<C>>
  readonly size: number
}

/** Compile the cues at or above `minSureness`. Throws, naming the cue, on a pattern it cannot index. */
export function compileCues<C extends Cue>(cues: readonly C[], minSureness: number, where: string): CueIndex<C> {
  const byKey = new Map<number, Array<Compiled<C>>>()
  let size = 0
  for (const cue of cues) {
    if (cue.sureness < minSureness) continue
    if (/(?<!\\)\((?!\?)/.test(cue.pattern)) throw new Error(`${where}: cue ${JSON.stringify(cue.pattern)} has a capturing group`)
    let regex: RegExp
    try {
      // Either apostrophe: agents type ’ as often as '.
      regex = new RegExp(`(?:${cue.pattern.replaceAll("'", "['\u2019]")})(?![\\p{L}\\p{N}_])`, 'iuy')
    } catch (error) {
      throw new Error(`${where}: cue ${JSON.stringify(cue.pattern)} is not a valid pattern: ${(error as Error).message}`)
    }
    const compiled = { cue, regex }
    for (const key of leadingKeys(cue.pattern, where)) {
      const list = byKey.get(key)
      if (list) list.push(compiled)
      else byKey.set(key, [compiled])
    }
    size++
  }

  return {
    size,
    match(masked, words, accept) {
      const found: Array<CueMatch<C>> = []
      let reach = 0
      for (const word of words) {
        if (word.start < reach) continue
        const key = keyOf(word.value, 0)
        const pair = byKey.get(key)
        const single = key % 65536 === 0 ? undefined : byKey.get(key - (key % 65536))
        if (!pair && !single) continue
        let best: CueMatch<C> | undefined
        for (const candidates of [pair, single]) {
          if (!candidates) continue
          for (const { cue, regex } of candidates) {
            regex.lastIndex = word.start
            const hit = regex.exec(masked)
            if (!hit || (best && word.start + hit[0].length <= best.end)) continue
            const candidate = { cue, start: word.start, end: word.start + hit[0].length, word }
            if (!accept || accept(candidate)) best = candidate
          }
        }
        if (best) {
          found.push(best)
          reach = best.end
        }
      }
      return found
    },
  }
}

/** Index key of a word: its first letter and, when the next character is a letter, the second (lower case). */
function keyOf(text: string, at: number): number {
  const first = text.charCodeAt(at) | 0x20
  const second = text.charCodeAt(at + 1) | 0x20
  return first * 65536 + (second >= 97 && second <= 122 ? second : 0)
}

/** The keys of the words a pattern can start with. */
function leadingKeys(pattern: string, where: string): number[] {
  const fail = (): never => {
    throw new Error(`${where}: cue ${JSON.stringify(pattern)} must start with a literal word or a group of literal words`)
  }
  const letter = (code: number) => (code | 0x20) >= 97 && (code | 0x20) <= 122
  if (letter(pattern.charCodeAt(0))) {
    // The second letter is part of the key only when it is certain: not in "r+ight", "ha?".
    const certain = letter(pattern.charCodeAt(1)) && !/^[?*+]|^\{0/.test(pattern.slice(2)) && !/^[?*+{]/.test(pattern.slice(1, 2))
    const first = (pattern.charCodeAt(0) | 0x20) * 65536
    return [certain ? keyOf(pattern, 0) : first]
  }
  if (!pattern.startsWith('(?:')) return fail()
  // Split the opening group at its top-level bars.
  const alternatives: string[] = []
  let depth = 0
  let from = 3
  let close = -1
  for (let i = 3; i < pattern.length && close < 0; i++) {
    const char = pattern[i]
    if (char === '\\') i++
    else if (char === '(') depth++
    else if (char === ')') {
      if (depth === 0) close = i
      else depth--
    } else if (char === '|' && depth === 0) {
      alternatives.push(pattern.slice(from, i))
      from = i + 1
    }
  }
  if (close < 0) return fail()
  alternatives.push(pattern.slice(from, close))
  const keys = alternatives.flatMap((alternative) => (alternative ? leadingKeys(alternative, where) : fail()))
  // An optional opening group ("(?:all )?jokes aside") may be skipped: the rest can open the cue too.
  const rest = pattern.slice(close + 1)
  if (rest.startsWith('?')) keys.push(...leadingKeys(rest.slice(1), where))
  else if (/^[*{]/.test(rest)) fail()
  return keys
}

/** The sentence opens at this word (only masked words or an opening mark before it). */
export function startsSentence(word: WordRef): boolean {
  for (const other of word.sentence.words) {
    if (other === word) return true
    if (!other.masked) return false
  }
  return false
}

/**
 * A fix deleting [start, end) from a sentence tidily: the comma or space after it
 * goes too, a sentence left empty loses its end mark, a cue at a sentence's end
 * takes the comma before it, and the word that now opens a sentence gets a capital.
 */
export function removalFix(text: string, start: number, end: number): LintFix {
  let to = end
  if (text[to] === ',' || text[to] === ';' || text[to] === ':') to++
  while (text[to] === ' ') to++
  const atStart = start === 0 || /(?:^|[.!?\n])\s*$/.test(text.slice(Math.max(0, start - 8), start))
  const next = text[to]
  if (next === undefined || next === '.' || next === '!' || next === '?' || next === '\n') {
    if (atStart) {
      // The sentence is only the cue ("haha!", "Lovely."): it goes with its end mark.
      while (text[to] === '.' || text[to] === '!' || text[to] === '?') to++
      while (text[to] === ' ') to++
      let from = start
      if (to === text.length) while (from > 0 && /\s/.test(text[from - 1]!)) from--
      return { range: [from, to], text: '' }
    }
    // "…a robot, haha." -> "…a robot."
    let from = start
    while (from > 0 && text[from - 1] === ' ') from--
    if (text[from - 1] === ',') from--
    return { range: [from, end], text: '' }
  }
  if (atStart && next !== next.toUpperCase()) return { range: [start, to + 1], text: next.toUpperCase() }
  return { range: [start, to], text: '' }
}
