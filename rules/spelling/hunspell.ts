/**
 * A Hunspell word checker that loads fast.
 *
 * nspell expands every affix form of every .dic stem when it loads (about
 * 124,000 strings for dictionary-en, most of a cold start). This checker keeps
 * the .dic as stem → flags and checks a word the way Hunspell does, by
 * stripping affixes at lookup time: take an affix off the word, put its strip
 * back, test the condition on the stem, and accept when the stem carries the
 * affix's flag. Supported: suffixes and prefixes with strip/append/condition,
 * prefix × suffix cross products, two suffixes where the inner one's
 * continuation class allows the outer one, flag types (single character,
 * UTF-8, long, num) and AF aliases, ICONV, KEEPCASE, NEEDAFFIX,
 * ONLYINCOMPOUND, FORBIDDENWORD, NOSUGGEST (`suggestible`). Not supported:
 * compounding (COMPOUNDRULE, COMPOUNDFLAG; the English dictionaries use it
 * only for ordinals such as "21st", and tokens with digits never reach the
 * speller), IGNORE, and encodings other than UTF-8 (the caller decodes the
 * files). Repeated stems share one entry with their flags merged, as in nspell.
 *
 * Case follows nspell, which the spelling rule was tuned on: a word is
 * accepted as written, an ALL-CAPS word also as Capitalised, and any other
 * word also in lower case (so "The" is "the" and "PARIS" is "Paris", but
 * "paris" is not "Paris"). A stem with KEEPCASE is accepted only as written.
 */

interface Affix {
  /** The affix class's flag (one interned character). */
  readonly flag: string
  readonly crossProduct: boolean
  /** Letters the affix removes from the stem, and the letters it adds. */
  readonly strip: string
  readonly append: string
  /** What the stem must look like at the affixed end; empty: anything. */
  readonly condition: readonly ConditionPart[]
  /** Flags of affixes that may be added after this one (continuation class). */
  readonly continuation: string
}

/** One position of a condition: a letter, a set of letters ([aeiou], [^aeiou]), or any letter. */
type ConditionPart = { readonly letters: string; readonly negated: boolean } | null

/** Flag types of the FLAG directive; 'char' is the default (one UTF-16 unit per flag). */
type FlagType = 'char' | 'UTF-8' | 'long' | 'num'

export class Hunspell {
  /** Stem → its flags (interned characters; flags of repeated stems merged). */
  readonly #stems = new Map<string, string>()
  /** Suffixes by the char code of the last character they append (-1: they append nothing). */
  readonly #suffixes = new Map<number, Affix[]>()
  /** Every suffix, in the affix file's order (for the forms of one stem). */
  readonly #allSuffixes: Affix[] = []
  readonly #allPrefixes: Affix[] = []
  /** Prefixes by the char code of the first character they append (-1: they append nothing). */
  readonly #prefixes = new Map<number, Affix[]>()
  /** Flags that some affix allows after itself: only those need a second suffix pass. */
  readonly #continued = new Set<string>()
  readonly #conversions: Array<readonly [string, string]> = []
  #flagType: FlagType = 'char'
  readonly #aliases: string[] = []
  /** Interned flags for the non-default flag types. */
  readonly #interned = new Map<string, string>()
  #keepCase = ''
  #needAffix = ''
  #onlyInCompound = ''
  #forbidden = ''
  #noSuggest = ''
  #fullStrip = false

  constructor(aff: string, dic: string) {
    this.#parseAffixes(aff)
    this.#parseStems(dic)
  }

  /** Whether the word is spelled correctly (nspell's `correct`). */
  correct(value: string): boolean {
    return typeof this.#lookup(value) === 'string'
  }

  /**
   * Whether the word is spelled correctly and may be offered as a suggestion:
   * its stem is not marked NOSUGGEST (the English dictionaries mark slurs and
   * profanity so, and every affixed form of them).
   */
  suggestible(value: string): boolean {
    const flags = this.#lookup(value)
    return typeof flags === 'string' && !this.#has(flags, this.#noSuggest)
  }

  /** The flags of the stem that accepts the word in some allowed case; null: forbidden; undefined: unknown. */
  #lookup(value: string): string | null | undefined {
    let word = value.trim()
    if (word.length === 0) return undefined
    for (const [from, to] of this.#conversions) if (word.includes(from)) word = word.replaceAll(from, to)
    const exact = this.#find(word, false)
    if (exact !== undefined) return exact
    const lower = word.toLowerCase()
    if (lower === word) return undefined
    if (word === word.toUpperCase()) {
      const capitalised = word.charAt(0) + lower.slice(1)
      const found = capitalised === word ? undefined : this.#find(capitalised, true)
      if (found !== undefined) return found
    }
    return this.#find(lower, true) ?? undefined
  }

