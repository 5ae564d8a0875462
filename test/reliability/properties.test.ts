/**
 * Property-based tests over every preset and every rule alone: hostile drafts
 * and transcripts never make lint() or fix() throw, and every result keeps the
 * contract (see oracle.ts). The configuration is drawn as part of each input,
 * so the runs are spread over all configurations and a rule that lands later
 * is covered with no edit here.
 */
import { fc, test } from '@fast-check/vitest'
import { beforeAll, describe, expect } from 'vitest'
import { customerTextOf, normalizeContext } from '../../src/context.js'
import { applyFixList, MAX_FIX_PASSES } from '../../src/fix.js'
import { maskSyntax } from '../../src/mask.js'
import type { LintContext, LintFix, Turn } from '../../src/types.js'
import { context as contextArb, draft, draftAndContext, turn } from './arbitraries.js'
import { type BuiltConfig, allConfigs, buildConfigs } from './configs.js'
import { RUNS, params, seeds } from './fuzz-settings.js'
import { checkFixPass, checkLintResult } from './oracle.js'

const CONFIG_COUNT = allConfigs().length
const configIndex = fc.nat({ max: CONFIG_COUNT - 1 })
// Generous: CI runs 10,000 cases per property; `npm run fuzz` may run millions.
const TIMEOUT = Math.max(30 * 60_000, RUNS * 50)

let configs: BuiltConfig[]
/** Per configuration, a linter used only for cold lints in the transcript property. */
let coldLinters: BuiltConfig['linter'][]

beforeAll(async () => {
  configs = await buildConfigs()
  coldLinters = await Promise.all(configs.map((c) => c.fresh()))
}, 120_000)

/** Run `check` naming the configuration in any failure (the counterexample shows only its index). */
function under<T>(index: number, check: () => T): T {
  try {
    return check()
  } catch (error) {
    if (error instanceof Error) error.message = `[${configs[index]!.name}] ${error.message}`
    throw error
  }
}

function masksOf(text: string, context: LintContext | undefined) {
  const normalized = normalizeContext(context)
  return maskSyntax(text, normalized ? { customerText: () => customerTextOf(normalized) } : {}).masks
}

for (const setting of seeds()) {
  describe(`reliability properties, ${setting.label}`, () => {
    test.prop([configIndex, draftAndContext], params(setting))(
      'lint() never throws and its result keeps the contract',
      (index, { text, context }) =>
        under(index, () => {
          const { linter } = configs[index]!
          const result = linter.lint(text, context)
          checkLintResult(text, result, masksOf(text, context))
        }),
      TIMEOUT,
    )

    test.prop([configIndex, draftAndContext], params(setting))(
      'fix() is idempotent, keeps masked syntax byte for byte, and changes only what its fixes cover',
      (index, { text, context }) => under(index, () => {
        const { linter } = configs[index]!
        const fixed = linter.fix(text, context)
        expect(typeof fixed).toBe('string')
        expect(linter.fix(fixed, context), 'fix(fix(x)) === fix(x)').toBe(fixed)

        // Every masked span of the draft survives, in order.
        let cursor = 0
        for (const mask of masksOf(text, context)) {
          const span = text.slice(mask.start, mask.end)
          const at = fixed.indexOf(span, cursor)
          expect(at, `masked ${mask.kind} ${JSON.stringify(span)} kept`).toBeGreaterThanOrEqual(0)
          cursor = at + span.length
        }

        // Replay the passes: each changes only what its fixes cover, and they end where fix() ended.
        let current = text
        for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
          const fixes: LintFix[] = []
          for (const message of linter.lint(current, context).messages) if (message.fix) fixes.push(message.fix)
          if (fixes.length === 0) break
          const next = applyFixList(current, fixes)
          checkFixPass(current, fixes, next)
          if (next === current) break
          current = next
        }
        expect(fixed).toBe(current)
      }),
      TIMEOUT,
    )

    const edit = fc.record({
      turn: fc.nat(),
      field: fc.constantFrom('text', 'at', 'role', 'agentId', 'delete', 'replace'),
      text: draft,
      replacement: turn,
    })

    test.prop(
      [
        configIndex,
        contextArb,
        fc.array(turn, { minLength: 1, maxLength: 6 }),
        fc.array(draft, { maxLength: 6 }),
        fc.array(edit, { maxLength: 2 }),
        draft,
      ],
      params(setting),
    )(
      'lint with a transcript built turn by turn (warm caches) equals lint of the same transcript cold',
      (index, base, turns, typed, edits, finalDraft) => under(index, () => {
        const warm = configs[index]!.linter
        const cold = coldLinters[index]!
        // A chat tool keeps one transcript array, pushes each turn as it arrives and lints as the agent types.
        const live: Turn[] = []
        const liveContext: LintContext = { ...base, transcript: live }
        for (let i = 0; i < turns.length; i++) {
          // A copy (Dates too): the edits below must not reach fast-check's values.
          const copy = { ...turns[i]! }
          if (copy.at instanceof Date) copy.at = new Date(copy.at)
          live.push(copy)
          warm.lint(typed[i % Math.max(1, typed.length)] ?? '', liveContext)
        }
        // Messages get edited, deleted or replaced in place.
        for (const change of edits) {
          if (live.length === 0) break
          const at = change.turn % live.length
          const target = live[at]! as unknown as Record<string, unknown>
          if (change.field === 'delete') live.splice(at, 1)
          else if (change.field === 'replace') live[at] = { ...change.replacement }
          else if (change.field === 'text') target.text = change.text
          else if (change.field === 'role') target.role = target.role === 'customer' ? 'agent' : 'customer'
          else if (change.field === 'agentId') target.agentId = target.agentId === 'a1' ? 'a2' : 'a1'
          else if (target.at instanceof Date) target.at.setTime(target.at.getTime() - 60_000) // edited in place
          else target.at = typeof target.at === 'number' ? target.at - 60_000 : Date.parse('2026-03-02T09:00:00Z')
          warm.lint(finalDraft, liveContext)
        }
        const warmResult = warm.lint(finalDraft, liveContext)
        const coldResult = cold.lint(finalDraft, structuredClone(liveContext))
        expect(warmResult).toStrictEqual(coldResult)
      }),
      TIMEOUT,
    )
  })
}
