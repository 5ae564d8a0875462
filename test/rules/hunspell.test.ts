/**
 * Our Hunspell checker (rules/spelling/hunspell.ts) against nspell, which it
 * replaced: for each English dictionary package, both must agree on every word
 * form nspell expands from the .dic, and on near misses of those forms (single
 * edits, case variants, apostrophe forms, extra affixes). nspell stays a
 * devDependency for this test only.
 *
 * nspell is built from the affix file without its COMPOUNDRULE lines, as the
 * speller used it (the rules only make ordinals like "21st"; tokens with digits
 * never reach the speller, and our checker does not compound).
 */
import dictionaryEn from 'dictionary-en'
import dictionaryEnAu from 'dictionary-en-au'
import dictionaryEnCa from 'dictionary-en-ca'
import dictionaryEnGb from 'dictionary-en-gb'
import nspell from 'nspell'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Hunspell } from '../../rules/spelling/hunspell.js'

const PACKAGES = [
  ['dictionary-en', dictionaryEn],
  ['dictionary-en-gb', dictionaryEnGb],
  ['dictionary-en-au', dictionaryEnAu],
  ['dictionary-en-ca', dictionaryEnCa],
] as const
/**
 * Sampling of the near misses: every form gets its case variants, every
 * AFFIX_EVERY-th extra affixes, every EDIT_EVERY-th all its single edits
 * (about 450,000 strings per dictionary). HUNSPELL_AGREEMENT=full checks
 * every form's affixes and every 7th form's edits (about 9.5 million each).
 */
const FULL = process.env.HUNSPELL_AGREEMENT === 'full'
const AFFIX_EVERY = FULL ? 1 : 4
const EDIT_EVERY = FULL ? 7 : 250
const ALPHABET = "abcdefghijklmnopqrstuvwxyz'"

