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
import { DOCS_BASE, type RuleContext, defineRule } from '../../src/rule.js'

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
    MARK_RUN.lastIndex = 0
    for (let match = MARK_RUN.exec(masked); match; match = MARK_RUN.exec(masked)) {
      const run = match[0]
      let marks = 0
      let asks = false
      for (const char of run) {
        if (char === '1') continue
        const double = DOUBLE.get(char)
        marks += double ? 2 : 1
        if (double === '?' || QUESTION.has(char)) asks = true
      }
      if (marks <= options.maxRun) continue
      const start = match.index
      const end = start + run.length
      const actual = text.slice(start, end)
      const single = asks ? '?' : '!'
      context.report({
        start,
        end,
        message: `“${actual}” ${asks ? 'reads as exasperation' : 'reads as shouting'} in chat; one “${single}” is enough`,
        actual,
        expected: [single],
        fix: { range: [start, end], text: single },
        suggestions: [{ message: `Write “${single}”`, fix: { range: [start, end], text: single } }],
      })
    }

    if (options.maxExclamations > 0 && countExclamations(masked) > options.maxExclamations) crowded(context)
  },
})

/** Many sentences ending in a single "!" in a short reply: one message. */
function crowded(context: RuleContext<{ readonly maxExclamations: number }>): void {
  const { masked, text, options } = context
  const exclaimed: number[] = []
  let counted = 0
  for (const sentence of context.sentences()) {
    let end = sentence.end
    while (end > sentence.start && isSpace(masked.charCodeAt(end - 1))) end--
    if (end === sentence.start) continue
    counted++
    if (EXCLAIM.has(masked[end - 1]!) && !isMark(masked[end - 2] ?? '')) exclaimed.push(end - 1)
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

/**
 * A run of two or more marks, with "1"s typed on a held shift key inside or after
 * it ("!!1!", "!!!11"), or one double-mark character. No nested quantifiers over
 * the same characters: linear on any input.
 */
const MARKS = '!?\uFF01\uFF1F\u2757\u2755\u2753\u2754\u203C\u2047-\u2049'
const MARK_RUN = new RegExp(`(?:[${MARKS}](?:1*[${MARKS}])+|[\u203C\u2047-\u2049])(?:1+(?!\\w))?`, 'g')

function countExclamations(masked: string): number {
  let count = 0
  for (let at = masked.indexOf('!'); at !== -1; at = masked.indexOf('!', at + 1)) count++
  return count
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0
}

function isMark(char: string): boolean {
  return EXCLAIM.has(char) || QUESTION.has(char) || DOUBLE.has(char)
}
