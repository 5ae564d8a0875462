/**
 * concise-reply (practice 2): a reply longer than one chat bubble reads as a
 * wall of text and stretches the session. A draft over `maxWords` words or
 * `maxSentences` sentences is reported from the sentence boundary nearest the
 * limit to its end: the part to send as a second message.
 *
 * Words are the parser's word tokens, so a masked URL, placeholder or id counts
 * as one word, as the customer will read it.
 */
import { DOCS_BASE, type SentenceRef, defineRule } from '../../src/rule.js'

export default defineRule({
  meta: {
    id: 'concise-reply',
    practice: 2,
    description: 'Keep each chat message short: a draft longer than one chat message should be split or cut.',
    category: 'session',
    severity: 'warn',
    fixable: false,
    hasSuggestions: false,
    requires: [],
    options: {
      maxWords: { type: 'number', default: 60, min: 1, integer: true, description: 'Most words in one chat message.' },
      maxSentences: { type: 'number', default: 6, min: 1, integer: true, description: 'Most sentences in one chat message.' },
    },
    docs: `${DOCS_BASE}concise-reply/README.md`,
  },
  create(context) {
    const { maxWords, maxSentences } = context.options
    // Sentences of prose: a sign-off, a bare link or "1/2" is not one.
    const sentences = context.sentences().filter((sentence) => sentence.words.some((word) => !word.masked && /\p{L}/u.test(word.value)))
    if (sentences.length > 1 && isSignOff(context.text, sentences[sentences.length - 1]!)) sentences.pop()
    let total = 0
    for (const sentence of sentences) total += sentence.words.length
    if (total <= maxWords && sentences.length <= maxSentences) return

    const limits = `${maxWords} words, ${maxSentences} sentences`
    const size = `${total} ${total === 1 ? 'word' : 'words'} in ${sentences.length} ${sentences.length === 1 ? 'sentence' : 'sentences'}`
    const split = splitPoint(sentences, maxWords, maxSentences)
    const first = sentences[0]!
    const last = sentences[sentences.length - 1]!
    if (split === undefined) {
      context.report({
        start: first.start,
        end: last.end,
        message: `This reply is ${size}, more than one chat message should carry (${limits}); shorten it`,
      })
      return
    }
    const before = sentences[split]!
    const after = sentences[split + 1]!
    let rest = 0
    for (let i = split + 1; i < sentences.length; i++) rest += sentences[i]!.words.length
    context.report({
      start: after.start,
      end: last.end,
      message:
        `This reply is ${size}, more than one chat message should carry (${limits}); ` +
        `send it as two messages, splitting after “${tail(context.text, before)}” (the rest is ${rest} ${rest === 1 ? 'word' : 'words'})`,
    })
  },
})

/**
 * Index of the sentence after which to split: the boundary whose first part
 * comes nearest `maxWords` without passing `maxSentences` sentences. Undefined
 * for a single sentence.
 */
export function splitPoint(sentences: readonly SentenceRef[], maxWords: number, maxSentences: number): number | undefined {
  let best: number | undefined
  let bestDistance = Infinity
  let words = 0
  for (let i = 0; i < sentences.length - 1 && i < maxSentences; i++) {
    words += sentences[i]!.words.length
    const distance = Math.abs(words - maxWords)
    if (distance < bestDistance) {
      best = i
      bestDistance = distance
    }
    if (words >= maxWords) break
  }
  return best
}

/** A closing line of at most three words with no sentence punctuation: "^Caroline", "Thanks, AK", "Best, Sam". */
function isSignOff(text: string, sentence: SentenceRef): boolean {
  return sentence.words.length <= 3 && !/[.!?]\s*$/.test(text.slice(sentence.start, sentence.end))
}

/** The last few words of a sentence, for the message. */
function tail(text: string, sentence: SentenceRef): string {
  const words = sentence.words
  const from = words.length > 4 ? words[words.length - 4]!.start : sentence.start
  return (from > sentence.start ? '…' : '') + text.slice(from, sentence.end).trim()
}
