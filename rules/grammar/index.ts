/**
 * grammar (practice 6): slips a reader notices at once and a fix can mend:
 * repeated words, "a"/"an", a lower-case "i", a sentence starting in lower
 * case, and contractions missing their apostrophe.
 *
 * Repeated words, articles and contractions come from retext-repeated-words,
 * retext-indefinite-article and retext-contractions: their transformers run
 * on excerpts of the linter's tree (of each segment's tree, for a long draft:
 * the `piece` hook), into a scratch file, and each finding is kept only
 * when it touches no masked syntax (a placeholder is parsed as filler, so
 * "an {{product}}" says nothing about the article). Everything is autofixed
 * except "cant"/"wont" away from a subject pronoun (real words, rarely).
 */
import type { Root, Sentence as SentenceNode, Word as WordNode } from 'nlcst'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { DOCS_BASE, type RuleContext, type TreePiece, type WordRef, defineRule } from '../../src/rule.js'
import { ambiguousContractions, extraContractions, subjectPronouns } from './contractions.js'

type Transformer = (tree: Root, file: VFile) => void

/** Stateless transformers, built once by `load` before the rule sees a draft. */
let findRepeated: Transformer
let findArticles: Transformer
let findContractionsStraight: Transformer
let findContractionsSmart: Transformer

async function loadPlugins(): Promise<void> {
  const { retextContractions, retextIndefiniteArticle, retextRepeatedWords } = await import('./plugins.js')
  findRepeated = (retextRepeatedWords as unknown as () => Transformer)()
  findArticles = (retextIndefiniteArticle as unknown as () => Transformer)()
  findContractionsStraight = (retextContractions as unknown as (o: object) => Transformer)({ straight: true, allowLiterals: true })
  findContractionsSmart = (retextContractions as unknown as (o: object) => Transformer)({ straight: false, allowLiterals: true })
}

/** Words that may be doubled on purpose: "bye bye", "very very", "no no". */
const DOUBLED_ON_PURPOSE = new Set(['bye', 'ha', 'haha', 'hey', 'no', 'yes', 'very', 'really', 'so', 'knock', 'tsk', 'hush', 'chop', 'yeah', 'ok', 'okay', 'hi'])
const SUBJECTS = new Set(subjectPronouns)
/** Abbreviations whose full stop ends no sentence. */
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|approx|incl|est|no|nos|st|mr|mrs|ms|dr|jr|sr|ref|min|max|dept|ext|fig|vol|p|pp|a\.m|p\.m)\.$/i

