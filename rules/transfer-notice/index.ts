/**
 * transfer-notice (practice 9): tell the customer before handing the chat over,
 * say to whom (a person or a team) and why, and that the next agent can see the
 * chat. With `context.action: 'transfer'` a draft that does not announce the
 * transfer fires; with or without it, an announcement with no destination
 * ("Transferring you now.") or no reason ("I'll pass you to Sam.") fires. A team
 * named for what it does ("our billing team", "Technical Support") gives both
 * where and why. Offers ("I can transfer you if you like") are not announcements.
 */
import { sentenceAt } from '../../src/text.js'
import { DOCS_BASE, type SentenceRef, defineRule } from '../../src/rule.js'
import type * as Phrases from './phrases.js'

const TO = String.raw`\b(?:to|with|over to|through to|from|in|on|at)`
// Bound by `load` before the rule sees a draft (the phrases are a chunk of their own in browser bundles).
let phrases: typeof Phrases
let ANNOUNCE_PATTERN: RegExp
let TEAM_PATTERN: RegExp
let DEPARTMENT_PATTERN: RegExp

async function loadPhrases(): Promise<void> {
  phrases = await import('./phrases.js')
  const { ANNOUNCE, DEPARTMENTS, MOVE_ANNOUNCE, TEAM_WORD } = phrases
  ANNOUNCE_PATTERN = new RegExp([...ANNOUNCE, MOVE_ANNOUNCE].join('|'), 'g')
  // Markdown emphasis may wrap the team: "our **insurance team**".
  TEAM_PATTERN = new RegExp(String.raw`(?:${TO} (?:our |the |a |an |one of our |one of the )?|\b(?:our|the) )[*_]{0,2}((?:[a-z0-9&'-]{1,20} ){0,3})${TEAM_WORD}\b`, 'g')
  // "to tier 2 tech support": qualifiers may stand before the department.
  DEPARTMENT_PATTERN = new RegExp(String.raw`${TO} (?:our |the )?(?:[a-z0-9&'-]{1,20} ){0,3}?(?:${DEPARTMENTS.join('|')})\b`)
}
/** Case-sensitive, on the draft as written: "with Maya", "to our IT team" is caught above. */
const PERSON_PATTERN = /\b(?:to|with) (?:my |our )?(?:colleague|teammate|co-?worker)?,? ?([A-Z][a-z]{1,20})\b/g
/** "Sam will join the chat", "Priya is going to take over". */
const PERSON_SUBJECT = /\b([A-Z][a-z]{1,20})(?:'ll| will| is going to| is about to| can) (?:join|take over|be with you|pick (?:this|it) up|continue)\b/g
const NOT_A_NAME = new Set(['Our', 'The', 'My', 'You', 'Your', 'This', 'That', 'A', 'An', 'One', 'Customer', 'Support', 'Someone', 'Somebody', 'Another', 'They', 'He', 'She', 'It', 'We', 'Who', 'Anyone'])
const IT_PATTERN = /\b(?:to|with) (?:our |the )?IT\b/
/** "Dr. Shah", "Ms Lee": a person by title. */
const TITLED_PERSON = /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.? [A-Z][a-z]{1,20}\b/
/** "bringing in our pharmacist": the one brought in, by role. */
const BROUGHT_IN = /\b(?:bring(?:ing)?|loop(?:ing)?) in (?:a|my|our|one of our|the) ([a-z-]{2,20})(?: ([a-z-]{2,20}))?/g

export default defineRule({
  meta: {
    id: 'transfer-notice',
    practice: 9,
    description: 'Announce a transfer before making it: to whom, why, and that the next agent can see the chat.',
    category: 'conversation',
    severity: 'warn',
    fixable: false,
    hasSuggestions: false,
    requires: [],
    options: {},
    docs: `${DOCS_BASE}transfer-notice/README.md`,
  },
  load: loadPhrases,
  create(context) {
    const { text } = context
    if (text.trim() === '') return
    const lower = context.lower()
    const transferring = context.context?.action === 'transfer'
    const sentences = context.sentences()

    const announcing: Array<{ start: number; end: number }> = []
    let lastSentence: SentenceRef | undefined
    for (const match of lower.matchAll(ANNOUNCE_PATTERN)) {
      const sentence = sentenceAt(sentences, match.index)
      if (!sentence) {
        announcing.push({ start: match.index, end: match.index + match[0].length })
        continue
      }
      if (sentence === lastSentence) continue
      if (!transferring) {
        // An offer or a question is not a transfer: "I can connect you with sales if you like?"
        // Only the text just before the match is read, so many matches stay linear.
        const before = lower.slice(Math.max(sentence.start, match.index - OFFER_WINDOW), match.index)
        if (phrases.endsInOffer(before) || endsWithQuestion(lower, sentence)) continue
      }
      lastSentence = sentence
      announcing.push(sentence)
    }
    if (announcing.length === 0 && !transferring) return
    // Read only when there is something to report.
    const seeChat = () => (phrases.CONTINUITY.test(lower) ? '' : ', and that the next agent can see this chat so they won’t need to repeat anything')

    if (announcing.length === 0) {
      const start = text.length - text.trimStart().length
      context.report({
        start,
        end: text.trimEnd().length,
        message: `You are transferring this chat, but the draft does not tell the customer: say who will take over and why${seeChat()}`,
      })
      return
    }

    const destination = destinationOf(lower, text)
    const reason = destination.impliesReason || phrases.REASON.test(lower)
    if (destination.found && reason) return
    const missing = [destination.found ? '' : 'who or which team will take over', reason ? '' : 'why'].filter(Boolean).join(' and ')
    const first = announcing[0]!
    const last = announcing[announcing.length - 1]!
    context.report({
      start: first.start,
      end: last.end,
      actual: text.slice(first.start, last.end),
      message: `This transfer does not say ${missing}; tell the customer${seeChat()}`,
    })
  },
})

/** Characters before an announcement searched for an offer ("can", "if", "would you like me to"). */
const OFFER_WINDOW = 60

/** Whether a sentence ends in "?": read backwards from its end, so it costs the trailing space only. */
function endsWithQuestion(lower: string, sentence: { start: number; end: number }): boolean {
  let i = sentence.end - 1
  while (i > sentence.start && /\s/.test(lower[i]!)) i--
  return lower[i] === '?'
}

/** Where the chat goes: a named team (which also says why), a department, a person or a role. */
function destinationOf(lower: string, text: string): { found: boolean; impliesReason: boolean } {
  for (const match of lower.matchAll(TEAM_PATTERN)) {
    const qualifiers = (match[1] ?? '').trim().split(' ').filter(Boolean)
    if (qualifiers.some((word) => !phrases.GENERIC_QUALIFIER.has(word))) return { found: true, impliesReason: true }
  }
  if (DEPARTMENT_PATTERN.test(lower) || IT_PATTERN.test(text)) return { found: true, impliesReason: true }
  // A role by what it does ("our pharmacist", "a claims adjuster") says who and why; "a colleague" only who.
  for (const match of lower.matchAll(BROUGHT_IN)) {
    const words = [match[1]!, match[2]].filter((word): word is string => word !== undefined)
    if (words.some((word) => !phrases.GENERIC_ROLE.has(word) && !phrases.GENERIC_QUALIFIER.has(word))) return { found: true, impliesReason: true }
  }
  if (phrases.ROLE.test(lower)) return { found: true, impliesReason: false }
  if (TITLED_PERSON.test(text)) return { found: true, impliesReason: false }
  for (const match of [...text.matchAll(PERSON_PATTERN), ...text.matchAll(PERSON_SUBJECT)]) {
    if (!NOT_A_NAME.has(match[1]!)) return { found: true, impliesReason: false }
  }
  return { found: false, impliesReason: false }
}
