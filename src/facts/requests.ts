/**
 * Requests for details in an agent's text: "May I have your email?", "Order
 * number?", "Please send me a screenshot", "I'll need your username, email and
 * order ID". Used on drafts (the rule) and on agent turns (to type the bare
 * answer that follows a question). Works on plain text, sentence by sentence;
 * every pattern is bounded or anchored, so a long text stays linear.
 */
import { matchesOf } from './scan.js'
import { ANOTHER_INSTANCE, DETAIL_NAMES, type DetailType, NEW_INSTANCE, type NamePart, THIRD_PARTY, namePartOf, typeOfMatch } from './lexicon.js'

export interface DetailRequest {
  readonly type: DetailType
  readonly part: NamePart
  /** The noun phrase naming the detail. */
  readonly start: number
  readonly end: number
  /** From the request cue (or the sentence start) to the sentence end. */
  readonly clauseStart: number
  readonly clauseEnd: number
  readonly sentenceStart: number
  readonly sentenceEnd: number
  /** Asks for another instance ("a new email", "the correct order number"). */
  readonly another: boolean
  /**
   * The other instance is only "the new one" ("What is the new address?", "Which address should
   * we send the new card to?"): a detail the customer introduced as new in this chat answers it.
   */
  readonly asksNew: boolean
  /** A named instance after the detail ("the booking number for the October stay"): the month or weekday, lower-case. */
  readonly qualifier: string | undefined
  /** About someone else ("your daughter's date of birth"). */
  readonly thirdParty: boolean
  /** A re-ask after a failed check ("re-enter", "are you sure that's…", "doesn't match"). */
  readonly verification: boolean
}

const VERBS = String.raw`(?:share|send|provide|give|tell|confirm|verify|spell|type|enter|re-?enter|re-?type|re-?send|let\s+(?:me|us)\s+know|reply\s+with|respond\s+with|dm|message|paste|upload|attach|list|write|state|supply|double[- ]check|read\s+(?:me\s+)?out|forward|include|add|post|drop|shoot|look\s+up|find|fill\s+in|submit|remind\s+me\s+of|pass\s+along|put\s+in|input|update\s+me\s+with|type\s+out|read(?:\s+(?:me|us))?(?:\s+out)?|pop|stick|jot\s+down|note\s+down|grab|help)`
const ADVERBS = String.raw`(?:(?:please|kindly|just|also|quickly|now|maybe|possibly|then|first|again|still|simply|go\s+ahead\s+and)\s+){0,3}`
const FILLERS = String.raw`(?:(?:ok(?:ay)?|so|and|then|also|now|kindly|just|first|next|great|perfect|thanks|thank\s+you|alright|all\s+right|sure|right|lastly|finally|excellent|awesome|cool|got\s+it|no\s+problem|no\s+worries|of\s+course|sure\s+thing|hi|hello|and\s+then|or)[,.!:;]?\s+(?:[-–—]\s+)?){0,4}`

