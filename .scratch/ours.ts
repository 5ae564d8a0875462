/**
 * The speller: our Hunspell checker for "is this a word" (built once per
 * linter; it strips affixes at lookup time instead of expanding every form at
 * load, as nspell does), and our own suggestion search, because nspell's
 * suggest() can spend 100-350 ms on a correct word it does not know and ranks
 * the intended word first for only about three typos in four.
 *
 * Suggestions come from three sources, all checked against the dictionary:
 * every single edit of the word (delete, insert, substitute, swap, split in
 * two), the dictionary's own REP table (common phonetic slips: "ei" for "ie"),
 * and words up to two edits away among frequent words (a symmetric-delete
 * index built once). Candidates are ranked by a weighted edit cost (doubled
 * letters, swapped letters, neighbouring keys and vowels cost less; a changed
 * first letter costs more) plus the word's frequency band. Results are kept in
 * a bounded LRU cache shared by every draft.
 */
import { HashBuckets, hashCodes, hashString } from './hash-buckets.js'
import { Hunspell } from './hunspell.js'
import { LruCache } from './lru.js'

export interface SpellerInit {
  aff: string
  dic: string
  /** Words accepted beyond the dictionary (vocabulary, team words). */
  extraWords: Iterable<string>
  /** Frequency bands, most frequent first: each a space-separated list. */
  frequencyBands: readonly string[]
  /** Words never offered as a suggestion (profanity), lower case. */
  unsuggested: Iterable<string>
  /** Most suggestion lists kept in memory. */
  cacheSize: number
  /**
   * Most candidates scored by edit distance beyond the single edits, per word:
   * a work budget rather than a clock, so the same word always gets the same
   * suggestions while its cost stays bounded.
   */
  maxScored: number
}

/** Longest word we search suggestions for: longer tokens are pasted data, not typos. */
export const MAX_SUGGEST_LENGTH = 30
const MAX_SUGGESTIONS = 5
const ALPHABET = "abcdefghijklmnopqrstuvwxyz'"
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y'])
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
/** Weight of one frequency band (half as frequent) against one edit. */
const FREQUENCY_WEIGHT = 0.06
const FIRST_LETTER_PENALTY = 0.5
/** Frequency bands of the commonest words (about the top 150). */
const COMMON_BAND = 5

const ADJACENT: ReadonlyMap<string, ReadonlySet<string>> = buildAdjacency()

function buildAdjacency(): Map<string, Set<string>> {
  const position = new Map<string, [number, number]>()
  KEYBOARD_ROWS.forEach((row, r) => [...row].forEach((key, c) => position.set(key, [r, c + r * 0.5])))
  const adjacent = new Map<string, Set<string>>()
  for (const [a, [ra, ca]] of position) {
    const set = new Set<string>()
    for (const [b, [rb, cb]] of position) {
      if (a !== b && Math.abs(ra - rb) <= 1 && Math.abs(ca - cb) <= 1) set.add(b)
    }
    adjacent.set(a, set)
  }
  return adjacent
}

export interface Candidate {
  readonly word: string
  /** Weighted edit cost plus frequency band: lower is likelier. */
  readonly cost: number
  /** Weighted edit cost alone. */
  readonly distance: number
}

export class Speller {
  readonly #spell: Hunspell
  readonly #band = new Map<string, number>()
  readonly #unknownBand: number
  /** Frequent words (3+ letters) by each of their one-letter deletions (and themselves): entry i is frequent[word[i]] without letter skip[i]. */
  readonly #deletions: HashBuckets
  readonly #frequent: string[]
  readonly #deletionWord: Int32Array
  readonly #deletionSkip: Int32Array
  readonly #replacements: ReadonlyArray<readonly [string, string]>
  readonly #trigrams: Uint8Array
  /** Capitalised dictionary stems (names, places), lower-cased. */
  readonly #names: ReadonlySet<string>
  /** Dictionary stems (a-z, 4+ letters, lower case) by consonant skeleton: entry i is stems[i]. */
  readonly #skeletons: HashBuckets
  readonly #skeletonStems: readonly string[]
  readonly #cache: LruCache<string, readonly Candidate[]>
  readonly #maxScored: number
  readonly #unsuggested: ReadonlySet<string>

