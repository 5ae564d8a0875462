/**
 * Engine pieces the tone rules stand on: emoji as whole tokens (offsets exact),
 * the phrase-cue index, and the tidy removal fix.
 */
import type { Root } from 'nlcst'
import { emoticonModifier } from 'nlcst-emoticon-modifier'
import { ParseEnglish } from 'parse-english'
import { describe, expect, it } from 'vitest'
import { compileCues, removalFix } from '../src/cues.js'
import { createDraft, wordsOf } from '../src/draft.js'
import { emojiModifier } from '../src/emoji.js'

const parser = new ParseEnglish()
parser.tokenizeSentencePlugins.unshift(emoticonModifier as never, emojiModifier as never)

function tokens(text: string): string[] {
  const out: string[] = []
  const walk = (node: { type: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }) => {
    if (node.type === 'EmoticonNode' || node.type === 'SymbolNode' || node.type === 'WordNode') {
      const slice = text.slice(node.position!.start.offset, node.position!.end.offset)
      out.push(`${node.type.replace('Node', '')}:${slice}`)
      return
    }
    for (const child of node.children ?? []) walk(child as never)
  }
  walk(parser.parse(text) as never)
  return out
}

describe('emoji tokens', () => {
  it('merges ZWJ sequences, skin tones, VS16, flags and keycaps into one token each', () => {
    expect(tokens('Hi 👨‍👩‍👧 👍🏽 ❤️ 🇬🇧 1️⃣ 🏴‍☠️ ok')).toEqual([
      'Word:Hi', 'Emoticon:👨‍👩‍👧', 'Emoticon:👍🏽', 'Emoticon:❤️', 'Emoticon:🇬🇧', 'Emoticon:1️⃣', 'Emoticon:🏴‍☠️', 'Word:ok',
    ])
  })
  it('splits emoji runs and words glued to emoji, keeping the words', () => {
    expect(tokens('haha😂😂 ok❤️thanks')).toEqual(['Word:haha', 'Emoticon:😂', 'Emoticon:😂', 'Word:ok', 'Emoticon:❤️', 'Word:thanks'])
  })
  it('leaves text-style symbols and emoticons alone', () => {
    expect(tokens('© ™ 5 :) x')).toEqual(['Symbol:©', 'Symbol:™', 'Word:5', 'Emoticon::)', 'Word:x'])
  })
  it('keeps line and column true on later lines', () => {
    const tree = parser.parse('a\nb 😂') as Root
    const sentence = (tree.children[0] as { children: Array<{ children: Array<{ type: string; position?: { start: { line: number; column: number } } }> }> }).children[0]!
    const emoji = sentence.children.find((node) => node.type === 'EmoticonNode')!
    expect(emoji.position?.start).toMatchObject({ line: 2, column: 3 })
  })
  it('stays linear on a long run of emoji', () => {
    const text = '😂'.repeat(50_000)
    const started = performance.now()
    expect(tokens(text).length).toBe(50_000)
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})

describe('phrase cues', () => {
  const words = (text: string) => {
    const draft = createDraft(text, undefined)
    return { draft, words: wordsOf(draft, parser.parse(draft.masked) as Root) }
  }
  it('matches from word starts only, to a word end, either apostrophe', () => {
    const index = compileCues([{ pattern: "i'm kidding", sureness: 2 }, { pattern: 'lo(?:lo){0,3}l', sureness: 2 }], 0, 'test')
    const { draft, words: list } = words('Lolly? I’m kidding, lolol. Xlol')
    expect(index.match(draft.masked, list).map((m) => draft.text.slice(m.start, m.end))).toEqual(['I’m kidding', 'lolol'])
  })
  it('drops cues under minSureness', () => {
    expect(compileCues([{ pattern: 'heh', sureness: 0 }, { pattern: 'haha', sureness: 2 }], 1, 'test').size).toBe(1)
  })
  it('indexes optional opening groups under both openings', () => {
    const index = compileCues([{ pattern: '(?:all )?jokes aside', sureness: 2 }], 0, 'test')
    const { draft, words: list } = words('Jokes aside, and all jokes aside.')
    expect(index.match(draft.masked, list).map((m) => draft.text.slice(m.start, m.end))).toEqual(['Jokes aside', 'all jokes aside'])
  })
  it('rejects patterns it cannot index, naming the cue', () => {
    expect(() => compileCues([{ pattern: '\\w{1,9} lol', sureness: 2 }], 0, 'rule "x"')).toThrow('rule "x": cue "\\\\w{1,9} lol" must start with a literal word')
    expect(() => compileCues([{ pattern: 'lo+l', sureness: 2 }], 0, 'rule "x"')).toThrow('rule "x": cue "lo+l" has an unbounded quantifier')
    expect(() => compileCues([{ pattern: 'lol [a-z]*', sureness: 2 }], 0, 'rule "x"')).toThrow('has an unbounded quantifier')
    expect(() => compileCues([{ pattern: '(lol)', sureness: 2 }], 0, 'rule "x"')).toThrow('has a capturing group')
    expect(() => compileCues([{ pattern: 'lo{2,1}l', sureness: 2 }], 0, 'rule "x"')).toThrow('is not a valid pattern')
  })
  it('bounds a cue\'s space runs (\\s* and \\s+) to 20 spaces', () => {
    const index = compileCues([{ pattern: 'ha(?=\\s*!)', sureness: 2 }], 0, 'test')
    const near = words(`Ha${' '.repeat(20)}!`)
    const far = words(`Ha${' '.repeat(21)}!`)
    expect(index.match(near.draft.masked, near.words)).toHaveLength(1)
    expect(index.match(far.draft.masked, far.words)).toHaveLength(0)
  })
  it('finds a cue whichever way its literal opening reads (optional characters and groups, alternatives, case, curly apostrophes)', () => {
    const index = compileCues(
      [
        { pattern: 'knock,? knock', sureness: 2 },
        { pattern: "(?:i'll|i will) say (?:it|this) again", sureness: 2 },
        { pattern: "(?:(?:well|oh),? )?that's just great", sureness: 2 },
        { pattern: 'lmf?ao{1,8}', sureness: 2 },
        { pattern: '(?<=\\bthe )gods', sureness: 2 },
      ],
      0,
      'test',
    )
    const text = "Knock knock. KNOCK, KNOCK. I’ll say it again; I will say this again. Oh, that's just great. " +
      'Well that’s just great. That’s just great. Lmao, lmfaooo. Blame the gods.'
    const { draft, words: list } = words(text)
    expect(index.match(draft.masked, list).map((m) => draft.text.slice(m.start, m.end))).toEqual([
      'Knock knock', 'KNOCK, KNOCK', 'I’ll say it again', 'I will say this again', "Oh, that's just great",
      'Well that’s just great', 'That’s just great', 'Lmao', 'lmfaooo', 'gods',
    ])
  })
  it('leaves letters that fold to ASCII only case-insensitively (the Kelvin sign, long s) to the regexes', () => {
    const index = compileCues([{ pattern: 'thanks a lot', sureness: 2 }, { pattern: 'thanks a bunch', sureness: 2 }], 0, 'test')
    const { draft, words: list } = words('Than\u212As a lot. Thanks a bunch.')
    expect(index.match(draft.masked, list).map((m) => draft.text.slice(m.start, m.end))).toEqual(['Than\u212As a lot', 'Thanks a bunch'])
  })
  it('finds every cue of a key shared by more cues than its openings trie tells apart', () => {
    // "lol ba", "lol bb", … "lol bz", "lol ca", …
    const name = (i: number) => `lol ${String.fromCharCode(98 + Math.floor(i / 26), 97 + (i % 26))}`
    for (const count of [31, 40]) {
      const index = compileCues(Array.from({ length: count }, (_, i) => ({ pattern: name(i), sureness: 2 as const })), 0, 'test')
      const { draft, words: list } = words(`${name(0)}, ${name(30)} and ${name(count - 1)}. Lol zz.`)
      expect(index.match(draft.masked, list).map((m) => draft.text.slice(m.start, m.end))).toEqual([name(0), name(30), name(count - 1)])
    }
  })
  it('lets a context check turn a match down and try the next candidate', () => {
    const index = compileCues([{ pattern: 'oh great', sureness: 2 }, { pattern: 'oh', sureness: 2 }], 0, 'test')
    const { draft, words: list } = words('Oh great.')
    const found = index.match(draft.masked, list, (match) => match.end - match.start < 5)
    expect(found.map((m) => draft.text.slice(m.start, m.end))).toEqual(['Oh'])
  })
})

describe('removalFix', () => {
  const apply = (text: string, cue: string) => {
    const start = text.indexOf(cue)
    const { range, text: insert } = removalFix(text, start, start + cue.length)
    return text.slice(0, range[0]) + insert + text.slice(range[1])
  }
  it('removes a sentence-opening cue and capitalises what follows', () => {
    expect(apply('Per my last message, you need to verify.', 'Per my last message')).toBe('You need to verify.')
  })
  it('removes a cue at a sentence end with the comma before it', () => {
    expect(apply("I'm not a robot, haha. Your refund is in.", 'haha')).toBe("I'm not a robot. Your refund is in.")
  })
  it('removes a sentence that is only the cue, with its end mark', () => {
    expect(apply('Done. Haha! Anything else?', 'Haha')).toBe('Done. Anything else?')
    expect(apply('All set 😂', '😂')).toBe('All set')
  })
  it('removes a cue mid-sentence with the space after it', () => {
    expect(apply('Your order 😂 is packed.', '😂')).toBe('Your order is packed.')
  })
})
