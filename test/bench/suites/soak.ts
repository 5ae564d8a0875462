/**
 * Memory over a working day: one linter (preset all) lints 100,000 drafts,
 * each with a fresh transcript, as a chat tool switching between many chats
 * would; each chat is typed into a few times before the tool moves on, and
 * every draft is distinct (a reference number and a made-up word). Heap
 * after a full GC at 100,000 drafts must stay within 1.25x of the heap at
 * 10,000: every cache is bounded, nothing grows with the number of chats.
 *
 * Needs a callable GC: run as `node --expose-gc --import tsx test/bench/run.ts soak`;
 * under plain `npm run bench` the flag is switched on at run time.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { createLinter } from '../../../src/node.js'
import type { LintContext, Turn } from '../../../src/types.js'
import { type BenchSuite, mib, perfCorpus } from '../shared.js'

const DRAFTS = Number(process.env.SOAK_DRAFTS ?? 100_000)
const CHECKPOINT = Math.round(DRAFTS / 10)
const KEYSTROKES_PER_CHAT = 4
const LIMIT = 1.25

function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc
  if (exposed) return exposed
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
}

function heapAfterGc(gc: () => void): number {
  for (let i = 0; i < 3; i++) gc()
  return process.memoryUsage().heapUsed
}

const FALLBACK_DRAFTS = [
  'Thanks for waiting! I checked your order and it ships today.',
  'Could you send me your email address so I can look it up?',
  'Please do NOT refresh the page, thx. One moment please.',
  'lol sorry about that, I guarantee it arrives tomorrow :)',
  'I am moving you to billing, who can refund it; they see this chat.',
]

/** A new chat: new turn objects and text that differs per chat, so no cache can share them. */
function freshChat(chat: number): LintContext {
  const start = Date.parse('2026-03-02T09:00:00Z') + chat * 60_000
  const turns: Turn[] = []
  const length = 2 + (chat % 9)
  for (let i = 0; i < length; i++) {
    turns.push(
      i % 2 === 0
        ? { role: 'customer', text: `Hi, I'm Customer${chat}. My order ${100_000 + chat} hasn't arrived; email c${chat}@example.com.`, at: start + i * 20_000 }
        : { role: 'agent', text: `Thanks Customer${chat}, checking order ${100_000 + chat} now.`, at: start + i * 20_000, agentId: `a${chat % 7}` },
    )
  }
  return { transcript: turns, now: start + length * 20_000 + 15_000, customer: { name: `Customer${chat}` } }
}

/** A pronounceable word unique to `n` ("bakotu…"), never in a dictionary twice. */
function unknownWord(n: number): string {
  const consonants = 'bdfgklmnprstvz'
  const vowels = 'aeiou'
  let word = ''
  for (let rest = n + 1; rest > 0; rest = Math.floor(rest / 70)) {
    const digit = rest % 70
    word += consonants[digit % 14]! + vowels[Math.floor(digit / 14)]!
  }
  return word + 'x'
}

export const soak: BenchSuite = {
  name: 'soak',
  async run() {
    const gc = collector()
    const drafts = (perfCorpus()?.map((d) => d.text) ?? FALLBACK_DRAFTS).slice(0, 2000)
    const linter = await createLinter({ preset: 'all' })
    const baseline = heapAfterGc(gc)
    const heaps: Array<[number, number]> = []
    const start = performance.now()
    let context = freshChat(0)
    for (let i = 1; i <= DRAFTS; i++) {
      if (i % KEYSTROKES_PER_CHAT === 0) context = freshChat(i)
      // Every draft differs, and carries a word no dictionary knows: caches keyed by text or word must stay bounded.
      linter.lint(`${drafts[i % drafts.length]!} Ref ${i}, see ${unknownWord(i)}.`, context)
      if (i % CHECKPOINT === 0) heaps.push([i, heapAfterGc(gc)])
    }
    const seconds = (performance.now() - start) / 1000
    const first = heaps[0]!
    const last = heaps[heaps.length - 1]!
    const growth = last[1] / first[1]
    return [
      `  ${DRAFTS} drafts, a fresh transcript every ${KEYSTROKES_PER_CHAT} drafts (${Math.round(DRAFTS / KEYSTROKES_PER_CHAT)} chats), preset all (${linter.rules.length} rules), ${seconds.toFixed(1)} s`,
      `  heap after GC: linter built ${mib(baseline)}; ` + heaps.map(([n, heap]) => `${n / 1000}k ${mib(heap)}`).join(', '),
      `  heap at ${last[0]} vs ${first[0]} drafts: ${growth.toFixed(3)}x (limit ${LIMIT}x) ${growth <= LIMIT ? 'ok' : 'OVER'}`,
    ]
  },
}
