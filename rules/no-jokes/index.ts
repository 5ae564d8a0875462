/**
 * no-jokes (practice 6): humour is easily misread in text, and a customer who
 * already has a problem reads it worst.
 *
 * Flags laughter (haha, lol, lmao and stretched forms), joke markers (jk, just
 * kidding), pointed-out puns (no pun intended), joking asides agents reach for
 * (my coffee hasn't kicked in, the printer has a mind of its own), and laughing,
 * winking and tongue-out emoji and emoticons. Smiles (🙂 😊 :)) are warmth and
 * pass. Every cue has a sureness; `minSureness` sets how sure a cue must be.
 */
import { type CueMatch, compileCues, removalFix, startsSentence, MIN_SURENESS_OPTION } from '../../src/cues.js'
import { DOCS_BASE, type EmoticonRef, defineRule } from '../../src/rule.js'
import { splitsSurrogatePair } from '../../src/text.js'
import type { EmojiCue, JokeCue, JokeKind } from './cues.js'

const WHY: Record<JokeKind, string> = {
  laughter: 'is laughter: humour is easily misread in chat, and a customer with a problem may feel laughed at',
  'joke-marker': 'marks a joke: humour is easily misread in chat, so say only what you mean',
  pun: 'points out a pun: wordplay is easily misread in chat, and the problem is no joke to the customer',
  wordplay: 'is a pun: wordplay is easily misread in chat, and the problem is no joke to the customer',
  aside: 'reads as a joking aside: humour is easily misread in chat; keep to the customer’s issue',
}
const EMOJI_WHY = 'turns this into a joke: humour is easily misread in chat, and a customer with a problem may feel laughed at'
/** Could the draft hold a humour emoji (astral pictographs) or emoticon? A fast native scan before walking the tree. */
const EMOTICON_HINT = /[\uD83D\uD83E]|[:;=]['-]?[PpDd)]|[xX]D/
/** Variation selectors and skin tones: "😉" and "😉🏽" are the same cue. */
const EMOJI_VARIANT = /[\uFE0E\uFE0F]|\p{Emoji_Modifier}/gu

export default defineRule({
  meta: {
    id: 'no-jokes',
    practice: 6,
    description: 'Disallow jokes in replies: laughter, "just kidding", puns, joking asides, and laughing or winking emoji.',
    category: 'tone',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    requires: [],
    options: {
      minSureness: MIN_SURENESS_OPTION,
    },
    docs: `${DOCS_BASE}no-jokes/README.md`,
  },
  // The cue lexicon: a chunk of its own in browser bundles.
  load: () => import('./cues.js'),
  setup(options, _env, { humourEmoji, jokeCues, warmth }) {
    return {
      cues: compileCues(jokeCues, options.minSureness, 'replylint: rule "no-jokes"'),
      emoji: new Map(humourEmoji.filter((e) => e.sureness >= options.minSureness).map((e) => [e.value, e])),
      warmth,
    }
  },
  create(context) {
    const { text, masked, state } = context
    const found: Array<CueMatch<JokeCue>> = state.cues.match(masked, context.words(), notAName)

    // Humour emoji first: the message covers the remark the emoji closes; a run ("😂😂😂") is one message.
    const emojiSpans: Array<[number, number]> = []
    if (state.emoji.size > 0 && EMOTICON_HINT.test(text)) {
      let run: { from: number; start: number; end: number; cue: EmojiCue } | undefined
      const flush = (): void => {
        if (!run) return
        const value = text.slice(run.start, run.end)
        emojiSpans.push([run.from, run.end])
        context.report({
          start: run.from,
          end: run.end,
          message: `“${value}” (${run.cue.name}) ${EMOJI_WHY}`,
          actual: value,
          expected: [''],
          suggestions: [{ message: `Remove “${value}”`, fix: removalFix(text, run.start, run.end) }],
        })
        run = undefined
      }
      for (const sentence of context.sentences()) {
        for (const emoticon of sentence.emoticons) {
          const { start, end } = emoticon
          if (context.maskAt(start, end)) continue
          const value = text.slice(start, end)
          const cue = state.emoji.get(value.replace(EMOJI_VARIANT, ''))
          if (!cue) continue
          // "XD" in capitals is also a model name ("XD is back in stock"): only alone does it laugh.
          if (value === 'XD' && !standsAlone(emoticon)) continue
          if (run && /^\s*$/.test(masked.slice(run.end, start))) {
            run.end = end
            continue
          }
          const from = remarkStart(masked, sentence.start, start)
          if (cue.grin && (from === start || state.warmth.test(masked.slice(from, start)))) continue
          flush()
          run = { from, start, end, cue }
        }
      }
      flush()
    }

    let asideEnd = -1
    for (const cue of found) {
      const actual = text.slice(cue.start, cue.end)
      // A laughing emoticon the tree already made an emoji ("xD") is reported once, with its remark.
      if (cue.cue.kind === 'laughter' && /^x-?d/i.test(actual) && emojiSpans.some(([from, to]) => from <= cue.start && to >= cue.end)) continue
      if (!cue.cue.removable) {
        // A joking aside: the message covers its clause, once (an emoji closing it, or an aside before, already said so).
        const [start, end] = clauseAround(masked, cue.start, cue.end)
        if (emojiSpans.some(([from, to]) => from <= cue.start && to >= cue.end)) continue
        if (start < asideEnd) continue
        asideEnd = end
        context.report({ start, end, message: `“${actual}” ${WHY[cue.cue.kind]}`, actual: text.slice(start, end) })
        continue
      }
      // "shocking bill, no pun intended": the message covers the pun too.
      const start = cue.cue.kind === 'pun' && /,\s?$/.test(masked.slice(Math.max(0, cue.start - 2), cue.start))
        ? clauseAround(masked, cue.start - 2, cue.start - 2)[0]
        : cue.start
      context.report({
        start,
        end: cue.end,
        message: `“${actual}” ${WHY[cue.cue.kind]}`,
        actual,
        expected: [''],
        suggestions: [{ message: `Remove “${actual}”`, fix: removalFix(text, cue.start, cue.end) }],
      })
    }
  },
})

/** Laughter before a capitalised word is a name: "LOL Surprise dolls", "the Haha Noodle Bar". */
function notAName(found: CueMatch<JokeCue>, masked: string): boolean {
  if (found.cue.when === 'sentence-start' && !startsSentence(found.word)) return false
  if (found.cue.kind !== 'laughter') return true
  const next = /^ (\p{Lu})(\p{L}*)/u.exec(masked.slice(found.end, found.end + 24))
  return !next || next[1] === 'I' && (next[2] === '' || next[2] === "'m")
}

/** "xD" is an emoticon at the end of a sentence or before another emoticon, not in "XD is back in stock". */
function standsAlone(emoticon: EmoticonRef): boolean {
  return emoticon.next === undefined || emoticon.next === 'PunctuationNode' || emoticon.next === 'EmoticonNode'
}

/** Where the remark an emoji closes begins: after the last clause mark or line break before it. */
function remarkStart(masked: string, floor: number, emojiStart: number): number {
  let at = emojiStart
  while (at > floor && emojiStart - at < 200 && !CLAUSE_END.has(masked[at - 1]!)) at--
  while (at < emojiStart && /\s/.test(masked[at]!)) at++
  return splitsSurrogatePair(masked, at) ? at + 1 : at
}

const CLAUSE_END = new Set(['.', '!', '?', '\n', ',', ';', ':', '\u2014', '(', ')'])

/** The clause around [start, end): between the nearest clause marks, trimmed. */
function clauseAround(masked: string, start: number, end: number): [number, number] {
  let from = start
  while (from > 0 && start - from < 200 && !CLAUSE_END.has(masked[from - 1]!)) from--
  let to = end
  while (to < masked.length && to - end < 200 && !CLAUSE_END.has(masked[to]!)) to++
  while (from < start && /\s/.test(masked[from]!)) from++
  while (to > end && /\s/.test(masked[to - 1]!)) to--
  // The 200-character bound can land inside an emoji: keep whole characters.
  if (splitsSurrogatePair(masked, from)) from++
  if (splitsSurrogatePair(masked, to)) to++
  return [from, to]
}
