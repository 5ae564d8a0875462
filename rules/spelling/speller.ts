/**
 * The speller: our Hunspell checker for "is this a word" (built once per
 * linter; it strips affixes at lookup time instead of expanding every form at
 * load, as nspell does), and our own suggestion search, because nspell's
 * suggest() can spend 100-350 ms on a correct word it does not know and ranks
 * the intended word first for only about three typos in four.
 *
 * Suggestions come from five sources, all checked against the dictionary:
 * every single edit of the word (delete, insert, substitute, swap, split in
 * two), the dictionary's own REP table (common phonetic slips: "ei" for "ie"),
 * words up to two edits away among frequent words (a symmetric-delete index
 * built once), stems that sound alike (phonetic.ts), with the typo's prefix
 * and ending put back, and, for a long typo no slip away from any word, the
 * suffixed forms of stems that start as it does (a sorted stem list built on
 * first need), where a skipped syllable costs little more than one letter. Candidates are ranked by a weighted edit cost
 * (doubled letters, swapped letters, neighbouring keys and vowels cost less; a
 * changed first letter costs more; for a long typo, a candidate far in letters
 * but near in sound is costed by how it sounds instead) plus the word's
 * frequency band, how far its sound key is, the letter pairs it shares, and a
 * little more for a name offered for a lower-case typo. Results are kept in a
 * bounded LRU cache shared by every draft.
 */
