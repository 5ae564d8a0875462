/**
 * no-repeat-request on the keystroke path: a chat tool re-lints the draft on
 * every key with the whole transcript, and appends one turn at a time. Facts are
 * extracted once per turn, so lint() with a 200-turn transcript (re-linted after
 * each appended turn) should cost about what lint() without a transcript costs.
 * Also reports how many turn texts were actually read (one per appended turn).
 */
import { createLinter } from '../../../src/node.js'
import { extractionCount } from '../../../src/facts/index.js'
import type { Turn } from '../../../src/types.js'
import { type BenchSuite, ms, percentile, ratio } from '../shared.js'

const TURNS = 200
/** Keystroke states of the draft linted after each appended turn. */
const DRAFT = 'Thanks for waiting! Could you share the email on the account and your order number so I can check the refund?'
const KEYSTROKES = [40, 60, 80, 95, DRAFT.length].map((n) => DRAFT.slice(0, n))

function syntheticTurn(i: number): Turn {
  const at = new Date(Date.UTC(2026, 2, 2, 14, 0, i * 20)).toISOString()
  if (i % 2 === 0) {
    const asks = ['Could you tell me a bit more about that?', 'May I have your zip code?', 'Which browser are you using?', 'Thanks, checking now.']
    return { role: 'agent', text: asks[(i / 2) % asks.length]!, at, agentId: i < TURNS / 2 ? 'a1' : 'a2' }
  }
  const says = [
    `my order #${550000 + i} still has not arrived and the tracking page is blank`,
    `${10000 + i}`,
    `Chrome ${100 + (i % 20)} on Windows 11, I also tried the app version 5.${i % 9}.1`,
    `I already tried that twice, the page keeps saying "Something went wrong (code ${400 + (i % 99)})"`,
    `you can reach me at user${i}@example.com or (555) 201-${String(1000 + i).slice(-4)}`,
  ]
  return { role: 'customer', text: says[((i - 1) / 2) % says.length]!, at }
}

function time(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

export const repeat: BenchSuite = {
  name: 'repeat',
  async run() {
    const linter = await createLinter({ preset: 'recommended' })
    const turns = Array.from({ length: TURNS }, (_, i) => syntheticTurn(i))

    // Warm both paths on a separate transcript's text so caches for the timed one start cold.
    for (let i = 0; i < 200; i++) for (const draft of KEYSTROKES) linter.lint(draft)

    const bare: number[] = []
    const withTranscript: number[] = []
    const appendCost: number[] = []
    const readsBefore = extractionCount()
    for (let n = 1; n <= TURNS; n++) {
      // A new array each time, as chat tools hand over a fresh copy of the turns.
      const transcript = turns.slice(0, n)
      appendCost.push(time(() => linter.lint(KEYSTROKES[0]!, { transcript })))
      for (const draft of KEYSTROKES) {
        bare.push(time(() => linter.lint(draft)))
        withTranscript.push(time(() => linter.lint(draft, { transcript })))
      }
    }
    const reads = extractionCount() - readsBefore

    // The other extreme: every draft text new, so no sentence is found in the request cache.
    const fresh: number[] = []
    const bareFresh: number[] = []
    for (let n = 0; n < TURNS * KEYSTROKES.length; n++) {
      const draft = `${KEYSTROKES[n % KEYSTROKES.length]} (${n})`
      bareFresh.push(time(() => linter.lint(`${draft}.`)))
      fresh.push(time(() => linter.lint(draft, { transcript: turns })))
    }
    const last = linter.lint(DRAFT, { transcript: turns }).messages.filter((m) => m.ruleId === 'no-repeat-request')
    for (const list of [bare, withTranscript, appendCost, fresh, bareFresh]) list.sort((a, b) => a - b)
    const p50 = (list: number[]) => percentile(list, 50)
    const p99 = (list: number[]) => percentile(list, 99)
    return [
      `  ${TURNS} turns appended one by one, ${KEYSTROKES.length} keystroke re-lints after each (${withTranscript.length} lints)`,
      `  lint(), no transcript (baseline)          p50 ${ms(p50(bare)).padStart(9)}  p99 ${ms(p99(bare)).padStart(9)}`,
      `  lint(), growing transcript (to ${TURNS})     p50 ${ms(p50(withTranscript)).padStart(9)}  p99 ${ms(p99(withTranscript)).padStart(9)}  p50 ${ratio(p50(withTranscript), p50(bare))} of baseline (bar 2x)`,
      `  every draft text new: no transcript      p50 ${ms(p50(bareFresh)).padStart(9)}  p99 ${ms(p99(bareFresh)).padStart(9)}`,
      `  every draft text new: 200 turns          p50 ${ms(p50(fresh)).padStart(9)}  p99 ${ms(p99(fresh)).padStart(9)}  p50 ${ratio(p50(fresh), p50(bareFresh))} of no transcript`,
      `  first lint after each append             p50 ${ms(p50(appendCost)).padStart(9)}  p99 ${ms(p99(appendCost)).padStart(9)}`,
      `  turn texts read: ${reads} for ${TURNS} appended turns; messages on the final draft: ${last.length}`,
    ]
  },
}
