/**
 * The spelling rule on its own resources:
 * - perf-corpus.jsonl: 2,000 support drafts with injected typos. Recall, false
 *   flags on correct tokens (against retext-spell with dictionary-en, out of the
 *   box, in the same run), share of caught typos with suggestions, top-1/top-3.
 * - spelling/holbrook-in-context.jsonl: real writing with every error tagged:
 *   precision and recall in context (British school writing: US-only flags of
 *   British spellings count against precision here).
 * - spelling/wikipedia-pairs.jsonl, aspell-pairs.jsonl: each misspelling as a
 *   draft: recall, and whether the correction is first or among the first three;
 *   also per half (even lines were used to tune the ranking, odd lines are held out).
 *   With --baselines, nspell (dictionary-en) and harper.js (LocalLinter, slim
 *   binary) on the same pairs, counted the same way, in worker threads beside
 *   this pass: whether a figure is beyond what dictionary checkers reach here.
 */
import dictionaryEn from 'dictionary-en'
import retextEnglish from 'retext-english'
import retextSpell from 'retext-spell'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { Worker } from 'node:worker_threads'
import { createLinter, ruleRegistry } from '../../../src/node.js'
import type { Linter } from '../../../src/linter.js'
import type { LintMessage } from '../../../src/types.js'
import { type EvalSuite, evalFile, fmt, pct, readJsonl } from '../shared.js'

interface Span {
  start: number
  end: number
  wrong: string
  right?: string
  target?: string
}

export function spellingOnly(): Promise<Linter> {
  const rules: Record<string, 'off' | 'warn'> = {}
  for (const id of ruleRegistry.keys()) rules[id] = id === 'spelling' ? 'warn' : 'off'
  return createLinter({ preset: 'all', rules })
}

const overlaps = (m: { offset: number; endOffset: number }, s: Span) => m.offset < s.end && m.endOffset > s.start

export const spelling: EvalSuite = {
  name: 'spelling',
  files: ['perf-corpus.jsonl', 'spelling/holbrook-in-context.jsonl', 'spelling/wikipedia-pairs.jsonl', 'spelling/aspell-pairs.jsonl'],
  async run({ show, baselines }) {
    const pairNames = ['wikipedia', 'aspell']
    const pairFiles = pairNames.map((name) => ({ name, path: evalFile(`spelling/${name}-pairs.jsonl`)! }))
    const others = baselines ? BASELINES.map((checker) => ({ checker, result: runBaseline(checker, pairFiles) })) : []
    const linter = await spellingOnly()
    const lines: string[] = []
    const details: string[] = []
    const spellingMessages = (text: string): LintMessage[] => linter.lint(text).messages.filter((m) => m.ruleId === 'spelling')

    // perf-corpus
    const drafts = readJsonl<{ id: number; text: string; misspellings: Span[] }>(evalFile('perf-corpus.jsonl')!)
    let typos = 0
    let caught = 0
    let withSuggestions = 0
    let top1 = 0
    let top3 = 0
    let falseFlags = 0
    const falseWords = new Map<string, number>()
    for (const draft of drafts) {
      const messages = spellingMessages(draft.text)
      for (const typo of draft.misspellings) {
        typos++
        const hit = messages.find((m) => overlaps(m, typo))
        if (!hit) {
          if (show.has('spelling')) details.push(`  MISSED perf ${draft.id}: ${typo.wrong} -> ${typo.right}`)
          continue
        }
        caught++
        const expected = hit.expected ?? []
        if (expected.length > 0) withSuggestions++
        if (expected[0] === typo.right) top1++
        else if (show.has('spelling-ranking')) details.push(`  RANK perf ${draft.id}: ${typo.wrong} -> ${typo.right} got [${expected.join(', ')}]`)
        if (expected.slice(0, 3).includes(typo.right!)) top3++
      }
      for (const m of messages) {
        if (draft.misspellings.some((typo) => overlaps(m, typo))) continue
        falseFlags++
        const word = draft.text.slice(m.offset, m.endOffset)
        falseWords.set(word, (falseWords.get(word) ?? 0) + 1)
      }
    }
    const baseline = retextSpellFalseFlags(drafts)
    lines.push(
      `  perf-corpus: recall ${fmt(caught / typos)} (${caught}/${typos}); false flags ${falseFlags} vs retext-spell ${baseline} ` +
        `(${fmt(falseFlags / baseline)}x, bar 0.100x); with suggestions ${pct(withSuggestions / caught)}; ` +
        `top-1 ${pct(top1 / caught)}, top-3 ${pct(top3 / caught)}`,
    )
    if (show.has('spelling')) {
      const top = [...falseWords.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60)
      details.push(`  false flags on perf-corpus: ${top.map(([w, n]) => `${w}×${n}`).join(', ')}`)
    }

    // holbrook-in-context
    const holbrook = readJsonl<{ id: string; text: string; errors: Span[] }>(evalFile('spelling/holbrook-in-context.jsonl')!)
    let errors = 0
    let nonWordErrors = 0
    let found = 0
    let foundNonWord = 0
    let flags = 0
    let rightFlags = 0
    let top1Context = 0
    const holbrookFalse = new Map<string, number>()
    for (const item of holbrook) {
      const messages = spellingMessages(item.text)
      flags += messages.length
      for (const m of messages) {
        if (item.errors.some((error) => overlaps(m, error))) rightFlags++
        else {
          const word = item.text.slice(m.offset, m.endOffset)
          holbrookFalse.set(word, (holbrookFalse.get(word) ?? 0) + 1)
        }
      }
      for (const error of item.errors) {
        errors++
        const singleToken = !/\s/.test(error.wrong)
        const nonWord = singleToken && spellingMessages(error.wrong).length > 0
        if (nonWord) nonWordErrors++
        const hit = messages.find((m) => overlaps(m, error))
        if (hit) {
          found++
          if (nonWord) foundNonWord++
          if (hit.expected?.[0] === error.target) top1Context++
        }
      }
    }
    lines.push(
      `  holbrook-in-context: P ${fmt(rightFlags / flags)} (${rightFlags}/${flags})  R ${fmt(found / errors)} over all ${errors} errors, ` +
        `${fmt(foundNonWord / nonWordErrors)} over ${nonWordErrors} non-word errors; top-1 ${pct(top1Context / found)}`,
    )
    if (show.has('spelling')) {
      const top = [...holbrookFalse.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)
      details.push(`  unlabelled flags on holbrook: ${top.map(([w, n]) => `${w}×${n}`).join(', ')}`)
    }

    // Misspelling -> correction pairs.
    const ours: Record<string, Halves> = {}
    for (const { name, path } of pairFiles) {
      const pairs = readJsonl<{ misspelling: string; correct: string }>(path)
      // Ranking was developed on the even lines only: the odd lines are reported as held out.
      const halves: Halves = [emptyHalf(), emptyHalf()]
      pairs.forEach((pair, line) => {
        const half = halves[line % 2]!
        half.pairs++
        const m = spellingMessages(pair.misspelling)[0]
        if (!m) return
        half.flagged++
        const expected = m.expected ?? []
        if (expected[0] === pair.correct) half.first++
        if (expected.slice(0, 3).includes(pair.correct)) half.three++
        else if (show.has('spelling-ranking')) details.push(`  RANK ${name}: ${pair.misspelling} -> ${pair.correct} got [${expected.join(', ')}]`)
      })
      ours[name] = halves
      const [dev, held] = halves
      const all = total(halves)
      lines.push(
        `  ${name}-pairs: recall ${fmt(all.flagged / all.pairs)} (${all.flagged}/${all.pairs}); correction first ${pct(all.first / all.flagged)}, ` +
          `in top 3 ${pct(all.three / all.flagged)} of flagged (${pct(all.three / all.pairs)} of all pairs); ` +
          `top 3 on even lines (dev) ${pct(dev.three / dev.flagged)}, odd lines (held out) ${pct(held.three / held.flagged)}`,
      )
    }
    if (others.length > 0) {
      lines.push('  baselines on the pairs (first / top 3 of flagged / top 3 of all pairs; recall):')
      const results = await Promise.all(others.map(async ({ checker, result }) => ({ checker, result: await result })))
      for (const name of pairNames) {
        const row = (label: string, halves: Halves) => {
          const all = total(halves)
          return (
            `    ${`${name}-pairs`.padEnd(16)} ${label.padEnd(30)} ${pct(all.first / all.flagged).padStart(6)} / ` +
            `${pct(all.three / all.flagged).padStart(6)} / ${pct(all.three / all.pairs).padStart(6)}; recall ${fmt(all.flagged / all.pairs)}`
          )
        }
        lines.push(row('replylint', ours[name]!))
        for (const { checker, result } of results) lines.push(row(BASELINE_LABELS[checker], result[name]!))
      }
    }
    return [...lines, ...details]
  },
}

