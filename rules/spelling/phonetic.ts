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

// Vowel codes; the switch below spells its letters' codes out, each with the letter beside it.
const A = 97
const E = 101
const I = 105
const O = 111
const U = 117
const Y = 121

/** The letter code at i, or 0 past either end (charCodeAt's NaN there would deoptimise the loop). */
function codeAt(word: string, i: number): number {
  return i >= 0 && i < word.length ? word.charCodeAt(i) : 0
}

function isVowel(c: number): boolean {
  return c === A || c === E || c === I || c === O || c === U
}

/** e, i, y: they soften a c ("city") or g ("giant") before them. */
function softens(c: number): boolean {
  return c === E || c === I || c === Y
}

/** "ia", "io" after c, s or t: the "sh" of "special", "vision", "nation". */
function isShEnding(word: string, i: number): boolean {
  if (codeAt(word, i + 1) !== I) return false
  const after = codeAt(word, i + 2)
  return after === A || after === O
}

/**
 * The sound of each letter a-z that needs no context ("" = silent, vowels
 * included after the first letter), or "?" for b, c, d, g, p, s, t, x, whose
 * sound depends on their neighbours.
 */
const PLAIN: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz'].map((letter) => {
  if ('bcdgpstx'.includes(letter)) return '?'
  if ('aeiouhwy'.includes(letter)) return ''
  return letter === 'q' ? 'k' : letter === 'v' ? 'f' : letter === 'z' ? 's' : letter
})

export function phoneticKey(input: string): string {
  return transcribe(input, false)
}

/**
 * The word as it sounds, vowels kept: the key's consonant symbols with each run
 * of vowels as its first vowel (a "y" sounding as a vowel as "i"), and no
 * silent final "e", unshortened. "funetik" and "phonetic" are "funetik" and
 * "fonetik", a vowel apart, though six letter edits apart.
 */
export function soundSpelling(input: string): string {
  return transcribe(input, true)
}

function transcribe(input: string, vowels: boolean): string {
  const word = input.toLowerCase()
  const n = word.length
  let out = ''
  let last = ''
  let i = 0
  const first = codeAt(word, 0)
  const second = codeAt(word, 1)
  // Silent first letters: "knowledge", "gnome", "pneumonia", "psychology", "write", "who".
  if (
    (first === 107 && second === 110) || // kn
    (first === 103 && second === 110) || // gn
    (first === 112 && (second === 110 || second === 115)) || // pn, ps
    (first === 119 && (second === 114 || second === 104)) // wr, wh
  ) {
    i = 1
  }
  if (!vowels && i < n && isVowel(codeAt(word, i))) {
    out = last = 'a'
    i++
  }
  const max = vowels ? n * 2 : MAX_KEY
  let inVowels = false
  for (; i < n && out.length < max; i++) {
    const c = codeAt(word, i)
    if (vowels) {
      if (isVowel(c) || (c === Y && i > 0 && !isVowel(codeAt(word, i + 1)))) {
        // A vowel run counts once, as its first letter; a final "e" after a consonant is silent.
        if (!inVowels && !(c === E && i === n - 1 && i > 1)) {
          out += c === Y ? 'i' : String.fromCharCode(c)
          last = ''
        }
        inVowels = true
        continue
      }
      inVowels = false
      // A sounded "h" before a vowel at the start: "hyphen", "heaven".
      if (c === 104 && i === 0 && (isVowel(second) || second === Y)) {
        out = last = 'h'
        continue
      }
    }
    // Most letters sound the same wherever they stand: one table lookup.
    let sound = c >= 97 && c <= 122 ? PLAIN[c - 97]! : ''
    if (sound === '?') {
      sound = ''
      const next = codeAt(word, i + 1)
      switch (c) {
        case 98: // b
          // "climb", "thumb".
          if (!(i === n - 1 && codeAt(word, i - 1) === 109)) sound = 'p'
          break
        case 99: // c
          if (next === 104) {
            // "school" is hard; "church", "chef" are "sh".
            sound = codeAt(word, i - 1) === 115 ? 'k' : 'x'
            i++
          } else if (isShEnding(word, i)) sound = 'x'
          else if (softens(next)) sound = 's'
          else if (next !== 107 && next !== 113) sound = 'k'
          break
        case 100: // d
          sound = next === 103 && softens(codeAt(word, i + 2)) ? 'j' : 't'
          break
        case 103: // g
          if (next === 104) {
            // "night", "though": silent; "ghost": hard.
            if (i === 0) sound = 'k'
            i++
          } else if (next === 110 && (i + 2 === n || (i + 4 === n && codeAt(word, i + 2) === E && codeAt(word, i + 3) === 100))) {
            // "sign", "designed": silent.
          } else sound = softens(next) ? 'j' : 'k'
          break
        case 112: // p
          if (next === 104) {
            sound = 'f'
            i++
          } else sound = 'p'
          break
        case 115: // s
          if (next === 104) {
            sound = 'x'
            i++
          } else if (isShEnding(word, i)) sound = 'x'
          else sound = 's'
          break
        case 116: // t
          if (next === 104) {
            sound = '0'
            i++
          } else if (isShEnding(word, i)) sound = 'x'
          else if (!(next === 99 && codeAt(word, i + 2) === 104)) sound = 't' // "tch" sounds as "ch"
          break
        case 120: // x
          if (last !== 'k') out += 'k'
          sound = 's'
          last = 'k'
          break
      }
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
