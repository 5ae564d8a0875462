/**
 * Child process for the spelling bench, so the figure starts from a clean
 * process: `rss` lints the whole perf corpus and reports RSS after 100 drafts
 * and the peak. Prints one JSON line. (Cold start: cold-start.mjs, run
 * without tsx.)
 */
const mode = process.argv[2]

if (mode === 'rss') {
  const { createLinter } = await import('../../../src/node.js')
  const { perfCorpus } = await import('../shared.js')
  const drafts = perfCorpus() ?? []
  const linter = await createLinter()
  let after100 = 0
  let peak = 0
  drafts.forEach((draft, index) => {
    linter.lint(draft.text)
    const rss = process.memoryUsage().rss
    if (index === 99) after100 = rss
    if (index >= 99) peak = Math.max(peak, rss)
  })
  console.log(JSON.stringify({ after100, peak, drafts: drafts.length }))
} else {
  throw new Error(`spelling-child: unknown mode ${JSON.stringify(mode)}`)
}