  /** Accepts a word as written (no affixes), like nspell's `add(word)`. */
  add(word: string): void {
    if (!this.#stems.has(word)) this.#stems.set(word, '')
  }

  /** The dictionary's stems (for indexes built over the word list). */
  stems(): IterableIterator<string> {
    return this.#stems.keys()
  }

  /** The affix file's prefixes: flag, the letters taken off the stem, the letters put before it. */
  prefixes(): Array<{ flag: string; strip: string; append: string }> {
    return this.#allPrefixes.map(({ flag, strip, append }) => ({ flag, strip, append }))
  }

  /**
   * A stem's forms with at most one suffix, all behind the prefix of flag
   * `prefixFlag` when one is given ("fortunate/UY", "U": "unfortunate",
   * "unfortunately"); second suffixes are left out. Empty for an unknown or
   * forbidden stem. For suggestion pools: a few dozen affix entries per call,
   * nothing kept.
   */
  forms(stem: string, prefixFlag = ''): string[] {
    const flags = this.#stems.get(stem)
    if (flags === undefined || this.#has(flags, this.#forbidden) || this.#has(flags, this.#onlyInCompound)) return []
    let head = ''
    let from = 0
    if (prefixFlag) {
      const prefix = this.#allPrefixes.find((a) => a.flag === prefixFlag && stem.startsWith(a.strip) && matchesStart(a.condition, stem))
      if (!prefix || !flags.includes(prefixFlag)) return []
      head = prefix.append
      from = prefix.strip.length
      if (!prefix.crossProduct) return [head + stem.slice(from)]
    }
    const forms = prefixFlag || !this.#has(flags, this.#needAffix) ? [head + stem.slice(from)] : []
    for (const affix of this.#allSuffixes) {
      if (!flags.includes(affix.flag) || (prefixFlag && !affix.crossProduct) || !stem.endsWith(affix.strip)) continue
      const kept = stem.length - affix.strip.length
      if (kept <= from || !matchesEnd(affix.condition, stem, stem.length, '')) continue
      forms.push(head + stem.slice(from, kept) + affix.append)
    }
    return forms
  }

  /**
   * The flags of the stem that accepts the word, alone or with affixes; null:
   * a forbidden stem rejects it; undefined: nothing matched. `recased`: the
   * word is not as the user wrote it, so KEEPCASE stems do not count.
   */
  #find(word: string, recased: boolean): string | null | undefined {
    const flags = this.#stems.get(word)
    if (flags !== undefined) {
      if (this.#has(flags, this.#forbidden)) return null
      if (this.#rootAllowed(flags, recased) && !this.#has(flags, this.#needAffix)) return flags
    }
    const root = this.#suffixed(word, recased, '', '') ?? this.#prefixed(word, recased)
    if (root === undefined) return undefined
    return this.#has(root, this.#forbidden) ? null : root
  }

  /**
   * Strips one suffix (and, when allowed, an inner suffix before it) and
   * returns the flags of the stem that takes it. `needFlag`: the stem must
   * also carry this flag (a prefix being crossed with the suffix).
   * `outerFlag`: this suffix is the inner one of two, and must list the outer
   * suffix's flag in its continuation class.
   */
  #suffixed(word: string, recased: boolean, needFlag: string, outerFlag: string): string | undefined {
    for (let pass = 0; pass < 2; pass++) {
      const affixes = this.#suffixes.get(pass === 0 ? word.charCodeAt(word.length - 1) : -1)
      if (affixes === undefined) continue
      for (const affix of affixes) {
        const kept = word.length - affix.append.length
        if (kept < (this.#fullStrip ? 0 : 1) || !word.endsWith(affix.append)) continue
        if (needFlag && !affix.crossProduct) continue
        if (outerFlag && !affix.continuation.includes(outerFlag)) continue
        // The condition first, on the stem as it would be: most candidates fail here, before any string is built.
        if (!matchesEnd(affix.condition, word, kept, affix.strip)) continue
        const stem = word.slice(0, kept) + affix.strip
        const flags = this.#stems.get(stem)
        if (
          flags !== undefined &&
          flags.includes(affix.flag) &&
          (!needFlag || flags.includes(needFlag)) &&
          this.#rootAllowed(flags, recased)
        ) {
          return flags
        }
        // Two suffixes: this one may be the outer of a pair ("SFX A 0 able/S" makes "-ables").
        if (!outerFlag && this.#continued.has(affix.flag)) {
          const inner = this.#suffixed(stem, recased, needFlag, affix.flag)
          if (inner !== undefined) return inner
        }
      }
    }
    return undefined
  }

  /** Strips one prefix, alone or crossed with a suffix, and returns the stem's flags. */
  #prefixed(word: string, recased: boolean): string | undefined {
    for (let pass = 0; pass < 2; pass++) {
      const affixes = this.#prefixes.get(pass === 0 ? word.charCodeAt(0) : -1)
      if (affixes === undefined) continue
      for (const affix of affixes) {
        const kept = word.length - affix.append.length
        if (kept < (this.#fullStrip ? 0 : 1) || !word.startsWith(affix.append)) continue
        const stem = affix.strip + word.slice(affix.append.length)
        if (!matchesStart(affix.condition, stem)) continue
        const flags = this.#stems.get(stem)
        if (flags !== undefined && flags.includes(affix.flag) && this.#rootAllowed(flags, recased)) return flags
        if (affix.crossProduct) {
          const crossed = this.#suffixed(stem, recased, affix.flag, '')
          if (crossed !== undefined) return crossed
        }
      }
    }
    return undefined
  }

  /** A stem may stand for the word: not compound-only, and not recased when it keeps its case. */
  #rootAllowed(flags: string, recased: boolean): boolean {
    if (flags.length === 0) return true
    return !this.#has(flags, this.#onlyInCompound) && !(recased && this.#has(flags, this.#keepCase))
  }

  #has(flags: string, flag: string): boolean {
    return flag !== '' && flags.includes(flag)
  }

  #parseAffixes(aff: string): void {
    const lines = aff.split(/\r?\n/)
    // FLAG and AF decide how every other flag reads: parse them first.
    for (const line of lines) {
      const [key, value] = line.trim().split(/\s+/)
      if (key === 'FLAG' && (value === 'UTF-8' || value === 'long' || value === 'num')) this.#flagType = value
    }
    for (const line of lines) {
      const [key, value] = line.trim().split(/\s+/)
      if (key === 'AF' && value !== undefined && !/^\d+$/.test(value)) this.#aliases.push(this.#flags(value))
    }
    for (let i = 0; i < lines.length; i++) {
      const parts = lines[i]!.trim().split(/\s+/)
      const [key, first, second] = parts
      if (first === undefined) continue
      switch (key) {
        case 'KEEPCASE':
          this.#keepCase = this.#flags(first)
          break
        case 'NEEDAFFIX':
        case 'PSEUDOROOT':
          this.#needAffix = this.#flags(first)
          break
        case 'ONLYINCOMPOUND':
          this.#onlyInCompound = this.#flags(first)
          break
        case 'FORBIDDENWORD':
          this.#forbidden = this.#flags(first)
          break
        case 'NOSUGGEST':
          this.#noSuggest = this.#flags(first)
          break
        case 'FULLSTRIP':
          this.#fullStrip = true
          break
        case 'ICONV':
          // "ICONV n" heads n lines of "ICONV from to".
          if (second !== undefined) this.#conversions.push([first, second])
          break
        case 'PFX':
        case 'SFX':
          // "SFX D Y 4" heads four lines of "SFX D strip append[/flags] condition".
          if (parts.length === 4 && /^\d+$/.test(parts[3]!)) {
            const flag = this.#flags(first)
            const crossProduct = second === 'Y'
            const count = Number(parts[3])
            for (let j = 1; j <= count && i + j < lines.length; j++) {
              const entry = lines[i + j]!.trim().split(/\s+/)
              if (entry[0] !== key || entry[1] !== first || entry.length < 4) continue
              this.#addAffix(key, flag, crossProduct, entry[2]!, entry[3]!, entry[4] ?? '.')
            }
            i += count
          }
          break
      }
    }
  }

  #addAffix(kind: 'PFX' | 'SFX', flag: string, crossProduct: boolean, strip: string, appendField: string, condition: string): void {
    const slash = appendField.indexOf('/')
    const appendText = slash >= 0 ? appendField.slice(0, slash) : appendField
    const continuation = slash >= 0 ? this.#flagsOrAlias(appendField.slice(slash + 1)) : ''
    const append = appendText === '0' ? '' : appendText
    const affix: Affix = {
      flag,
      crossProduct,
      strip: strip === '0' ? '' : strip,
      append,
      condition: parseCondition(condition),
      continuation,
    }
    for (const next of continuation) this.#continued.add(next)
    ;(kind === 'SFX' ? this.#allSuffixes : this.#allPrefixes).push(affix)
    const table = kind === 'SFX' ? this.#suffixes : this.#prefixes
    const key = append === '' ? -1 : kind === 'SFX' ? append.charCodeAt(append.length - 1) : append.charCodeAt(0)
    const list = table.get(key)
    if (list) list.push(affix)
    else table.set(key, [affix])
  }

  /**
   * Reads the .dic: a count line, then "stem/flags" lines; morphology after a
   * tab is ignored, and a line starting with a tab is a comment. One pass of
   * character reads (an indexOf for a character a line lacks would scan the
   * rest of the file, quadratic over 50,000 lines).
   */
  #parseStems(dic: string): void {
    const stems = this.#stems
    const plainFlags = this.#flagType === 'char' && this.#aliases.length === 0
    const length = dic.length
    let start = dic.indexOf('\n') + 1
    while (start > 0 && start < length) {
      let slash = -1
      let escaped = false
      let end = start
      for (; end < length; end++) {
        const c = dic.charCodeAt(end)
        if (c === 10 || c === 13 || c === 9) break
        if (c === 47 && slash < 0) {
          if (dic.charCodeAt(end - 1) === 92) escaped = true
          else slash = end
        }
      }
      if (end > start) {
        let stem: string
        let flags = ''
        if (escaped) {
          // "1\/2/S": an escaped slash belongs to the stem.
          ;[stem, flags] = splitEscaped(dic.slice(start, end))
          flags = this.#flagsOrAlias(flags)
        } else if (slash >= 0) {
          stem = dic.slice(start, slash).trim()
          flags = dic.slice(slash + 1, end).trim()
          if (!plainFlags) flags = this.#flagsOrAlias(flags)
        } else {
          stem = dic.slice(start, end).trim()
        }
        if (stem) {
          const previous = stems.get(stem)
          stems.set(stem, previous === undefined ? flags : previous + flags)
        }
      }
      const newline = dic.indexOf('\n', end)
      start = newline < 0 ? length : newline + 1
    }
  }

  /** A flag field, or an AF alias number standing for one. */
  #flagsOrAlias(field: string): string {
    if (this.#aliases.length > 0 && /^\d+$/.test(field)) return this.#aliases[Number(field) - 1] ?? ''
    return this.#flags(field)
  }

  /** A flag field as one character per flag. */
  #flags(field: string): string {
    switch (this.#flagType) {
      case 'char':
        return field
      case 'UTF-8':
        return [...field].map((flag) => this.#intern(flag)).join('')
      case 'long': {
        let out = ''
        for (let i = 0; i < field.length; i += 2) out += this.#intern(field.slice(i, i + 2))
        return out
      }
      case 'num':
        return field
          .split(',')
          .filter(Boolean)
          .map((flag) => this.#intern(flag.trim()))
          .join('')
    }
  }

  /** One character per distinct flag, for flag types wider than a UTF-16 unit. */
  #intern(flag: string): string {
    let code = this.#interned.get(flag)
    if (code === undefined) {
      code = String.fromCharCode(0x100 + this.#interned.size)
      this.#interned.set(flag, code)
    }
    return code
  }
}

/** "[^aeiou]y" → [{letters: 'aeiou', negated: true}, {letters: 'y'}]; "." → []. */
function parseCondition(source: string): ConditionPart[] {
  if (source === '.') return []
  const parts: ConditionPart[] = []
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '[') {
      const close = source.indexOf(']', i)
      if (close < 0) break
      const negated = source[i + 1] === '^'
      parts.push({ letters: source.slice(i + (negated ? 2 : 1), close), negated })
      i = close
    } else parts.push(c === '.' ? null : { letters: c, negated: false })
  }
  return parts
}

function matchesAt(part: ConditionPart, c: string): boolean {
  return part === null || part.letters.includes(c) !== part.negated
}

/**
 * Whether the stem word[0, kept) + strip ends as the condition says (a stem
 * shorter than the condition never does), read without building the stem.
 */
function matchesEnd(condition: readonly ConditionPart[], word: string, kept: number, strip: string): boolean {
  const offset = kept + strip.length - condition.length
  if (offset < 0) return false
  for (let i = 0; i < condition.length; i++) {
    const at = offset + i
    if (!matchesAt(condition[i]!, at < kept ? word[at]! : strip[at - kept]!)) return false
  }
  return true
}

function matchesStart(condition: readonly ConditionPart[], stem: string): boolean {
  if (stem.length < condition.length) return false
  for (let i = 0; i < condition.length; i++) if (!matchesAt(condition[i]!, stem[i]!)) return false
  return true
}

/** "1\/2/S" → ["1/2", "S"]. */
function splitEscaped(line: string): [string, string] {
  let stem = ''
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (c === '\\' && line[i + 1] === '/') {
      stem += '/'
      i++
    } else if (c === '/') return [stem.trim(), line.slice(i + 1).trim()]
    else stem += c
  }
  return [stem.trim(), '']
}
