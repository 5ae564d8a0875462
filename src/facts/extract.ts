/** A free-text value stops at the first joined clause; the lookbehind starts a try only at a run's first space. */
const CLAUSE_JOINER = /(?<!\s)\s+(?:and|but|so|because)\b/iu

/** The whole message is an attachment placeholder or a bare image/PDF file name. */
function attachmentOnly(text: string): boolean {
  const trimmed = text.trim()
  const lead = text.length - text.trimStart().length
  return ATTACHMENT_ONLY.test(lead > 0 && text[lead - 1] === ' ' ? ' ' + trimmed : trimmed)
}

function beforeJoiner(value: string): string {
  const joiner = CLAUSE_JOINER.exec(value)
  return joiner ? value.slice(0, joiner.index) : value
}

/**
 * Details in what a customer wrote: labelled values ("order E0ZYJXLBGX", "my
 * cell is 555-0188"), values whose shape says what they are (emails,
 * formatted phone numbers, street addresses, "Android 14"), and bare answers
 * ("Crystal Minh", "99948") typed by the question the agent asked just
 * before. "I don't have my account ID" gives nothing: a label needs a value.
 * Every pattern is bounded; the text is scanned a fixed number of times.
 */
import { isSpaceCode, matchesOf, spaceRunEnd, trimEndChars } from './scan.js'
import { ACCOUNT_HOLDERS, type DetailType, INSTANCE_NOUNS, type NamePart } from './lexicon.js'

export interface ExtractedFact {
  readonly type: DetailType
  /** The value as the customer wrote it. */
  readonly value: string
  readonly part?: NamePart
  /** Offsets in the turn's text. */
  readonly start: number
  readonly end: number
  /** Given as a new one ("I moved to 88 Harbor Road", "my new email is…", "send the replacement to…"). */
  readonly fresh?: true
}

/** A detail the agent's latest question asked for. */
export interface ExpectedDetail {
  readonly type: DetailType
  readonly part: NamePart
  /** The question asked for the new one ("What's the new address?"): the answer is given as new. */
  readonly fresh?: boolean
}

/** An identifier: letters, digits, hyphens, and slashes between them ("LS/2026/0419"). */
const ID = String.raw`([A-Za-z0-9](?:[A-Za-z0-9-]|\/(?=[A-Za-z0-9])){2,39}(?![A-Za-z0-9@]))`
const CONNECT = String.raw`((?:\s{0,3}(?::|=|#|-|–|\bis\b|\bwas\b|\bare\b|\bit's\b|\bits\b|\bwould\s+be\b|\bshould\s+be\b)\s{0,3}){0,3}|\s{1,3})`
const ID_CONNECT = CONNECT.replace('(?::|', '(?:\\(|:|')
const NUMBERED = String.raw`(?:\s{0,2}(?:numbers?|nos?\b\.?|#|ids?\b|num\b|ref(?:erence)?\b|code\b))?`
const DATE = String.raw`(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4})`
const ZIP = String.raw`(\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4})(?![\w-])`
const DATE_ONLY = new RegExp(`^${DATE}$`, 'iu')
const PHONE_VALUE = String.raw`(\+?\(?\d[\d()\s.-]{5,18}\d)`

interface LabelledPattern {
  type: DetailType
  pattern: RegExp
  /** Which kind of value follows the label. */
  value: 'id' | 'digits' | 'phone' | 'date' | 'zip' | 'words' | 'token' | 'last4' | 'code'
}

const labelled = (type: DetailType, label: string, value: LabelledPattern['value'], valueSource: string): LabelledPattern => ({
  type,
  value,
  // "my order (7712009)": an identifier may sit in brackets after its label.
  pattern: new RegExp(String.raw`\b(?:${label})${value === 'id' ? ID_CONNECT : CONNECT}${valueSource}`, 'giu'),
})

const LABELLED: readonly LabelledPattern[] = [
  labelled('meter', String.raw`(?:(?:gas|electric(?:ity)?|water|utility|supply)\s+)?meter(?:\s+serial)?${NUMBERED}|mpan|mprn|supply\s+number`, 'id', ID),
  labelled('flight', String.raw`flight${NUMBERED}|flying|booked\s+on`, 'code', String.raw`((?:[A-Z]{2,3}|[A-Z]\d|\d[A-Z])\s?\d{1,4}[A-Z]?)(?![\w-])`),
  labelled('vehicle', String.raw`vin(?:\s+number)?|vehicle\s+identification\s+number`, 'code', String.raw`([A-HJ-NPR-Z0-9]{17})(?![\w-])`),
  labelled('vehicle', String.raw`(?:(?:vehicle|car|van)\s+)?(?:registration|reg)(?:\s+(?:plate|number|no\b\.?))?(?![a-z])|(?:number|licen[cs]e)\s+plate`, 'code', String.raw`([A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,3})?)(?![\w-])`),
  labelled('product', String.raw`sku|(?:product|item|part|article|style)\s+(?:numbers?|no\b\.?|#|code|id)|upc|asin`, 'id', ID),
  labelled('tracking', String.raw`tracking${NUMBERED}|waybill|consignment(?:\s+number)?`, 'id', ID),
  labelled('booking', String.raw`(?:booking|reservation|confirmation|pnr|itinerary)${NUMBERED}`, 'id', ID),
  labelled('ticket', String.raw`(?:ticket|case|incident|claim|complaint)${NUMBERED}|ref(?:erence)?(?:\s{0,2}(?:number|no\b\.?|#))?`, 'id', ID),
  labelled('invoice', String.raw`(?:invoice|receipt|transaction)${NUMBERED}`, 'id', ID),
  labelled('policy', String.raw`(?:policy|contract|agreement)${NUMBERED}`, 'id', ID),
  labelled('imei', String.raw`imei|meid`, 'digits', String.raw`(\d[\d -]{12,20}\d)`),
  labelled('serial', String.raw`serial${NUMBERED}|s\/n|sn`, 'id', ID),
  labelled('username', String.raw`user\s?-?name|user\s?id|(?:log(?:ging)?\s?in|sign(?:ing)?\s?in)\s+as|login|handle|screen\s?name|gamer\s?tag`, 'token', String.raw`([\w.@+-]{2,40}\w)`),
  labelled('order', String.raw`order${NUMBERED}|purchase\s+(?:number|id)`, 'id', ID),
  labelled('account', String.raw`(?:account|acct|a\/c|${ACCOUNT_HOLDERS})${NUMBERED}`, 'id', ID),
  labelled('pin', String.raw`pin(?:\s{0,2}(?:number|code))?|passcode`, 'digits', String.raw`(\d{4,8})(?!\d)`),
  labelled('last4', String.raw`(?:card\s+)?ending(?:\s+in)?|(?:card|visa|mastercard|amex|one)\s+(?:that\s+)?ends\s+(?:in|with)|last\s+(?:4|four)(?:\s+(?:digits|numbers))?(?:\s+of\s+(?:the|my)\s+card)?`, 'last4', String.raw`(\d{4})(?!\d)`),
  labelled('dob', String.raw`date\s+of\s+birth|d\.?o\.?b\.?|born(?:\s+on)?|birth\s?date|birthday`, 'date', DATE),
  labelled('zip', String.raw`zip(?:\s?code)?|post\s?code|postal\s+code|eircode`, 'zip', ZIP),
  labelled('phone', String.raw`(?:(?:tele)?phone|mobile|cell(?:\s?phone)?|tel|contact|call-?\s?back|home|work|landline)(?:\s{0,2}(?:numbers?|no\b\.?|#))?|(?:my\s+)?number|(?:call|ring|text|phone|reach|contact|whatsapp|message)\s+me\s+(?:on|at)`, 'phone', PHONE_VALUE),
  labelled('security-answer', String.raw`security\s+(?:answer|question(?:\s+answer)?)|secret\s+answer|memorable\s+word|answer\s+to\s+(?:the|my)\s+security\s+question`, 'words', String.raw`([\p{L}\d][\p{L}\d' -]{0,40}[\p{L}\d])`),
  labelled('meter-reading', String.raw`(?:meter\s+)?reading(?:\s+(?:today|now|this\s+morning))?`, 'digits', String.raw`(\d{3,8})(?!\d)`),
]

