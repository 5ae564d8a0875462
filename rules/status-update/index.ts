/**
 * status-update (practice 7): when the customer has to wait, tell them what is
 * happening. A holding message ("One moment please.", "Hang on.", "Please
 * hold.") fires unless the draft also says what the agent is doing ("Let me
 * check your order history", "I'm pulling up your account") or roughly how long
 * ("about two minutes", "a minute or two"). "Shortly" and "soon" are not an
 * estimate. The message covers the sentences that hold the customer.
 */
import { sentenceAt } from '../../src/text.js'
import { DOCS_BASE, defineRule } from '../../src/rule.js'

// Built by `load` from phrases.ts before the rule sees a draft (the phrases are a chunk of their own in browser bundles).
let HOLDING_PATTERN: RegExp
let TIME_PATTERN: RegExp
let ACTION_PATTERN: RegExp
let FRAGMENT_PATTERN: RegExp
/** A step for the customer at the start of a clause: "Open Settings", ", then tap Reset". */
let INSTRUCTION_PATTERN: RegExp
let NON_ACTION: ReadonlySet<string>
let VAGUE_WORK: RegExp

async function loadPhrases(): Promise<void> {
  const phrases = await import('./phrases.js')
  const { FIRST_PERSON_ACTION, HOLDING, INSTRUCTION_VERB, TIME, WORK_ING } = phrases
  HOLDING_PATTERN = new RegExp(HOLDING.join('|'), 'g')
  TIME_PATTERN = new RegExp(TIME.join('|'))
  ACTION_PATTERN = new RegExp(FIRST_PERSON_ACTION, 'g')
  FRAGMENT_PATTERN = new RegExp(String.raw`(?:^|[.!?,:;—–(]|\n)\s{0,3}(?:just |now |still |currently |quickly )?(?:${WORK_ING.join('|')})\b`, 'g')
  INSTRUCTION_PATTERN = new RegExp(String.raw`(?:^|[.!?,:;—–(]|\n|\band)\s{0,3}(?:please |now |first,? |next,? )?${INSTRUCTION_VERB}\b`, 'g')
  ;({ NON_ACTION, VAGUE_WORK } = phrases)
}

/** "while the page loads", "while I run a test": says what is going on during the wait. */
const WHILE_PATTERN = /\b(?:while|whilst) (?:the|your|our|my|it|this|that|they|we|i|i'm|we're|he|she|you)\b/
/** Words that open a question to the customer: "can you confirm…?", "which card did you use?". */
const QUESTION_OPENER = /\b(?:can you|could you|would you|will you|what|which|when|where|do you|did you|is your|are you|have you)\b/g
/** How far after its opener a question's "?" may come. */
const QUESTION_REACH = 120
const CLAUSE_END = '.!?\n'

/**
 * Whether the text asks the customer something: an opener whose clause ends in "?"
 * at most QUESTION_REACH characters later. The clause end is found by one forward
 * scan shared by all openers, not by a regex with a bounded gap tried at every opener.
 */
function asksCustomer(text: string): boolean {
  QUESTION_OPENER.lastIndex = 0
  let clauseEnd = -1 // the first of . ! ? or a newline at or after the current opener
  for (let match = QUESTION_OPENER.exec(text); match; match = QUESTION_OPENER.exec(text)) {
    const from = match.index + match[0].length
    if (clauseEnd < from) {
      clauseEnd = from
      while (clauseEnd < text.length && !CLAUSE_END.includes(text[clauseEnd]!)) clauseEnd++
    }
    if (text[clauseEnd] === '?' && clauseEnd - from <= QUESTION_REACH) return true
  }
  return false
}

/** "some time to call the store": the wait is for named work. */
const TIME_TO_PATTERN = /\b(?:time|moment|moments|minute|sec|second|while) to ([a-z]{2,20})\b/g

export default defineRule({
  meta: {
    id: 'status-update',
    practice: 7,
    description: 'A holding message should say what the agent is doing or roughly how long it will take.',
    category: 'conversation',
    severity: 'warn',
    fixable: false,
    hasSuggestions: false,
    requires: [],
    options: {},
    docs: `${DOCS_BASE}status-update/README.md`,
  },
  load: loadPhrases,
  create(context) {
    const lower = context.lower()
    const holds: Array<[number, number]> = []
    for (const match of lower.matchAll(HOLDING_PATTERN)) {
      // A clause-start pattern may begin on the previous sentence's full stop.
      const lead = match[0].search(/[\p{L}\p{N}]/u)
      holds.push([match.index + Math.max(lead, 0), match.index + match[0].length])
    }
    if (holds.length === 0) return
    if (TIME_PATTERN.test(lower) || saysWhatAgentDoes(lower)) return
    if (closesInstructions(lower, holds[0]![0])) return
    // "Hold that thought — can you confirm the email first?": the customer has the turn, not a wait.
    if (asksCustomer(lower.slice(holds[holds.length - 1]![1]))) return

    // Report the sentences that contain a holding phrase, first to last.
    const sentences = context.sentences()
    const covering = (offset: number) => sentenceAt(sentences, offset)
    const first = holds[0]!
    const last = holds[holds.length - 1]!
    const start = covering(first[0])?.start ?? first[0]
    const end = covering(last[1] - 1)?.end ?? last[1]
    context.report({
      start,
      end,
      actual: context.text.slice(start, end),
      message:
        'This holding message says neither what you are doing nor how long it will take; ' +
        'add both, e.g. “Let me check your order history, it takes about two minutes.”',
    })
  },
})

/**
 * Steps for the customer followed by "I'll stay on the line" or "I'll be right here": the
 * reply is the instructions, and the customer is the one doing something.
 */
function closesInstructions(lower: string, firstHold: number): boolean {
  const matches = lower.slice(0, firstHold).matchAll(INSTRUCTION_PATTERN)
  return !matches.next().done && !matches.next().done
}

function saysWhatAgentDoes(lower: string): boolean {
  if (WHILE_PATTERN.test(lower)) return true
  // "Checking the tracking now" names the work; "Still working on it" does not.
  for (const match of lower.matchAll(FRAGMENT_PATTERN)) if (!vagueWork(lower, match.index + match[0].length)) return true
  for (const match of lower.matchAll(TIME_TO_PATTERN)) if (!NON_ACTION.has(match[1]!)) return true
  for (const match of lower.matchAll(ACTION_PATTERN)) {
    const [, subject = '', filler = '', verb = ''] = match
    if (verb === 'working' && vagueWork(lower, match.index + match[0].length)) continue
    const progressive = (/^(?:i'm|i am|we're|we are)$/.test(subject) && !/going to|gonna/.test(filler)) || /\bbe(?:en)?$/.test(filler)
    // "Let me see if it was removed" checks something; "let me see (what I can do)" does not say what.
    if (verb === 'see' && /^ (?:if|whether)\b/.test(lower.slice(match.index + match[0].length, match.index + match[0].length + 9))) return true
    if (NON_ACTION.has(verb)) continue
    // "I'm checking" needs the -ing form; "I'm Sam" says nothing.
    if (progressive && !verb.endsWith('ing')) continue
    return true
  }
  return false
}

function vagueWork(lower: string, afterVerb: number): boolean {
  return VAGUE_WORK.test(lower.slice(afterVerb, afterVerb + 40))
}
