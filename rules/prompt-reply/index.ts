/**
 * prompt-reply (practice 1): customer satisfaction drops after about 30 seconds
 * of waiting. When the customer's oldest unanswered message is older than the
 * limit at `context.now`, the draft should open by acknowledging the wait.
 *
 * "Older than" is strict: a wait of exactly the limit passes. Without `now`, or
 * without a timestamp on an unanswered customer turn, the rule is silent.
 */
import type { NormalizedContext } from '../../src/context.js'

import { DOCS_BASE, defineRule } from '../../src/rule.js'

/** A thanks or apology ("thank you" first, so the gap after it is the longer one). */
const THANKS_OPENER = /\b(?:thank you|thanks?|thx|ty|sorry|apologi[sz]e|apologies|appreciate|grateful)\b/g
/** ...then, within the same clause, a word for the wait. Anchored: tried only where an opener ends. */
const WAIT_AFTER =
  /^[^.!?\n]{0,40}?\b(?:wait\w{0,3}|patien\w{0,4}|delay\w{0,3}|holding|the hold|bearing with|hanging on|hanging in|sticking with|(?:keep(?:ing)?|kept) you|(?:took|taking|take) (?:so|this|too) long|slow (?:reply|response)|late (?:reply|response))\b/
/** Or the wait first, then the thanks or apology. */
const WAIT_OPENER = /\b(?:wait\w{0,3}|patience|delay)\b/g
const THANKS_AFTER = /^[^.!?\n]{0,40}?\b(?:appreciated|thank you|thanks|sorry|apologi[sz]e)\b/
const SORRY_TO_KEEP = /\bsorry (?:to keep|for keeping|i kept|about keeping|it took|that took|this took)\b/
/** The gap (40) plus the longest phrase after it, and the character after that for `\b`. */
const AFTER_WINDOW = 80

/**
 * Does the draft thank or apologise for the wait? Each opener's clause is read
 * through an anchored pattern on a short window: an unanchored pattern with a gap
 * retries that gap from every word (super-linear on a long draft).
 */
function acknowledgesWait(lower: string): boolean {
  if (SORRY_TO_KEEP.test(lower)) return true
  const followedBy = (opener: RegExp, after: RegExp): boolean => {
    for (const match of lower.matchAll(opener)) {
      const end = match.index + match[0].length
      if (after.test(lower.slice(end, end + AFTER_WINDOW))) return true
    }
    return false
  }
  return followedBy(THANKS_OPENER, WAIT_AFTER) || followedBy(WAIT_OPENER, THANKS_AFTER)
}

/** A greeting that opens the draft ("Hi Sam," "Hello!"): the acknowledgement goes after it. */
const GREETING = /^\s{0,20}(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,40}([,!.])\s{0,5}/i

export default defineRule({
  meta: {
    id: 'prompt-reply',
    practice: 1,
    description: 'Acknowledge the wait when the customer has been waiting longer than the limit for this reply.',
    category: 'session',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    requires: ['transcript', 'timestamps'],
    options: {
      maxWaitSeconds: {
        type: 'number',
        default: 30,
        min: 1,
        max: 86_400,
        description: 'Longest wait, in seconds, since the oldest unanswered customer message before the draft must acknowledge it.',
      },
      acknowledgement: {
        type: 'string',
        default: 'Thanks for waiting.',
        description: 'The short acknowledgement the suggestion puts first.',
      },
    },
    docs: `${DOCS_BASE}prompt-reply/README.md`,
  },
  create(context) {
    const { options } = context
    const waitedMs = unansweredWait(context.context)
    if (waitedMs === undefined || waitedMs <= options.maxWaitSeconds * 1000) return
    const lower = context.lower()
    if (acknowledgesWait(lower)) return

    const { text } = context
    const sentence = context.sentences()[0]
    const start = text.length - text.trimStart().length
    const end = sentence ? Math.max(sentence.end, start) : start
    context.report({
      start,
      end,
      message:
        `The customer has waited ${formatOver(waitedMs, options.maxWaitSeconds * 1000)} for a reply (limit ${formatDuration(options.maxWaitSeconds * 1000)}); ` +
        `acknowledge the wait first, e.g. “${options.acknowledgement}”`,
      suggestions: [{ message: `Start with “${options.acknowledgement}”`, fix: acknowledgementFix(context, options.acknowledgement) }],
    })
  },
})

/** Milliseconds since the oldest timestamped customer turn after the last agent turn, at `now`. */
export function unansweredWait(context: NormalizedContext | undefined): number | undefined {
  if (!context || context.now === undefined) return undefined
  const { transcript, now } = context
  let oldest: number | undefined
  for (let i = transcript.length - 1; i >= 0; i--) {
    const turn = transcript[i]!
    if (turn.role === 'agent') break
    if (turn.role === 'customer' && turn.at !== undefined) oldest = turn.at
  }
  if (oldest === undefined || now < oldest) return undefined
  return now - oldest
}

/**
 * A duration just over a limit, never printed the same as the limit: 30.4 s
 * over a 30 s limit is "30.4 s", not "30 s"; 20 min 0.6 s is "20 min 1 s".
 */
export function formatOver(ms: number, limitMs: number): string {
  const text = formatDuration(ms)
  if (ms <= limitMs || text !== formatDuration(limitMs)) return text
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  // Round up to the unit the display shows: 20 min 0.6 s reads "20 min 1 s".
  const seconds = formatDuration(Math.ceil(ms / 1000) * 1000)
  return seconds !== text ? seconds : formatDuration(Math.ceil(ms / 60_000) * 60_000)
}

/** "45 s", "2 min 5 s", "1 h 3 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`
  const hours = Math.floor(minutes / 60)
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`
}

function acknowledgementFix(
  context: { text: string; maskAt(start: number, end: number): unknown },
  acknowledgement: string,
): { range: [number, number]; text: string } {
  const { text } = context
  const greeting = GREETING.exec(text)
  const after = greeting ? greeting[0].length : -1
  if (greeting && after < text.length && !context.maskAt(after, after + 1)) {
    // "Hi Sam! Your order…" → "Hi Sam! Thanks for waiting. Your order…"
    if (greeting[1] !== ',') return { range: [after, after], text: `${acknowledgement} ` }
    // "Hi Sam, your order…" → "Hi Sam, thanks for waiting. Your order…"
    const lowered = acknowledgement.charAt(0).toLowerCase() + acknowledgement.slice(1)
    const next = text[after]!
    if (/\p{Ll}/u.test(next)) return { range: [after, after + 1], text: `${lowered} ${next.toUpperCase()}` }
    return { range: [after, after], text: `${lowered} ` }
  }
  const start = text.length - text.trimStart().length
  return { range: [start, start], text: start < text.length ? `${acknowledgement} ` : acknowledgement }
}