function withoutCompoundRules(aff: string): string {
  return aff
    .split('\n')
    .filter((line) => !line.startsWith('COMPOUNDRULE'))
    .join('\n')
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/** Strings near the forms: case variants, typographic apostrophes, affixes added, single edits. */
function nearMisses(forms: readonly string[]): Set<string> {
  const out = new Set<string>()
  forms.forEach((form, index) => {
    const lower = form.toLowerCase()
    for (const variant of [lower, capitalise(form), capitalise(lower), form.toUpperCase(), form.replace(/'/g, '\u2019')]) out.add(variant)
    if (index % AFFIX_EVERY !== 0) return
    for (const affixed of [`${form}s`, `${form}es`, `${form}'s`, `${form}ed`, `${form}ing`, `${form}ly`, `un${form}`, `re${form}`, `Re${lower}`]) out.add(affixed)
    if (index % EDIT_EVERY !== 0) return
    for (let i = 0; i <= form.length; i++) {
      const head = form.slice(0, i)
      const tail = form.slice(i)
      if (tail) out.add(head + tail.slice(1))
      if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2))
      for (const letter of ALPHABET) {
        out.add(head + letter + tail)
        if (tail) out.add(head + letter + tail.slice(1))
      }
    }
  })
  return out
}

describe.each(PACKAGES)('%s: our checker agrees with nspell', (_name, dictionary) => {
  const decoder = new TextDecoder()
  const aff = withoutCompoundRules(decoder.decode(dictionary.aff))
  const dic = decoder.decode(dictionary.dic)
  const ours = new Hunspell(aff, dic)
  const theirs = nspell({ aff, dic })
  // nspell's expanded table: every stem and affixed form it accepts (and a few it rejects, such as compound-only stems).
  const forms = Object.keys((theirs as unknown as { data: Record<string, unknown> }).data)

  it('on every form nspell expands from the .dic', () => {
    expect(forms.length).toBeGreaterThan(100_000)
    const disagreements = forms.filter((form) => ours.correct(form) !== theirs.correct(form))
    expect(disagreements).toEqual([])
  })

  it('on near misses of those forms (edits, case, apostrophes, affixes)', { timeout: FULL ? 900_000 : 120_000 }, () => {
    const strings = nearMisses(forms)
    expect(strings.size).toBeGreaterThan(400_000)
    const disagreements: string[] = []
    let accepted = 0
    for (const word of strings) {
      const verdict = ours.correct(word)
      if (verdict) accepted++
      if (verdict !== theirs.correct(word)) disagreements.push(word)
    }
    expect(disagreements).toEqual([])
    // Both sides of the comparison are exercised: many near misses are words, most are not.
    expect(accepted).toBeGreaterThan(50_000)
    expect(accepted).toBeLessThan(strings.size / 2)
  })

  it('lists forms of a stem, bare and behind each prefix, that both accept', () => {
    const listed: string[] = []
    let stems = 0
    for (const stem of ours.stems()) {
      if (stems++ % 5 !== 0) continue
      listed.push(...ours.forms(stem))
      for (const { flag } of ours.prefixes()) listed.push(...ours.forms(stem, flag))
    }
    expect(listed.length).toBeGreaterThan(20_000)
    expect(listed.filter((form) => !ours.correct(form) || !theirs.correct(form))).toEqual([])
  })

  it('accepts words added as written only', () => {
    ours.add('Zorblatt')
    theirs.add('Zorblatt')
    for (const word of ['Zorblatt', 'ZORBLATT', 'zorblatt', 'Zorblatts', 'unZorblatt']) {
      expect([word, ours.correct(word)]).toEqual([word, theirs.correct(word)])
    }
    expect(ours.correct('Zorblatt')).toBe(true)
    expect(ours.correct('zorblatt')).toBe(false)
  })
})

/**
 * A small dictionary with the features the English ones do not use: long
 * flags, a continuation class (two suffixes), KEEPCASE, NEEDAFFIX,
 * ONLYINCOMPOUND, FORBIDDENWORD, an escaped slash, ICONV.
 */
const SYNTHETIC_AFF = `SET UTF-8
FLAG long
KEEPCASE Kc
NEEDAFFIX Na
ONLYINCOMPOUND Oc
FORBIDDENWORD Fb
NOSUGGEST Ns
ICONV 1
ICONV ’ '
PFX Re Y 1
PFX Re 0 re .
SFX Ss Y 3
SFX Ss y ies [^aeiou]y
SFX Ss 0 s [aeiou]y
SFX Ss 0 s [^y]
SFX Ed N 2
SFX Ed 0 d e
SFX Ed 0 ed [^e]
SFX Ab Y 1
SFX Ab 0 able/Ss .
SFX Ps Y 1
SFX Ps 0 's .
`
const SYNTHETIC_DIC = `10
play/SsEdReAb
bake/EdSs
fly/Ss
Paris/KcPs
walk/NaSs
with/Oc
color/FbSs
1\\/2/Ss
rely/SsAb
darn/NsSs
`

describe('features the English dictionaries do not use', () => {
  const ours = new Hunspell(SYNTHETIC_AFF, SYNTHETIC_DIC)
  const theirs = nspell({ aff: SYNTHETIC_AFF, dic: SYNTHETIC_DIC })

  it('affixes with long flags, conditions, strip, cross products and two suffixes', () => {
    const words = ['play', 'plays', 'played', 'replay', 'replays', 'playable', 'playables', 'replayable', 'bakes', 'baked', 'bakeed', 'flies', 'flys', 'relies', 'reliable', 'relyable', 'replayed', 'reflies']
    const expected = [true, true, true, true, true, true, true, true, true, true, false, true, false, true, false, true, false, false]
    expect(words.map((word) => ours.correct(word))).toEqual(expected)
    expect(words.map((word) => theirs.correct(word))).toEqual(expected)
  })

  it('forms of one stem: one suffix, a prefix crossed with suffixes that allow it, none for a forbidden stem', () => {
    expect(ours.prefixes()).toEqual([{ flag: expect.any(String), strip: '', append: 're' }])
    const re = ours.prefixes()[0]!.flag
    expect(ours.forms('play').sort()).toEqual(['play', 'playable', 'played', 'plays'])
    // "Ed" is no cross product: "replayed" is not a word here.
    expect(ours.forms('play', re).sort()).toEqual(['replay', 'replayable', 'replays'])
    expect(ours.forms('fly')).toEqual(['fly', 'flies'])
    expect(ours.forms('fly', re)).toEqual([])
    // NEEDAFFIX: only with an affix; FORBIDDENWORD and ONLYINCOMPOUND: nothing.
    expect(ours.forms('walk')).toEqual(['walks'])
    expect(ours.forms('color')).toEqual([])
    expect(ours.forms('with')).toEqual([])
    expect(ours.forms('zorblatt')).toEqual([])
  })

  it('case: Capitalised and ALL-CAPS forms of lower-case words, KEEPCASE stems only as written', () => {
    const words = ['Play', 'PLAY', 'pLAY', 'REPLAYS', 'Paris', "Paris's", 'PARIS', 'paris', 'Flies']
    const expected = [true, true, true, true, true, true, false, false, true]
    expect(words.map((word) => ours.correct(word))).toEqual(expected)
    expect(words.map((word) => theirs.correct(word))).toEqual(expected)
  })

  it('NEEDAFFIX, ONLYINCOMPOUND, FORBIDDENWORD stems, an escaped slash, ICONV apostrophes', () => {
    const words = ['walk', 'walks', 'with', 'color', '1/2', '1/2s', 'Paris’s']
    const expected = [false, true, false, false, true, true, true]
    expect(words.map((word) => ours.correct(word))).toEqual(expected)
    expect(words.map((word) => theirs.correct(word))).toEqual(expected)
  })

  it('NOSUGGEST: the stem and its forms are words, never offered as suggestions', () => {
    expect(['darn', 'darns', 'Darns', 'play'].map((word) => [ours.correct(word), ours.suggestible(word)])).toEqual([
      [true, false],
      [true, false],
      [true, false],
      [true, true],
    ])
    expect(ours.suggestible('darnn')).toBe(false)
  })

  it('where nspell departs from Hunspell, ours follows Hunspell', () => {
    // nspell stores affixed forms without their stem's flags, so the forms of a
    // FORBIDDENWORD stem pass and a KEEPCASE stem's forms may change case.
    // Hunspell forbids the forms of a forbidden stem and keeps the case of them all.
    expect([ours.correct('colors'), theirs.correct('colors')]).toEqual([false, true])
    expect([ours.correct("PARIS'S"), theirs.correct("PARIS'S")]).toEqual([false, true])
  })
})

describe('untrusted dictionary files', () => {
  it('never throws on truncated or garbled .aff and .dic text, and checks words in bounded time', () => {
    const pieces = fc.constantFrom('SFX', 'PFX', 'Y', 'N', '0', '1', '99999', '[^', ']', '.', '/', '\\', '\t', '\n', '\r', 'AF', 'FLAG long', 'FLAG num', 'FLAG UTF-8', 'ICONV', '’', 'é', '😀', 's', ' ')
    const garble = (text: string) =>
      fc
        .tuple(fc.nat({ max: text.length }), fc.array(fc.tuple(fc.nat({ max: text.length }), pieces, fc.nat({ max: 4 })), { maxLength: 6 }))
        .map(([cut, edits]) => edits.reduce((out, [at, piece, drop]) => out.slice(0, at) + piece + out.slice(at + drop), text.slice(0, cut)))
    fc.assert(
      fc.property(garble(SYNTHETIC_AFF), garble(SYNTHETIC_DIC), (aff, dic) => {
        const checker = new Hunspell(aff, dic)
        for (const word of ['play', 'replays', 'Paris’s', '', '😀s', 'x'.repeat(200)]) {
          expect(typeof checker.correct(word)).toBe('boolean')
          expect(typeof checker.suggestible(word)).toBe('boolean')
        }
      }),
      { numRuns: 2000 },
    )
  })
})
