/**
 * Phrase-cue lexicons: typed lists of regex phrases with a sureness level each
 * (as retext-profanities grades words: 0 maybe, 1 likely, 2 sure), compiled once
 * per linter and matched per draft without scanning the text once per cue.
 *
 * Each cue is indexed by how the words it can start with begin: the first three
 * characters of a word (or the whole word, when shorter), or a prefix of two or
 * one letters when the pattern's opening is no longer certain ("lmf?ao",
 * "r+ight"). Per draft, each word costs at most three numeric map lookups; the
 * text at a word found there is then walked down the bucket's trie of its cues'
 * literal openings ("as per my la", "as i've alre"), and only the few cues whose
 * opening it has are tried, as sticky regexes at that word.
 */
import type { WordRef } from './draft.js'
import type { LintFix } from './types.js'

export type Sureness = 0 | 1 | 2

export interface Cue {
  /**
   * Regex source, matched case-insensitively from the start of a word and ending
   * on a word boundary. It must open with a literal word or a group of literal
   * alternatives (`(?:oh|well),? …`, an optional group allowed), after an optional
   * leading lookbehind for context (`(?<=\\bthe )gods`), so it can be indexed; it must use non-capturing groups and bounded quantifiers only.
   * A straight apostrophe also matches a curly one (inside a character class,
   * write `\u0027\u2019` instead).
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
  /** The literal text a match starts with, folded: one per way the pattern opens (see `literalOpenings`; built on first use). */
  openings?: string[]
}

/** The cues under one key. */
interface Bucket<C extends Cue> {
  cues: Array<Compiled<C>>
  /** The cues' literal openings as a trie (see `openingsTrie`; built on the bucket's first use): most words have none, and cost no regex. */
  openings?: Int32Array
}

/** Every cue of a bucket may match (`openCues`). */
const ALL_OPEN = -1
/** Most cues a bucket's openings trie tells apart (one bit each); a larger bucket tries them all. */
const MAX_TRIE_CUES = 31

export interface CueIndex<C extends Cue> {
  /**
   * Every cue match starting at a word of `words`, left to right, overlaps removed
   * (first, then longest, wins). `accept` can turn a match down (a context check);
   * the next candidate is then tried.
   */
  match(masked: string, words: readonly WordRef[], accept?: (match: CueMatch<C>, masked: string) => boolean): Array<CueMatch<C>>
  readonly size: number
}

/** Where a cue is indexed: `level` 3 = a word's first three characters (zero-padded), 2 or 1 = a prefix. */
interface Key {
  level: 1 | 2 | 3
  key: number
}

/** A cue ends at a word's end: no letter, digit or underscore follows. */
const WORD_END = '(?![\\p{L}\\p{N}_])'

