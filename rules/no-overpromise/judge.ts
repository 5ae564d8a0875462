/**
 * The judgement behind no-overpromise, loaded on demand (`load` in index.ts): a
 * chunk of its own in browser bundles, so the entry chunk carries only the rule's
 * metadata and its cue-word prefilter. `overpromises(sentence)` takes one
 * sentence, lower-cased, with masked syntax blanked.
 */
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
const CERTAINTY = /\b(?:definitely|certainly|surely|for (?:sure|certain)|absolutely|without (?:a )?doubt|no doubt|without fail|100 ?%|100 percent|a hundred percent|rest assured|assure you|(?:you have|i give you|i'll give you) my word|guaranteed(?= ?(?:[.!,;]|$| to\b))|i swear|trust me|take it from me|mark my words|(?:you can )?(?:count|bet) on (?:it|that)|(?:it's|it is) (?:certain|a certainty|a sure thing)|for good|once and for all|no question|no matter what|(?:i'm|i am|we're|we are) (?:completely |totally |absolutely |very |quite |so |fully |100% )?(?:certain|positive|sure|confident)(?! (?:if|whether|what|how|why|when|who|which)\b))/
/** A certainty adverb right on a present-tense claim: "definitely fixes", "100% works". */
const CERTAIN_PRESENT = /(?<!\b(?:can|could|would|should|may|might|must|to|will|'ll) )\b(?:definitely|certainly|surely|absolutely|100 ?%) (?![a-z]{1,20}ss\b)(?!is\b|was\b|has\b|does\b|means\b|seems\b|sounds\b|looks\b|feels\b|needs\b|helps\b)([a-z]{3,20}s)\b/
/** "… is guaranteed" about a thing: a guarantee in its own right. */
const GUARANTEED_PREDICATE = /\b([a-z]{1,20})(?: is| are|'s| be)(?: \w{1,12})? guaranteed\b/
/** "I'm sure" with no intensifier: the weakest assurance. */
const WEAK_SURE = /^(?:i'm|i am|we're|we are) (?:so |quite )?sure$/
/** Words around a bare certainty tag: "no doubt about it", "and that's guaranteed". */
const TAG_FILLER = /\b(?:and|it's|that's|it is|that is|i|we|promise|trust me|about (?:it|that)|of (?:it|that)|on (?:it|that)|don't worry|oh)\b/g
/** Markers that vouch for the clause after them. */
const LEADING_TAG = /^(?:rest assured|no doubt|without (?:a )?doubt|(?:you have|i give you|i'll give you) my word|i (?:can )?assure you|trust me|take it from me|mark my words|(?:you can )?(?:count|bet) on (?:it|that)|(?:i'm|i am|we're|we are) (?:\w{1,10} )?(?:certain|positive|sure|confident)(?: of (?:it|that))?)/
/** Advice or a duration, not an outcome: "it will definitely help to restart", "this will only take a minute". */
const ADVICE = /\b(?:will|'ll) (?:\w{1,12} )?(?:help|take|want to|need to|be (?:worth|easier|faster|quicker|best|better|a good idea|helpful|happy to|glad to|pleased to|delighted to))\b/
/** "There's no way it won't arrive": certainty by double negation. */
const NO_WAY = /\bno way (?:that )?([a-z']{1,20})(?: [a-z']{1,20})? (?:won't|will not|doesn't|does not|isn't|can't|wouldn't)\b/
/** Where one clause ends and the next starts. */
const CLAUSE_BREAK = /[,;:—–]| but | so | although | though | while | since | because /
/** Passives of the support team's own work. */
const SERVICE_PASSIVE = /^ (?:\w{1,12} )?be (?:assisted|helped|contacted|updated|notified|called|emailed|served|taken care of|looked after|attended to|kept (?:updated|informed|posted)|charged|billed|refunded|credited|penali[sz]ed)\b/
/** What the customer will experience or still has: "you'll get an email", "you'll still have access", "you'll love it". */
const CUSTOMER_SIDE = /^ (?:still |also )?(?:get (?:a|an) (?:email|e-mail|text|confirmation|notification|message|link|code|receipt)|receive (?:a|an)\b|be able to|have access|keep|find|love|like|enjoy|appreciate|agree|understand|notice)\b/
/** "you'll hear from me by noon": the agent's own follow-up. */
const HEAR_FROM_US = /^ (?:\w{1,12} )?(?:hear from|hear back from|get (?:a |an )?(?:call|email|reply|update|message) from) (?:me|us)\b/
/** "this is never going to happen again", "that isn't going to happen again". */
const NOT_GOING_AGAIN = /\b([a-z]{1,20})(?:'s| is|'re| are)(?: never| not)? going to (?:happen|occur|be an? (?:problem|issue))(?: [\w']{1,15}){0,3}? again\b|\b([a-z]{1,20}) (?:isn't|aren't) going to (?:happen|occur|be an? (?:problem|issue))(?: [\w']{1,15}){0,3}? again\b/
/** "no chance of a delay", "no risk of it getting lost". */
const NO_RISK = /\bno (?:chance|risk|possibility|danger) (?:of|that) (?:a |any |it |your \w{1,20} )?(?:delays?|problems?|issues?|errors?|failure|rejection|being (?:lost|delayed|declined|rejected)|getting (?:lost|delayed|declined|rejected))\b/
/** "you won't have any more issues", "there won't be any delays": promises the problem away. */
const NO_MORE_PROBLEMS = /\b([a-z]{1,20})(?:'ll| will)? (?:never|won't|will not)(?: ever)? (?:have|see|get|experience|run into|face|hit|encounter|be) (?:any )?(?:(?:more|further|other) )?(?:issues?|problems?|errors?|trouble|drops?|crashes?|outages?|delays?|hiccups?|glitches?|interruptions?|complications?)\b/
/** "the new router will solve all your connection problems": every problem promised away. */
const SWEEPING_FIX = /\b([a-z]{1,20})(?:'ll| will|(?: is| are|'s|'re) going to)(?: [a-z]{1,12}ly)? (?:solve|fix|resolve|cure|eliminate|get rid of) (?:all|every|each|any)(?: (?:of|one of))?(?: (?:your|the|these|those|its|their|our))?(?: [\w-]{1,20}){0,2}? (?:problems?|issues?|troubles?|errors?|drops?|headaches?|bugs?|glitches?|complaints?|worries|faults?)\b/
/** "nothing will go wrong", "it can't fail": certainty by ruling failure out. */
const NOTHING_WRONG = /\bnothing (?:bad |else )?(?:will|can|could|is going to|'ll)(?: possibly)? (?:go wrong|go amiss|fail|break|get lost|be lost|happen to (?:it|them|your))\b/
const CANNOT_FAIL = /\b([a-z]{1,20}) (?:can't|cannot|can not|won't|will not|will never)(?: possibly| ever)? (?:fail|go wrong|let you down)\b/
/** "no way the bank will decline it", "zero chance your flight gets cancelled". */
const NO_CHANCE = /\b(?:no way|zero chance|no chance|not a chance|no possibility)(?: (?:that|at all))? (?:it|this|that|they|he|she|you|(?:the|your|this|that|his|her|their) [a-z]{2,20})(?:'ll| will\b| won't| will not| would\b| could\b| can\b| can't| is going to| gets?\b| [a-z]{2,20}s\b)/
/** What the customer is promised to get or pass ("you're certain to get a place"), not to feel. */
const CUSTOMER_OUTCOME = new Set(['get', 'receive', 'pass', 'win', 'qualify', 'lose', 'save', 'gain', 'earn', 'recover', 'succeed', 'land', 'secure', 'obtain'])
/** "will work perfectly from now on": flawless for good. */
const FLAWLESS_FOR_GOOD = /\b([a-z]{1,20})(?:'ll| will)(?: [a-z]{1,12}){0,2}? (?:perfectly|flawlessly|fine|smoothly|without (?:any )?(?:issues|problems|errors|fail|a hitch)) (?:from now on|forever|for good|permanently|going forward|from here on(?: out)?)\b/
/** "is certain to arrive", "bound to be approved", "sure to drop"; group 1 subject, 2-3 the predicate. */
const CERTAIN_TO = /\b([a-z]{1,20})(?: is| are|'s|'re| will be)(?: \w{1,12})? (?:certain|sure|bound|guaranteed) to ([a-z]{2,20})(?: ([a-z]{2,20}))?/g
/** Predicates that make "bound to" about feelings or the customer's own discovery: "bound to be frustrating", "sure to find it". */
const NOT_AN_OUTCOME = new Set(['happen', 'find', 'love', 'like', 'enjoy', 'have', 'want', 'need', 'notice', 'ask', 'wonder', 'feel', 'cause', 'come up'])
const EVALUATIVE = /^(?:[a-z]{2,20}ing|a|an|some|the|stressful|inconvenient|difficult|hard|tough|tricky|awkward|unpleasant|painful|worth|useful|helpful|fun|popular)$/
/** "don't worry, your visa will come through": reassurance that states an outcome as fact. */
const REASSURE = /\b(?:(?:don't|do not|dont) worry|no need to worry|not to worry|nothing to worry about|you needn't worry|rest easy|you can relax)\b/
/** A request accepted, not an outcome forecast: "that'll be fine", "it will be no problem". */
const ACCEPTED = /\b(?:will|'ll) be (?:fine|ok|okay|alright|all right|no problem|perfect|great)\b/
/** The same reassurance closing the sentence, for the claim before it: "your visa will come through in time, don't worry". */
const TRAILING_REASSURE = /,? ?(?:(?:don't|do not|dont) worry|not to worry|no worries|no problem(?: at all)?|(?:you )?can relax)[.!]{0,3}$/
/** A harm ruled out, "won't be affected", "won't delay"; fires when a third party decides it (our own systems are facts). */
const HARM_RULED_OUT = /\b([a-z]{1,20})(?: will)? (?:won't|will not|will never|never)(?: ever)? (?:be )?(?:affect|affected|impact|impacted|hurt|harm|harmed|damage|damaged|delay|delayed|decline|declined|reject|rejected|deny|denied|lose|lost|drop|dropped|change|changed|go up|rise|increase|increased)\b/
/** Outcomes a third party decides: carriers, banks, governments, credit bureaus, weather, prices. */
const THIRD_PARTY = /\b(?:credit (?:score|rating|report|file|history)|bank|card issuer|lender|insurer|insurance|premiums?|coverage|mortgage|loan|interest rates?|benefits|pension|visa|permit|immigration|passport|embassy|consulate|government|customs|tax(?:es)?|airline|flight|carrier|courier|driver|post office|postal service|delivery|shipment|parcel|package|weather|storm|prices?|rates?|manufacturer|supplier|landlord|council)\b/
/** A policy statement is a fact the agent can see: "you won't be charged a fee — that's our policy". */
const POLICY = /\b(?:(?:our|the|company|store|bank's) (?:policy|terms|contract)|per (?:our )?policy|(?:in|into|under|by) (?:your|our|the) (?:contract|policy|terms|agreement|plan terms))\b/
/** "I'll make sure it won't happen again": the agent commits to their own effort. */
const OWN_EFFORT = /\b(?:make sure|making sure|ensure|ensuring|see to it)\b/
/** Times that turn a present-tense verb into a prediction: "it arrives tomorrow". */
const FUTURE_TIME = /\b(?:today|tonight|tomorrow|this (?:week|weekend|month|morning|afternoon|evening)|next (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on|by|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|the end)|in time|within (?:the|an?|one|two|three|four|five|\d{1,3})\b)/
/** A third-person subject and the word after it: "the package arrives", "it gets". */
const PRESENT_SUBJECT = /\b(?:it|this|that|he|she|(?:the|your|this|that|his|her|their) [a-z]{2,20}) ([a-z]{2,20})\b/g
const NOT_A_PREDICTION = /^(?:is|was|has|does|says|means|shows|seems|looks|sounds|needs|this|its|yes|plus|us|as|always|also|still)$|(?:ss|us|is|ys)$/
/** "you'll never see that error again", "this won't happen again". */
const NEVER_AGAIN = /\b([a-z]{1,20})(?:'ll| will)? (?:never|won't|will not)(?: ever)? (?:see|have|get|experience|happen|occur|face|run into|hit|encounter|come back|return|be a problem|be an issue|be happening|have to worry)\b(?: [\w']{1,15}){0,5}? again\b/

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
  for (const pattern of [NEVER_AGAIN, NO_MORE_PROBLEMS, NO_WAY, CANNOT_FAIL, SWEEPING_FIX, FLAWLESS_FOR_GOOD]) {
    const never = pattern.exec(sentence)
    if (never !== null && !OWN.has(never[1]!) && !OWN_EFFORT.test(sentence.slice(0, never.index))) return true
  }
  // Below: certainty without a guarantee word; "I can't promise nothing will go wrong" disclaims it.
  if (negated) return false
  if (NOTHING_WRONG.test(sentence) || NO_CHANCE.test(sentence) || NO_RISK.test(sentence) || certainTo(sentence)) return true
  const notAgain = NOT_GOING_AGAIN.exec(sentence)
  if (notAgain !== null && !OWN.has(notAgain[1] ?? notAgain[2]!) && !OWN_EFFORT.test(sentence.slice(0, notAgain.index))) return true
  if (POLICY.test(sentence)) return false
  if (harmRuledOut(sentence)) return true
  const reassurance = REASSURE.exec(sentence)
  if (reassurance !== null) {
    const rest = sentence.slice(reassurance.index + reassurance[0].length)
    if (hasOutcomeClaim(rest) && !ADVICE.test(rest)) return true
  }
  const trailing = TRAILING_REASSURE.exec(sentence)
  if (trailing !== null) {
    const claim = sentence.slice(0, trailing.index)
    // "That will be fine, no problem": an answer to the customer, not a forecast.
    if (hasOutcomeClaim(claim) && !ADVICE.test(claim) && !ACCEPTED.test(claim)) return true
  }
  return false
}

/** "The replacement is certain to arrive", not "that's bound to be frustrating". */
function certainTo(sentence: string): boolean {
  for (const match of sentence.matchAll(CERTAIN_TO)) {
    const [, subject = '', verb = '', next = ''] = match
    // "you're sure to love it" is taste; "you're certain to get a place" is an outcome.
    if (OWN.has(subject) || (subject === 'you' && !CUSTOMER_OUTCOME.has(verb)) || NOT_AN_OUTCOME.has(verb)) continue
    if (verb === 'be' && EVALUATIVE.test(next)) continue
    return true
  }
  return false
}

/** "Your credit score won't be affected at all", "the storm won't delay your delivery". */
function harmRuledOut(sentence: string): boolean {
  const match = HARM_RULED_OUT.exec(sentence)
  if (match === null || OWN.has(match[1]!) || OWN_EFFORT.test(sentence.slice(0, match.index))) return false
  const clause = sentence.slice(Math.max(0, match.index - 60), match.index + match[0].length + 60)
  return THIRD_PARTY.test(clause)
}

/**
 * A certainty marker in the same clause as an outcome claim ("it will definitely
 * work"), or closing the sentence after one ("…back on within the hour, guaranteed.").
 */
function certainOutcome(sentence: string): boolean {
  const clauses = sentence.split(CLAUSE_BREAK)
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!
    const marker = CERTAINTY.exec(clause)
    if (marker === null) continue
    // A bare "I'm sure" is as often a polite guess ("I'm sure the team will love it"): it needs a
    // third party or a deadline in the claim to count as vouching for an outcome.
    const weak = WEAK_SURE.test(marker[0])
    const claims = (text: string) => hasOutcomeClaim(text) && (!weak || THIRD_PARTY.test(text) || FUTURE_TIME.test(text))
    if (claims(clause) && !ADVICE.test(clause)) return true
    // A clause that is only the marker ("guaranteed.", "rest assured,") vouches for its neighbour.
    const tag = clause.replace(CERTAINTY, '').replace(TAG_FILLER, '').trim()
    // Nothing but punctuation, emoji or emoticons left: "guaranteed! 💪".
    if (/[\p{L}\p{N}]/u.test(tag)) continue
    if (i > 0 && claims(clauses[i - 1]!)) return true
    // A leading "Rest assured," vouches for what follows; a leading "Absolutely," just means yes.
    if (i + 1 < clauses.length && LEADING_TAG.test(clause.trim()) && claims(clauses[i + 1]!)) return true
  }
  return false
}

/** "you'll hear from me…" right after a promise. */
function hasOwnFollowUp(rest: string): boolean {
  const subject = /^you(?:'ll| will)/.exec(rest)
  return subject !== null && HEAR_FROM_US.test(rest.slice(subject[0].length, subject[0].length + 60))
}

/**
 * A claim about the future whose subject is not the agent: "it will", "your bank
 * will", or a present tense with a future time ("the package arrives tomorrow").
 */
function hasOutcomeClaim(text: string): boolean {
  for (const match of text.matchAll(FUTURE_SUBJECT)) {
    if (OWN.has(match[1]!)) continue
    // "you will be contacted" is the agent's own team acting; "you'll get an email" is what the customer sees.
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40)
    if (SERVICE_PASSIVE.test(after)) continue
    if (match[1] === 'you' && (HEAR_FROM_US.test(after) || CUSTOMER_SIDE.test(after))) continue
    return true
  }
  if (!FUTURE_TIME.test(text)) return false
  for (const match of text.matchAll(PRESENT_SUBJECT)) {
    const verb = match[1]!
    if (verb.endsWith('s') && !NOT_A_PREDICTION.test(verb)) return true
  }
  return false
}
