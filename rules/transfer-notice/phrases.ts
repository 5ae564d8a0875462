/**
 * Phrase tables for transfer-notice. Patterns run on the masked, lower-cased
 * draft (person names on the original); every quantifier is bounded.
 */

const CHAT = String.raw`(?:you|this chat|the chat|your chat|this conversation|our chat|your case|this case|you and your case)`

/** A colleague the agent fetches, invites or asks in: "my supervisor", "one of our senior specialists". */
const STAFF = String.raw`(?:my|a|our|one of our) (?:senior |shift )?(?:supervisor|manager|team lead|colleague|specialist|expert)s?`

/** The agent says the chat is changing hands. */
export const ANNOUNCE: readonly string[] = [
  String.raw`\b(?:transfer(?:ring)?|connect(?:ing)?|pass(?:ing)?|hand(?:ing)?|rout(?:e|ing)|escalat(?:e|ing)) ${CHAT}\b(?! (?:the|a|an|some|this|that|your|those|these|our|back|up|down|know)\b)`,
  String.raw`\b(?:mov(?:e|ing)) ${CHAT} (?:over|across)\b`,
  // "…are handled by our Groups desk, so I'm moving you there now"
  String.raw`\b(?:mov(?:e|ing)|send(?:ing)?|transfer(?:ring)?|pass(?:ing)?|connect(?:ing)?|rout(?:e|ing)) (?:you|this chat|your chat) (?:over |across |straight )?there\b`,
  String.raw`\b(?:bring(?:ing)?|loop(?:ing)?) in (?:a|my|our|one of|someone|somebody)\b`,
  String.raw`\b(?:put(?:ting)?|get(?:ting)?) you (?:through|in touch)\b`,
  // "passing your chat on", "handing this over"; "I'll pass this on to the vet" relays a question, the agent stays.
  String.raw`\b(?:hand(?:ing)?|pass(?:ing)?|transfer(?:ring)?) (?:(?:this|the|your) (?:chat|conversation|case) ?(?:over|on|across)|this (?:over|across))\b`,
  String.raw`\byou(?:'ll| will|'re| are)? (?:now |soon |shortly )?(?:be |being )?(?:transferred|connected|passed|put through|moved over|handed over|handed|routed|redirected)\b`,
  String.raw`\b(?:colleague|teammate|specialist|supervisor|manager|team lead|agent|someone|somebody|expert)\b(?: [\w']{1,20}){0,6}? (?:will|'ll|is going to|can) (?:join|take over|take it from here|pick (?:this|it|the chat) up|continue|be with you|be joining)\b`,
  // "Sam will take it from here"; not the next agent's own "I'll take it from here"
  String.raw`(?<!\b(?:i'll|i will|i'm|i am|i can|let me|i've got|i'm going to|i am going to) )\b(?:take|taking) it from here\b`,
  String.raw`\b(?:join|joining) (?:the|this|our|us in the|us in this) (?:chat|conversation)\b`,
  String.raw`\btak(?:e|ing) over (?:the|this|your) (?:chat|conversation|case)\b|\btak(?:e|ing) over from (?:me|here)\b`,
  String.raw`\b(?:send(?:ing)?|get(?:ting)?) you (?:over|across|through) to\b`,
  // "I've requested a transfer to our Claims team"
  // Not a money transfer: "the transfer to your savings account went through"
  String.raw`\b(?:a|the|your|this) (?:transfer|handover|hand-over|handoff|hand-off) (?:of (?:this|your) (?:chat|conversation) )?(?:to|over to)\b(?! (?:(?:your|my|our|the|a|an|their|his|her|another|a new|the new|a different) )?(?:[a-z-]{1,20} ){0,2}(?:account|accounts|savings|checking|current|isa|ira|401k|card|wallet|balance|bank|iban|paypal|venmo|zelle|fund|funds)\b)`,
  String.raw`\b(?:get(?:ting)?|fetch(?:ing)?|grab(?:bing)?|invit(?:e|ing)) ${STAFF}\b(?! (?:said|says|told|confirmed|has|had|is|was)\b)`,
  // Asking a colleague is consulting them ("let me ask my team lead"); asking them in is a transfer.
  String.raw`\bask(?:ing)? ${STAFF} to (?:join|take over|step in|pick (?:this|it) up|continue|chat with you|speak with you|talk with you)\b`,
]

/** Offers and conditionals: "I can transfer you if…", "Would you like me to connect you…". */
export const OFFER_WORD = /\b(?:can|could|would you like me to|do you want me to|want me to|happy to|if|shall i|should i|may)\b/g
/** At most this many characters between the offer word and the announcement. */
const OFFER_REACH = 30

/**
 * Does `before` (the text just before an announcement) end in an offer: an offer
 * word, then at most OFFER_REACH characters with no sentence mark? A scan, not an
 * end-anchored regex (`…[^.!?]{0,30}$` retries from every offer word).
 */
export function endsInOffer(before: string): boolean {
  let clause = before.length
  while (clause > 0 && before[clause - 1] !== '.' && before[clause - 1] !== '!' && before[clause - 1] !== '?') clause--
  const tail = before.slice(clause)
  for (const match of tail.matchAll(OFFER_WORD)) {
    if (tail.length - (match.index + match[0].length) <= OFFER_REACH) return true
  }
  return false
}