/** Compile the cues at or above `minSureness`. Throws, naming the cue, on a pattern it cannot index. */
export function compileCues<C extends Cue>(cues: readonly C[], minSureness: number, where: string): CueIndex<C> {
  const maps = [new Map<number, Bucket<C>>(), new Map<number, Bucket<C>>(), new Map<number, Bucket<C>>()]
  let size = 0
  for (const cue of cues) {
    if (cue.sureness < minSureness) continue
    if (/(?<!\\)\((?!\?)/.test(cue.pattern)) throw new Error(`${where}: cue ${JSON.stringify(cue.pattern)} has a capturing group`)
    const source = boundSpaceRuns(cue.pattern, () => {
      throw new Error(`${where}: cue ${JSON.stringify(cue.pattern)} has an unbounded quantifier (use {m,n})`)
    })
    let regex: RegExp
    try {
      regex = new RegExp(`(?:${source.replaceAll("'", "['\u2019]")})${WORD_END}`, 'iuy')
    } catch (error) {
      throw new Error(`${where}: cue ${JSON.stringify(cue.pattern)} is not a valid pattern: ${(error as Error).message}`)
    }
    const compiled: Compiled<C> = { cue, regex }
    const seen = new Set<string>()
    for (const { level, key } of leadingKeys(cue.pattern, () => {
      throw new Error(`${where}: cue ${JSON.stringify(cue.pattern)} must start with a literal word or a group of literal words`)
    })) {
      if (seen.has(`${level}:${key}`)) continue
      seen.add(`${level}:${key}`)
      const map = maps[level - 1]!
      const bucket = map.get(key)
      if (bucket) bucket.cues.push(compiled)
      else map.set(key, { cues: [compiled] })
    }
    size++
  }
  const [byFirst, byTwo, byThree] = maps as [Map<number, Bucket<C>>, Map<number, Bucket<C>>, Map<number, Bucket<C>>]
  // Which two-character openings any cue can have: most words fail this one array read.
  const opening = new Uint8Array(128 * 128)
  for (const key of byThree.keys()) opening[key >> 7] = 1
  for (const key of byTwo.keys()) opening[key] = 1
  for (const key of byFirst.keys()) opening.fill(1, key << 7, (key + 1) << 7)

  return {
    size,
    match(masked, words, accept) {
      const found: Array<CueMatch<C>> = []
      let reach = 0
      for (const word of words) {
        if (word.start < reach) continue
        // Read the characters from the one flat masked string, not from each word's own slice.
        const at = word.start
        const length = word.end - at
        const c0 = fold(masked.charCodeAt(at))
        if (c0 > 127) continue
        const c1 = length > 1 ? fold(masked.charCodeAt(at + 1)) : 0
        if (c1 > 127 || opening[(c0 << 7) | c1] === 0) continue
        const c2 = length > 2 ? fold(masked.charCodeAt(at + 2)) : 0
        // Small-integer keys (7 bits a character): no heap numbers on the keystroke path.
        const three = c2 > 127 ? undefined : byThree.get((c0 << 14) | (c1 << 7) | c2)
        const two = c1 === 0 ? undefined : byTwo.get((c0 << 7) | c1)
        const one = byFirst.get(c0)
        if (!three && !two && !one) continue
        let best: CueMatch<C> | undefined
        for (let level = 0; level < 3; level++) {
          const bucket = level === 0 ? three : level === 1 ? two : one
          if (!bucket) continue
          // Bit i: the text has an opening of the bucket's cue i here.
          const open = openCues(bucket, masked, at)
          if (open === 0) continue
          for (let index = 0; index < bucket.cues.length; index++) {
            if (((open >>> index) & 1) === 0) continue
            const { cue, regex } = bucket.cues[index]!
            regex.lastIndex = word.start
            const hit = regex.exec(masked)
            if (!hit || (best && word.start + hit[0].length <= best.end)) continue
            const candidate = { cue, start: word.start, end: word.start + hit[0].length, word }
            if (!accept || accept(candidate, masked)) best = candidate
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

/**
 * The trie of the openings of a bucket's cues (at most 31, in the bucket's
 * order), flat, each node's children beside it: [cues, children, (character,
 * node) × children], where bit i of `cues` is set when cue i's opening ends
 * there. The root is at 0.
 */
function openingsTrie(cues: ReadonlyArray<Compiled<Cue>>): Int32Array {
  interface Node {
    cues: number
    next: Map<number, Node>
  }
  const root: Node = { cues: 0, next: new Map() }
  cues.forEach((compiled, index) => {
    for (const opening of (compiled.openings ??= literalOpenings(compiled.cue.pattern))) {
      let node = root
      for (const char of opening) {
        const code = char.charCodeAt(0)
        node = node.next.get(code) ?? node.next.set(code, { cues: 0, next: new Map() }).get(code)!
      }
      node.cues |= 1 << index
    }
  })
  const trie: number[] = []
  const place = (node: Node): number => {
    const at = trie.push(node.cues, node.next.size) - 2
    let slot = trie.push(...[...node.next.keys()].flatMap((code) => [code, 0])) - 2 * node.next.size
    for (const child of node.next.values()) {
      trie[slot + 1] = place(child)
      slot += 2
    }
    return at
  }
  place(root)
  return Int32Array.from(trie)
}

/**
 * Which cues of a bucket have their literal opening in `masked` at `at`, as bits.
 * A character past ASCII (other than the curly apostrophe) opens them all:
 * case-insensitive Unicode matching folds a few to ASCII letters (the Kelvin
 * sign is a "k"), so the regexes decide.
 */
function openCues(bucket: Bucket<Cue>, masked: string, at: number): number {
  if (bucket.cues.length > MAX_TRIE_CUES) return ALL_OPEN
  const trie = (bucket.openings ??= openingsTrie(bucket.cues))
  let open = trie[0]!
  for (let i = at, node = 0; i < masked.length && trie[node + 1] !== 0; i++) {
    const code = fold(masked.charCodeAt(i))
    if (code > 127) return ALL_OPEN
    const end = node + 2 + 2 * trie[node + 1]!
    let slot = node + 2
    while (slot < end && trie[slot] !== code) slot += 2
    if (slot === end) break
    node = trie[slot + 1]!
    open |= trie[node]!
  }
  return open
}

/** `pattern` after the lookbehind it opens with (itself without one; undefined when it is never closed). */
function afterLookbehind(pattern: string): string | undefined {
  if (!pattern.startsWith('(?<=') && !pattern.startsWith('(?<!')) return pattern
  const { close } = splitAlternatives(pattern, 4)
  return close < 0 ? undefined : pattern.slice(close + 1)
}

/** Lower-case ASCII letters; a curly apostrophe counts as a straight one. */
function fold(code: number): number {
  if (code >= 65 && code <= 90) return code | 0x20
  return code === 0x2019 ? 39 : code
}

/** Characters a literal opening is read through: letters, apostrophe and hyphen ("re-read"). */
const isLetter = (char: string | undefined): boolean => char !== undefined && /^[a-z'-]$/i.test(char)

/** The index keys of the words a pattern can start with. */
function leadingKeys(pattern: string, fail: () => never): Key[] {
  // A leading lookbehind ("(?<=\\bthe )gods") only checks context: the cue opens after it.
  const opened = afterLookbehind(pattern)
  if (opened !== pattern) return opened === undefined ? fail() : leadingKeys(opened, fail)
  if (isLetter(pattern[0])) {
    // The literal opening, and whether it is certain to be a whole word.
    let length = 0
    while (isLetter(pattern[length])) length++
    const after = pattern.slice(length)
    let certain = length
    let whole = false
    if (/^(?:[?*]|\{0)/.test(after)) certain = length - 1
    else if (after === '' || /^(?:[ ,/.:;!]|\\s|\(\?[=!])/.test(after)) whole = true
    if (certain === 0) return fail()
    const codes = [...pattern.slice(0, Math.min(certain, 3))].map((char) => fold(char.charCodeAt(0)))
    if (certain >= 3 || whole) {
      const [c0 = 0, c1 = 0, c2 = 0] = codes
      return [{ level: 3, key: (c0 << 14) | (c1 << 7) | c2 }]
    }
    return certain === 2 ? [{ level: 2, key: (codes[0]! << 7) | codes[1]! }] : [{ level: 1, key: codes[0]! }]
  }
  const group = openingGroup(pattern)
  if (!group || (!group.optional && /^[*{+]/.test(group.rest))) return fail()
  const { alternatives, rest, optional } = group
  const keys = alternatives.flatMap((alternative) => (alternative ? leadingKeys(alternative + rest, fail) : fail()))
  // An optional opening group ("(?:all )?jokes aside") may be skipped: the rest can open the cue too.
  if (optional) keys.push(...leadingKeys(rest, fail))
  return keys
}

/**
 * The top-level alternatives of `pattern` from `from` to the parenthesis closing
 * their group (`close`), or to the end of the pattern (`close` -1).
 */
function splitAlternatives(pattern: string, from: number): { alternatives: string[]; close: number } {
  const alternatives: string[] = []
  let depth = 0
  let start = from
  for (let i = from; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '\\') i++
    else if (char === '[') {
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1
    } else if (char === '(') depth++
    else if (char === ')') {
      if (depth === 0) {
        alternatives.push(pattern.slice(start, i))
        return { alternatives, close: i }
      }
      depth--
    } else if (char === '|' && depth === 0) {
      alternatives.push(pattern.slice(start, i))
      start = i + 1
    }
  }
  alternatives.push(pattern.slice(start))
  return { alternatives, close: -1 }
}

/**
 * A pattern opening with a non-capturing group: the group's alternatives, and
 * the rest after it (an optional group's `?` taken off). Undefined for any other
 * opening, or a group never closed.
 */
function openingGroup(pattern: string): { alternatives: string[]; rest: string; optional: boolean } | undefined {
  if (!pattern.startsWith('(?:')) return undefined
  const { alternatives, close } = splitAlternatives(pattern, 3)
  if (close < 0) return undefined
  const rest = pattern.slice(close + 1)
  const optional = rest.startsWith('?')
  return { alternatives, rest: optional ? rest.slice(1) : rest, optional }
}

/** Longest literal opening kept: a few characters into the second word tell most words apart. */
const MAX_OPENING_LENGTH = 12
/** Most openings kept for one cue; past it, fewer groups are spelled out. */
const MAX_OPENINGS = 64
/** Most groups (or optional characters) spelled out along one opening. */
const MAX_OPENING_GROUPS = 6
/** Characters that stand for themselves in a pattern and carry no case beyond ASCII. */
const PLAIN = /^[a-z0-9 ',/:;!&-]$/i
/** What makes the character or group before it optional or repeated. */
const QUANTIFIER = /^[?*+{]/

/**
 * The literal text a match of the cue starts with, folded (lower case, straight
 * apostrophe), one string per way its opening reads, cut at MAX_OPENING_LENGTH
 * characters: "(?:i'll|i will) say so" gives "i'll say so" and "i will say s".
 * Read up to the first thing that is not plain text (a class, an escape, a
 * lookahead, a repeated character or group); lookbehinds are skipped. Every
 * match of the cue starts with one of them (case aside), so a word with none of
 * them needs no regex. [''] when nothing is certain, as for top-level alternatives.
 */
function literalOpenings(pattern: string): string[] {
  if (splitAlternatives(pattern, 0).alternatives.length > 1) return ['']
  for (let groups = MAX_OPENING_GROUPS; ; groups--) {
    const found = openingsOf(pattern, groups)
    if (found) return found
  }
}

/** `literalOpenings`, spelling out at most `groups` groups or optional characters along an opening; undefined past MAX_OPENINGS. */
function openingsOf(pattern: string, groups: number): string[] | undefined {
  // A lookbehind ("(?<=\\bthe )gods") only checks context: the opening goes on after it.
  const opened = afterLookbehind(pattern)
  if (opened !== pattern) return opened === undefined ? [''] : openingsOf(opened, groups)
  let length = 0
  while (length < pattern.length && length < MAX_OPENING_LENGTH && PLAIN.test(pattern[length]!)) length++
  const literal = pattern.slice(0, length).toLowerCase()
  const after = pattern.slice(length)
  // Each way the pattern reads on (from the start again); none when the opening ends here.
  let ways: string[] = []
  const group = openingGroup(after)
  if (length < MAX_OPENING_LENGTH && groups > 0 && after[0] === '?' && length > 0) {
    // An optional character ("knock,? knock", "lmf?ao") opens both with and without it.
    ways = [literal + after.slice(1), literal.slice(0, -1) + after.slice(1)]
  } else if (QUANTIFIER.test(after)) {
    // A repeated one ("lo{1,8}l") ends the opening before it.
    return [literal.slice(0, -1)]
  } else if (length < MAX_OPENING_LENGTH && groups > 0 && group && !QUANTIFIER.test(group.rest)) {
    ways = group.alternatives.map((alternative) => literal + alternative + group.rest)
    if (group.optional) ways.push(literal + group.rest)
  }
  if (ways.length === 0) return [literal]
  const found: string[] = []
  for (const way of ways) {
    const openings = openingsOf(way, groups - 1)
    if (!openings || found.push(...openings) > MAX_OPENINGS) return undefined
  }
  return found
}

/** The sentence opens at this word (only masked words or an opening mark before it). */
export function startsSentence(word: WordRef): boolean {
  for (const other of word.sentence.words) {
    if (other === word) return true
    if (!other.masked) return false
  }
  return false
}

/** Longest run of spaces a cue's `\\s*` / `\\s+` spans. */
const SPACE_RUN = 20

/**
 * A cue's source with `\\s*` and `\\s+` bounded to SPACE_RUN; any other `*` or `+`
 * outside a character class is refused (`fail`). Bounded runs keep every compiled
 * cue, and the bucket patterns joining them, free of super-linear backtracking.
 */
function boundSpaceRuns(pattern: string, fail: () => never): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '\\') {
      const next = pattern[i + 1] ?? ''
      const after = pattern[i + 2]
      if (!inClass && next === 's' && (after === '*' || after === '+')) {
        out += after === '*' ? `\\s{0,${SPACE_RUN}}` : `\\s{1,${SPACE_RUN}}`
        i += 2
        continue
      }
      out += c + next
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
    } else if (c === '[') inClass = true
    else if (c === '*' || c === '+') fail()
    out += c
  }
  return out
}

/** Does `before` end at a sentence start: empty, or an end mark / line break then only spaces? A loop, not an end-anchored regex. */
function opensAfter(before: string): boolean {
  let i = before.length
  while (i > 0 && /\s/.test(before[i - 1]!)) i--
  if (i === 0) return true
  const mark = before[i - 1]
  return mark === '.' || mark === '!' || mark === '?' || mark === '\n'
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
  const atStart = start === 0 || opensAfter(text.slice(Math.max(0, start - 8), start))
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

/** The `minSureness` option every cue-lexicon rule takes (as retext-profanities does). */
export const MIN_SURENESS_OPTION = {
  type: 'number',
  default: 1,
  min: 0,
  max: 2,
  integer: true,
  description: 'How sure a cue must be to be reported: 0 maybe, 1 likely, 2 sure.',
} as const
