/**
 * Every rule has a docs page (rules/<id>/README.md) whose examples are linted
 * here, so the docs cannot drift from the behaviour:
 *   ```text fires      — the draft must get a message from the rule
 *   ```text passes     — it must not
 *   ```json fires|passes with {"draft", "context"?, "options"?} for examples that need context
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ruleRegistry } from '../src/linter.js'
import type { LintContext } from '../src/types.js'
import { linterFor } from './helpers/rule-tester.js'

interface Example {
  draft: string
  context?: LintContext
  options?: Record<string, unknown>
  fires: boolean
}

const fence = /```(text|json) (fires|passes)\n([\s\S]*?)\n```/g

function examplesOf(markdown: string): Example[] {
  return [...markdown.matchAll(fence)].map(([, lang, verdict, body]) => {
    const fires = verdict === 'fires'
    if (lang === 'text') return { draft: body!, fires }
    const parsed = JSON.parse(body!) as Omit<Example, 'fires'>
    return { ...parsed, fires }
  })
}

describe('rule docs pages', () => {
  for (const [id, rule] of ruleRegistry) {
    const path = new URL(`../rules/${id}/README.md`, import.meta.url)
    it(`${id} has a docs page naming its practice, with examples both ways`, () => {
      expect(existsSync(path)).toBe(true)
      const markdown = readFileSync(path, 'utf8')
      expect(markdown.startsWith(`# ${id}\n`)).toBe(true)
      expect(markdown).toContain(`Practice ${rule.meta.practice}`)
      const examples = examplesOf(markdown)
      expect(examples.some((e) => e.fires)).toBe(true)
      expect(examples.some((e) => !e.fires)).toBe(true)
      expect(rule.meta.docs.endsWith(`/rules/${id}/README.md`)).toBe(true)
    })
    it(`${id} docs examples behave as documented`, async () => {
      if (!existsSync(path)) return
      for (const example of examplesOf(readFileSync(path, 'utf8'))) {
        const linter = await linterFor(id, example.options ? { options: example.options } : {})
        const messages = linter.lint(example.draft, example.context).messages.filter((m) => m.ruleId === id)
        expect(messages.length > 0, `${id}: ${example.draft}`).toBe(example.fires)
      }
    })
  }
})
