/**
 * Cold start to the first result, in a fresh process run by plain node (no
 * transpiler hooks, so neither side pays for tsx): from the first line of this
 * module through the imports, the dictionary, setup and one lint with
 * suggestions. `replylint` imports the built package (dist/src/node.js, what
 * users import); the bench checks dist is not older than the sources first.
 * Prints one JSON line.
 */
const started = performance.now()
const mode = process.argv[2]
const FIRST_DRAFT = 'Thanks for waitng, your refund was proccessed today and should arive in 3 days.'

if (mode === 'replylint') {
  const { createLinter } = await import('../../../dist/src/node.js')
  const linter = await createLinter()
  const result = linter.lint(FIRST_DRAFT)
  const ms = performance.now() - started
  console.log(JSON.stringify({ ms, messages: result.messages.filter((m) => m.ruleId === 'spelling').length }))
} else if (mode === 'harper') {
  const { LocalLinter } = await import('harper.js')
  const { slimBinary } = await import('harper.js/slimBinary')
  const linter = new LocalLinter({ binary: slimBinary })
  const lints = await linter.lint(FIRST_DRAFT)
  for (const lint of lints) lint.suggestions()
  const ms = performance.now() - started
  console.log(JSON.stringify({ ms, messages: lints.length }))
} else {
  throw new Error(`cold-start: unknown mode ${JSON.stringify(mode)} (replylint or harper)`)
}
