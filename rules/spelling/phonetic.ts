/**
 * A sound-alike key for English words, in the spirit of Metaphone (our own
 * rules, tuned for misspellings rather than names): words that sound alike
 * share a key even when their letters are far apart ("pronounciation",
 * "pronunciation"; "intellegent", "intelligent"; "finomenon", "phenomenon").
 *
 * Vowels vanish except a first one (any first vowel is "a"); letters that
 * sound alike share one symbol (c/k/q/hard g, s/z/soft c, d/t, b/p, f/v/ph,
 * j/soft g/dge, sh/ch/-tion/-cial as "x", th as "0"); silent letters are
 * dropped (kn-, wr-, ps-, -mb, gh, h, w, y); and a symbol repeated, even
 * across vowels, counts once.
 *
 * It runs over every stem of the dictionary when a linter is built, so it
 * works on character codes without building substrings.
 */

/** Longest key kept: past this, a word's sound is already pinned down. */
const MAX_KEY = 12

const A = 97
const code = (c: string) => c.charCodeAt(0)
const [B, C, D, E, G, H, I, K, M, N, O, P, Q, S, T, U, W, X, Y] = [...'bcdeghikmnopqstuwxy'].map(code) as number[] as [
  number, number, number, number, number, number, number, number, number, number,
  number, number, number, number, number, number, number, number, number,
]

function isVowel(c: number): boolean {
  return c === A || c === E || c === I || c === O || c === U
}

/** e, i, y: they soften a c ("city") or g ("giant") before them. */
function softens(c: number): boolean {
  return c === E || c === I || c === Y
}

/** "ia", "io" after c, s or t: the "sh" of "special", "vision", "nation". */
function isShEnding(word: string, i: number): boolean {
  if (word.charCodeAt(i + 1) !== I) return false
  const after = word.charCodeAt(i + 2)
  return after === A || after === O
}

export function phoneticKey(input: string): string {
  const word = input.toLowerCase()
  const n = word.length
  let out = ''
  let last = ''
  let i = 0
  const first = word.charCodeAt(0)
  const second = word.charCodeAt(1)
  // Silent first letters: "knowledge", "gnome", "pneumonia", "write", "psychology", "who".
  if (
    (first === K && second === N) ||
    (first === G && second === N) ||
    (first === P && (second === N || second === S)) ||
    (first === W && (second === 114 || second === H))
  ) {
    i = 1
  }
  if (i < n && isVowel(word.charCodeAt(i))) {
    out = last = 'a'
    i++
  }
  for (; i < n && out.length < MAX_KEY; i++) {
    const c = word.charCodeAt(i)
    const next = word.charCodeAt(i + 1)
    let sound = ''
    switch (c) {
      case B:
        // "climb", "thumb".
        if (!(i === n - 1 && word.charCodeAt(i - 1) === M)) sound = 'p'
        break
      case C:
        if (next === H) {
          // "school" is hard; "church", "chef" are "sh".
          sound = word.charCodeAt(i - 1) === S ? 'k' : 'x'
          i++
        } else if (isShEnding(word, i)) sound = 'x'
        else if (softens(next)) sound = 's'
        else if (next !== K && next !== Q) sound = 'k'
        break
      case D:
        sound = next === G && softens(word.charCodeAt(i + 2)) ? 'j' : 't'
        break
      case G:
        if (next === H) {
          // "night", "though": silent; "ghost": hard.
          if (i === 0) sound = 'k'
          i++
        } else if (next === N && (i + 2 === n || (i + 4 === n && word.charCodeAt(i + 2) === E && word.charCodeAt(i + 3) === D))) {
          // "sign", "designed": silent.
        } else sound = softens(next) ? 'j' : 'k'
        break
      case H:
      case W:
      case Y:
        break
      case K:
      case Q:
        sound = 'k'
        break
      case P:
        if (next === H) {
          sound = 'f'
          i++
        } else sound = 'p'
        break
      case S:
        if (next === H) {
          sound = 'x'
          i++
        } else if (isShEnding(word, i)) sound = 'x'
        else sound = 's'
        break
      case T:
        if (next === H) {
          sound = '0'
          i++
        } else if (isShEnding(word, i)) sound = 'x'
        else if (!(next === C && word.charCodeAt(i + 2) === H)) sound = 't' // "tch" sounds as "ch"
        break
      case 118: // v
        sound = 'f'
        break
      case X:
        if (last !== 'k') out += 'k'
        sound = 's'
        last = 'k'
        break
      case 122: // z
        sound = 's'
        break
      default:
        if (c > A && c <= 122 && !isVowel(c)) sound = word[i]!
    }
    if (sound !== '' && sound !== last) {
      out += sound
      last = sound
    }
  }
  return out
}

/** The symbols a key is written in after its first (for generating neighbouring keys). */
export const KEY_SYMBOLS = 'fjklmnprstx0'