interface Half {
  pairs: number
  flagged: number
  first: number
  three: number
}
type Halves = [dev: Half, held: Half]

const emptyHalf = (): Half => ({ pairs: 0, flagged: 0, first: 0, three: 0 })
const total = ([dev, held]: Halves): Half => ({
  pairs: dev.pairs + held.pairs,
  flagged: dev.flagged + held.flagged,
  first: dev.first + held.first,
  three: dev.three + held.three,
})

const BASELINES = ['nspell', 'harper'] as const
type Baseline = (typeof BASELINES)[number]
const BASELINE_LABELS: Record<Baseline, string> = { nspell: 'nspell (dictionary-en)', harper: 'harper.js (LocalLinter, slim)' }

/** One baseline checker over the pair files in a worker thread (spelling-baseline-worker.mjs). */
function runBaseline(checker: Baseline, files: Array<{ name: string; path: string }>): Promise<Record<string, Halves>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./spelling-baseline-worker.mjs', import.meta.url), { workerData: { checker, files } })
    worker.once('message', (result: Record<string, Halves>) => {
      resolve(result)
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`spelling baseline ${checker}: worker exited with ${code}`))
    })
  })
}

/** retext-spell with dictionary-en and default options: flags outside the labelled typos. */
function retextSpellFalseFlags(drafts: ReadonlyArray<{ text: string; misspellings: Span[] }>): number {
  const processor = unified().use(retextEnglish).use(retextSpell, { dictionary: dictionaryEn })
  let count = 0
  for (const draft of drafts) {
    const file = new VFile(draft.text)
    processor.runSync(processor.parse(file), file)
    for (const message of file.messages) {
      const start = message.place && 'start' in message.place ? message.place.start.offset ?? 0 : 0
      const end = message.place && 'end' in message.place ? message.place.end.offset ?? start : start
      if (!draft.misspellings.some((typo) => start < typo.end && end > typo.start)) count++
    }
  }
  return count
}
