/**
 * The README's rules table, rendered from the registry. `npm run docs` writes it
 * between the <!-- rules:start --> and <!-- rules:end --> markers;
 * test/readme.test.ts fails when the README and the registry disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ruleRegistry } from '../../src/linter.js'

export const README = fileURLToPath(new URL('../../README.md', import.meta.url))
const START = '<!-- rules:start -->'
const END = '<!-- rules:end -->'

export function renderRulesTable(): string {
  const rows = [...ruleRegistry.values()].map(({ meta }) => {
    const context = meta.requires.length ? meta.requires.join(', ') : '—'
    const marks = [meta.fixable ? 'fix' : '', meta.hasSuggestions ? 'suggestions' : ''].filter(Boolean).join(', ') || '—'
    return `| [\`${meta.id}\`](rules/${meta.id}/README.md) | ${meta.practice} | ${meta.description} | ${meta.severity} | ${marks} | ${context} |`
  })
  return [
    '| rule | practice | what it checks | recommended | fixes | needs |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

export function withRulesTable(readme: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} and ${END} markers`)
  return `${readme.slice(0, start + START.length)}\n${renderRulesTable()}\n${readme.slice(end)}`
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(README, withRulesTable(readFileSync(README, 'utf8')))
  console.log('README.md rules table updated')
}
