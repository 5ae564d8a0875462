/**
 * Child process for the spelling bench, so each figure starts from a clean
 * process: `cold-replylint` / `cold-harper` time from the first line of this
 * module to the first result (imports, dictionary, setup, one lint);
 * `rss` lints the whole perf corpus and reports RSS after 100 drafts and the
 * peak. Prints one JSON line.
 */
const started = performance.now()
const mode = process.argv[2]
const FIRST_DRAFT = 'Thanks for waitng, your refund was proccessed today and should arive in 3 days.'

if (mode === 'cold-replylint') {
  const { createLinter } = await import('../../../src/node.js')
  const linter = await createLinter()
  const result = linter.lint(FIRST_DRAFT)
  const ms = performance.now() - started
  console.log(JSON.stringify({ ms, messages: result.messages.filter((m) => m.ruleId === 'spelling').length }))
} else if (mode === 'cold-harper') {
  const { LocalLinter } = await import('harper.js')
  const { slimBinary } = await import('harper.js/slimBinary')
  const linter = new LocalLinter({ binary: slimBinary })
  const lints = await linter.lint(FIRST_DRAFT)
  for (const lint of lints) lint.suggestions()
  const ms = performance.now() - started
  console.log(JSON.stringify({ ms, messages: lints.length }))
} else if (mode === 'rss') {
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
