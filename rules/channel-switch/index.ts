/**
 * channel-switch (practices 10 and 2): a chat that has run long, gone back and
 * forth many times, or needs a long list of steps is often better finished on
 * the phone or in a ticket. Fires (info) when the session is longer than
 * `maxMinutes` (first timestamped turn to `context.now`), has more than
 * `maxTurns` turns, or the draft lists more than `maxSteps` steps, unless the
 * draft already offers another channel. Session findings are reported as a
 * zero-width message at the start of the draft; a long list is reported on the list.
 */
import type { NormalizedContext } from '../../src/context.js'

import { DOCS_BASE, defineRule } from '../../src/rule.js'
import { formatOver } from '../prompt-reply/index.js'

/** The draft already offers a call, a ticket or email. */
const OFFERS_CHANNEL = new RegExp(
  String.raw`\b(?:call(?:ing)? (?:you|us|me|back)|give (?:you|us|me) a (?:call|ring)|ring (?:you|us)|(?:phone|video|voice) call|call-?backs?|over the phone|by phone|on the phone|phone (?:you|us|line|support)|helpline|hotline|` +
    String.raw`(?:open|create|raise|log|file|submit)(?:ed|ing|s)? (?:a |an |you a )?(?:support |new )?(?:ticket|case)|(?:by|via|over) e-?mail|e-?mail (?:you|us|me)|send you an e-?mail|` +
    String.raw`screen ?-?shar(?:e|ing)|remote (?:session|support|access)|(?:schedule|book|arrange|set up) (?:a |an )?(?:call|appointment|session))\b`,
)
/** A list item at the start of a line: "1.", "2)", "-", "•", "Step 3:". */
const LINE_ITEM = /^[ \t]{0,8}(?:\(?\d{1,2}[.):]|[-*•–]|step \d{1,2}[.:)]?)[ \t]/gim
/** An inline numbered item: "… 2) open Settings, 3) tap …". */
const INLINE_ITEM = /(?:^|[\s,;:])\(?\d{1,2}\)[ \t]/g
/** Sentences that open with a sequencing word. */
const SEQUENCE_WORD = /(?:^|[.!?:]\s{1,4}|\n)(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|after that|afterwards|once (?:that's|that is|it's|it is) done|finally|lastly),?\s/gi

export default defineRule({
  meta: {
    id: 'channel-switch',
    practice: 10,
    description: 'Offer the phone or a ticket when a chat runs long or needs a long list of steps.',
    category: 'session',
    severity: 'info',
    fixable: false,
    hasSuggestions: false,
    requires: [],
    options: {
      maxMinutes: { type: 'number', default: 20, min: 1, description: 'Longest session, in minutes from the first timestamped turn to now, before suggesting another channel.' },
      maxTurns: { type: 'number', default: 30, min: 1, integer: true, description: 'Most turns (customer and agent messages) before suggesting another channel.' },
      maxSteps: { type: 'number', default: 6, min: 1, integer: true, description: 'Most steps one reply should walk through in chat.' },
    },
    docs: `${DOCS_BASE}channel-switch/README.md`,
  },
  create(context) {
    const { text, options } = context
    if (text.trim() === '') return
    const lower = context.lower()
    if (OFFERS_CHANNEL.test(lower)) return

    const steps = stepsOf(context.masked)
    if (steps.count > options.maxSteps) {
      context.report({
        start: steps.start,
        end: steps.end,
        message:
          `This reply walks through ${steps.count} steps (limit ${options.maxSteps}); long instructions are easier on the phone, ` +
          'a screen share or in a ticket with a help article: offer one',
      })
      return
    }

    const session = sessionOf(context.context)
    const reasons: string[] = []
    if (session.minutes !== undefined && session.minutes > options.maxMinutes) {
      reasons.push(`has run ${formatOver(session.minutes * 60_000, options.maxMinutes * 60_000)} (limit ${options.maxMinutes} min)`)
    }
    if (session.turns > options.maxTurns) reasons.push(`has ${session.turns} messages (limit ${options.maxTurns})`)
    if (reasons.length === 0) return
    context.report({
      start: 0,
      end: 0,
      message: `This chat ${reasons.join(' and ')}; a call or a ticket may serve the customer better: offer one`,
    })
  },
})

/** Session length in minutes (first timestamped turn to now) and number of customer and agent turns. */
export function sessionOf(context: NormalizedContext | undefined): { minutes: number | undefined; turns: number } {
  if (!context) return { minutes: undefined, turns: 0 }
  let turns = 0
  let first: number | undefined
  for (const turn of context.transcript) {
    if (turn.role === 'system') continue
    turns++
    if (turn.at !== undefined && (first === undefined || turn.at < first)) first = turn.at
  }
  const minutes = context.now !== undefined && first !== undefined && context.now >= first ? (context.now - first) / 60_000 : undefined
  return { minutes, turns }
}

/** The most steps the draft lists one way (line items, inline numbers, sequencing words), and where. */
function stepsOf(masked: string): { count: number; start: number; end: number } {
  let best = { count: 0, start: 0, end: 0 }
  for (const pattern of [LINE_ITEM, INLINE_ITEM, SEQUENCE_WORD]) {
    let count = 0
    let start = 0
    let end = 0
    for (const match of masked.matchAll(pattern)) {
      const at = match.index + (match[0].length - match[0].trimStart().length)
      if (count === 0) start = at
      count++
      end = at
    }
    if (count > best.count) {
      // The list runs to the end of its last item's line.
      const lineEnd = masked.indexOf('\n', end)
      best = { count, start, end: lineEnd < 0 ? masked.trimEnd().length : lineEnd }
    }
  }
  return best
}
