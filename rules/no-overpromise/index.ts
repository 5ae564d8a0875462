/**
 * no-overpromise (practice 8): be honest about what you can deliver. A sentence
 * fires when it guarantees an outcome the agent does not control: a guarantee
 * or promise whose object is not the agent's own action ("I guarantee your
 * package arrives tomorrow"), or a certainty marker (definitely, for sure, 100%,
 * guaranteed, without fail) on a claim about someone or something else ("it will
 * definitely work", "this will 100% fix it"), or "never … again" about an
 * outcome. Commitments about the agent's own actions ("I promise I'll call you
 * back"), negated guarantees ("I can't guarantee…") and hedged estimates
 * ("usually 3-5 business days", "should arrive") pass.
 */
import { scanCase } from '../../src/text.js'
import { DOCS_BASE, defineRule } from '../../src/rule.js'

/** Every cue below contains one of these words (case-insensitive, on the raw draft). */
const CUE_WORD = /promise|guarantee|swear|definitely|certainly|surely|sure|absolutely|doubt|fail|100|hundred|assure|word|good|question|matter|certain|positive|for all|never|won['’]t|will not|no way/i
/** Subjects that make a commitment the agent's own. */
const OWN = new Set(['i', "i'll", "i'm", "i've", "i'd", 'we', "we'll", "we're", "we've", "we'd", 'to', 'myself', 'personally', 'ill'])
/** A promise or guarantee and the word after it ("I promise the refund…" → "the"). */
const PROMISE = /\b(?:i|we)(?: can| do| will|'ll)?(?: personally| absolutely| fully| 100%)? (?:promise|guarantee|swear)(?: you)?(?: that)?,? ?([a-z']{1,20}|[.!?,;]|$)/g
/** Negations that undo a guarantee: "I can't guarantee", "no guarantee", "not guaranteed". */
const NEGATED = /\b(?:can't|cannot|can not|couldn't|don't|do not|won't|will not|isn't|aren't|not|no|never|unable to)(?: \w{1,12})? (?:promise|guarantee|guaranteed|100%|definitely|certain|sure)\b/
/** Hedges: the sentence is an estimate, not a guarantee. */
const HEDGE = /\b(?:should|usually|typically|normally|generally|often|expected|expect|estimate[ds]?|estimated|likely|probably|may|might|could|hopefully|aim|aims|try|tries|trying|up to|around|approximately|roughly|most cases)\b/
/** A future claim and its subject: "it will", "you'll", "the power will be". */
const FUTURE_SUBJECT = /\b([a-z]{1,20})(?:'ll| will| won't|(?: is| are|'s|'re)(?: [a-z0-9%]{1,12})? (?:going to|gonna)| shall)\b/g
/** Certainty markers that need an outcome claim in the same sentence. */
const CERTAINTY = /\b(?:definitely|certainly|surely|for sure|absolutely|without (?:a )?doubt|no doubt|without fail|100 ?%|100 percent|a hundred percent|rest assured|assure you|you have my word|guaranteed(?= ?(?:[.!,;]|$| to\b))|i swear|for good|once and for all|no question|no matter what|(?:i'm|i am|we're|we are) (?:completely |totally |absolutely )?(?:certain|positive))/
/** A certainty adverb right on a present-tense claim: "definitely fixes", "100% works". */
const CERTAIN_PRESENT = /(?<!\b(?:can|could|would|should|may|might|must|to|will|'ll) )\b(?:definitely|certainly|surely|absolutely|100 ?%) (?![a-z]{1,20}ss\b)(?!is\b|was\b|has\b|does\b|means\b|seems\b|sounds\b|looks\b|feels\b|needs\b|helps\b)([a-z]{3,20}s)\b/
/** "… is guaranteed" about a thing: a guarantee in its own right. */
const GUARANTEED_PREDICATE = /\b([a-z]{1,20})(?: is| are|'s| be)(?: \w{1,12})? guaranteed\b/
/** Words around a bare certainty tag: "no doubt about it", "and that's guaranteed". */
const TAG_FILLER = /\b(?:and|it's|that's|it is|that is|i|we|promise|trust me|about it|of that|on that|don't worry|oh)\b/g
/** Markers that vouch for the clause after them. */
const LEADING_TAG = /^(?:rest assured|no doubt|without (?:a )?doubt|you have my word|i (?:can )?assure you|trust me)/
/** Advice, not an outcome: "it will definitely help to restart". */
const ADVICE = /\b(?:will|'ll) (?:\w{1,12} )?(?:help|be (?:worth|easier|faster|quicker|best|better|a good idea|helpful))\b/
/** "There's no way it won't arrive": certainty by double negation. */
const NO_WAY = /\bno way (?:that )?([a-z']{1,20})(?: [a-z']{1,20})? (?:won't|will not|doesn't|does not|isn't|can't|wouldn't)\b/
/** Where one clause ends and the next starts. */
const CLAUSE_BREAK = /[,;:—–]| but | so | although | though | while | since | because /
/** Passives of the support team's own work. */
const SERVICE_PASSIVE = /^ (?:\w{1,12} )?be (?:assisted|helped|contacted|updated|notified|called|emailed|served|taken care of|looked after|attended to|kept (?:updated|informed|posted))\b/
/** "you'll hear from me by noon": the agent's own follow-up. */
const HEAR_FROM_US = /^ (?:\w{1,12} )?(?:hear from|hear back from|get (?:a |an )?(?:call|email|reply|update|message) from) (?:me|us)\b/
/** "you won't have any more issues": promises the problem is gone for good. */
const NO_MORE_PROBLEMS = /\b([a-z]{1,20})(?:'ll| will)? (?:never|won't|will not)(?: ever)? (?:have|see|get|experience|run into|face|hit|encounter) (?:any )?(?:more|further|other) (?:issues?|problems?|errors?|trouble|drops?|crashes?|outages?|delays?)\b/
/** "you'll never see that error again", "this won't happen again". */
const NEVER_AGAIN = /\b([a-z]{1,20})(?:'ll| will)? (?:never|won't|will not)(?: ever)? (?:see|have|get|experience|happen|occur|face|run into|hit|encounter|come back|return|be a problem|be an issue|have to worry)\b(?: [\w']{1,15}){0,5}? again\b/

export default defineRule({
  meta: {
    id: 'no-overpromise',
    practice: 8,
    description: 'Do not guarantee outcomes you do not control; commit to your own actions and give hedged estimates.',
    category: 'conversation',
    severity: 'warn',
    fixable: false,
    hasSuggestions: false,
    requires: [],
    options: {},
    docs: `${DOCS_BASE}no-overpromise/README.md`,
  },
  create(context) {
    // Most drafts have no cue word at all: one scan, then nothing per sentence.
    if (!CUE_WORD.test(context.text)) return
    const scan = scanText(context)
    for (const sentence of context.sentences()) {
      const part = scan.slice(sentence.start, sentence.end)
      if (!overpromises(part)) continue
      const start = sentence.start + (part.length - part.trimStart().length)
      const end = sentence.start + part.trimEnd().length
      context.report({
        start,
        end,
        actual: context.text.slice(start, end),
        message:
          'This promises an outcome you do not control; say what you will do and give an honest estimate instead ' +
          '(e.g. “I’ve escalated it, and the carrier usually delivers within 2 days”)',
      })
    }
  },
})

/** The draft lower-cased, with masked syntax blanked except numbers (so "100%" survives). */
function scanText(context: { text: string; masked: string; masks: readonly { start: number; end: number; kind: string }[] }): string {
  const { text, masked, masks } = context
  if (masks.length === 0) return scanCase(text)
  const parts: string[] = []
  let cursor = 0
  for (const mask of masks) {
    parts.push(text.slice(cursor, mask.start), mask.kind === 'id' ? text.slice(mask.start, mask.end) : masked.slice(mask.start, mask.end))
    cursor = mask.end
  }
  parts.push(text.slice(cursor))
  return scanCase(parts.join(''))
}



export function overpromises(sentence: string): boolean {
  if (HEDGE.test(sentence)) return false
  const negated = NEGATED.test(sentence)

  if (!negated) {
    for (const match of sentence.matchAll(PROMISE)) {
      const next = match[1]!
      if (OWN.has(next)) continue
      // "I promise you'll hear from me by noon" is a promise about the agent's own follow-up.
      const rest = sentence.slice(match.index, match.index + 120).replace(/^[^]*?\b(?:promise|guarantee|swear),? (?:that )?/, '')
      if (hasOwnFollowUp(rest)) continue
      // A trailing "…, I promise." vouches for whatever the sentence claims.
      if (/^[.!?,;]?$/.test(next)) {
        if (hasOutcomeClaim(sentence)) return true
        continue
      }
      return true
    }
    const predicate = GUARANTEED_PREDICATE.exec(sentence)
    if (predicate && !OWN.has(predicate[1]!)) return true
    if (CERTAIN_PRESENT.test(sentence)) return true
    if (certainOutcome(sentence)) return true
  }
  for (const pattern of [NEVER_AGAIN, NO_MORE_PROBLEMS, NO_WAY]) {
    const never = pattern.exec(sentence)
    if (never !== null && !OWN.has(never[1]!)) return true
  }
  return false
}

/**
 * A certainty marker in the same clause as an outcome claim ("it will definitely
 * work"), or closing the sentence after one ("…back on within the hour, guaranteed.").
 */
function certainOutcome(sentence: string): boolean {
  const clauses = sentence.split(CLAUSE_BREAK)
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!
    if (!CERTAINTY.test(clause)) continue
    if (hasOutcomeClaim(clause) && !ADVICE.test(clause)) return true
    // A clause that is only the marker ("guaranteed.", "rest assured,") vouches for its neighbour.
    const tag = clause.replace(CERTAINTY, '').replace(TAG_FILLER, '').trim()
    if (!/^[.!]*$/.test(tag)) continue
    if (i > 0 && hasOutcomeClaim(clauses[i - 1]!)) return true
    // A leading "Rest assured," vouches for what follows; a leading "Absolutely," just means yes.
    if (i + 1 < clauses.length && LEADING_TAG.test(clause.trim()) && hasOutcomeClaim(clauses[i + 1]!)) return true
  }
  return false
}

/** "you'll hear from me…" right after a promise. */
function hasOwnFollowUp(rest: string): boolean {
  const subject = /^you(?:'ll| will)/.exec(rest)
  return subject !== null && HEAR_FROM_US.test(rest.slice(subject[0].length, subject[0].length + 60))
}

/** A future claim whose subject is not the agent: "it will", "your bank will". */
function hasOutcomeClaim(text: string): boolean {
  for (const match of text.matchAll(FUTURE_SUBJECT)) {
    if (OWN.has(match[1]!)) continue
    // "you will be contacted" is the agent's own team acting.
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40)
    if (SERVICE_PASSIVE.test(after) || (match[1] === 'you' && HEAR_FROM_US.test(after))) continue
    return true
  }
  return false
}
