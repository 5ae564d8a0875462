/**
 * Phrase tables for status-update. Patterns run on the masked, lower-cased
 * draft; every quantifier is bounded so a scan stays linear.
 */

const UNIT = String.raw`(?:moment|mo|sec|secs|second|tick|jiffy|min|minute|bit)`

/** "one moment of your time", "just a moment ago": a time, not a hold. */
const NOT_TIME_OF = String.raw`(?! (?:of|ago|later|before|after|earlier)\b)`

/** Holding phrases: the agent asks the customer to wait. */
export const HOLDING: readonly string[] = [
  // "One moment.", "ok, one sec", "just one minute": at the start of a clause, not "wait one minute, then…"
  String.raw`(?:^|[.!?,;:—–(]|\n|\b(?:just|ok|okay|yes|sure|right|thanks|thank you|so|hmm|and)\b) {0,3}(?:one|1) ${UNIT}\b${NOT_TIME_OF}`,
  // just a moment, give me a minute, bear with me a moment
  String.raw`\b(?:just|give me|give us|allow me|bear with me|hang on|hold on|need) (?:a|one|1) ${UNIT}\b${NOT_TIME_OF}`,
  // "wait a moment", but "wait a minute, then restart" is an instruction
  String.raw`\bwait (?:a|one|just a) (?:moment|mo|sec|secs|second|tick|jiffy)\b${NOT_TIME_OF}`,
  // "Let me see…", "Hmm, let me think." as the whole reply: thinking aloud, with nothing on what or how long
  String.raw`^ {0,3}(?:(?:hmm+|ok|okay|right|alright|so|well),? {0,3})?let me (?:see|think)(?= {0,3}(?:\.{1,3}|…|!)? {0,3}$)`,
  String.raw`\bhold,? please\b`,
  String.raw`\bmoment,? please\b`,
  // hang on / hold on, but not "hang on to the router" or "a hold on the card"
  String.raw`(?<!\b(?:a|the|on|any) )\b(?:hang|hold) on\b(?! to\b)`,
  String.raw`\b(?:hang|sit|hold) tight\b`,
  String.raw`\bplease hold\b(?= {0,3}(?:[.!,;:)—–-]|$|on\b|the line\b|while\b|for (?:a|one|just)\b|just\b|a ${UNIT}))`,
  String.raw`\bbear with (?:me|us)\b`,
  // "stay with me here", "stick with us a moment"; not loyalty ("if you stick with us you'll save")
  String.raw`\b(?:stay|stick) with (?:me|us)\b(?= {0,3}(?:[.!,;:)—–-]|$|here\b|please\b|for (?:a|just|one)\b|(?:a|one|just a) ${UNIT}\b))`,
  // "wait a minute, then plug it back in" is a step, not a hold
  String.raw`(?:\b(?:please|kindly|just) |(?:^|[.!?,;:]) {0,3})(?:wait|be patient)\b(?= {0,3}(?:[.!,;:)—–-]|$|please\b|while\b|here\b|on the\b|a ${UNIT}\b(?!,? (?:then|and|before|until|after)\b)|for (?:a|me|us|just)\b|with (?:me|us)\b))`,
  String.raw`\b(?:be )?right back\b`,
  String.raw`\bback (?:shortly|soon|momentarily|in (?:a|just a|one) ${UNIT})\b`,
  String.raw`\bbe (?:right )?with you (?:shortly|soon|momentarily|in (?:a|just a|one) ${UNIT})\b`,
  String.raw`\bbe right with you\b`,
  // The customer asked to stay; "I'll stay on the chat" is the agent staying available.
  String.raw`(?<!\b(?:i'll|i will|i can|i'm going to|we'll|we will|we can|i'm|we're) )\b(?:stay|remain) (?:on|in) (?:the|this) (?:chat|line|conversation)\b`,
  String.raw`\b(?:don't|do not|dont) (?:close|leave|end) (?:the|this) (?:chat|conversation)\b`,
  String.raw`\bwon't be (?:long|a ${UNIT})\b`,
  String.raw`\bbrb\b`,
  String.raw`(?:\bplease |^|[.!?,;:]\s{0,3})stand ?by\b(?! (?:for|with|our|the|my|your|this|it)\b)`,
  String.raw`\b(?:just|give me|give us|allow me|need) a few (?:more )?(?:moments|secs|ticks)\b`,
  // "please give me some time", "I need a bit more time"; "give me some time to call the store" names the work
  String.raw`\b(?:(?<!\b(?:won't|can't|cannot|didn't|don't|not|never|to|will|would) )(?:give|allow|grant) (?:me|us)|(?:i|we)(?: just| still| will|'ll)? need) (?:(?:some|a little|a little bit of|a bit of|a bit|a bit more|a little more|some more|more|extra) )?time\b(?! to\b)`,
  String.raw`\b(?<!\b(?:won't|can't|cannot|didn't|don't|not|never|to|will|would) )(?:give|allow) (?:me|us) (?:a|a little|a little bit) (?:more )?while\b(?! to\b)`,
  // "just a little longer", "a bit longer please"
  String.raw`\b(?:just|only|bear with (?:me|us)|hang on|hold on) (?:a (?:little|bit|little bit|tad) )?(?:longer|more)\b(?= {0,3}(?:[.!,;:)—–-]|$|please\b))`,
  // the agent is "still on it" or "working on it" and says no more
  String.raw`\b(?:(?:i'm|i am|we're|we are)(?: still)?|still) (?:on it|working on (?:it|this|that|your (?:request|case|query|issue|ticket|question)))\b`,
  // a bare "Working on it!" or "On it!" as its own clause
  String.raw`(?:^|[.!?,;:—–(]|\n) {0,3}(?:currently )?(?:working on (?:it|this|that)|on it)\b(?= {0,3}(?:[.!,;:)—–-]|$|now\b|please\b|thanks?\b))`,
  String.raw`\bhold (?:that|the) thought\b`,
  String.raw`\bhang in there\b`,
  // "let me get back to you", "I'll get back to you on that": no time, no what
  String.raw`\b(?:let me|i'll|i will|we'll|we will|i need to|i'll need to|i'll have to) (?:get|circle|come) back to you\b(?= {0,3}(?:[.!,;:)—–]|$|(?:on|about) (?:that|this|it)\b(?= {0,3}(?:[.!,;:)—–]|$))|later\b|asap\b|as soon as (?:i|we) can\b))`,
  // "I'll get back to you shortly." but not "…shortly with the quote"
  String.raw`\bget back to you (?:shortly|soon|momentarily|in (?:a|just a|one) ${UNIT})\b(?= {0,3}(?:[.!,;:)]|$))`,
  String.raw`\bplease stay (?:online|connected|with me|with us)\b`,
]