/** Phrases that ask for something; the requested details follow them. */
const CUES: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:could|can|would|will|cud|cn|cld)\s+(?:you|u|ya)\s+${ADVERBS}${VERBS}\b(?:\s+(?:me|us)(?:\s+with)?)?`, 'gi'),
  new RegExp(String.raw`\b(?:may|can|could|might|cn|(?:(?:would|do)\s+(?:you|u)\s+)?mind\s+if|(?:wondering|wonder)\s+if)\s+(?:i|we)\s+(?:(?:could|can|might|may)\s+)?${ADVERBS}(?:have|had|get|got|grab|grabbed|take|took|ask(?:ed)?(?:\s+(?:you\s+)?for)?|know|see|request|confirm|verify|check|trouble\s+you\s+for|bother\s+you\s+for)\b`, 'gi'),
  new RegExp(String.raw`\bhow\s+about\s+(?:sending|sharing|giving|providing|telling|dropping|typing|confirming|posting|popping|letting\s+(?:me|us)\s+know)\b(?:\s+(?:me|us)(?:\s+with)?)?(?:\s+(?:over|across|along))?`, 'gi'),
  /\bis\s+there\s+(?:an?|any)\b/gi,
  /\b(?:what|which)\s+(?:did|do)\s+(?:you|u)\s+say\b/gi,
  new RegExp(String.raw`\bit(?:'d|\s+would|'ll|\s+will)\s+(?:really\s+)?(?:be\s+)?(?:great|helpful|help|useful|good|perfect|ideal|easier|quicker)\s+(?:to\s+(?:have|get|see|know)|if\s+(?:you|u)\s+(?:could|can|would)\s+${ADVERBS}${VERBS}(?:\s+(?:me|us))?)\b`, 'gi'),
  new RegExp(String.raw`\bplease\s+${ADVERBS}${VERBS}\b(?:\s+(?:me|us)(?:\s+with)?)?`, 'gi'),
  new RegExp(String.raw`\b(?:i|we)(?:'ll|'d|\s+will|\s+would|\s+just|\s+also|\s+still|\s+only|\s+first|\s+now|\s+then|\s+do|\s+might|\s+may|\s+will\s+also|\s+would\s+also){0,3}\s+(?:need|require)\b(?:\s+you\s+to\s+${VERBS}(?:\s+(?:me|us))?|\s+to\s+(?:get|have|see|take|grab|confirm|verify|collect|ask\s+(?:you\s+)?for)\b)?`, 'gi'),
  /\b(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:going\s+to|gonna)\s+(?:need|require)\b/gi,
  /\b(?:all|what|the\s+only\s+thing|one\s+(?:more|last)\s+thing|the\s+(?:last|next|first|other)\s+thing)\s+(?:that\s+)?(?:i|we)\s+(?:still\s+|will\s+|'ll\s+|would\s+|'d\s+|also\s+)?(?:need|require)\b/gi,
  /\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+)?(?:like|love)\s+to\s+(?:have|get|know|see|confirm|verify|ask\s+for)\b/gi,
  /\b(?:do|does)\s+(?:you|u)\s+(?:also\s+|still\s+|happen\s+to\s+|by\s+(?:any\s+)?chance\s+)?(?:have|know|remember|recall|got)\b/gi,
  /\bhave\s+you\s+got\b/gi,
  new RegExp(String.raw`\b(?:would\s+you\s+)?mind\s+(?:sharing|sending|providing|giving|telling|confirming|typing|entering|dropping|posting|passing|popping|sticking|pasting|reading|spelling|double[- ]checking|verifying|checking|re-?entering|writing|listing|uploading|attaching|forwarding|including|adding|grabbing|looking\s+up|finding|letting\s+(?:me|us)\s+know)\b(?:\s+(?:me|us)(?:\s+with)?)?(?:\s+(?:over|across|along|through))?`, 'gi'),
  new RegExp(String.raw`\b(?:care|want|feel\s+free|be\s+(?:so|kind\s+enough)|so\s+kind\s+as)\s+to\s+${ADVERBS}${VERBS}\b(?:\s+(?:me|us)(?:\s+with)?)?`, 'gi'),
  new RegExp(String.raw`\b(?:i|we)(?:'d|\s+would|\s+will|'ll)\s+(?:really\s+|greatly\s+|truly\s+|much\s+)?appreciate(?:\s+it)?(?:\s+if\s+(?:you|u)\s+(?:could|can|would)\s+${ADVERBS}${VERBS}\b(?:\s+(?:me|us))?)?`, 'gi'),
  /\b(?:i|we)(?:'ll|\s+will|'d|\s+would)?\s+(?:just\s+|quickly\s+|also\s+)?(?:grab|take\s+down|note\s+down)\b/gi,
  new RegExp(String.raw`\b(?:(?:would|will|could)\s+(?:you|u)\s+be|are\s+(?:you|u))\s+(?:able|willing|happy|ok(?:ay)?|comfortable)\s+to\s+${ADVERBS}${VERBS}\b(?:\s+(?:me|us)(?:\s+with)?)?`, 'gi'),
  new RegExp(String.raw`\b(?:is|would|will|might)\s+it\s+(?:be\s+)?(?:possible|ok(?:ay)?|alright)\s+(?:for\s+(?:you|me|us)\s+)?to\s+(?:get|have|see|grab|know|${VERBS})\b(?:\s+(?:me|us)(?:\s+with)?)?`, 'gi'),
  new RegExp(String.raw`\bany\s+chance\s+(?:(?:that\s+)?(?:i|we)\s+(?:could|can|might)\s+(?:get|have|grab|see|take)|(?:that\s+)?(?:you've|you\s+have|u\s+have)\s+got|(?:that\s+)?(?:you|u)\s+(?:have|know|got|(?:could|can|might)\s+${ADVERBS}${VERBS}\b(?:\s+(?:me|us)(?:\s+with)?)?)|of\s+(?:getting|having|seeing))\b`, 'gi'),
  /\b(?:do|did)\s+(?:you|u)\s+happen\s+to\s+(?:have|know)\b/gi,
  /\blet\s+(?:me|us)\s+(?:have|get|grab|take)\b/gi,
  /\bif\s+(?:you|u)\s+(?:have|know)\s+(?:your|the)\b/gi,
  new RegExp(String.raw`\b(?:you|u)\s+(?:could|can|would|will|may|might)\s+${ADVERBS}${VERBS}\s+(?:me|us)\b(?:\s+with)?`, 'gi'),
  new RegExp(String.raw`\bif\s+(?:you|u)\s+(?:(?:could|can|would)\s*|will\s+)?${ADVERBS}${VERBS}\b(?:\s+(?:me|us)(?:\s+with)?)?`, 'gi'),
]
/** "Just need your zip code", "Got an order number?": requests that open the sentence without a subject. */
const OPENING_CUE = new RegExp(String.raw`^\s*${FILLERS}(?:(?:just|also|still|only|first|now)\s+)?(?:need|needs|(?:you\s+)?(?:got|have\s+you\s+got)\b(?=[^?]*\?\s*$))\b`, 'i')
/** "I can verify using your username, if you have that handy": the detail is named before the ask. */
// `(?!\w)` is `\b` here (the last character is a letter); the analyser decides it, not `\b`.
const HANDY = /\bif\s+(?:you|u)\s+(?:have|know|can\s+find)\s+(?:it|that|them|those|one|this)(?:\s+(?:handy|available|on\s+hand|to\s+hand|nearby|with\s+you|there))?(?!\w)/i
/** "Who am I speaking with?": asks the customer's name. */
const WHO_QUESTION = /\bwho\s+(?:am\s+i|are\s+we|do\s+i\s+have\s+the\s+pleasure\s+of)\s+(?:speaking|chatting|talking|connected)\s+(?:with|to)\b|\bwho\s+(?:is|'s)\s+(?:this|the\s+account\s+holder)\b/i
/** For a screenshot or document, "also", "another", "more" ask for a new one. */
const MORE_MEDIA = /\b(?:also|another|more|additional|second|other|too|as\s+well|further|extra|new)\b/i
/** "the order number for the second item": another instance named after the detail. */
const ANOTHER_AFTER = /\s+(?:for|of|on|from)\s+(?:the|your|this|that|a)\s+(other|second|new|another|different|next|last|first|third|remaining|older|previous|replacement|earlier)\b/iy
/** "the booking number for the October stay": an instance named by its month or weekday (capitalised: "may" is a verb). */
const QUALIFIED_AFTER = /\s+(?:for|of|on|from|in)\s+(?:the|your|this|that|my)\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/y
/** "Please confirm your email address by clicking the link": an action, not a request for the value. */
const CONFIRM_VERB = /\b(?:confirm|verify|validate|activate)\b/gi
const BY_LINK = /\b(?:by|via|through|using)\s+(?:clicking|tapping|following|opening|the\s+(?:link|button|code))/iy
/** How far after the verb the "by clicking" may start (same sentence). */
const BY_LINK_REACH = 60
/** "Are you a Gold or Silver member?", "Are you a member?": asks the membership level. */
const MEMBER_QUESTION = /\bare\s+(?:you|u)\s+(?:an?\s+)?(?:(?:gold|silver|bronze|platinum|premium|vip|guest|registered|prime|plus|pro|diamond)\s+(?:or\s+(?:an?\s+)?(?:gold|silver|bronze|platinum|premium|vip|guest|diamond)\s+)?)?member\b/i
/** Every cue in one alternation: one scan per sentence. */
const CUE = new RegExp(CUES.map((cue) => `(?:${cue.source})`).join('|'), 'gi')
/** "What is…", "Which email…": a request when the sentence asks (ends with "?") or opens with it. */
const WH = /\b(?:what|which|what's|whats|wat|wht)\b/gi
const WH_START = new RegExp(String.raw`^\s*${FILLERS}(?:what|which|what's|whats|wat|wht)\b`, 'i')
/** A re-ask that doubts the value the customer gave. */
const ARE_YOU_SURE = /\bare\s+(?:you|u)\s+sure\s+(?:that's|that\s+is|this\s+is|it's|it\s+is|about|of|you\s+(?:gave|entered|typed|sent))\b/gi
/** "When is the appointment…", "Where is the delivery address": only the detail right after the verb counts. */
const WHEN_WHERE = /^\s*(?:when|where)\s+(?:is|was|'s|are|were)\b/i
/** An imperative at the start of a sentence: "Send me a screenshot", "Give me your full name". */
/** A lead-in before an imperative: "When you get a chance, send me…", "Go ahead and share…". */
const IMPERATIVE_LEAD = String.raw`(?:(?:when(?:ever)?\s+(?:you|u)\s+(?:get|have)\s+a\s+(?:chance|moment|sec(?:ond)?|minute)|whenever\s+you(?:'re|\s+are)\s+ready|at\s+your\s+(?:earliest\s+)?convenience|in\s+the\s+meantime|meanwhile|first(?:\s+of\s+all)?|before\s+we\s+(?:start|begin|continue|proceed)),?\s+)?(?:(?:maybe|perhaps|possibly|go\s+ahead\s+and)\s+)?`
const IMPERATIVE = new RegExp(String.raw`^\s*${FILLERS}${IMPERATIVE_LEAD}(?:please\s+)?${VERBS}\b(?:\s+(?:me|us)(?:\s+with)?)?`, 'i')
const YES_NO_START = /^\s*(?:is|are|was|were|did|does|has|have|had|should|shall|will|would|can|could|may|might|must|isn't|aren't|didn't|doesn't|haven't|hasn't|won't|wouldn't|can't|couldn't|am|do|don't)\b/i
const BARE_QUESTION_START = new RegExp(String.raw`^\s*${FILLERS}(?:(?:what|how)\s+about\s+|and\s+(?:also\s+)?|or\s+|also\s+|plus\s+|then\s+)?(?:your|ur|the|a|an)?\b`, 'i')
/** Where a request's object ends: purpose and subordinate clauses. */
const CLAUSE_END = /(?:\s(?:so(?:\s+that)?\s+(?:i|we|you|they|it|our|the)\b|in\s+order\s+to\b|because\b|since\b|as\s+(?:i|we|it|this|that)\b|if\b|when\b|whenever\b|before\b|after\b|while\b|until\b|where\b|why\b|how\b|whether\b|once\b|but\b|though\b|although\b|unless\b|to\s+(?!me\b|us\b|you\b|your\b|the\b|our\b|my\b|an?\b|this\b|that\b)[a-z]+)|[;!?]|\s[-–—]\s(?=[a-z]{3,}\s+[a-z]{3,}\s))/i
const VERIFICATION = /\b(?:re-?enter|re-?type|re-?send|re-?check|double[- ]check|one\s+more\s+time|once\s+more|again\b|are\s+(?:you|u)\s+sure|(?:doesn't|does\s+not|didn't|did\s+not|don't|do\s+not|isn't|is\s+not|wasn't|was\s+not)\s+(?:seem\s+to\s+)?(?:match|look\s+right|seem\s+right|work|come\s+up|show\s+up|exist|valid|correct|right)|invalid|incorrect|not\s+(?:valid|correct|right|recogni[sz]ed|found|matching)|(?:couldn't|could\s+not|can't|cannot|unable\s+to|wasn't\s+able\s+to)\s+(?:find|locate|verify|match)|typo|mistyped|same\s+(?:number|set|value|id))\b/i

/** Tokens a request may put between its cue and the detail: "me with your current", "2 of the following:". */
const FILLER_TOKEN = new RegExp(
  String.raw`(?:\s+|[,:–—-]\s*|\((?=[^)]{0,40}\))|(?:me|us|with|your|yours|ur|yr|the|a|an|my|our|also|please|pls|plz|just|kindly|both|quickly|again|exactly|still|now|then|first|is|was|are|were|'s|did|does|do|be|all|any|either|each|some|one|two|three|four|five|\d{1,2}|of|following|these|those|pieces?|bits?|info(?:rmation)?|details?|things?|items?|kind|type|sort|what|which|current|exact|complete|registered|primary|main|preferred|best|actual|existing|associated|good|reliable|out|over|across|along|here|whole|entire|same|original|own|mobile|cell|in-game|in\s+game|gaming|player|online|app|[a-z]{2,20}(?:'s|s')(?=\s)|full(?=\s+(?:street|home|mailing|postal|shipping|delivery|billing|add)))\b)`,
  'iy',
)
/** Between two listed details only determiners and neutral adjectives: "and your current", not "of the". */
const COORD_FILLER = /(?:\s+|(?:your|yours|ur|the|a|an|my|also|then|please|maybe|possibly|perhaps|current|full(?=\s+(?:street|home|mailing|postal|shipping|delivery|billing|add))|registered|primary|best|preferred|exact|complete|mobile|cell)\b)/iy
const ANOTHER_TOKEN = new RegExp(String.raw`(?:${[...ANOTHER_INSTANCE].map(escape).join('|')})\b\s*`, 'iy')
/** What may follow a detail before the next one in a list: "the email on the account and your order number". */
const DETAIL_TAIL = /(?:\s+(?:on|for|associated\s+with|linked\s+to|tied\s+to|registered\s+(?:to|with|on)|attached\s+to|used\s+(?:for|on))\s+(?:the|your|this)\s+(?:account|order|booking|file|profile|card|purchase|subscription|reservation)|\s+on\s+(?:file|record)|\s+(?:you|u)\s+(?:used|use|gave|have|signed\s+up\s+with))/iy
const COORDINATOR = /\s*(?:,\s*(?:and\s+|or\s+|as\s+well\s+as\s+|plus\s+)?|\s(?:and|or|&|plus|as\s+well\s+as|along\s+with|together\s+with|and\/or|\/)\s+|\s?\/\s?|\s+)/iy
/** Words that make a following "email" the message, not the address. */
const EMAIL_MESSAGE_AFTER = /^\s+(?:we|i|you(?!\s+(?:used|use|signed|registered|gave|provided|entered|have\s+(?:on|registered|with)|log\s+in|login|shared))|they|he|she|it|that|which|from|saying|says|said|confirmation|notification|notifications|link|with|about|receipt|inbox|settings|verification|thread|chain|reply|newsletter|updates?|subscription|preferences|alerts?|support|team|me|us|sent|I\s+sent|telling|containing|for(?!\s+(?:you|u|us|the\s+account|your\s+account|this\s+account|contact|login|logging|signing|the\s+order|your\s+order)\b))\b/i
const EMAIL_MESSAGE_BEFORE = /\b(?:an|this|that|our|last|latest|previous|first|check|open|read|search|see|refresh|reply\s+to|respond\s+to)\s+$/i
const ADDRESS_NOT_POSTAL_BEFORE = /\b(?:ip|mac|web|wallet|server|bitcoin|crypto|return|our|company|store|office|website|url|email|e-mail)\s+$/i

const DETAIL_STICKY = new RegExp(DETAIL_NAMES.source, 'iy')

export interface Sentence {
  start: number
  end: number
}

/** Sentences of plain text: split after . ! ? runs followed by space, and at line breaks. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let start = 0
  const length = text.length
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i)
    let cut = -1
    if (c === 10 || c === 13) cut = i
    else if (c === 46 || c === 33 || c === 63) {
      let j = i
      while (j + 1 < length && /[.!?)"'\u201D\u2019]/.test(text[j + 1]!)) j++
      if (j + 1 >= length || /\s/.test(text[j + 1]!)) {
        // "e.g. " and single initials are not sentence ends.
        const before = text.slice(Math.max(start, i - 4), i)
        if (c === 46 && /(?:^|\s)(?:e\.g|i\.e|no|vs|mr|mrs|ms|dr|st|approx|etc|[A-Za-z])$/i.test(before) && j === i && j + 2 < length && /[a-z0-9]/.test(text[j + 2]!)) continue
        cut = j + 1
        i = j
      }
    }
    if (cut >= 0) {
      pushSentence(text, start, cut, out)
      start = cut
    }
  }
  pushSentence(text, start, length, out)
  return out
}

function pushSentence(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  if (end > start) out.push({ start, end })
}

/**
 * Every detail `text` asks for. `masked` (same length; masked syntax replaced
 * by filler) is what gets scanned, so placeholders and quoted text name nothing.
 */
export function findRequests(text: string, masked: string = text): DetailRequest[] {
  const out: DetailRequest[] = []
  const sentences = splitSentences(masked)
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!
    const body = masked.slice(sentence.start, sentence.end)
    const analysis = analyseSentence(body)
    if (analysis.hits.length === 0) continue
    // A re-ask is often explained in the sentence before: "It didn't match. Can you re-enter it?"
    const verification = analysis.verification || (s > 0 && VERIFICATION.test(masked.slice(sentences[s - 1]!.start, sentences[s - 1]!.end)))
    for (const { hit, clauseStart, sure } of analysis.hits) {
      out.push({
        type: hit.type,
        part: hit.type === 'name' ? namePartOf(hit.phrase) : 'any',
        start: sentence.start + hit.start,
        end: sentence.start + hit.end,
        clauseStart: sentence.start + clauseStart,
        clauseEnd: sentence.end,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        another: hit.another,
        asksNew: hit.another && hit.asksNew,
        qualifier: hit.qualifier,
        thirdParty: analysis.thirdParty && hit.type !== 'membership',
        verification: verification || sure,
      })
    }
  }
  return out
}

interface SentenceAnalysis {
  readonly hits: ReadonlyArray<{ hit: ScopeHit; clauseStart: number; sure: boolean }>
  readonly verification: boolean
  readonly thirdParty: boolean
}

const NO_HITS: SentenceAnalysis = Object.freeze({ hits: [], verification: false, thirdParty: false })
/** Sentences already analysed: a chat tool re-lints the same draft when a turn arrives, and edits one sentence at a time. */
const SENTENCE_CACHE_SIZE = 512
const sentenceCache = new Map<string, SentenceAnalysis>()

function analyseSentence(body: string): SentenceAnalysis {
  const cached = sentenceCache.get(body)
  if (cached) return cached
  const analysis = analyseUncached(body)
  sentenceCache.set(body, analysis)
  if (sentenceCache.size > SENTENCE_CACHE_SIZE) sentenceCache.delete(sentenceCache.keys().next().value as string)
  return analysis
}

function analyseUncached(body: string): SentenceAnalysis {
  if (!DETAIL_NAMES_TEST.test(body) && !MEMBER_QUESTION.test(body) && !WHO_QUESTION.test(body) && !DELIVERY_WHEN.test(body)) return NO_HITS
  const hits = new Map<number, { hit: ScopeHit; clauseStart: number; sure: boolean }>()
  const add = (scopeStart: number, clauseStart: number, headOnly: boolean, sure = false) => {
    for (const hit of detailsInScope(body, scopeStart, headOnly)) {
      if (!hits.has(hit.start)) hits.set(hit.start, { hit, clauseStart, sure })
    }
  }

  const imperative = IMPERATIVE.exec(body)
  if (imperative) add(imperative.index + imperative[0].length, leadingSkip(body), false)
  let match: RegExpExecArray | null
  CUE.lastIndex = 0
  while ((match = CUE.exec(body)) !== null) add(match.index + match[0].length, match.index, false)
  const opening = OPENING_CUE.exec(body)
  if (opening) add(opening[0].length, leadingSkip(body), false)
  if (HANDY.test(body)) {
    // Every "your <detail>" in the sentence is what they are asked to have handy.
    for (let at = body.indexOf('your'); at >= 0; at = body.indexOf('your', at + 4)) add(at + 4, at, true)
  }
  const whStart = WH_START.exec(body)
  const before = hits.size
  if (whStart) add(whStart[0].length, leadingSkip(body), false)
  // "What are you using — which browser?": a later wh-word asks when the opening one named nothing.
  if ((!whStart || hits.size === before) && /\?\s*$/.test(body)) {
    WH.lastIndex = 0
    while ((match = WH.exec(body)) !== null) add(match.index + match[0].length, match.index, false)
  }
  ARE_YOU_SURE.lastIndex = 0
  while ((match = ARE_YOU_SURE.exec(body)) !== null) add(match.index + match[0].length, match.index, true, true)
  const whenWhere = WHEN_WHERE.exec(body)
  if (whenWhere) add(whenWhere.index + whenWhere[0].length, leadingSkip(body), true)
  // "Your policy number is needed to open a claim": a statement of need names the detail first.
  if (NEEDED.test(body) && !NO_LEAD.test(body) && !NOT_NEEDED.test(body)) {
    // "To process this, your email address is required": the subject follows a purpose phrase.
    const purpose = PURPOSE_LEAD.exec(body)
    const from = purpose ? purpose[0].length : 0
    const start = BARE_QUESTION_START.exec(body.slice(from))
    add(from + (start ? start[0].length : 0), leadingSkip(body), true)
  }
  // "Order number?", "And your email address?": a question that is only a noun phrase;
  // "Telephone number, PIN number or email address.": a bare list of details.
  if (hits.size === 0 && !YES_NO_START.test(body)) {
    const start = BARE_QUESTION_START.exec(body)
    const from = start ? start[0].length : 0
    if (body.endsWith('?')) {
      // "Email received?", "The email bounced?": a verb after the noun makes it a question about it.
      const named = detailsInScope(body, from, true)
      const last = named.at(-1)
      const rest = last ? body.slice(last.end) : ''
      // "And your name is?" leaves the value to fill in: still a request.
      if (last && (!VERB_AFTER_DETAIL.test(rest) || /^\s+(?:is|was|are|were)\s*\?\s*$/i.test(rest))) add(from, leadingSkip(body), true)
    }
    else {
      const listed = detailsInScope(body, from, true).length
      // "Telephone number, PIN or email." and "Order number, please.".
      if ((listed >= 2 && isBareList(body, from)) || (listed >= 1 && /\b(?:please|pls|plz)\b/i.test(body) && isBareList(body, from, true))) {
        add(from, leadingSkip(body), true)
      }
    }
  }
  const member = MEMBER_QUESTION.exec(body)
  if (member && !hits.has(member.index)) {
    const end = member.index + member[0].length
    hits.set(member.index, { hit: { type: 'membership', start: member.index, end, phrase: member[0], ...NOT_ANOTHER }, clauseStart: member.index, sure: false })
  }
  const delivery = DELIVERY_WHEN.exec(body)
  if (delivery && !hits.has(delivery.index)) {
    hits.set(delivery.index, { hit: { type: 'delivery-date', start: delivery.index, end: delivery.index + delivery[0].length, phrase: delivery[0], ...NOT_ANOTHER }, clauseStart: delivery.index, sure: false })
  }
  const who = WHO_QUESTION.exec(body)
  if (who && !hits.has(who.index)) {
    hits.set(who.index, { hit: { type: 'name', start: who.index, end: who.index + who[0].length, phrase: 'name', ...NOT_ANOTHER }, clauseStart: who.index, sure: false })
  }
  if (hits.size === 0) return NO_HITS
  if (confirmsByLink(body)) return NO_HITS
  for (const entry of hits.values()) {
    const { hit } = entry
    const media = hit.type === 'screenshot' || hit.type === 'document'
    ANOTHER_AFTER.lastIndex = hit.end
    const after = ANOTHER_AFTER.exec(body)
    // "the address for the new card": a new object the detail is for is "the new one" only for a place things go to.
    const newObject = (word: string) => hit.type === 'address' && NEW_INSTANCE.has(word.toLowerCase())
    const kinds = [
      hit.another ? (hit.asksNew ? 'new' : 'other') : undefined,
      media && MORE_MEDIA.test(body.slice(entry.clauseStart)) ? 'other' : undefined,
      after ? (newObject(after[1]!) ? 'new' : 'other') : undefined,
      forAnotherInstance(body, hit.end, hit.type === 'address'),
    ].filter((kind) => kind !== undefined)
    QUALIFIED_AFTER.lastIndex = hit.end
    const qualified = QUALIFIED_AFTER.exec(body)
    if (kinds.length > 0 || qualified) {
      entry.hit = { ...hit, another: kinds.length > 0, asksNew: kinds.length > 0 && kinds.every((kind) => kind === 'new'), qualifier: qualified?.[1]!.toLowerCase() }
    }
  }
  return {
    hits: [...hits.values()].sort((a, b) => a.hit.start - b.hit.start),
    verification: VERIFICATION.test(body),
    thirdParty: THIRD_PARTY.test(body),
  }
}

/** "When was it supposed to be delivered?": asks the delivery date. */
const DELIVERY_WHEN = /\bwhen\s+(?:was|is|were|are|did|should|would)\s+(?:it|this|that|they|the\s+(?:order|parcel|package|delivery|item|items)|your\s+(?:order|parcel|package|delivery|item|items))\s+(?:(?:originally\s+)?(?:supposed|meant|due|expected|scheduled|set|promised)\s+to\s+(?:be\s+delivered|arrive|come|be\s+(?:here|with\s+you))|(?:due|expected|scheduled)(?:\s+to\s+arrive)?)\b/i
const VERB_AFTER_DETAIL = /^\s+(?:[a-z]{2,20}ed|is|was|are|were|has|had|got|gets|works?|working|arrived?|came|sent|went|gone|broke|broken|still\s+(?:not|work|broken|missing)|not|isn't|wasn't|doesn't|didn't)\b/i
/** "The meter number is required before…": a need stated about the detail. */
const NEEDED = /^[^?]{0,80}?\b(?:is|are|will\s+be|would\s+be)\s+(?:also\s+|still\s+|first\s+)?(?:needed|required|necessary|mandatory|essential)\b/i
const PURPOSE_LEAD = /^\s*(?:(?:in\s+order\s+)?to|for|before)\b[^,.;!?]{1,60},\s*/i
/** Two patterns, not one alternation: the analyser cannot decide the union within its budget. */
const NO_LEAD = /^\s*(?:no|none)\b/i
const NOT_NEEDED = /\b(?:not|n't|never|no\s+longer)\s+(?:be\s+|also\s+|still\s+)?(?:needed|required|necessary|mandatory|essential)\b/i
/**
 * The rest of the clause puts the detail on a new or different object: "What
 * email should we use for the new account?", "…would you like to switch to?".
 */
const FOR_ANOTHER = /\b(?:the|your|this|that|a|an)\s+(?:second|different|other|additional|extra|spare|separate|third|next|backup)\b|\b(?:for|on|to|with|in|under|from|into|onto|as)\s+another\b|\bfuture\s+(?:payments?|orders?|bookings?|purchases?|deliveries|renewals?)\b|\bgifts?\b|\b(?:upgrade|downgrade|swap)\s+(?:over\s+)?to\b|\b(?:suit|fit)s?\s+(?:you|your\s+needs)\s+(?:better|best)\b|\b(?:like|want|wish|prefer)\s+to\s+add\b|\brebook(?:ing)?\b|\binterested\s+in\b|\b(?:closest|nearest|nearby)\b|\bnear\s+(?:to\s+)?(?:you|your)\b|\b(?:like|want|wish|hoping|looking)\s+to\s+(?:view|see|rent|buy|lease|visit|tour)\b/i
/**
 * The new one of the detail itself: "the address you're moving to", "going forward", "the replacement",
 * "switch to" — the one the customer gave as new when it is a place things go to; any other object is another.
 */
const FOR_NEW = /\b(?:the|your|this|that|a|an)\s+(?:new|replacement|future)\b|\bgoing\s+forward\b|\bfrom\s+now\s+on\b|\bin\s+(?:the\s+)?future\b|\b(?:switch|change|move)\s+(?:over\s+)?to\b|\binstead\b|\b(?:moving|relocating)\b/i
/** Where the object's scope ends; "to send a new code" says what the detail is for, not whose it is. */
const FOR_ANOTHER_END = /\s(?:so|because|since|as\s+(?:i|we|you|it|this|that|soon)|if|when|before|after|once|while|but|and\s+(?:i|we)|(?:in\s+order\s+)?to\s+(?:send|email|text|reset|resend|re-send|forward|issue|verify|confirm|check|look|find|locate|pull|process|track))\b|[.;!?]/i
/** Characters after a detail searched for a new or different object. */
const FOR_ANOTHER_WINDOW = 120

/** Whether the rest of the clause puts the detail on another object: 'new' when only on the new one of a place (`place`), else 'other'. */
function forAnotherInstance(body: string, from: number, place: boolean): 'new' | 'other' | undefined {
  const rest = body.slice(from, from + FOR_ANOTHER_WINDOW)
  const end = FOR_ANOTHER_END.exec(rest)
  const scope = end ? rest.slice(0, end.index) : rest
  if (FOR_ANOTHER.test(scope)) return 'other'
  if (FOR_NEW.test(scope)) return place ? 'new' : 'other'
  return undefined
}

const DETAIL_NAMES_TEST = new RegExp(DETAIL_NAMES.source, 'i')
const DETAIL_NAMES_ALL = new RegExp(DETAIL_NAMES.source, 'gi')

/** A sentence made of detail names and list words only ("Telephone number, PIN or email."). */
function isBareList(body: string, from: number, strict = false): boolean {
  const rest = body.slice(from).replace(DETAIL_NAMES_ALL, ' ')
  const words = rest.toLowerCase().match(/[\p{L}']+/gu) ?? []
  return words.every((w) => /^(?:and|or|your|the|a|an|of|previous|purchase|password|please|pls|plz|also|either|too|thanks|thank|you)$/.test(w)) || (!strict && words.length <= 3)
}

function leadingSkip(body: string): number {
  const match = /^\s*(?:(?:ok(?:ay)?|so|and|great|perfect|thanks|thank\s+you|alright|sure|excellent|awesome|no\s+problem|no\s+worries|of\s+course|sure\s+thing)[,.!]?\s+){0,3}/iu.exec(body)
  return match ? match[0].length : 0
}

/** Characters after a cue in which the requested details must lie. */
const MAX_SCOPE = 400

interface ScopeHit {
  type: DetailType
  start: number
  end: number
  phrase: string
  another: boolean
  /** Every another-instance word is one of NEW_INSTANCE. */
  asksNew: boolean
  qualifier: string | undefined
}

const NOT_ANOTHER = { another: false, asksNew: false, qualifier: undefined } as const

/**
 * The details a request names: the noun phrase right after the cue (past
 * fillers such as "me with your current"), and the ones coordinated with it
 * ("your username, email address and order ID"). With `headOnly` false, a
 * detail after a colon or dash ("2 of these: zip code, phone number") counts too.
 */
function detailsInScope(body: string, from: number, headOnly: boolean): ScopeHit[] {
  // A request's object sits right after its cue: the scope is bounded, so a huge run-on text stays linear.
  const rest = body.slice(from, from + MAX_SCOPE)
  const cut = CLAUSE_END.exec(rest)
  const end = from + (cut ? cut.index : rest.length)
  const hits: ScopeHit[] = []
  let at = from
  let another = false
  let asksNew = true
  let afterList = false
  // The head: skip fillers, then a detail must start here.
  for (let guard = 0; guard < 40 && at < end; guard++) {
    const hit = detailAt(body, at, end)
    if (hit) {
      hits.push({ ...hit, another, asksNew: another && asksNew, qualifier: undefined })
      at = hit.end
      break
    }
    ANOTHER_TOKEN.lastIndex = at
    const other = ANOTHER_TOKEN.exec(body)
    if (other && other[0].length > 0) {
      another = true
      asksNew &&= NEW_INSTANCE.has(other[0].trim().toLowerCase())
      at += other[0].length
      continue
    }
    FILLER_TOKEN.lastIndex = at
    const filler = FILLER_TOKEN.exec(body)
    if (!filler || filler[0].length === 0) break
    if (/[:–—-]/.test(filler[0])) afterList = true
    at += filler[0].length
  }
  if (hits.length === 0 && !headOnly && afterList) return detailsInScope(body, at, true)
  if (hits.length === 0) return hits
  // Coordinated details: ", email address and order ID".
  for (let guard = 0; guard < 20 && at < end; guard++) {
    DETAIL_TAIL.lastIndex = at
    const tail = DETAIL_TAIL.exec(body)
    if (tail) at += tail[0].length
    COORDINATOR.lastIndex = at
    const coordinator = COORDINATOR.exec(body)
    if (!coordinator || coordinator[0].length === 0) break
    let next = at + coordinator[0].length
    let nextAnother = false
    let nextNew = true
    for (let skip = 0; skip < 8; skip++) {
      ANOTHER_TOKEN.lastIndex = next
      const other = ANOTHER_TOKEN.exec(body)
      if (other && other[0].length > 0) {
        nextAnother = true
        nextNew &&= NEW_INSTANCE.has(other[0].trim().toLowerCase())
        next += other[0].length
        continue
      }
      if (detailAt(body, next, end)) break
      COORD_FILLER.lastIndex = next
      const filler = COORD_FILLER.exec(body)
      if (!filler || filler[0].length === 0 || /[,:]/.test(filler[0])) break
      next += filler[0].length
    }
    const hit = detailAt(body, next, end)
    if (!hit) break
    hits.push({ ...hit, another: nextAnother, asksNew: nextAnother && nextNew, qualifier: undefined })
    at = hit.end
  }
  return hits
}

function detailAt(body: string, at: number, end: number): Omit<ScopeHit, 'another' | 'asksNew' | 'qualifier'> | undefined {
  DETAIL_STICKY.lastIndex = at
  const match = DETAIL_STICKY.exec(body)
  if (!match || at + match[0].length > end + 1) return undefined
  const type = typeOfMatch(match)
  if (!type) return undefined
  const phrase = match[0]
  const stop = at + phrase.length
  if (type === 'email' && /^e-?mail$/i.test(phrase)) {
    if (EMAIL_MESSAGE_AFTER.test(body.slice(stop, stop + 24)) || EMAIL_MESSAGE_BEFORE.test(body.slice(Math.max(0, at - 24), at))) return undefined
  }
  if (type === 'address' && ADDRESS_NOT_POSTAL_BEFORE.test(body.slice(Math.max(0, at - 24), at))) return undefined
  return { type, start: at, end: stop, phrase }
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * "confirm … by clicking the link" within the sentence: a loop over the verbs and a sticky
 * probe, not `verb[^.?!]{0,60}by…`, which the ReDoS analyser rates polynomial.
 */
function confirmsByLink(text: string): boolean {
  for (const verb of matchesOf(CONFIRM_VERB, text)) {
    const from = verb.index + verb[0].length
    for (let at = from; at <= from + BY_LINK_REACH && at <= text.length; at++) {
      BY_LINK.lastIndex = at
      if (BY_LINK.test(text)) return true
      const char = text[at]
      if (char === '.' || char === '?' || char === '!') break
    }
  }
  return false
}
