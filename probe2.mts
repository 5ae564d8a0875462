import { createLinter } from './src/node.js'
import { perfCorpus } from './test/bench/shared.js'
const drafts = perfCorpus()!.map(d => d.text)
const which = process.argv[2]!
const rules: Record<string, string> = { 'no-all-caps': 'off', spelling: 'off', grammar: 'off' }
if (which !== 'none') rules[which] = 'warn'
const l = await createLinter({ rules: rules as never })
for (const t of drafts) l.lint(t)
const before = process.memoryUsage()
console.error('--- timed')
for (const t of drafts) l.lint(t)