const GENERIC_QUALIFIER = new Set(['our', 'the', 'a', 'an', 'my', 'other', 'another', 'right', 'relevant', 'appropriate', 'correct', 'proper', 'same', 'new', 'next', 'different', 'one', 'of', 'available', 'dedicated', 'specialist', 'support'])
export { GENERIC_QUALIFIER }

/** Teams and departments by name: they say where and, by their name, why. */
export const DEPARTMENTS: readonly string[] = [
  'billing', 'sales', 'tech support', 'technical support', 'tech', 'returns', 'claims', 'fraud', 'disputes',
  'retention', 'retentions', 'escalations', 'logistics', 'payments', 'finance', 'security', 'compliance',
  'loyalty', 'bookings', 'reservations', 'warranty', 'repairs', 'refunds', 'engineering', 'installations',
  'onboarding', 'collections', 'legal', 'privacy', 'membership', 'subscriptions', 'mortgages', 'lending',
]

/** Words that make a team or role: "our X team", "a billing specialist". */
export const TEAM_WORD = String.raw`(?:team|department|dept|desk|group|unit|squad|office|specialists?|experts?|engineers?|technicians?|agents?|advisors?|advisers?|representatives?|reps?|colleagues?|officers?|crew|staff|coordinators?|nurses?|pharmacists?|adjusters?|planners?|consultants?|underwriters?|accountants?|dispatchers?|assessors?|handlers?|schedulers?)`

/** Roles that say who without saying why. */
export const GENERIC_ROLE: ReadonlySet<string> = new Set(['colleague', 'colleagues', 'teammate', 'coworker', 'co-worker', 'someone', 'somebody', 'person', 'agent', 'rep', 'representative', 'supervisor', 'manager', 'lead', 'senior', 'specialist', 'expert', 'member', 'one', 'other', 'team', 'shift', 'boss'])

export const ROLE = /\b(?:to|with|get(?:ting)?|fetch(?:ing)?|grab(?:bing)?|ask(?:ing)?|invit(?:e|ing)) (?:my|our|a|the|one of our) (?:senior |shift |team )?(?:supervisor|manager|team lead|lead|specialist|senior agent|senior colleague)s?\b/

/** A reason for the transfer, said outright. */
export const REASON = new RegExp(
  [
    String.raw`\b(?:because|since|as (?:they|she|he|this|it|your|the))\b`,
    String.raw`\bwho(?:'s| is| are)? (?:can|will|handles?|specializes?|specialises?|deals?|looks? after|manages?|takes? care|knows?|has|have|are able|is able|are the|is the|are best|is best|owns?|covers?|works? on|processes|approves?)\b`,
    String.raw`\bso (?:that )?(?:they|she|he|the team|someone) (?:can|could)\b`,
    String.raw`\b(?:they|she|he)(?:'re|'s| are| is) (?:the (?:best|right)|best|better|able|specialists?|experts?)\b`,
    String.raw`\b(?:to|for) (?:help(?:ing)?|sort(?:ing)?|handl(?:e|ing)|process(?:ing)?|look(?:ing)? into|fix(?:ing)?|review(?:ing)?|resolv(?:e|ing)|check(?:ing)?|assist(?:ing|ance)?|arrang(?:e|ing)|issu(?:e|ing)|approv(?:e|ing)|complet(?:e|ing)|discuss(?:ing)?|tak(?:e|ing) care)\b`,
    String.raw`\b(?:handles?|look after|looks after|deal with|deals with) (?:these|this|those|that|it|such)\b`,
    // "Refill overrides need a pharmacist's approval, so I'm bringing in…": the clause before "so" is the why.
    String.raw`\b(?:needs?|requires?) (?:a |an |the |our )?(?:[a-z-]{1,20}(?:'s)? ){0,2}(?:approval|sign-off|signoff|authori[sz]ation|review|permission|access)\b`,
    String.raw`\b(?:are|is) (?:handled|dealt with|managed|processed|looked after|covered|approved) by\b`,
  ].join('|'),
)

/** The customer learns the next agent has the chat: no need to repeat. */
export const CONTINUITY = new RegExp(
  [
    String.raw`\b(?:see|sees|read|reads|has|have|got|access to|review|reviewed|seen|read through) (?:all |the |our |this |your |these )?(?:whole |full |entire |complete )?(?:chat|conversation|notes|history|transcript|details|case|messages|everything)\b`,
    String.raw`\bno need to (?:repeat|start over|explain)\b`,
    String.raw`\b(?:won't|will not|don't|do not|shouldn't) (?:need|have) to (?:repeat|explain|start)\b`,
    String.raw`\bup to speed\b|\bfill(?:ed)? (?:them|her|him) in\b|\bbriefed\b|\bpassed (?:on|along) (?:your|the|all)\b`,
  ].join('|'),
)

/** "I'm moving you to billing": an announcement only when a team follows ("moving you to the annual plan" is not). */
export const MOVE_ANNOUNCE = String.raw`\bmov(?:e|ing) (?:you|this chat|your chat) (?:over |across )?to (?:our |the |a |my )?(?:[a-z0-9&'-]{1,20} ){0,3}?(?:${TEAM_WORD}|${DEPARTMENTS.join('|')})\b`