  constructor(init: SpellerInit) {
    this.#spell = new Hunspell(init.aff, init.dic)
    // Letter triples seen in any stem or frequent word: an edit that makes an unseen one
    // ("qzx") cannot be a word, and skipping it spares a dictionary lookup.
    const trigrams = new Uint8Array(TRIGRAM_SPACE)
    // Stems of the whole dictionary by consonant skeleton, for typos more than
    // two edits from any frequent word ("accomadate", "Missisipi"). Built here, not
    // on first need: a 20-60 ms build inside some keystroke's lint would be its p99.
    // Before the extra words are added: those are not names, nor sound-alike targets.
    const { skeletons, stems, names } = indexDictionary(this.#spell.stems(), trigrams)
    for (const word of init.extraWords) this.#spell.add(word)
    init.frequencyBands.forEach((band, index) => {
      for (const word of band.split(' ')) if (word && !this.#band.has(word)) this.#band.set(word, index)
    })
    this.#unknownBand = init.frequencyBands.length + 2
    this.#frequent = [...this.#band.keys()].filter((word) => word.length >= 3)
    let entries = 0
    for (const word of this.#frequent) entries += word.length + 1
    const hashes = new Uint32Array(entries)
    this.#deletionWord = new Int32Array(entries)
    this.#deletionSkip = new Int32Array(entries)
    let entry = 0
    this.#frequent.forEach((word, index) => {
      for (let skip = -1; skip < word.length; skip++, entry++) {
        hashes[entry] = hashString(word, skip)
        this.#deletionWord[entry] = index
        this.#deletionSkip[entry] = skip
      }
    })
    this.#deletions = new HashBuckets(hashes, entries)
    this.#replacements = replacementTable(init.aff)
    for (const word of this.#band.keys()) markTrigrams(trigrams, word)
    for (const word of init.extraWords) markTrigrams(trigrams, word.toLowerCase())
    for (const [, to] of this.#replacements) markTrigrams(trigrams, to)
    this.#trigrams = trigrams
    this.#skeletons = skeletons
    this.#skeletonStems = stems
    this.#names = names
    this.#cache = new LruCache(init.cacheSize)
    this.#maxScored = init.maxScored
    this.#unsuggested = new Set(init.unsuggested)
  }

  /** Frequent words that are `key`, or become it with one letter deleted, in index order. */
  #wordsByDeletion(key: string): string[] {
    const words: string[] = []
    this.#deletions.forEach(hashString(key), (entry) => {
      const word = this.#frequent[this.#deletionWord[entry]!]!
      if (words[words.length - 1] !== word && isDeletion(word, this.#deletionSkip[entry]!, key)) words.push(word)
      return true
    })
    return words
  }

  /** Up to MAX_SKELETON_BUCKET stems with this skeleton, in dictionary order. */
  #stemsBySkeleton(key: string): string[] {
    const stems: string[] = []
    this.#skeletons.forEach(hashString(key), (entry) => {
      const stem = this.#skeletonStems[entry]!
      if (skeleton(stem) === key) stems.push(stem)
      return stems.length < MAX_SKELETON_BUCKET
    })
    return stems
  }

  /** Whether the dictionary (or the added words) accepts the word as written. */
  correct(word: string): boolean {
    return this.#spell.correct(word)
  }

  /** The word's frequency band (0 = most frequent), or undefined when it is not a frequent word. */
  band(word: string): number | undefined {
    return this.#band.get(word.toLowerCase())
  }

  /** Up to five corrections, best first, in the word's own case. */
  suggest(word: string): string[] {
    return this.candidates(word).map((candidate) => candidate.word)
  }

  /** The cached corrections for a word, without searching. */
  cached(word: string): readonly Candidate[] | undefined {
    return this.#cache.get(word)
  }

  /** Up to five corrections with their costs (edit cost plus frequency), best first. */
  candidates(word: string): readonly Candidate[] {
    const cached = this.#cache.get(word)
    if (cached) return cached
    const result = word.length > MAX_SUGGEST_LENGTH ? [] : this.#search(word)
    this.#cache.set(word, result)
    return result
  }

  #search(word: string): Candidate[] {
    const lower = word.toLowerCase()
    let scored = 0
    const score = (candidate: string) => {
      scored++
      return weightedDistance(lower, candidate)
    }
    const found = new Map<string, number>() // candidate as the dictionary spells it -> cost
    const distances = new Map<string, number>()
    const consider = (candidate: string, cost?: number) => {
      if (candidate === lower || candidate.length === 0 || this.#unsuggested.has(candidate)) return
      const spelled = this.#accepted(candidate)
      if (spelled === undefined) return
      const distance = cost ?? weightedDistance(lower, candidate)
      const total = distance + FREQUENCY_WEIGHT * (this.#band.get(candidate) ?? this.#unknownBand)
      const previous = found.get(spelled)
      if (previous === undefined || total < previous) {
        found.set(spelled, total)
        distances.set(spelled, distance)
      }
    }

    // One edit away.
    const seen = new Set<string>()
    const trigrams = this.#trigrams
    // Only the triples touching the changed positions [from, to] are new.
    const tryEdit = (candidate: string, from: number, to: number) => {
      for (let i = Math.max(0, from - 2); i <= to && i + 2 < candidate.length; i++) {
        if (trigrams[trigramAt(candidate, i)] === 0) return
      }
      if (seen.has(candidate)) return
      seen.add(candidate)
      consider(candidate)
    }
    for (let i = 0; i <= lower.length; i++) {
      const head = lower.slice(0, i)
      const tail = lower.slice(i)
      if (i < lower.length) tryEdit(head + tail.slice(1), i, i)
      if (i < lower.length - 1) tryEdit(head + tail[1] + tail[0] + tail.slice(2), i, i + 1)
      for (const letter of ALPHABET) {
        if (i < lower.length && letter !== tail[0]) tryEdit(head + letter + tail.slice(1), i, i)
        tryEdit(head + letter + tail, i, i)
      }
      // Two words run together: "alot", "thankyou".
      // Both halves must be frequent words: "a mature", "be live" are not what was meant.
      if (i >= 1 && i < lower.length && Math.max(head.length, tail.length) >= 3 && this.#isFrequentPart(head) && this.#isFrequentPart(tail)) {
        // A short half ("a", "in", "at") makes a split likelier by chance: it must beat a real edit clearly.
        const base = Math.min(head.length, tail.length) >= 3 ? 0.8 : 1.1
        const cost = base + FREQUENCY_WEIGHT * Math.max(this.#band.get(head) ?? 0, this.#band.get(tail) ?? 0)
        const joined = `${head} ${tail}`
        if ((found.get(joined) ?? Infinity) > cost) {
          found.set(joined, cost)
          distances.set(joined, base)
        }
      }
    }

    {
      // The dictionary's REP table: "recieve" -> "receive", "alot" -> "a lot".
      for (const [from, to] of this.#replacements) {
        let at = lower.indexOf(from)
        while (at >= 0) {
          const candidate = lower.slice(0, at) + to + lower.slice(at + from.length)
          if (candidate.includes(' ')) {
            if (candidate.split(' ').every((part) => this.#isWord(part))) found.set(candidate, Math.min(found.get(candidate) ?? Infinity, 0.9))
          } else consider(candidate, Math.min(score(candidate), 0.9))
          at = lower.indexOf(from, at + 1)
        }
      }
      // Up to two edits away among frequent words: the symmetric-delete index.
      for (const key of deletionsOf(lower)) {
        if (scored >= this.#maxScored) break
        for (const candidate of this.#wordsByDeletion(key)) {
          if (seen.has(candidate)) continue
          seen.add(candidate)
          if (Math.abs(candidate.length - lower.length) > 2) continue
          const cost = score(candidate)
          if (cost <= 2.2) consider(candidate, cost)
        }
      }
    }

    if (lower.length >= 5) {
      // Sound-alike stems, with the typo's ending put back: "accomadated" -> "accommodated".
      // The skeleton may also have one consonant too many or too few ("enviorment").
      const budget = scored + this.#maxScored
      for (const [ending, stemOf] of ENDINGS) {
        if (!lower.endsWith(ending) || lower.length - ending.length < 4 || scored >= budget) continue
        const typedStem = lower.slice(0, lower.length - ending.length)
        const typedKey = skeleton(typedStem)
        for (const key of skeletonVariants(typedKey)) {
          if (scored >= budget) break
          // A sound-alike may be far in letters; one with a consonant more or less must be nearer.
          const limit = key === typedKey ? 3.5 : 2.6
          for (const stem of this.#stemsBySkeleton(key)) {
            for (const form of stemOf(stem, ending)) {
              if (seen.has(form)) continue
              seen.add(form)
              const cost = score(form)
              if (cost <= limit) consider(form, cost)
            }
          }
        }
      }
    }

    const ranked = [...found.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    return ranked.slice(0, MAX_SUGGESTIONS).map(([candidate, cost]) => ({
      word: matchCase(word, candidate),
      cost,
      distance: distances.get(candidate) ?? cost,
    }))
  }

  #isFrequentPart(part: string): boolean {
    if (part.length === 1) return part === 'a' || part === 'i'
    // Two-letter halves only when they are among the commonest words: "in fact", "at least", "no one".
    if (part.length === 2) return part !== 're' && (this.#band.get(part) ?? Infinity) <= COMMON_BAND
    return this.#band.has(part)
  }

  #isWord(part: string): boolean {
    if (part.length === 1) return part === 'a' || part === 'i'
    return this.#spell.correct(part)
  }

  /** The form the dictionary accepts and lets us suggest (lower case, or capitalised for a name), if any. */
  #accepted(candidate: string): string | undefined {
    if (this.#spell.suggestible(candidate)) return candidate
    // Names only: one Set lookup instead of a second dictionary check per edit.
    const name = candidate.endsWith("'s") ? candidate.slice(0, -2) : candidate
    if (!this.#names.has(name)) return undefined
    const capitalised = candidate.charAt(0).toUpperCase() + candidate.slice(1)
    if (this.#spell.suggestible(capitalised)) return capitalised
    return undefined
  }
}

const MAX_SKELETON_BUCKET = 64

/** The dictionary's stems by consonant skeleton, and its capitalised stems (lower-cased); marks their trigrams. */
function indexDictionary(raws: Iterable<string>, trigrams: Uint8Array): { skeletons: HashBuckets; stems: string[]; names: Set<string> } {
  const stems: string[] = []
  const hashes: number[] = []
  const names = new Set<string>()
  for (const raw of raws) {
    const stem = raw.toLowerCase()
    if (raw !== stem && raw.charCodeAt(0) !== stem.charCodeAt(0)) names.add(stem)
    const lowerAscii = markTrigrams(trigrams, stem)
    if (stem.length < 4 || !lowerAscii) continue
    stems.push(stem)
    hashes.push(hashCodes(skeletonCodesOf(stem)))
  }
  return { skeletons: new HashBuckets(Uint32Array.from(hashes), hashes.length), stems, names }
}

/** Whether `key` is `word` (skip < 0) or `word` without its letter at `skip`. */
function isDeletion(word: string, skip: number, key: string): boolean {
  if (skip < 0) return word === key
  if (key.length !== word.length - 1) return false
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== word.charCodeAt(i < skip ? i : i + 1)) return false
  return true
}

/** Letters a-z and the apostrophe as 0-26; anything else is 27 (never pruned). */
function letterIndex(code: number): number {
  if (code >= 97 && code <= 122) return code - 97
  return code === 39 ? 26 : 27
}

const TRIGRAM_SPACE = 28 * 28 * 28

function trigramAt(word: string, i: number): number {
  return (letterIndex(word.charCodeAt(i)) * 28 + letterIndex(word.charCodeAt(i + 1))) * 28 + letterIndex(word.charCodeAt(i + 2))
}

/**
 * Marks every three-letter sequence of a word as possible in English, and
 * says whether the word is all a-z (one pass: this runs for every stem at load).
 */
function markTrigrams(trigrams: Uint8Array, word: string): boolean {
  let lowerAscii = true
  let first = 0
  let second = 0
  for (let i = 0; i < word.length; i++) {
    const letter = letterIndex(word.charCodeAt(i))
    if (letter > 25) lowerAscii = false
    if (i >= 2) trigrams[(first * 28 + second) * 28 + letter] = 1
    first = second
    second = letter
  }
  return lowerAscii
}

/** A word's consonant skeleton: sound-alike spellings share one ("Missisipi", "Mississippi"). */
export function skeleton(word: string): string {
  return String.fromCharCode.apply(null, skeletonCodesOf(word))
}

/**
 * The skeleton as char codes, in one reused array (valid until the next call):
 * at load only its hash is kept, so no string is made per stem.
 */
function skeletonCodesOf(word: string): number[] {
  const codes = skeletonCodes
  codes.length = 0
  let last = -1
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    let c = code >= 97 && code <= 122 ? SOUND[code - 97]! : code
    if (c === 112 && word.charCodeAt(i + 1) === 104) {
      c = 102 // "ph" sounds as "f"
      i++
    }
    // The first letter stays even when it is a vowel: "acount" is not "kount".
    if (i === 0 && c === 0) c = code
    if (c === 0 || c === last) continue
    codes.push(c)
    last = c
  }
  return codes
}

const skeletonCodes: number[] = []

const CONSONANTS = 'bdfgjklmnprstvx'

/** A skeleton, then itself with one consonant removed or added (never the first letter). */
function* skeletonVariants(key: string): Generator<string> {
  yield key
  for (let i = 1; i < key.length; i++) yield key.slice(0, i) + key.slice(i + 1)
  for (let i = 1; i <= key.length; i++) {
    for (const c of CONSONANTS) if (c !== key[i - 1] && c !== key[i]) yield key.slice(0, i) + c + key.slice(i)
  }
}

/** Letter to skeleton sound (a char code), a-z: vowels, h, w and y vanish (0); c and q sound as k, z as s. */
const SOUND: readonly number[] = [...'abcdefghijklmnopqrstuvwxyz'].map((c) =>
  'aeiouyhw'.includes(c) ? 0 : (c === 'c' || c === 'q' ? 'k' : c === 'z' ? 's' : c).charCodeAt(0),
)

type FormsOf = (stem: string, ending: string) => string[]
const inflect: FormsOf = (stem, ending) => {
  if (ending === '') return [stem]
  const forms = [stem + ending]
  if (stem.endsWith('e')) forms.push(stem.slice(0, -1) + ending)
  if (stem.endsWith('y')) forms.push(stem.slice(0, -1) + 'i' + ending)
  forms.push(stem + stem.charAt(stem.length - 1) + ending)
  return forms
}
/** Endings stripped from a typo before the skeleton lookup, longest first. */
const ENDINGS: ReadonlyArray<readonly [string, FormsOf]> = [
  'ations', 'ation', 'ments', 'ment', 'ingly', 'ings', 'ing', 'ally', 'edly', 'ers', 'ies', 'ied', 'ed', 'es', 'er', 'ly',
  'ness', 'able', 'ible', 'ions', 'ion', 'ity', 's', '',
].map((ending) => [ending, inflect] as const)

/** The word, its one-letter and its two-letter deletions. */
function deletionsOf(word: string): Set<string> {
  const out = new Set<string>([word])
  for (let i = 0; i < word.length; i++) {
    const once = word.slice(0, i) + word.slice(i + 1)
    out.add(once)
    for (let j = i; j < once.length; j++) out.add(once.slice(0, j) + once.slice(j + 1))
  }
  return out
}

/** REP lines of a Hunspell affix file, as [from, to] with "_" meaning a space. */
function replacementTable(aff: string): Array<[string, string]> {
  const table: Array<[string, string]> = []
  for (const line of aff.split('\n')) {
    if (!line.startsWith('REP ')) continue
    const [, from, to] = line.trim().split(/\s+/)
    if (!from || to === undefined || /^\d+$/.test(from)) continue
    table.push([from.replace(/_/g, ' '), to.replace(/_/g, ' ')])
  }
  return table
}

/**
 * Optimal-string-alignment distance with costs that follow how people mistype:
 * a doubled or undoubled letter, two swapped letters, a neighbouring key or
 * another vowel cost less than an arbitrary edit, and the first letter is
 * rarely wrong.
 */
let table = new Float64Array(32 * 32)

export function weightedDistance(typo: string, word: string): number {
  const m = typo.length
  const n = word.length
  const width = n + 1
  // One reused table: this runs hundreds of times per search, and garbage is GC pauses.
  if (table.length < (m + 1) * width) table = new Float64Array((m + 1) * width * 2)
  const d = table
  d[0] = 0
  for (let j = 1; j <= n; j++) d[j] = d[j - 1]! + insertCost(word, j - 1)
  for (let i = 1; i <= m; i++) {
    const row = i * width
    const above = row - width
    d[row] = d[above]! + deleteCost(typo, i - 1)
    const a = typo.charCodeAt(i - 1)
    const remove = deleteCost(typo, i - 1)
    for (let j = 1; j <= n; j++) {
      const b = word.charCodeAt(j - 1)
      let best = d[above + j - 1]! + (a === b ? 0 : substituteCost(a, b))
      const viaDelete = d[above + j]! + remove
      if (viaDelete < best) best = viaDelete
      const viaInsert = d[row + j - 1]! + insertCost(word, j - 1)
      if (viaInsert < best) best = viaInsert
      if (i > 1 && j > 1 && a !== b && a === word.charCodeAt(j - 2) && typo.charCodeAt(i - 2) === b) {
        const viaSwap = d[above - width + j - 2]! + 0.6
        if (viaSwap < best) best = viaSwap
      }
      d[row + j] = best
    }
  }
  const first = typo.charCodeAt(0) !== word.charCodeAt(0) ? FIRST_LETTER_PENALTY : 0
  return d[m * width + n]! + first
}

function substituteCost(a: number, b: number): number {
  if (a >= 97 && a <= 122 && b >= 97 && b <= 122) return SUBSTITUTE[(a - 97) * 26 + (b - 97)]!
  return 1
}

/** 26x26 substitution costs: another vowel or a neighbouring key is a likelier slip. */
const SUBSTITUTE: Float64Array = (() => {
  const costs = new Float64Array(26 * 26).fill(1)
  for (let a = 0; a < 26; a++) {
    for (let b = 0; b < 26; b++) {
      const x = String.fromCharCode(97 + a)
      const y = String.fromCharCode(97 + b)
      if ((VOWELS.has(x) && VOWELS.has(y)) || ADJACENT.get(x)?.has(y)) costs[a * 26 + b] = 0.7
    }
  }
  return costs
})()

/** Deleting typo[i] (a letter the typist added). */
function deleteCost(typo: string, i: number): number {
  const c = typo[i]
  return c === typo[i - 1] || c === typo[i + 1] ? 0.4 : 0.9
}

/** Inserting word[j] (a letter the typist left out). */
function insertCost(word: string, j: number): number {
  const c = word[j]
  if (c === "'") return 0.5
  return c === word[j - 1] || c === word[j + 1] ? 0.4 : 0.9
}

/** The candidate in the case the typist used: "Recieve" -> "Receive", "RECIEVE" -> "RECEIVE". */
function matchCase(typed: string, candidate: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return candidate.toUpperCase()
  const first = typed.charAt(0)
  if (first !== first.toLowerCase()) return candidate.charAt(0).toUpperCase() + candidate.slice(1)
  return candidate
}
