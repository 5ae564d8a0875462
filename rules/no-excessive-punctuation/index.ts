/**
 * no-excessive-punctuation (practice 6): "!!!", "???" and "?!?!" read as
 * shouting or exasperation in chat, and so does a short reply where most
 * sentences end in "!".
 *
 * Runs of marks are fixed to one mark ("?" when the run asks something, else
 * "!"). A reply crowded with single exclamation marks gets one message with a
 * suggestion to keep the first and end the rest with a full stop. Masked syntax
 * (URLs, code, quotes, placeholders) is never read: the scan runs on the masked text.
 */
import { DOCS_BASE, defineRule } from '../../src/rule.js'

/** Exclamation-like and question-like marks, ASCII, full-width and the double-mark characters. */
const EXCLAIM = new Set(['!', '\uFF01', '\u2757', '\u2755'])
const QUESTION = new Set(['?', '\uFF1F', '\u2753', '\u2754'])
/** One character, two marks: ‼ ⁇ ⁈ ⁉. */
const DOUBLE = new Map([
  ['\u203C', '!'],
  ['\u2047', '?'],
  ['\u2048', '?'],
  ['\u2049', '?'],
])

export default defineRule({
  meta: {
    id: 'no-excessive-punctuation',
    practice: 6,
    description: 'Disallow runs of exclamation and question marks ("!!!", "???", "?!?!") and replies crowded with "!".',
    category: 'tone',
    severity: 'warn',
    fixable: true,
    hasSuggestions: true,
    requires: [],
    options: {
      maxRun: {
        type: 'number',
        default: 1,
        min: 1,
        max: 10,
        integer: true,
        description: 'Most marks allowed in a row ("!!" is a run of 2).',
      },
      maxExclamations: {
        type: 'number',
        default: 2,
        min: 0,
        max: 100,
        integer: true,
        description:
          'Most sentences that may end in "!" when they are half or more of the reply; above it the reply gets one message (0 turns the check off).',
      },
    },
    docs: `${DOCS_BASE}no-excessive-punctuation/README.md`,
  },
  create(context) {
    const { masked, text, options } = context
    // Fast exit: most replies have no mark at all.
    if (!/[!?\uFF01\uFF1F\u2757\u2755\u2753\u2754\u203C\u2047-\u2049]/.test(masked)) return

    for (let at = 0; at < masked.length; at++) {
      const char = masked[at]!
      if (!isMark(char)) continue
      // A run: marks, and "1"s typed with a held shift key inside one ("!!1!").
      let end = at
      let marks = 0
      let asks = false
      while (end < masked.length) {
        const next = masked[end]!
        if (isMark(next)) {
          marks += DOUBLE.has(next) ? 2 : 1
          if (QUESTION.has(next) || DOUBLE.get(next) === '?') asks = true
          end++
        } else if (next === '1' && marks > 0 && isMark(masked[end + 1] ?? '')) {
          end++
        } else break
      }
      // Trailing "1"s after a run ("!!!11") belong to it too.
      while (masked[end] === '1' && marks >= 2 && !/[\p{L}\p{N}]/u.test(masked[end + 1] ?? '')) end++
      if (marks > options.maxRun) {
        const actual = text.slice(at, end)
        const single = asks ? '?' : '!'
        context.report({
          start: at,
          end,
          message: `“${actual}” ${asks ? 'reads as exasperation' : 'reads as shouting'} in chat; one “${single}” is enough`,
          actual,
          expected: [single],
          fix: { range: [at, end], text: single },
          suggestions: [{ message: `Write “${single}”`, fix: { range: [at, end], text: single } }],
        })
      }
      at = end - 1
    }

    if (options.maxExclamations > 0) crowded()

    /** Many sentences ending in a single "!" in a short reply. */
    function crowded(): void {
      const sentences = context.sentences()
      const exclaimed: number[] = []
      let counted = 0
      for (const sentence of sentences) {
        let end = sentence.end
        while (end > sentence.start && /\s/.test(masked[end - 1]!)) end--
        if (end === sentence.start) continue
        counted++
        const last = masked[end - 1]!
        if (EXCLAIM.has(last) && !isMark(masked[end - 2] ?? '')) exclaimed.push(end - 1)
      }
      if (exclaimed.length <= options.maxExclamations || exclaimed.length * 2 < counted) return
      // One message, on the mark that tips the reply over; the agent chooses which to soften.
      const at = exclaimed[options.maxExclamations]!
      context.report({
        start: at,
        end: at + 1,
        message: `${exclaimed.length} of ${counted} sentences end in “!”: a reply full of exclamation marks reads as over-excited or shouting; end some with a full stop`,
        actual: text[at]!,
        expected: ['.'],
        suggestions: [{ message: 'End this sentence with “.”', fix: { range: [at, at + 1], text: '.' } }],
      })
    }
  },
})

function isMark(char: string): boolean {
  return EXCLAIM.has(char) || QUESTION.has(char) || DOUBLE.has(char)
}
