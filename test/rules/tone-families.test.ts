/**
 * Cue families for no-sarcasm and no-jokes: every phrasing in a family must be
 * reported (the message covering its cue), and every near-miss guard beside it
 * must pass. Each rule runs alone through the real engine.
 */
import { describe, expect, it } from 'vitest'
import { linterFor } from '../helpers/rule-tester.js'
import { type Family, jokeFamilies, sarcasmFamilies } from './tone-families.js'

function familyTests(ruleId: string, families: Family[]): void {
  describe(ruleId, () => {
    for (const family of families) {
      describe(family.name, () => {
        for (const [draft, cue] of family.fires) {
          it(`fires: ${draft}`, async () => {
            const linter = await linterFor(ruleId)
            const at = cue === '' ? draft.length : draft.indexOf(cue)
            expect(at, 'the cue is in the draft').toBeGreaterThanOrEqual(0)
            const spans = linter.lint(draft).messages.filter((m) => m.ruleId === ruleId).map((m) => [m.offset, m.endOffset])
            expect(spans.some(([start, end]) => cue === '' || (start! <= at && end! >= at + cue.length)), JSON.stringify(spans)).toBe(true)
          })
        }
        for (const draft of family.passes) {
          it(`passes: ${draft}`, async () => {
            const linter = await linterFor(ruleId)
            const messages = linter.lint(draft).messages.filter((m) => m.ruleId === ruleId)
            expect(messages.map((m) => draft.slice(m.offset, m.endOffset))).toEqual([])
          })
        }
      })
    }
  })
}

familyTests('no-sarcasm', sarcasmFamilies)
familyTests('no-jokes', jokeFamilies)
