/**
 * A dictionary checker as a baseline on the misspelling -> correction pairs,
 * counted as the spelling suite counts replylint: each misspelling is linted on
 * its own; it is flagged when the checker calls it wrong, and the correction is
 * compared (exactly, case included) with the first and the first three
 * suggestions. Tallied per half (even lines dev, odd lines held out).
 *
 * Runs in a worker thread (plain JavaScript, no transpiler), so nspell and
 * harper.js share the machine's cores with replylint's own pass. workerData:
 * { checker: 'nspell' | 'harper', files: { name, path }[] }; posts
 * { [name]: [dev, held] } with { pairs, flagged, first, three } each.
 *
 * - nspell with dictionary-en: correct(), then suggest() (best first).
 * - harper.js LocalLinter with the slim binary: lints of kind Spelling or Typo
 *   over the word; their suggestions' replacement texts in order.
 */
import { readFileSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'

const { checker, files } = workerData

function pairsOf(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
}

async function suggester() {
  if (checker === 'nspell') {
    const { default: dictionaryEn } = await import('dictionary-en')
    const { default: nspell } = await import('nspell')
    const spell = nspell(dictionaryEn)
    return async (word) => (spell.correct(word) ? undefined : spell.suggest(word))
  }
  if (checker === 'harper') {
    const { LocalLinter } = await import('harper.js')
    const { slimBinary } = await import('harper.js/slimBinary')
    const linter = new LocalLinter({ binary: slimBinary })
    await linter.setup()
    return async (word) => {
      const lint = (await linter.lint(word)).find((l) => l.lint_kind() === 'Spelling' || l.lint_kind() === 'Typo')
      return lint?.suggestions().map((s) => s.get_replacement_text())
    }
  }
  throw new Error(`spelling baseline: unknown checker ${JSON.stringify(checker)} (nspell or harper)`)
}

const suggest = await suggester()
const result = {}
for (const { name, path } of files) {
  const halves = [0, 1].map(() => ({ pairs: 0, flagged: 0, first: 0, three: 0 }))
  const pairs = pairsOf(path)
  for (let line = 0; line < pairs.length; line++) {
    const pair = pairs[line]
    const half = halves[line % 2]
    half.pairs++
    const expected = await suggest(pair.misspelling)
    if (!expected) continue
    half.flagged++
    if (expected[0] === pair.correct) half.first++
    if (expected.slice(0, 3).includes(pair.correct)) half.three++
  }
  result[name] = halves
}
parentPort.postMessage(result)
