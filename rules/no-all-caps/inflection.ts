/**
 * English inflections of a known word: MINUTES, CHECKED, WAITING, OLDER,
 * SHORTLY. The rule takes an inflected everyday word for an everyday word, so
 * everyday-words.ts lists base forms only (test/tools/build-everyday.ts drops the
 * forms this derives).
 */
const INFLECTIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ies', ['y']],
  ['es', ['']],
  ['s', ['']],
  ['ied', ['y']],
  ['ed', ['', 'e']],
  ['ing', ['', 'e']],
  ['ily', ['y']],
  ['ly', ['', 'le']],
  ['ier', ['y']],
  ['er', ['', 'e']],
  ['iest', ['y']],
  ['est', ['', 'e']],
]

/** Whether `lower` (lower case) is an inflection of a word in `known`. */
export function isInflectionOf(lower: string, known: ReadonlySet<string>): boolean {
  for (const [ending, replacements] of INFLECTIONS) {
    if (lower.length > ending.length + 2 && lower.endsWith(ending)) {
      const stem = lower.slice(0, -ending.length)
      // "-es" after a plain stem only follows s, x, z, ch, sh, o (BOXES, WATCHES): JAMES is not JAM + ES.
      if (ending === 'es' && !/(?:[sxzo]|ch|sh)$/.test(stem)) continue
      for (const replacement of replacements) if (known.has(stem + replacement)) return true
      // Doubled consonant: STOPPED, BIGGER.
      if (stem.length > 2 && stem.at(-1) === stem.at(-2) && known.has(stem.slice(0, -1))) return true
    }
  }
  return false
}