const COUNT = String.raw`(?:(?!1\b)\d{1,3}|x{1,6}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|sixty|few|couple(?: of)?|several)`
const DURATION_UNIT = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)`

/** A rough duration: "two minutes", "3-4 minutes", "a minute or two", "under an hour". */
export const TIME: readonly string[] = [
  String.raw`\b${COUNT}(?: ?(?:-|–|to|or) ?${COUNT})? (?:more |extra )?${DURATION_UNIT}\b`,
  String.raw`\b(?:a|one) (?:minute|second|sec|min|hour) or (?:two|so)\b`,
  String.raw`\b(?:about|around|roughly|approximately|approx\.?|under|less than|no more than|not more than|within|up to|at most) (?:a|an|one|half an?) ${DURATION_UNIT}\b`,
  String.raw`\bhalf an hour\b`,
]

/** First-person constructions followed by the verb that says what the agent does. */
export const FIRST_PERSON_ACTION = String.raw`\b(let me|let us|let's|lemme|allow me to|while i|while we|as i|whilst i|i'm|i am|we're|we are|i'll|i will|we'll|we will|i need to|i have to|i've got to|we need to|i want to|i'd like to|i've|i have|we've|we have)((?: (?:just|quickly|now|currently|still|also|first|going to|gonna|be|been|quickly|actually)){0,3}) ([a-z']{2,20})`

/** Objects that leave "working on" vague: "working on it", "on your request". */
export const VAGUE_WORK = /^ (?:on|at) (?:it|this|that|things|your (?:request|case|query|issue|ticket|question|problem))\b/

/** Verbs that open a step the customer carries out: "Open Settings, tap Reset". */
export const INSTRUCTION_VERB = String.raw`(?:open|go|tap|click|select|choose|restart|reboot|unplug|plug|turn|switch|toggle|clear|close|press|hold|enter|type|sign|log|try|reinstall|install|update|reset|navigate|remove|delete|disconnect|reconnect|connect|check|make sure|scroll|paste|copy|download|upload|then)`

/** Verbs after a first-person subject that say nothing about the work. */
export const NON_ACTION: ReadonlySet<string> = new Set([
  'be', 'know', 'see', 'wait', 'waiting', 'return', 'stay', 'come', 'get', 'got', 'back', 'here', 'with', 'right',
  'sorry', 'happy', 'glad', 'afraid', 'here', 'still', 'not', 'so', 'really', 'very', 'a', 'the', 'on', 'just',
  'understand', 'think', 'believe', 'hope', 'appreciate', 'apologize', 'apologise', 'feel', 'sure', 'able',
  'thank', 'thanks', 'grateful', 'noticed', 'received', 'had', 'been', 'seen', 'heard', 'need', 'want', 'like',
  'going', 'gonna', 'told', 'said', 'asked', 'understood', 'gotten', 'come', 'coming', 'returning', 'staying',
  // "I've noted everything. Please hold.": taking notes is not the work the customer waits for
  'noted',
  // auxiliaries: "as soon as I can" names no work
  'can', 'could', 'would', 'should', 'may', 'might', 'will', 'must', 'shall',
  // "let me circle back to you", "I will revert" (reply, in Indian English) are get-backs, not work
  'circle', 'revert',
])

/** A verb fragment that states the work: "Checking now, one sec." */
export const WORK_ING: readonly string[] = [
  'checking', 'looking', 'pulling', 'reviewing', 'verifying', 'confirming', 'contacting', 'reaching', 'asking',
  'escalating', 'running', 'testing', 'searching', 'investigating', 'processing', 'updating', 'reading', 'opening',
  'creating', 'forwarding', 'transferring', 'connecting', 'consulting', 'resetting', 'fixing', 'cancelling',
  'canceling', 'refunding', 'issuing', 'arranging', 'booking', 'calling', 'emailing', 'sending', 'preparing',
  'calculating', 'locating', 'tracking', 'tracing', 'digging', 'loading', 'accessing', 'grabbing', 'finding',
  'speaking', 'talking', 'raising', 'submitting', 'generating', 'adding', 'removing', 'changing', 'scheduling',
  'working', 'going through', 'bringing up', 'setting up', 'double-checking', 'researching', 'comparing',
]