import { HashBuckets, hashString } from './hash-buckets.js'
import { Hunspell } from './hunspell.js'
import { LruCache } from './lru.js'
import { KEY_SYMBOLS, phoneticKey, soundSpelling } from './phonetic.js'

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
  /** The affix file's prefixes ("re", "un", "dis") with their sound keys. */
  readonly #prefixes: ReadonlyArray<readonly [string, string]>
  readonly #trigrams: Uint8Array
  /** Capitalised dictionary stems (names, places), lower-cased. */
  readonly #names: ReadonlySet<string>
  /** Dictionary stems by sound-alike key. */
  readonly #sounds: Map<string, string[]>
  readonly #cache: LruCache<string, readonly Candidate[]>
  readonly #maxScored: number
  readonly #unsuggested: ReadonlySet<string>
  #sorted: string[] | undefined

  constructor(init: SpellerInit) {
    this.#spell = new Hunspell(init.aff, init.dic)
    // Letter triples seen in any stem or frequent word: an edit that makes an unseen one
    // ("qzx") cannot be a word, and skipping it spares a dictionary lookup.
    const trigrams = new Uint8Array(TRIGRAM_SPACE)
    // Stems of the whole dictionary by sound-alike key, for typos more than two
    // edits from any frequent word ("accomadate", "pronounciation"). Built here, not
    // on first need: a 20-60 ms build inside some keystroke's lint would be its p99.
    // Before the extra words are added: those are not names, nor sound-alike targets.
    const { sounds, names } = indexDictionary(this.#spell.stems(), trigrams)
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
    this.#prefixes = prefixTable(init.aff).map((prefix) => [prefix, phoneticKey(prefix)] as const)
    for (const word of this.#band.keys()) markTrigrams(trigrams, word)
    for (const word of init.extraWords) markTrigrams(trigrams, word.toLowerCase())
    for (const [, to] of this.#replacements) markTrigrams(trigrams, to)
    this.#trigrams = trigrams
    this.#sounds = sounds
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
    const score = (candidate: string, limit?: number) => {
      scored++
      return weightedDistance(lower, candidate, limit)
    }
    const typoKey = phoneticKey(lower)
    const typoSpelling = soundSpelling(lower)
    // A typo typed in lower case is likelier a slip on a word than on a name: "jaen" is "jean" before "Jane".
    const lowerTyped = word.charCodeAt(0) === lower.charCodeAt(0)
    const found = new Map<string, number>() // candidate as the dictionary spells it -> cost
    const distances = new Map<string, number>()
    const consider = (candidate: string, cost?: number) => {
      if (candidate === lower || candidate.length === 0 || this.#unsuggested.has(candidate)) return
      const spelled = this.#accepted(candidate)
      if (spelled === undefined) return
      // A candidate reached twice (the REP table, then a sound-alike stem) keeps its nearer distance.
      const distance = Math.min(cost ?? weightedDistance(lower, candidate), distances.get(spelled) ?? Infinity)
      // Sounding like the typo counts for a candidate: "amature" meant "amateur", not "armature".
      const sound = Math.min(keyDistance(typoKey, phoneticKey(candidate)), MAX_SOUND_DISTANCE)
      // Letters far apart may spell the same sounds ("funetik", "phonetic"): for a candidate more than
      // a slip away, the distance between the two as they sound, vowels kept, stands in when smaller.
      const heard =
        distance <= HEARD_FROM || lower.length < HEARD_MIN_LENGTH
          ? distance
          : HEARD_BASE + weightedDistance(typoSpelling, soundSpelling(candidate), distance - HEARD_BASE)
      const total =
        (spelled !== candidate && lowerTyped ? NAME_PENALTY : 0) +
        Math.min(distance, heard) +
        FREQUENCY_WEIGHT * (this.#band.get(candidate) ?? this.#unknownBand) +
        SOUND_WEIGHT * sound +
        SHAPE_WEIGHT * (1 - bigramSimilarity(lower, candidate))
      const previous = found.get(spelled)
      if (previous === undefined || total < previous) {
        found.set(spelled, total)
        distances.set(spelled, distance)
      }
    }

    // A name typed in lower case: "susan" -> "Susan".
    if (this.#names.has(lower)) {
      const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1)
      if (this.#spell.suggestible(capitalised)) {
        found.set(capitalised, CASE_ONLY_COST)
        distances.set(capitalised, CASE_ONLY_COST)
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
        const joined = `${head} ${tail}`
        // Scored like any candidate on shared letter pairs: the space breaks one pair into two.
        const cost =
          base + FREQUENCY_WEIGHT * Math.max(this.#band.get(head) ?? 0, this.#band.get(tail) ?? 0) + SHAPE_WEIGHT * (1 - bigramSimilarity(lower, joined))
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
          const cost = score(candidate, NEAR_LIMIT)
          if (cost <= NEAR_LIMIT) consider(candidate, cost)
        }
      }
    }

    if (lower.length >= MIN_SOUND_SEARCH) {
      // A typo one likely slip from a word ("recieve", "adress") is searched only among stems that
      // sound exactly like it, on a smaller budget: most typos are slips, and this keeps them cheap.
      const slipFound = nearestOf(distances) <= SLIP
      // Sound-alike stems, with the typo's ending put back: "accomadated" -> "accommodated".
      // The stem's key may also be one sound off the typo's ("intellegent", "pronounciation").
      const budget = scored + (slipFound ? this.#maxScored / 4 : this.#maxScored)
      const maxKeyDistance = slipFound ? 0 : 2
      // Nearest keys first over every ending, so the budget goes to the likeliest stems.
      const lookups: Array<{ key: string; keyDistance: number; prefix: string; ending: string; stemOf: FormsOf }> = []
      for (const [ending, stemOf] of ENDINGS) {
        if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue
        const typedKey = phoneticKey(lower.slice(0, lower.length - ending.length))
        if (typedKey.length < 2) continue
        for (const [key, keyDistance] of keyNeighbours(typedKey)) {
          if (keyDistance <= maxKeyDistance && this.#sounds.has(key)) lookups.push({ key, keyDistance, prefix: '', ending, stemOf })
        }
        // A prefix on a stem ("unaturral" is un + natural): the stem's key follows the prefix's.
        for (const [prefix, prefixKey] of this.#prefixes) {
          if (!lower.startsWith(prefix.charAt(0)) || !typedKey.startsWith(prefixKey) || typedKey.length - prefixKey.length < 2) continue
          const after = typedKey.slice(prefixKey.length)
          const shared = typedKey.slice(prefixKey.length - 1)
          // The stem may start with a vowel ("dis" + "appear"), share the prefix's last sound
          // ("un" + "natural"), or both ("un" + "intelligible").
          for (const rest of [after, `a${after}`, shared, `a${shared}`]) {
            for (const [key, keyDistance] of keyNeighbours(rest, false)) {
              if (keyDistance + 1 <= maxKeyDistance && this.#sounds.has(key)) lookups.push({ key, keyDistance: keyDistance + 1, prefix, ending, stemOf })
            }
          }
        }
      }
      lookups.sort((a, b) => a.keyDistance - b.keyDistance)
      for (const { key, keyDistance, prefix, ending, stemOf } of lookups) {
        if (scored >= budget) break
        // A sound-alike may be far in letters; one a sound off must be nearer.
        const limit = soundLimit(keyDistance, lower.length)
        const typedStem = lower.slice(prefix.length, lower.length - ending.length)
        for (const stem of this.#sounds.get(key)!) {
          // The stem against the typed stem first: one short comparison rules out all its forms.
          if (weightedDistance(typedStem, stem, limit + STEM_SLACK) > limit + STEM_SLACK) {
            scored += 0.5
            continue
          }
          for (const bare of stemOf(stem, ending)) {
            const form = prefix + bare
            // Each letter more or less costs at least 0.4.
            if (seen.has(form) || Math.abs(form.length - lower.length) * 0.4 > limit) continue
            seen.add(form)
            const cost = score(form, limit)
            if (cost <= limit) consider(form, cost)
            // Far in letters, near in sound: "funetik" for "phonetic".
            else if (lower.length >= HEARD_MIN_LENGTH && weightedDistance(typoSpelling, soundSpelling(form), HEARD_LIMIT) <= HEARD_LIMIT) {
              consider(form, weightedDistance(lower, form))
            }
          }
        }
      }
    }

    if (lower.length >= COMPLETE_MIN_LENGTH && nearestOf(distances) > SLIP) {
      const consult = (stem: string, prefixFlag: string) => {
        if (stem.length > lower.length * 2 + 2) return
        for (const form of this.#spell.forms(stem, prefixFlag)) {
          // Possessives only for a typo with an apostrophe: "documentation's" is not a likelier "documentation".
          if (seen.has(form) || form.length < lower.length - 1 || form.length > lower.length * 2 || (form.includes("'") && !lower.includes("'"))) continue
          seen.add(form)
          const cost = weightedDistance(lower, form, COMPLETE_LIMIT, COMPLETE_GAP)
          if (cost <= COMPLETE_LIMIT) consider(form, cost)
        }
      }
      const stems = this.#sortedStems()
      this.#stemsStarting(stems, lower.slice(0, COMPLETE_PREFIX), (stem) => consult(stem, ''))
      for (const { flag, strip, append } of this.#spell.prefixes()) {
        if (append.length === 0 || !lower.startsWith(append) || lower.length - append.length < COMPLETE_PREFIX) continue
        this.#stemsStarting(stems, strip + lower.slice(append.length, append.length + COMPLETE_PREFIX), (stem) => consult(stem, flag))
      }
    }

    const ranked = [...found.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    return ranked.slice(0, MAX_SUGGESTIONS).map(([candidate, cost]) => ({
      word: matchCase(word, candidate),
      cost,
      distance: distances.get(candidate) ?? cost,
    }))
  }

  /** The dictionary's lower-case stems in order, built on first need (one array, a few ms). */
  #sortedStems(): string[] {
    if (this.#sorted) return this.#sorted
    const stems: string[] = []
    let ordered = true
    for (const stem of this.#spell.stems()) {
      const c = stem.charCodeAt(0)
      if (c < 97 || c > 122) continue
      if (ordered && stems.length > 0 && stems[stems.length - 1]! > stem) ordered = false
      stems.push(stem)
    }
    // The .dic files are sorted; another may not be.
    if (!ordered) stems.sort()
    this.#sorted = stems
    return stems
  }

  /** Calls `visit` with each stem that starts with `start`. */
  #stemsStarting(stems: readonly string[], start: string, visit: (stem: string) => void): void {
    let lo = 0
    let hi = stems.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (stems[mid]! < start) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < stems.length && stems[i]!.startsWith(start); i++) visit(stems[i]!)
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

/** The dictionary's stems by sound-alike key, and its capitalised stems (lower-cased); marks their trigrams. */
function indexDictionary(raws: Iterable<string>, trigrams: Uint8Array): { sounds: Map<string, string[]>; names: Set<string> } {
  const index = new Map<string, string[]>()
  const names = new Set<string>()
  for (const raw of raws) {
    const stem = raw.toLowerCase()
    if (raw !== stem && raw.charCodeAt(0) !== stem.charCodeAt(0)) names.add(stem)
    const lowerAscii = markTrigrams(trigrams, stem)
    if (stem.length < 3 || !lowerAscii) continue
    const key = phoneticKey(stem)
    // Buckets are not capped (a cap would keep an arbitrary alphabetical slice): the
    // search's work budget bounds what a lookup costs.
    const list = index.get(key)
    if (!list) index.set(key, [stem])
    else list.push(stem)
  }
  return { sounds: index, names }
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

/** The smallest distance among the candidates found. */
function nearestOf(distances: ReadonlyMap<string, number>): number {
  let nearest = Infinity
  for (const distance of distances.values()) if (distance < nearest) nearest = distance
  return nearest
}

/** Whether `key` is `word` (skip < 0) or `word` without its letter at `skip`. */
function isDeletion(word: string, skip: number, key: string): boolean {
  if (skip < 0) return word === key
  if (key.length !== word.length - 1) return false
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== word.charCodeAt(i < skip ? i : i + 1)) return false
  return true
}

/** Weight of letter-pair overlap (1 = all pairs shared) against one edit. */
const SHAPE_WEIGHT = 1

/**
 * Shared letter pairs, word edges included (Dice coefficient, 0-1): a long
 * stretch typed right ("implemtes", "implements") outweighs one edit less
 * elsewhere ("implants").
 */
export function bigramSimilarity(a: string, b: string): number {
  const pairs = new Map<string, number>()
  const edged = (w: string) => `<${w}>`
  const x = edged(a)
  const y = edged(b)
  for (let i = 0; i + 1 < x.length; i++) {
    const pair = x.slice(i, i + 2)
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
  }
  let shared = 0
  for (let i = 0; i + 1 < y.length; i++) {
    const pair = y.slice(i, i + 2)
    const left = pairs.get(pair)
    if (left) {
      shared++
      pairs.set(pair, left - 1)
    }
  }
  return (2 * shared) / (x.length - 1 + y.length - 1)
}

/**
 * Typos no slip away from any word ("unfortally", "evtually") are also compared
 * with the dictionary's words that start as they do (bare, or behind a prefix
 * the affix file adds: "un" + "fortunately"), with every suffix form: people
 * mistype the middle and end of a long word they half know, and leave out whole
 * syllables, so a run of letters left out costs COMPLETE_GAP per letter after
 * its first. Only for typos of COMPLETE_MIN_LENGTH letters or more, and for
 * words sharing their first COMPLETE_PREFIX letters; candidates farther than
 * COMPLETE_LIMIT are dropped.
 */
const COMPLETE_MIN_LENGTH = 5
const COMPLETE_PREFIX = 3
const COMPLETE_LIMIT = 3
const COMPLETE_GAP = 0.15

/** A lower-case name whose capitalised form is in the dictionary: "susan" -> "Susan". */
const CASE_ONLY_COST = 0.2

/** One likely slip: a neighbouring key, a dropped or added letter. */
const SLIP = 0.9

/** How much an ending put back on a stem ("e" dropped, a letter doubled) may change its distance. */
const STEM_SLACK = 1

/** Most weighted edits a frequent word two edits away may be from the typo. */
const NEAR_LIMIT = 2.2

/** Shortest typo searched among sound-alike stems (shorter ones have too many). */
const MIN_SOUND_SEARCH = 4
/** Weight of one sound of difference between typo and candidate keys, against one edit. */
const SOUND_WEIGHT = 0.3
/**
 * How a word sounds, vowels kept (see soundSpelling), as a second opinion for
 * candidates far in letters: what such a candidate costs beyond the distance
 * between the two sound spellings, the letter distance from which it is asked,
 * the farthest sound spelling a sound-alike stem's form may be, and the
 * shortest typo it is asked for (a short word's few sounds, silent letters
 * dropped, match too many words: "whie" sounds like "why").
 */
const HEARD_BASE = 0.8
const HEARD_FROM = 1.5
const HEARD_LIMIT = 0.7
const HEARD_MIN_LENGTH = 7
/** Added to a name (a capitalised dictionary word) suggested for a typo typed in lower case. */
const NAME_PENALTY = 0.5
const MAX_SOUND_DISTANCE = 3

/** Most letter edits a sound-alike candidate may be from the typo, by how far its key is. */
const SAME_SOUND_LIMIT = 3.5
const NEAR_SOUND_LIMIT = 2.6
const FAR_SOUND_LIMIT = 2.2
const SOUND_LIMIT_PER_LETTER = 0.35

function soundLimit(keyDistance: number, length: number): number {
  const limit = keyDistance === 0 ? SAME_SOUND_LIMIT : keyDistance === 1 ? NEAR_SOUND_LIMIT : FAR_SOUND_LIMIT
  // A long word takes more slips before it stops being recognisable ("unintelligible").
  return Math.max(limit, SOUND_LIMIT_PER_LETTER * length)
}

/**
 * A key and the keys one sound from it (a sound dropped, added, changed or two
 * swapped), then two sounds dropped, each with its distance; no key twice.
 */
function keyNeighbours(key: string, twoOff = true): Array<[string, number]> {
  const out = new Map<string, number>([[key, 0]])
  const add = (k: string, d: number) => {
    if (k.length > 0 && !out.has(k)) out.set(k, d)
  }
  for (let i = 0; i < key.length; i++) add(key.slice(0, i) + key.slice(i + 1), 1)
  for (let i = 0; i + 1 < key.length; i++) add(key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2), 1)
  for (let i = 0; i < key.length; i++) {
    for (const c of i === 0 ? 'a' + KEY_SYMBOLS : KEY_SYMBOLS) if (c !== key[i]) add(key.slice(0, i) + c + key.slice(i + 1), 1)
  }
  for (let i = 0; i <= key.length; i++) {
    for (const c of i === 0 ? 'a' + KEY_SYMBOLS : KEY_SYMBOLS) if (c !== key[i - 1] && c !== key[i]) add(key.slice(0, i) + c + key.slice(i), 1)
  }
  if (twoOff && key.length >= 4) {
    for (let i = 0; i < key.length; i++) {
      const once = key.slice(0, i) + key.slice(i + 1)
      for (let j = i; j < once.length; j++) add(once.slice(0, j) + once.slice(j + 1), 2)
    }
  }
  return [...out]
}

/** Edit distance between two sound keys (swaps count as one). */
function keyDistance(a: string, b: string): number {
  if (a === b) return 0
  const m = a.length
  const n = b.length
  const d: number[] = []
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      if (i === 0 || j === 0) {
        d[i * (n + 1) + j] = i + j
        continue
      }
      let best = Math.min(d[(i - 1) * (n + 1) + j]! + 1, d[i * (n + 1) + j - 1]! + 1, d[(i - 1) * (n + 1) + j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * (n + 1) + j - 2]! + 1)
      d[i * (n + 1) + j] = best
    }
  }
  return d[m * (n + 1) + n]!
}

type FormsOf = (stem: string, ending: string) => string[]
const inflect: FormsOf = (stem, ending) => {
  if (ending === '') return [stem]
  const forms = [stem + ending]
  if (stem.endsWith('e')) forms.push(stem.slice(0, -1) + ending)
  if (stem.endsWith('y')) forms.push(stem.slice(0, -1) + 'i' + ending)
  forms.push(stem + stem.charAt(stem.length - 1) + ending)
  return forms
}
/** Endings stripped from a typo before the sound-alike lookup, longest first. */
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

/** The prefixes a Hunspell affix file adds ("PFX A 0 re ."), each once. */
function prefixTable(aff: string): string[] {
  const prefixes = new Set<string>()
  for (const line of aff.split('\n')) {
    if (!line.startsWith('PFX ')) continue
    const [, , strip, add] = line.trim().split(/\s+/)
    if (strip === '0' && add && /^[a-z]{2,5}$/.test(add)) prefixes.add(add)
  }
  return [...prefixes]
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
/** With a gap cost: the best distance at each cell whose last step inserts a letter. */
let inserting = new Float64Array(32 * 32)
let insertCosts = new Float64Array(32)

/**
 * The distance, or Infinity once it must exceed `limit` (every row of the
 * table, and the one before it for a swap, is past it): candidates far from
 * the typo are dropped without filling the rest of the table. With a finite
 * `gap`, each letter of a run left out costs `gap` after the run's first (a
 * skipped syllable: "unfortally" for "unfortunately").
 */
export function weightedDistance(typo: string, word: string, limit = Infinity, gap = Infinity): number {
  const m = typo.length
  const n = word.length
  const first = typo.charCodeAt(0) !== word.charCodeAt(0) ? FIRST_LETTER_PENALTY : 0
  const bound = limit - first
  const width = n + 1
  // Reused tables: this runs hundreds of times per search, and garbage is GC pauses.
  const gapped = gap < Infinity
  if (table.length < (m + 1) * width) table = new Float64Array((m + 1) * width * 2)
  if (gapped && inserting.length < (m + 1) * width) inserting = new Float64Array((m + 1) * width * 2)
  if (insertCosts.length < n) insertCosts = new Float64Array(n * 2)
  const d = table
  const g = inserting
  const ins = insertCosts
  for (let j = 0; j < n; j++) ins[j] = insertCost(word, j)
  d[0] = 0
  for (let j = 1; j <= n; j++) d[j] = d[j - 1]! + (gapped && j > 1 ? Math.min(ins[j - 1]!, gap) : ins[j - 1]!)
  if (gapped) g.set(d.subarray(0, width))
  let previousMin = 0
  for (let i = 1; i <= m; i++) {
    const row = i * width
    const above = row - width
    const remove = deleteCost(typo, i - 1)
    d[row] = d[above]! + remove
    if (gapped) g[row] = Infinity
    let rowMin = d[row]!
    const a = typo.charCodeAt(i - 1)
    const before = i > 1 ? typo.charCodeAt(i - 2) : -1
    for (let j = 1; j <= n; j++) {
      const b = word.charCodeAt(j - 1)
      let best = d[above + j - 1]! + (a === b ? 0 : substituteCost(a, b))
      const viaDelete = d[above + j]! + remove
      if (viaDelete < best) best = viaDelete
      let viaInsert = d[row + j - 1]! + ins[j - 1]!
      if (gapped) {
        const extended = g[row + j - 1]! + gap
        if (extended < viaInsert) viaInsert = extended
        g[row + j] = viaInsert
      }
      if (viaInsert < best) best = viaInsert
      if (j > 1 && a !== b && before === b && a === word.charCodeAt(j - 2)) {
        const viaSwap = d[above - width + j - 2]! + 0.6
        if (viaSwap < best) best = viaSwap
      }
      d[row + j] = best
      if (best < rowMin) rowMin = best
    }
    if (rowMin > bound && previousMin > bound) return Infinity
    previousMin = rowMin
  }
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