export default defineRule({
  meta: {
    id: 'grammar',
    practice: 6,
    description: 'Disallow repeated words, a wrong "a"/"an", a lower-case "i", sentences starting in lower case and contractions missing their apostrophe.',
    category: 'correctness',
    severity: 'warn',
    fixable: true,
    hasSuggestions: true,
    requires: [],
    options: {
      sentenceCase: { type: 'boolean', default: true, description: 'Report sentences that start with a lower-case letter.' },
    },
    docs: `${DOCS_BASE}grammar/README.md`,
  },
  load: loadPlugins,
  // Repeated words and articles depend on the nodes between words: found while a piece's tree is alive.
  piece(piece): PieceFindings {
    const parts = excerpts(piece)
    return { repeated: scratch(findRepeated, parts.repeated), articles: scratch(findArticles, parts.articles) }
  },
  create(context) {
    const sentences = context.sentences()
    // Findings are rare: look their words up by offset (binary search) rather than index every word.
    const wordAt = {
      get(offset: number): WordRef | undefined {
        let low = 0
        let high = sentences.length - 1
        while (low < high) {
          const mid = (low + high + 1) >>> 1
          if (sentences[mid]!.start <= offset) low = mid
          else high = mid - 1
        }
        // Then the word by offset within the sentence, also by binary search: a long sentence with a
        // finding at every word ("the the the …") must not cost a scan of the sentence per finding.
        const words = sentences[low]?.words ?? []
        let from = 0
        let to = words.length - 1
        while (from <= to) {
          const mid = (from + to) >>> 1
          const start = words[mid]!.start
          if (start === offset) return words[mid]
          if (start < offset) from = mid + 1
          else to = mid - 1
        }
        return undefined
      },
    }
    const found = context.found
    /** One kind of finding over every piece (one piece unless the draft was long enough to split). */
    const foundAll = (kind: keyof PieceFindings) => (found.length === 1 ? found[0]![kind] : found.flatMap((piece) => piece[kind]))
    // Repeated words: keep the first, remove the second with the space before it.
    for (const message of foundAll('repeated')) {
      const first = wordAt.get(message.place && 'start' in message.place ? message.place.start.offset ?? -1 : -1)
      if (!first) continue
      const second = first.sentence.words[first.index + 1]
      if (!second || first.masked || second.masked) continue
      if (DOUBLED_ON_PURPOSE.has(first.value.toLowerCase())) continue
      const gap = context.text.slice(first.end, second.start)
      if (!/^[ \t]+$/.test(gap)) continue
      // "the the" is a doubled key press; "Is is okay?" was more likely "Is it okay?": suggest, don't fix.
      const remove = { range: [first.end, second.end] as [number, number], text: '' }
      context.report({
        start: first.start,
        end: second.end,
        message: `“${first.value}” is repeated; remove one`,
        actual: context.text.slice(first.start, second.end),
        expected: [first.value],
        ...(first.value === second.value ? { fix: remove } : {}),
        suggestions: [{ message: `Remove the second “${second.value}”`, fix: remove }],
      })
    }

    // "a" / "an": the next word must be real text, not a placeholder's filler.
    for (const message of foundAll('articles')) {
      const article = wordAt.get(message.place && 'start' in message.place ? message.place.start.offset ?? -1 : -1)
      const expected = message.expected?.[0]
      if (!article || article.masked || !expected) continue
      const next = article.sentence.words[article.index + 1]
      if (!next || next.masked) continue
      context.report({
        start: article.start,
        end: article.end,
        message: `Use “${expected}” before “${next.value}”`,
        actual: article.value,
        expected: [expected],
        fix: { range: [article.start, article.end], text: expected },
        suggestions: [{ message: `Write “${expected}”`, fix: { range: [article.start, article.end], text: expected } }],
      })
    }

    // Contractions without an apostrophe, in the apostrophe style the draft already uses.
    const smart = context.text.includes('\u2019')
    const apostrophe = (value: string) => (smart ? value.replace(/'/g, '\u2019') : value)
    const reportContraction = (word: WordRef, expected: string, fixable: boolean) => {
      const fix = { range: [word.start, word.end] as [number, number], text: expected }
      context.report({
        start: word.start,
        end: word.end,
        message: `“${word.value}” is missing its apostrophe: “${expected}”`,
        actual: word.value,
        expected: [expected],
        ...(fixable ? { fix } : {}),
        suggestions: [{ message: `Write “${expected}”`, fix }],
      })
    }
    const reported = new Set<number>()
    for (const message of scratch(smart ? findContractionsSmart : findContractionsStraight, contractionExcerpt(context.words()))) {
      const word = wordAt.get(message.place && 'start' in message.place ? message.place.start.offset ?? -1 : -1)
      const expected = message.expected?.[0]
      if (!word || word.masked || !expected || /['\u2019]/.test(word.value)) continue
      // "Id" is "I'd" only at a sentence start: "your account Id" is an id.
      if (word.value === 'Id' && !isSentenceStart(context, word)) continue
      reported.add(word.start)
      reportContraction(word, expected, true)
    }

    for (const word of context.words()) {
      const lower = word.value.toLowerCase()
      if (reported.has(word.start)) continue
      const extra = extraContractions[lower]
      if (extra) {
        reported.add(word.start)
        reportContraction(word, apostrophe(matchFirst(word.value, extra)), true)
        continue
      }
      const ambiguous = ambiguousContractions[lower]
      if (ambiguous && word.value === lower) {
        const previous = word.sentence.words[word.index - 1]
        const next = word.sentence.words[word.index + 1]
        const afterSubject = previous !== undefined && !previous.masked && SUBJECTS.has(previous.value.toLowerCase())
        // "the cant of", "his wont to": a determiner before, or nothing after, is the noun.
        const nounPlace = previous !== undefined && /^(?:the|a|an|his|her|their|its|our|my|your|of)$/i.test(previous.value)
        if (!nounPlace && next !== undefined && (afterSubject || /^(?:be|get|have|do|go|find|help|work|load|open|see|say|wait|make|take|let|stop|access|log|sign|change|send|use)$/i.test(next.value))) {
          reported.add(word.start)
          reportContraction(word, apostrophe(ambiguous), afterSubject)
        }
        continue
      }
      // The pronoun "i" (and "i'm", "i'll" …), not a list numeral "(i)" or "i.e.".
      if (lower === word.value && (lower === 'i' || /^i['\u2019](?:m|ll|ve|d)$/.test(lower))) {
        const before = context.text[word.start - 1] ?? ' '
        const after = context.text[word.end] ?? ' '
        if (before === '(' || after === ')' || after === '.') continue
        const expected = 'I' + word.value.slice(1)
        reported.add(word.start)
        context.report({
          start: word.start,
          end: word.start + 1,
          message: `Write the pronoun “I” as a capital`,
          actual: word.value,
          expected: [expected],
          fix: { range: [word.start, word.start + 1], text: 'I' },
          suggestions: [{ message: `Write “${expected}”`, fix: { range: [word.start, word.start + 1], text: 'I' } }],
        })
      }
    }

    // A draft ending in "*" corrects the previous message ("incorrect address*"): a fragment, not a sentence.
    if (context.options.sentenceCase && !context.text.trimEnd().endsWith('*')) {
      for (const word of context.words()) if (!reported.has(word.start)) checkSentenceStart(context, word)
    }
  },
})

/** A word without an apostrophe that may be a contraction missing one ("dont", "youre", "im", "yall"). */
const MAYBE_CONTRACTION = /^(?:\p{L}{1,7}(?:nt|re|ve|ll|m|d|s)|oclock|tis|twas|twere|yall)$/iu

/** What the plugins found in one piece of the draft. */
interface PieceFindings {
  repeated: VFileMessage[]
  articles: VFileMessage[]
}

/**
 * The plugins walk only the parts of the tree they could report on: a walk of the whole tree
 * per plugin allocated as much as the parse, and that garbage was the tail latency (GC pauses).
 */
function scratch(find: Transformer, excerpt: readonly SentenceNode[]): VFileMessage[] {
  const file = new VFile()
  if (excerpt.length === 0) return file.messages
  find({ type: 'RootNode', children: [{ type: 'ParagraphNode', children: [...excerpt] }] } as Root, file)
  return file.messages
}

/**
 * The smallest sentences the repeated-word and article plugins need, sharing
 * the real nodes: whole sentences with a word repeated; for each "a"/"an",
 * the stretch from the word before it to the word after it.
 */
function excerpts(piece: TreePiece): { repeated: SentenceNode[]; articles: SentenceNode[] } {
  const repeated: SentenceNode[] = []
  const articles: SentenceNode[] = []
  for (let s = 0; s < piece.sentences.length; s++) {
    const words = piece.sentences[s]!.words
    const node = piece.nodes[s]!
    const children = node.children
    let hasRepeat = false
    // Index of each word among the sentence's children (its WordNodes are its words, in order),
    // found by one forward scan when first needed.
    let childIndex: number[] | undefined
    const indexOf = (i: number): number => {
      if (!childIndex) {
        childIndex = []
        for (let c = 0; c < children.length && childIndex.length < words.length; c++) {
          if (children[c]!.type === 'WordNode') childIndex.push(c)
        }
      }
      return childIndex[i]!
    }
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!
      const lower = word.value.toLowerCase()
      if (i > 0 && words[i - 1]!.value.toLowerCase() === lower) hasRepeat = true
      if (lower === 'a' || lower === 'an') {
        const from = indexOf(i > 0 ? i - 1 : i)
        const to = indexOf(i + 1 < words.length ? i + 1 : i)
        if (to >= from && to < children.length) articles.push({ type: 'SentenceNode', children: children.slice(from, to + 1) })
      }
    }
    if (hasRepeat) repeated.push(node)
  }
  return { repeated, articles }
}

/**
 * Each word that may be a contraction, alone. retext-contractions reads a word
 * only as its text and place, and these words are letters only, outside masked
 * syntax (where the masked text is the draft's): a word node of one text node
 * stands for the parsed one.
 */
function contractionExcerpt(words: readonly WordRef[]): SentenceNode[] {
  const candidates: WordNode[] = []
  for (const word of words) {
    if (word.masked || !MAYBE_CONTRACTION.test(word.value)) continue
    const position = { start: { line: 1, column: 1, offset: word.start }, end: { line: 1, column: 1, offset: word.end } }
    candidates.push({ type: 'WordNode', children: [{ type: 'TextNode', value: word.value, position }], position })
  }
  return candidates.length > 0 ? [{ type: 'SentenceNode', children: candidates }] : []
}

function matchFirst(typed: string, expected: string): string {
  const first = typed.charAt(0)
  return first !== first.toLowerCase() ? expected.charAt(0).toUpperCase() + expected.slice(1) : expected
}

/** Whether the text before the word ends a sentence (or begins the draft). */
function isSentenceStart(context: RuleContext<unknown, unknown>, word: WordRef): boolean {
  let at = word.start - 1
  while (at >= 0 && /\s/.test(context.text[at]!)) at--
  return at < 0 || /[.!?]/.test(context.text[at]!)
}

/**
 * A sentence whose first word starts with a lower-case letter, when what
 * comes before is the start of the draft or a full stop, question or
 * exclamation mark and a space: not after a placeholder, a quote, a list
 * marker ("1.", "a."), an ellipsis, an abbreviation ("e.g.") or a bare line
 * break. Scanned per word: the parser starts no sentence at "check. it".
 */
function checkSentenceStart(context: RuleContext<{ sentenceCase: boolean }, unknown>, word: WordRef): void {
  const letter = word.value.charAt(0)
  if (letter === letter.toUpperCase() || !/\p{Ll}/u.test(letter) || word.value.includes('.')) return
  // Names written in lower case on purpose (iPhone, eBay, macOS), usernames (jdoe42), "*" corrections.
  if (/[\p{Lu}\p{N}]/u.test(word.value.slice(1)) || context.text[word.end] === '*') return
  let at = word.start - 1
  while (at >= 0 && /\s/.test(context.text[at]!)) at--
  if (at >= 0) {
    if (at === word.start - 1) return
    const mark = context.text[at]!
    if (!/[.!?]/.test(mark) || context.maskAt(at, at + 1)) return
    // A line break after the mark may start a list item or a quoted block; the mark still ends the sentence.
    const before = context.text.slice(Math.max(0, at - 12), at + 1)
    if (/(?:\.\.|…)$/.test(before) || ABBREVIATION_BEFORE.test(before) || /(?:^|\s)(?:\d{1,3}|[a-z])\.$/i.test(before)) return
  }
  const expected = letter.toUpperCase() + word.value.slice(1)
  context.report({
    start: word.start,
    end: word.end,
    message: `Start the sentence with a capital: “${expected}”`,
    actual: word.value,
    expected: [expected],
    fix: { range: [word.start, word.start + 1], text: letter.toUpperCase() },
    suggestions: [{ message: `Write “${expected}”`, fix: { range: [word.start, word.start + 1], text: letter.toUpperCase() } }],
  })
}