const EMAIL = /(?<![\w.+'%-])[\w.+'%-]{1,64}(?:@|\s?\(at\)\s?|\s?\[at\]\s?)[\w-]{1,63}(?:(?:\.|\s?\(dot\)\s?|\s?\[dot\]\s?)[\w-]{1,63}){0,4}/giu
/** "jane dot doe at site dot com": an email spelled out in words. */
const EMAIL_WORDS = /(?<![\w.+'%-])[\w.+'%-]{1,64}(?:\s+dot\s+[\w-]{1,40}){0,3}\s+at\s+[\w-]{1,63}(?:\s+dot\s+[\w-]{1,63}){1,3}\b/giu
/** A formatted phone number: separators or a + prefix, 7 to 15 digits. */
const PHONE_SHAPE = /(?<![\w/.-])(?:(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?\d{2,4}[\s.-]?\d{3,4}|\d{2,4}[\s.-]\d{3,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?)|(?:\+\d{1,3}[\s.-]?\d{2,5}|0\d{2,4})[\s.-]\d{5,8})(?![\w/-])/gu
const STREET = /\b\d{1,6}[A-Za-z]?\s+(?:[\p{L}\d.'-]{1,30}\s+){0,4}?(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|terrace|grove|close|crescent|parkway|pkwy|highway|hwy|circle|cir|square|sq|trail|row|walk|gardens|mews|hill|park|alley|plaza|view|rise)\b\.?([ ,][^\n;!?]{0,70})?/giu
/** Where the rest of an address ends: "… Bristol BS6 7RT on the 14th and …". */
const ADDRESS_TAIL_END = /\s(?:on|and|but|because|which|so|for|from|since|by|to|in\s+(?:the|a)|please|thanks|can|could|is|was|it|i|we|my)\b|\.(?:\s|$)/iu
const ZIP_IN_ADDRESS = /(?:\b[A-Za-z]{2}[ ,]{1,3}(\d{5}(?:-\d{4})?)|\b([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}))\s*$/u
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/gu
/** A bare US ZIP where a place is meant: "is fiber available at 60614?", "do you deliver to 94110". */
const ZIP_AS_PLACE = /\b(?:available|availability|coverage|service|serviceable|deliver|delivers|delivery|ship|ships|shipping|outages?|stores?|live|located|based|area|i'm|i\s{1,3}am|we're|we\s{1,3}are)\s{1,3}(?:at|in|to|for|near|around)\s{1,3}(?:the\s{1,3})?(?:zip\s{1,3}(?:code\s{1,3})?)?(\d{5}(?:-\d{4})?)(?![\w-])/giu
const DEVICE = /\b(?:iphone|ipad|ipod|macbook(?:\s(?:air|pro))?|imac|galaxy|pixel|oneplus|xperia|surface|kindle|chromebook|thinkpad|playstation|ps[345]|xbox|nintendo\s+switch|apple\s+watch|redmi|xiaomi|huawei|nokia|moto(?:rola)?|lenovo|dell|hp|asus|acer)\s?(?:[a-z]{0,3}\d{1,4}[a-z+]{0,4}|\d{1,2}(?:st|nd|rd|th)\s+gen|x|xr|xs|se|one|series\s+[xs])(?:\s(?:pro|max|plus|ultra|mini|lite|fe|edge))*\b/giu
const OS = /\b(?:ios|ipados|android|windows|mac\s?os(?:\s?x)?|macos|chrome\s?os|ubuntu|linux|one\s?ui|harmony\s?os)\s?(?:\d{1,2}(?:\.\d{1,2}){0,2}|xp|vista|sonoma|ventura|monterey|big\s+sur|sequoia|catalina)\b/giu
const BROWSER = /\b(?:chrome|firefox|safari|opera|brave|vivaldi|internet\s+explorer|microsoft\s+edge|samsung\s+internet)(?:\s(?:version\s)?\d{1,3}(?:\.\d{1,4}){0,3})?\b|\bEdge\b(?=\s(?:browser|\d))/giu
const APP_VERSION = /\b(?:version|ver\.?|v)\s?\d{1,3}(?:\.\d{1,4}){1,3}\b/giu
const ERROR_CODE = /\b(?:error|err|code)\s{0,2}(?:code|message|number|no\.?)?\s{0,2}[:#]?\s{0,2}((?:[A-Z]{1,5}[-_]?)?\d{2,6}|0x[0-9a-f]{4,8})\b/giu
const QUOTED = /["\u201C]([^"\u201C\u201D\n]{3,160})["\u201D]|(?<![\p{L}\d])'([^'\n]{3,120})'(?![\p{L}\d])/gu
const ERROR_CONTEXT = /\b(?:error|errors|says|saying|said|shows?|showing|getting|get|got|message|pops?\s?up|popup|displays?|reads|warning|fails?\s+with|failing\s+with|keeps?\s+(?:saying|showing|failing))\b/iu
const CODE_SHOWN = /\b(?:says|saying|said|shows|showing|displays|reads|getting|got)\s{1,2}(?:an?\s+)?(?:error\s+)?(?:code\s+)?([A-Z]{1,5}-?\d{2,6}|0x[0-9a-f]{4,8})\b/gu
const ERROR_AFTER = /\berror(?:\s+message)?\s{0,2}(?::|says|saying|reads)\s{0,2}([^.\n!?]{3,120})/giu
const SENT_MEDIA = /\b(?:i(?:'ve|\s+have)?\s+)?(?:attached|sent|sending|uploaded|uploading|shared|forwarded|here(?:'s|\s+is|\s+are)|included|posted|added)\s+(?:you\s+)?(?:(?:a|an|the|my|some|two|three|both)\s*)?(?:copy\s+of\s+(?:the|my)\s+)?(screen\s?-?shots?|screen\s?grabs?|screen\s+recording|photos?|pictures?|pics?|images?|videos?|receipt|invoice|proof\s+of\s+(?:purchase|payment|address)|bank\s+statement|statement|documents?|pdf|files?|cancellation\s+email)\b|\b(screen\s?-?shots?|photos?|pictures?|pics?|images?|videos?|receipt|invoice|documents?|pdf|file)\s+(?:is\s+|are\s+)?(?:attached|above|sent|uploaded)\b/giu
/** A chat tool's attachment marker inside a message: "greyed out, see screenshot [image: export-disabled.png]". */
const INLINE_ATTACHMENT = /\[(image|photo|screenshot|video|attachment|file)\s{0,3}:[^[\]\n]{1,80}\]/giu
/** Run on the trimmed text (plus one leading space the file name may take): `^\s*` beside `[\w -]` backtracks polynomially. */
const ATTACHMENT_ONLY = /^ ?(?:\[(?:image|photo|screenshot|attachment|file|video)[^\]]{0,80}\]|[\w -]{1,80}\.(?:png|jpe?g|gif|webp|heic|bmp|mp4|mov|pdf))$/iu
const APPOINTMENT_WORD = /\b(?:appointment|appt|booking|reservation|cleaning|check-?up|consultation|visit|session|lesson|class|table|delivery|installation|engineer|technician|viewing|pickup|pick-up)\b/iu
const DATE_TIME = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}(?:st|nd|rd|th)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\s+\d{1,2}(?:st|nd|rd|th)?|tomorrow|today)(?:[ ,]{1,2}(?:at\s+)?\d{1,2}(?::\d{2})?\s?(?:am|pm)?)?|\b(?:at\s+)?\d{1,2}(?::\d{2})\s?(?:am|pm)?|\b\d{1,2}\s?(?:am|pm)\b/giu
const TIER = /\b(gold|silver|bronze|platinum|diamond|guest|premium|vip|elite|basic|standard|plus|pro|free)\b/iu
const TIER_STRONG = /\b(gold|silver|bronze|platinum|diamond|guest|vip)\b/iu
const TIER_CONTEXT = /\b(?:member|membership|tier|level|status|plan|account|customer)\b/iu
const NEGATION = /\b(?:don't|dont|do\s+not|didn't|didnt|did\s+not|can't|cant|cannot|can\s+not|couldn't|not\s+sure|no\s+idea|forgot|forget|lost|haven't|havent|have\s+not|never|doesn't|doesnt|isn't|unsure|no\s+longer|not\s+have|without)\b/iu
const OTHER_OWNER = /\b(?:(?:my|our)\s+)?(?:husband|wife|son|daughter|partner|spouse|child|kid|mother|mom|mum|father|dad|parent|brother|sister|friend|colleague|coworker|boss|manager|tenant|landlord|neighbou?r|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|girlfriend|boyfriend|fianc[eé]e?)(?:'s|s'|’s)\s|\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}$/iu

/** Words that are not names: greetings, fillers, function words, chat words. */
const NOT_NAME = new Set(
  ('a an the and or but so if of to in on at by for from with about as into onto over under up down out off than then ' +
    'i im i\'m me my mine you your yours he she it its it\'s we our they them their this that these those here there ' +
    'is am are was were be been being do does did done have has had having will would can could should may might must shall ' +
    'not no nope yes yeah yep yup ok okay okey sure thanks thank thx ty please pls hi hello hey dear sorry oops well oh ah ' +
    'just also too very really still already again now today tomorrow yesterday soon later good great fine fine. cool ' +
    'what which who whom whose when where why how all any some none each every both either neither one two three ' +
    'order account email mail phone number name user username id zip code address member membership gold silver bronze ' +
    'guest premium platinum in transit delivered shipped pending received refund return returned wrong size color colour ' +
    'trying try help need want like know think got get have bought buy paid pay charged problem issue question ' +
    'customer agent support service team store shop website site app online item items product package parcel box ' +
    'afraid happy sad glad mad upset confused tired busy looking calling writing contacting asking wondering hoping ' +
    'new old same other another first last full correct right real actual current').split(/\s+/),
)
/** Lead-ins before a bare answer: "yes its joycewu5", "sure. it's albertsanders958". */
const LEAD_IN = /^(?:(?:yes|yeah|yep|yup|sure|ok|okay|okey|absolutely|of\s+course|certainly|definitely|right|so|um+|uh+|hmm+|well|oh|hi|hello|hey|thanks|thank\s+you|sorry)[\s,.!:;-]{1,3})*(?:(?:it's|its|it\s+is|that's|thats|that\s+is|this\s+is|i'm|im|i\s+am|mine\s+is|here\s+you\s+go|here\s+it\s+is)[\s,.!:;-]{1,3})?/iu
const NAME_WORD = /^[\p{L}][\p{L}'’.-]{0,30}$/u

interface Span {
  start: number
  end: number
}

/** Characters per bucket of the taken-span index. */
const SPAN_BUCKET = 64
/** Spans longer than this go to a short list checked every time, instead of into many buckets. */
const LONG_SPAN = 4096

/**
 * Spans already read as a fact, indexed by position: checking a new match
 * looks only at the buckets it covers, so a long text full of values stays
 * linear instead of comparing every match with every earlier one.
 */
class TakenSpans {
  readonly #buckets = new Map<number, Span[]>()
  readonly #long: Span[] = []
  add(start: number, end: number): void {
    const span = { start, end }
    if (end - start > LONG_SPAN) {
      this.#long.push(span)
      return
    }
    for (let b = Math.floor(start / SPAN_BUCKET); b <= Math.floor(Math.max(start, end - 1) / SPAN_BUCKET); b++) {
      const bucket = this.#buckets.get(b)
      if (bucket) bucket.push(span)
      else this.#buckets.set(b, [span])
    }
  }
  overlaps(start: number, end: number): boolean {
    const hit = (span: Span) => start < span.end && end > span.start
    if (this.#long.some(hit)) return true
    for (let b = Math.floor(start / SPAN_BUCKET); b <= Math.floor(Math.max(start, end - 1) / SPAN_BUCKET); b++) {
      if (this.#buckets.get(b)?.some(hit)) return true
    }
    return false
  }
}

export function extractFacts(text: string, expected: readonly ExpectedDetail[] = []): ExtractedFact[] {
  const facts: ExtractedFact[] = []
  const taken = new TakenSpans()
  const push = (type: DetailType, value: string, start: number, end: number, part?: NamePart) => {
    const trimmed = trimEndChars(value.trim(), '.,;:!?')
    if (!trimmed) return
    if (OTHER_OWNER.test(text.slice(Math.max(0, start - 48), start))) return
    facts.push(part ? { type, value: trimmed, part, start, end } : { type, value: trimmed, start, end })
    taken.add(start, end)
  }
  const free = (start: number, end: number) => !taken.overlaps(start, end)
  const expects = (type: DetailType) => expected.some((e) => e.type === type)

  for (const match of matchesOf(EMAIL, text)) push('email', match[0], match.index, match.index + match[0].length)
  for (const match of matchesOf(EMAIL_WORDS, text)) {
    if (free(match.index, match.index + match[0].length)) push('email', match[0], match.index, match.index + match[0].length)
  }

  for (const { type, pattern, value } of LABELLED) {
    pattern.lastIndex = 0
    for (const match of matchesOf(pattern, text)) {
      const connector = match[1] ?? ''
      const raw = match[2] ?? ''
      const start = match.index + match[0].length - raw.length
      const end = match.index + match[0].length
      if (!free(start, end)) continue
      if (!acceptLabelled(value, raw, connector.trim() !== '', type)) continue
      if (negatedBefore(text, match.index)) continue
      push(type, value === 'words' ? beforeJoiner(raw) : raw, start, end)
    }
  }

  for (const match of matchesOf(PHONE_SHAPE, text)) {
    const digits = match[0].replace(/\D/g, '').length
    if (digits >= 7 && digits <= 15 && free(match.index, match.index + match[0].length)) {
      push('phone', match[0], match.index, match.index + match[0].length)
    }
  }

  for (const match of matchesOf(STREET, text)) {
    const tail = match[1] ?? ''
    const stop = ADDRESS_TAIL_END.exec(tail)
    const value = trimEndChars(match[0].slice(0, match[0].length - tail.length + (stop ? stop.index : tail.length)), ' ,.')
    if (!free(match.index, match.index + value.length)) continue
    push('address', value, match.index, match.index + value.length)
    const zip = ZIP_IN_ADDRESS.exec(value)
    if (zip) facts.push({ type: 'zip', value: zip[1] ?? zip[2]!, start: match.index, end: match.index + value.length })
  }
  for (const match of matchesOf(ZIP_AS_PLACE, text)) {
    const end = match.index + match[0].length
    const start = end - match[1]!.length // the ZIP ends the match
    if (free(start, end)) push('zip', match[1]!, start, end)
  }
  for (const match of matchesOf(UK_POSTCODE, text)) {
    if (!facts.some((f) => f.type === 'zip' && f.value.replace(/\s/g, '') === match[0].replace(/\s/g, ''))) {
      facts.push({ type: 'zip', value: match[0], start: match.index, end: match.index + match[0].length })
    }
  }

  names(text, expected, push, free)

  for (const match of matchesOf(DEVICE, text)) push('device', match[0], match.index, match.index + match[0].length)
  devicesInPassing(text, push, free)
  for (const match of matchesOf(OS, text)) push('os', match[0], match.index, match.index + match[0].length)
  for (const match of matchesOf(BROWSER, text)) push('browser', match[0], match.index, match.index + match[0].length)
  for (const match of matchesOf(APP_VERSION, text)) {
    if (free(match.index, match.index + match[0].length)) push('app-version', match[0], match.index, match.index + match[0].length)
  }
  for (const match of matchesOf(ERROR_CODE, text)) {
    if (free(match.index, match.index + match[0].length)) push('error', match[0], match.index, match.index + match[0].length)
  }
  if (ERROR_CONTEXT.test(text)) {
    for (const match of matchesOf(QUOTED, text)) push('error', match[1] ?? match[2]!, match.index, match.index + match[0].length)
  }
  for (const match of matchesOf(CODE_SHOWN, text)) {
    if (free(match.index, match.index + match[0].length)) push('error', match[1]!, match.index, match.index + match[0].length)
  }
  for (const match of matchesOf(ERROR_AFTER, text)) {
    if (free(match.index, match.index + match[0].length)) push('error', match[1]!, match.index, match.index + match[0].length)
  }
  for (const match of matchesOf(SENT_MEDIA, text)) {
    const noun = (match[1] ?? match[2] ?? '').toLowerCase()
    const visual = /shot|grab|recording|photo|picture|pic|image|video/.test(noun)
    push(visual ? 'screenshot' : 'document', noun, match.index, match.index + match[0].length)
  }
  const onlyAttachment = attachmentOnly(text)
  if (!onlyAttachment) {
    for (const match of matchesOf(INLINE_ATTACHMENT, text)) {
      const kind = match[1]!.toLowerCase()
      const visual = (kind !== 'attachment' && kind !== 'file') || /\.(?:png|jpe?g|gif|webp|heic|bmp|mp4|mov)\]$/i.test(match[0])
      push(visual ? 'screenshot' : 'document', match[0], match.index, match.index + match[0].length)
    }
  }
  if (onlyAttachment) push(/\.pdf\b|file\]/i.test(text) ? 'document' : 'screenshot', text.trim(), 0, text.length)

  membership(text, expects('membership'), push)
  plans(text, push)
  // A labelled flight ("flight BA117") is the flight; bare codes are looked for only without one.
  if (!facts.some((fact) => fact.type === 'flight')) flightCodes(text, push, free)
  stores(text, push)
  cards(text, facts, push)
  billingPeriods(text, push)
  deliveryDates(text, push)
  appointments(text, push)
  if (expected.length > 0) bareAnswers(text, expected, facts, push, free)
  return markFresh(text, facts, expected)
}

/**
 * "Netflix keeps buffering on my Roku Ultra": a brand and model in capitals, two to four words, on
 * which something misbehaves. Only after a verb of a device at work, and only as the whole noun
 * phrase ("on my Netflix account" names an account; "on my Roku" names no model).
 */
const ON_MY_MODEL = /\bon\s{1,3}(?:my|our|the)\s{1,3}(\p{Lu}[\p{L}\d+-]{0,15}(?:\s{1,3}[\p{Lu}\d][\p{L}\d+-]{0,15}){1,3})(?=\s{0,3}(?:[.,!?;:)]|$)|\s{1,3}(?:and|but|so|since|when|whenever|every|each|too|as|after|while|today|yesterday|now|again|anymore|either|though|at|in|for|over|all|constantly|sometimes)\b)/gu
const DEVICE_AT_WORK = /\b(?:buffer|crash|freez|froze|lag|stutter|disconnect|reboot|restart|load|play|stream|watch|work|run|launch|sync|connect|download|updat|happen|fail|glitch|flicker|stall|stuck|drop|cut)\w{0,6}\s{1,3}(?:\w{1,12}\s{1,3}){0,3}$/iu
/** Capitalised words that name a service, an account or software rather than a device. */
const NOT_DEVICE_WORD = /^(?:Netflix|Spotify|Hulu|Disney\+?|Prime|YouTube|Max|Paramount\+?|Peacock|Account|Profile|App|Apps|Premium|Plus|Basic|Plan|Card|Visa|Mastercard|Amex|Bank|Wallet|PayPal|Facebook|Instagram|WhatsApp|TikTok|Gmail|Outlook|Office|Teams|Zoom|Windows|Chrome|Firefox|Safari|Edge|Internet|Wi-?Fi|Broadband|Network|Website|Site|Home|Page|Server|Channel|Library|Settings|Dashboard|Portal|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u

function devicesInPassing(text: string, push: Push, free: (s: number, e: number) => boolean): void {
  for (const match of matchesOf(ON_MY_MODEL, text)) {
    const name = match[1]!
    const start = match.index + match[0].length - name.length
    if (!free(start, start + name.length) || name.split(/\s+/u).some((word) => NOT_DEVICE_WORD.test(word) || /['’]/u.test(word))) continue
    if (!DEVICE_AT_WORK.test(text.slice(Math.max(0, match.index - 60), match.index))) continue
    push('device', name, start, start + name.length)
  }
}

/** A cue that what follows is a new value: "my new email is", "updated number:", "changed it to". */
const FRESH_CUE = /\b(?:new|updated|changed|switched)\b/giu
/** A place things go to is new when the customer moved there or asks to send things there (not "it was delivered to…"). */
const FRESH_PLACE_CUE = /\b(?:new|updated|changed|switched|mov(?:ed|ing|e)|relocat(?:ed|ing|e)|send|ship|deliver|forward|redirect|dispatch|post|mail|now\s+(?:live|living|based|staying|at))\b/giu
/** Between the cue and the value: an old one ("moved from…", "moving out of…", "my old address was…"), unless the value is where it moved "to". */
const FRESH_GAP_OLD = /\b(?:from|out|away|leaving|old|previous|former|used\s+to|was|were|last|before)\b/iu
/** Tested on the gap with its trailing spaces trimmed. */
const FRESH_TO = /\b(?:to|(?:is|are)\s{1,3}now)\s?[:,-]?$/iu
/** Characters before a value searched for its cue (same sentence). */
const FRESH_WINDOW = 80

function markFresh(text: string, facts: ExtractedFact[], expected: readonly ExpectedDetail[]): ExtractedFact[] {
  for (let i = 0; i < facts.length; i++) {
    const fact = facts[i]!
    if (expected.some((e) => e.fresh && e.type === fact.type) || freshBefore(text, fact)) facts[i] = { ...fact, fresh: true }
  }
  return facts
}

function freshBefore(text: string, fact: ExtractedFact): boolean {
  const window = text.slice(Math.max(0, fact.start - FRESH_WINDOW), fact.start)
  const sentence = window.slice(lastSentenceEnd(window))
  const cue = fact.type === 'address' || fact.type === 'zip' ? FRESH_PLACE_CUE : FRESH_CUE
  let last: RegExpExecArray | undefined
  for (const match of matchesOf(cue, sentence)) last = match
  if (!last) return false
  const gap = sentence.slice(last.index + last[0].length)
  return FRESH_TO.test(gap.trimEnd()) || !FRESH_GAP_OLD.test(gap)
}

function lastSentenceEnd(window: string): number {
  for (let i = window.length - 1; i >= 0; i--) {
    const char = window[i]!
    if (char === '\n' || char === ';' || char === '!' || char === '?' || (char === '.' && (i + 1 === window.length || window[i + 1] === ' '))) return i + 1
  }
  return 0
}

/** "This time it's about a different booking": the customer says the thing is another one. */
const ANNOUNCED_OTHER = /\b(?:different|another|new|second|other|separate)\s{1,3}([a-z]{3,12})\b(?!\s{1,3}(?:(?:numbers?|no|ids?|ref(?:erence)?|code|address|e-?mail|name|model|details?|info)\b|#))/giu

/**
 * The details of things the customer says are another one ("a different booking",
 * "my new phone", "another order"): what they gave before belongs to the other one.
 */
export function announcedInstances(text: string): DetailType[] {
  const types: DetailType[] = []
  for (const match of matchesOf(ANNOUNCED_OTHER, text)) {
    const noun = match[1]!.toLowerCase()
    const entry = INSTANCE_NOUNS.find(([pattern]) => pattern.test(noun))
    if (!entry || negatedBefore(text, match.index)) continue
    for (const type of entry[1]) if (!types.includes(type)) types.push(type)
  }
  return types
}

/** "I don't have my account ID": a negation earlier in the same clause. */
function negatedBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 32), at)
  const clause = before.split(/[,.;!?\n]|\b(?:but|and|though|although)\b/iu).at(-1) ?? ''
  return NEGATION.test(clause)
}

function acceptLabelled(kind: LabelledPattern['value'], raw: string, connected: boolean, type: DetailType): boolean {
  const lower = raw.toLowerCase()
  if (NOT_NAME.has(lower)) return false
  switch (kind) {
    case 'id': {
      const digits = /\d/.test(raw)
      const caps = /^[A-Z0-9-]{5,}$/.test(raw) && /[A-Z]{2}/.test(raw)
      if (/^\d+$/.test(raw) && raw.length < 4) return false
      if (type === 'tracking' && raw.replace(/\W/g, '').length < 8) return false
      return connected ? digits || caps || /^[A-Za-z]{2,}\d|\d[A-Za-z]/.test(raw) || /^[A-Z]{5,}$/.test(raw) : digits || (caps && raw.length >= 6)
    }
    case 'token':
      return connected ? /[A-Za-z]/.test(raw) : /\d/.test(raw) && /[A-Za-z]/.test(raw)
    case 'phone':
      return raw.replace(/\D/g, '').length >= 7
    case 'code':
      // A code mixes letters and digits ("BA117", "AB12 CDE"); "is complete" is not one.
      return /\d/.test(raw) && /[A-Za-z]/.test(raw) && (connected || raw === raw.toUpperCase())
    case 'digits':
    case 'last4':
    case 'date':
    case 'zip':
      return true
    case 'words':
      return connected
  }
}

type Push = (type: DetailType, value: string, start: number, end: number, part?: NamePart) => void

const NAME_LABELLED = /\b(?:my\s+(?:full\s+|first\s+|last\s+)?name\s+is|my\s+name's|(?:full\s+|first\s+|last\s+)?name\s*(?::|-|is)|account\s+holder(?:\s+is|:)?|passenger(?:\s+name)?(?:\s+is|:)?|surname(?:\s+is|:)?|call\s+me)\s+([\p{L}][\p{L}'’.-]{0,30}(?:[ ,]{1,2}[\p{L}][\p{L}'’.-]{0,30}){0,3})(?![\p{L}\p{N}])/giu
const NAME_INTRO = /(?:^|[.!?,]\s+|\b(?:hi|hello|hey)[,!]?\s+)(?:[iI]['’]m|[iI]\s+am|[iI]m|[tT]his\s+is|it's|its|it\s+is)\s+([\p{Lu}][\p{L}'’.-]{0,30}(?:\s+[\p{Lu}][\p{L}'’.-]{0,30}){0,2})(?![\p{L}\p{N}])/gu
const NAME_HERE = /(?:^|[.!?]\s+|\b(?:hi|hello|hey)[,!]?\s+)([\p{Lu}][\p{L}'’-]{1,30}(?:\s+[\p{Lu}][\p{L}'’-]{1,30}){0,2})\s+here\b/gu

function names(text: string, expected: readonly ExpectedDetail[], push: Push, free: (s: number, e: number) => boolean): void {
  for (const pattern of [NAME_LABELLED, NAME_INTRO, NAME_HERE]) {
    pattern.lastIndex = 0
    for (const match of matchesOf(pattern, text)) {
      const words = nameWords(match[1]!)
      // "I'm Crystal's husband": a possessive names someone else.
      if (words.length === 0 || /['’]s$/u.test(words[0]!)) continue
      const start = match.index + match[0].length - match[1]!.length
      const value = words.join(' ')
      if (!free(start, start + value.length)) continue
      const label = match[0].toLowerCase()
      const part: NamePart = /surname|last\s+name/.test(label) ? 'last' : words.length >= 2 ? 'full' : 'first'
      // "I'm Trying": an introduction needs a capitalised first word unless the agent asked for a name.
      if (pattern === NAME_INTRO && !/^\p{Lu}/u.test(value) && !expected.some((e) => e.type === 'name')) continue
      push('name', value, start, start + value.length, part)
    }
  }
}

/** The leading name-like words of `phrase`, stopping at a common word or punctuation. */
function nameWords(phrase: string): string[] {
  const words: string[] = []
  for (const raw of phrase.split(/[ ,]+/u)) {
    const word = trimEndChars(raw, '.')
    if (!NAME_WORD.test(word) || NOT_NAME.has(word.toLowerCase()) || /^[A-Z](?:-[A-Z]){2,}$/.test(word)) break
    words.push(word)
    if (words.length === 4 || raw.endsWith('.')) break
  }
  return words
}

function membership(text: string, asked: boolean, push: Push): void {
  const tier = (asked ? TIER : TIER_STRONG).exec(text)
  if (!tier) return
  const near = text.slice(Math.max(0, tier.index - 30), tier.index + tier[0].length + 30)
  if (asked || TIER_CONTEXT.test(near)) {
    if (NEGATION.test(near) && !asked) return
    push('membership', tier[1]!, tier.index, tier.index + tier[0].length)
  }
}

const FLIGHT_CONTEXT = /\b(?:flight|flying|fly|flew|plane|airline|departure|departing|boarding|layover)\b/iu
const FLIGHT_CODE = /\b(?:[A-Z]{2,3}|[A-Z]\d|\d[A-Z])\s?\d{2,4}[A-Z]?\b/gu

/** "I'm flying with you on LH 401 tomorrow": a flight code in a text about flying. */
function flightCodes(text: string, push: Push, free: (s: number, e: number) => boolean): void {
  if (!FLIGHT_CONTEXT.test(text)) return
  for (const match of matchesOf(FLIGHT_CODE, text)) {
    const end = match.index + match[0].length
    if (free(match.index, end)) push('flight', match[0], match.index, end)
  }
}

/** Words that describe a plan rather than name it: "the new plan", "the cheapest plan". */
const NOT_PLAN_NAME = /^(?:new|old|current|same|other|wrong|right|cheapest|cheaper|expensive|best|better|basic\s+monthly|monthly|annual|yearly|this|that|your|a|an|the|my|our|whole|entire|payment|family\s+of)$/iu
const PLAN_ON = /\b(?:on|have|got|using|with|subscribed\s+to|signed\s+up\s+(?:for|to)|pay(?:ing)?\s+for|switched\s+to|upgraded\s+to|downgraded\s+to|bought|chose|picked)\s+(?:the|a|an|my|our)\s+([\p{L}\d+][\p{L}\d+&'-]{1,20}(?:\s+[\p{L}\d+][\p{L}\d+&'-]{1,20}){0,2})\s+(?:plan|subscription|tier|tariff|package|bundle)\b/giu
/** A plan named by a tier word alone: "I'm on Premium", "we pay for Family Unlimited". */
const PLAN_TIER = /\b(?:on|subscribed\s+to|pay(?:ing)?\s+for|upgraded\s+to|downgraded\s+to|switched\s+to|have|got)\s+(?:the\s+)?((?:Premium|Basic|Standard|Pro|Plus|Family|Unlimited|Business|Enterprise|Starter|Student|Individual|Duo|Essentials?|Ultimate|Deluxe)(?:\s+(?:Plus|Pro|Max|Annual|Monthly|Unlimited|HD|Family|\d{1,3}))?)\b(?!\s+(?:member|customer|account|support|seat|delivery))/gu
const PLAN_IS = /\b(?:my|our)\s+(?:current\s+)?(?:plan|subscription|tariff)\s+(?:is|:)\s+(?:the\s+)?([\p{Lu}\d][\p{L}\d+&'-]{1,20}(?:\s+[\p{Lu}\d][\p{L}\d+&'-]{1,20}){0,2})/gu

const PLAN_FILLER = /^(?:same|new|old|a|the|this|that|it|one|its|any|some|which|what)\b/iu

/** "I'm on the Premium plan", "we have the Family Unlimited package", "my plan is Basic". */
function plans(text: string, push: Push): void {
  const seen = new Set<string>()
  for (const pattern of [PLAN_ON, PLAN_IS, PLAN_TIER]) {
    for (const match of matchesOf(pattern, text)) {
      const name = match[1]!
      if (NOT_PLAN_NAME.test(name) || PLAN_FILLER.test(name) || seen.has(name)) continue
      seen.add(name)
      const start = match.index + match[0].indexOf(name)
      push('plan', name, start, start + name.length)
    }
  }
}

const PLACE_NOUN = String.raw`(?:store|shop|branch|restaurant|outlet|location|cafe|café|pharmacy|supermarket|takeaway|pizzeria|diner|bakery)`
const CAPITALISED = String.raw`[\p{Lu}\d][\p{L}\d'’&.-]{0,30}(?:\s+(?:&\s+|and\s+|of\s+|de\s+|la\s+)?[\p{Lu}\d][\p{L}\d'’&.-]{0,30}){0,3}`
/** "I ordered from Luigi Trattoria", "bought it at Target", "picked it up from the Main St branch". */
const STORE_FROM = new RegExp(String.raw`\b(?:ordered|order|bought|buy|purchased|got|picked\s+(?:it\s+|them\s+)?up|collected|shopped|ate|eating|dined|visited)\b(?:\s+(?:a|an|the|some|my|our|two|three|[a-z][a-z'-]{0,20})){0,4}?\s+(?:from|at)\s+(?:the\s+)?(${CAPITALISED})`, 'gu')
/** "the store on Main Street", "the branch in Leeds". */
const STORE_ON = new RegExp(String.raw`\b(?:the|your|a)\s+${PLACE_NOUN}\s+(?:on|in|at)\s+(?:the\s+)?(${CAPITALISED})`, 'gu')
/** "the Leeds store", "your Oxford Street branch". */
const STORE_NAMED = new RegExp(String.raw`\b(?:the|your|our|my|at|from)\s+(${CAPITALISED})\s+${PLACE_NOUN}\b`, 'gu')
const NOT_STORE = /^(?:I|I'm|App|Website|Site|Online|Internet|Amazon|eBay|Etsy|Deliveroo|Uber\s?Eats|DoorDash|Grubhub|Just\s+Eat|Instacart|Postmates|Seamless|Menulog|Glovo|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Black\s+Friday|\d+)$/u

function stores(text: string, push: Push): void {
  const seen = new Set<string>()
  for (const pattern of [STORE_FROM, STORE_NAMED, STORE_ON]) {
    for (const match of matchesOf(pattern, text)) {
      const name = trimEndChars(match[1]!, '.,')
      if (NOT_STORE.test(name) || NOT_NAME.has(name.toLowerCase()) || seen.has(name)) continue
      seen.add(name)
      const start = match.index + match[0].lastIndexOf(match[1]!)
      push('store', name, start, start + name.length)
    }
  }
}

const CARD_BRAND = /\b(?:my|the|our|a)\s+((?:visa|mastercard|master\s+card|amex|american\s+express|discover|maestro|diners\s+club)(?:\s+(?:debit|credit))?(?:\s+card)?)\b/giu

/** The card: a last-four fact ("card ending 4421") or a named card ("my Amex"). */
function cards(text: string, facts: readonly ExtractedFact[], push: Push): void {
  for (const fact of facts.slice()) {
    if (fact.type === 'last4') push('card', `card ending ${fact.value}`, fact.start, fact.end)
  }
  if (facts.some((fact) => fact.type === 'card')) return
  for (const match of matchesOf(CARD_BRAND, text)) {
    if (negatedBefore(text, match.index)) continue
    push('card', match[1]!, match.index, match.index + match[0].length)
  }
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`
/** "the March bill", "my June statement", "billing period May 1-31", "the bill for April". */
const BILLING = new RegExp(String.raw`\b(${MONTH}(?:\s+\d{4})?|last\s+month's|this\s+month's)\s+(?:bill|statement|invoice|billing\s+(?:period|cycle))\b|\b(?:bill|statement|invoice|billing\s+(?:period|cycle))\s+(?:for|from|dated|of)\s+(${MONTH}(?:\s+\d{4})?)\b`, 'giu')

function billingPeriods(text: string, push: Push): void {
  for (const match of matchesOf(BILLING, text)) {
    const period = match[1] ?? match[2]!
    if (/^may$/i.test(period) && !/^May$/u.test(period)) continue
    push('billing-period', period, match.index, match.index + match[0].length)
  }
}

const DELIVERY_WORD = /\b(?:arriv\w{0,4}|deliver\w{0,5}|due|expected|supposed\s+to\s+(?:come|arrive|be\s+(?:here|delivered))|get\s+here|come\s+on|eta)\b/iu
const DELIVERY_NOT = /\b(?:appointment|engineer|technician|table|booking|reservation|class|lesson|flight|payment|bill|invoice|renewal|rent|fee|subscription)\b/iu
const DATE_WORDS = new RegExp(String.raw`\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:\s+\d{4})?|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|the\s+\d{1,2}(?:st|nd|rd|th)|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|yesterday|today|tomorrow|(?:last|this|next)\s+(?:week|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b`, 'giu')

/** "It was supposed to arrive on Monday 14th", "delivery was due 12 May". */
function deliveryDates(text: string, push: Push): void {
  let cursor = 0
  for (const sentence of text.split(/(?<=[.!?\n])\s+/u)) {
    // A running cursor keeps the offset lookup linear over a long text.
    const at = text.indexOf(sentence, cursor)
    cursor = at + sentence.length
    if (!DELIVERY_WORD.test(sentence) || DELIVERY_NOT.test(sentence)) continue
    const when = [...matchesOf(DATE_WORDS, sentence)].map((m) => m[0].trim())
    if (when.length === 0) continue
    push('delivery-date', when.join(' '), at, at + sentence.length)
  }
}

function appointments(text: string, push: Push): void {
  let cursor = 0
  for (const sentence of text.split(/(?<=[.!?\n])\s+/u)) {
    // A running cursor keeps the offset lookup linear over a long text.
    const at = text.indexOf(sentence, cursor)
    cursor = at + sentence.length
    if (!APPOINTMENT_WORD.test(sentence)) continue
    const when = [...matchesOf(DATE_TIME, sentence)].map((m) => m[0].trim())
    if (when.length === 0) continue
    push('appointment', when.join(' '), at, at + sentence.length)
  }
}

const FREE_TEXT = new Set<DetailType>(['device', 'os', 'browser', 'app-version', 'error', 'meter-reading', 'appointment', 'security-answer', 'name', 'address'])

/** Shapes a bare answer must have to be typed as the detail the agent asked for. */
function bareShape(type: DetailType, part: NamePart, segment: string): boolean {
  const digits = segment.replace(/\D/g, '').length
  const token = /^#?[A-Za-z0-9][A-Za-z0-9._-]{2,40}$/.test(segment) && !NOT_NAME.has(segment.toLowerCase())
  switch (type) {
    case 'phone':
      return /^[+()\d\s.-]{7,22}$/.test(segment) && digits >= 7 && digits <= 15
    case 'zip':
      return /^(?:\d{5}(?:-\d{4})?|\d{4}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/i.test(segment)
    case 'order':
    case 'tracking':
    case 'ticket':
    case 'invoice':
    case 'policy':
    case 'serial':
      return token && digits >= 3
    case 'imei':
      return /^\d[\d -]{12,20}\d$/.test(segment)
    case 'pin':
      return /^\d{4,8}$/.test(segment)
    case 'last4':
      return /^\d{4}$/.test(segment)
    case 'account':
    case 'booking':
      // "aphoenix939" looks like a username, not an account id.
      if (/^[a-z]{3,}\d{1,4}$/.test(segment)) return false
      return token && (digits >= 2 || /^[A-Z0-9]{5,}$/.test(segment.replace(/^#/, '')))
    case 'username':
      // Usernames people type back carry a digit or a separator ("cminh730", "ana_lee"); "lol" is not one.
      return token && /[A-Za-z]/.test(segment) && /[\d._]/.test(segment)
    case 'name': {
      const words = segment.split(/\s+/u)
      if (words.length > 4) return false
      // A lone lower-case word ("thing", "whatever") is too weak to be a name.
      if (words.length === 1 && !/^\p{Lu}/u.test(segment)) return false
      return words.every((w) => NAME_WORD.test(w) && !NOT_NAME.has(w.toLowerCase().replace(/\.$/u, '')))
    }
    case 'address':
      return /\d/.test(segment) && /\p{L}{2}/u.test(segment) && segment.split(/\s+/u).length >= 2
    case 'dob':
      return DATE_ONLY.test(segment)
    case 'email':
    case 'membership':
    case 'screenshot':
    case 'document':
      return false
    default:
      // Free-text details (device, OS, browser, version, error, reading, time): a short plain answer.
      return segment.split(/\s+/u).length <= 8 && !/\?$/.test(segment)
  }
}

const SEGMENT_JOINERS = ['and', 'but', 'plus', '&'] as const

/**
 * Length of the answer separator at `at` (0 when none): a line break, ";", a run of
 * 2+ spaces, a space after ".!?", "," with its spaces, or " and/but/plus/& ".
 * A loop, not a regex: a regex retried at every position of a long whitespace run is quadratic.
 */
function separatorAt(text: string, at: number): number {
  const char = text[at]!
  if (char === '\n' || char === ';') return 1
  if (char === '\r' && text[at + 1] === '\n') return 2
  if (char === ',') return spaceRunEnd(text, at + 1) - at
  if (!isSpaceCode(text.charCodeAt(at))) return 0
  const run = spaceRunEnd(text, at) - at
  if (run >= 2 || (at > 0 && '.!?'.includes(text[at - 1]!))) return run
  for (const joiner of SEGMENT_JOINERS) {
    const after = at + 1 + joiner.length
    if (text.startsWith(joiner, at + 1) && after < text.length && isSpaceCode(text.charCodeAt(after))) return spaceRunEnd(text, after) - at
  }
  return 0
}

function bareAnswers(text: string, expected: readonly ExpectedDetail[], facts: ExtractedFact[], push: Push, free: (s: number, e: number) => boolean): void {
  const given = new Set(facts.map((f) => f.type))
  let cursor = 0
  const segments: Span[] = []
  for (let at = 0; at < text.length; ) {
    const length = separatorAt(text, at)
    if (length === 0) {
      at++
      continue
    }
    segments.push({ start: cursor, end: at })
    cursor = at += length
  }
  segments.push({ start: cursor, end: text.length })
  for (const span of segments) {
    let raw = text.slice(span.start, span.end)
    if (NEGATION.test(raw) || raw.trim().endsWith('?')) continue
    const lead = LEAD_IN.exec(raw)
    let start = span.start
    if (lead && lead[0].length > 0) {
      start += lead[0].length
      raw = raw.slice(lead[0].length)
    }
    const segment = trimEndChars(raw.trim(), '.!,;:')
    if (!segment) continue
    start += raw.indexOf(segment)
    const end = start + segment.length
    if (!free(start, end)) continue
    const candidates = expected.filter((e) => bareShape(e.type, e.part, segment))
    if (candidates.length === 0) continue
    // An answer already given in this turn is only re-typed when its shape is specific (not free text).
    const pick = candidates.find((e) => !given.has(e.type)) ?? candidates.find((e) => !FREE_TEXT.has(e.type))
    if (!pick) continue
    given.add(pick.type)
    const part = pick.type === 'name' ? (segment.split(/\s+/u).length >= 2 ? 'full' : pick.part === 'last' ? 'last' : 'first') : undefined
    push(pick.type, segment, start, end, part)
  }
}
