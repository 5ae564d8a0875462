import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { README, withRulesTable } from './tools/rules-table.js'

describe('README', () => {
  const readme = readFileSync(README, 'utf8')

  it('lists exactly the registry’s rules (run `npm run docs` after changing a rule)', () => {
    expect(readme).toBe(withRulesTable(readme))
  })

  it('has a quick start of exactly two commands, which .ci/run runs', () => {
    const quickStart = readme.split('## Quick start')[1]!.split('```sh\n')[1]!.split('```')[0]!
    const commands = quickStart.trim().split('\n').map((line) => line.replace(/\s+#.*$/, '').trim())
    expect(commands).toEqual(['npm ci && npm start', 'npm test'])
    const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')
    expect(ci).toContain('npm start')
    expect(ci).toContain('npm test')
  })
})
