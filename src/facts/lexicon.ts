/**
 * The details a customer gives in a chat and the noun phrases that name them.
 * Typed data: the request finder (drafts and agent turns) and the fact
 * extractor (customer turns) both read this table, so a detail is named the
 * same way on both sides. Order matters: the first alternative that matches at
 * a position wins, so specific phrases ("email address", "username",
 * "membership number") come before the general ones ("address", "name").
 * Every quantifier is bounded.
 */

export type DetailType =
  | 'email'
  | 'phone'
  | 'username'
  | 'name'
  | 'order'
  | 'tracking'
  | 'account'
  | 'ticket'
  | 'booking'
  | 'invoice'
  | 'policy'
  | 'zip'
  | 'address'
  | 'dob'
  | 'last4'
  | 'pin'
  | 'security-answer'
  | 'membership'
  | 'imei'
  | 'serial'
  | 'device'
  | 'os'
  | 'browser'
  | 'app-version'
  | 'error'
  | 'screenshot'
  | 'document'
  | 'meter-reading'
  | 'appointment'
  | 'meter'
  | 'flight'
  | 'store'
  | 'vehicle'
  | 'product'
  | 'plan'
  | 'card'
  | 'billing-period'
  | 'delivery-date'

export interface DetailSpec {
  readonly type: DetailType
  /** How messages name the detail: "the email address". */
  readonly label: string
  /** Noun phrases naming the detail, as a regex source (no capture groups, bounded). */
  readonly names: string
}

const NUM = String.raw`(?:numbers?|nos?\b\.?|nums?\b|#|ids?\b|i\.d\.)`
/** Right after "which"/"what": "Which order is this about?" names the order itself. */
/**
 * A noun only right after a prefix: "Which order is this about?" names the
 * order itself. The noun comes first and the prefix is checked behind it, so
 * the regex engine still skips ahead by the noun's first letters instead of
 * trying a lookbehind at every position of a long text.
 */
const after = (prefix: string, noun: string): string => String.raw`(?:${noun})(?<=${prefix}(?:${noun}))`
/** "Which card types…", "which store policy…": the noun only modifies another one. */
const MODIFIED = String.raw`(?!\s{1,3}(?:types?|kinds?|sorts?|polic(?:y|ies)|hours|times?|options?|fees?|limits?|terms|rules|brands?|networks?|readings?|newsletters?|settings|levels?|status|tiers?|dates?|history|details|pages?|prices?|benefits?|features?|categor(?:y|ies))\b)`
const which = (noun: string): string => after(String.raw`\b(?:which|what)\s(?:of\s{1,3}(?:the|your)\s{1,3})?`, noun) + String.raw`\b${MODIFIED}`
/** After "which of your": "Which of your orders is this about?". */
const whichOf = (noun: string): string => after(String.raw`\bwhich\s{1,3}of\s{1,3}(?:the|your|those|these)\s{1,3}`, noun)

/** Who holds a numbered account or id ("member number", "student ID"): read in requests and in the customer's turns alike. */
export const ACCOUNT_HOLDERS = String.raw`member(?:ship)?|customer|client|subscriber|patient|loyalty|policy\s?holder|student|employee|staff|tenant|resident|passenger|guest|learner|pupil`

export const DETAILS: readonly DetailSpec[] = [
  { type: 'email', label: 'email address', names: String.raw`(?:account|login|registered|contact)\s{1,3}e-?mail(?:\s{1,3}address)?\b|e-?mail\s{0,2}(?:address(?:es)?|addr\b|id\b)|e-?mails?(?=\s{0,2}(?:on\s{1,3}(?:file|the\s{1,3}account|record)|you\s{1,3}(?:used|use|signed|registered)))|e-?mail\b` },
  { type: 'account', label: 'account number', names: String.raw`(?:acc?ount|acct|a\/c|rewards?|card\s?holder|${ACCOUNT_HOLDERS})\s{0,2}${NUM}|account(?=\s{1,2}(?:and|&|,)\s{1,2}order\s{0,2}${NUM})|${whichOf(String.raw`accounts`)}\b|${which(String.raw`account`)}\b(?!\s{1,3}(?:level|status|tier|type|plan|settings|page|details|holder|manager))` },
  { type: 'order', label: 'order number', names: String.raw`(?:order|purchase)\s{0,2}(?:${NUM}|ref(?:erence)?\b|confirmation\s{1,3}(?:number|code))|${whichOf(String.raw`orders`)}\b|${which(String.raw`order`)}\b(?<!\bin\s{1,3}(?:which|what)\s{1,3}order)(?!\s{1,3}(?:date|status|history|total|details|of|form|page|confirmation\s{1,3}email))` },
  { type: 'tracking', label: 'tracking number', names: String.raw`tracking\s{0,2}(?:${NUM}|code|ref(?:erence)?\b|link)?|waybill(?:\s{1,3}number)?|consignment\s{1,3}number|airway\s?bill` },
  { type: 'ticket', label: 'ticket number', names: String.raw`(?:ticket|case|incident|complaint|claim|support\s{1,3}request|reference|ref)\s{0,2}${NUM}|(?:case|matter|file|claim|complaint|application|appeal|incident|ticket)\s{1,3}ref(?:erence)?\b` },
  { type: 'booking', label: 'booking reference', names: String.raw`(?:booking|reservation|confirmation|itinerary)\s{0,2}(?:ref(?:erence)?\b|${NUM}|code)|pnr\b|record\s{1,3}locator|${whichOf(String.raw`(?:bookings|reservations)`)}\b|${which(String.raw`(?:booking|reservation)`)}\b(?!\s{1,3}(?:date|time|slot|details|page))` },
  { type: 'invoice', label: 'invoice number', names: String.raw`(?:invoice|bill|receipt|transaction)\s{0,2}${NUM}` },
  { type: 'policy', label: 'policy number', names: String.raw`(?:policy|contract|licen[cs]e|agreement|subscription)\s{0,2}${NUM}` },
  { type: 'imei', label: 'IMEI', names: String.raw`imei(?:\s{1,3}number)?|meid\b` },
  { type: 'serial', label: 'serial number', names: String.raw`serial\s{0,2}(?:${NUM}|code)?|s\/n\b|product\s{1,3}key|licen[cs]e\s{1,3}key` },
  { type: 'phone', label: 'phone number', names: String.raw`(?:(?:tele)?phone|mobile|cell(?:\s?phone)?|contact|call-?\s?back|home|work|landline|best|daytime)\s{0,2}(?:numbers?|nos?\b\.?|#)|telephone\b|phone\s?#|numbers?(?=\s{1,3}(?:(?:that\s{1,3})?(?:we|i)\s{1,3}(?:can|could|should|may)\s{1,3}|to\s{1,3})(?:call|reach|text|contact|ring)\b)|mobile\b(?!\s{1,3}(?:app|data|device|phone|network|site|browser))` },
  { type: 'username', label: 'username', names: String.raw`user\s?-?names?|user\s?ids?\b|login\s{1,3}(?:name|id|email)|screen\s?name|gamer\s?tag` },
  { type: 'dob', label: 'date of birth', names: String.raw`date\s{1,3}of\s{1,3}birth|d\.?o\.?b\b\.?|birth\s?date|birthday` },
  { type: 'last4', label: 'last four digits', names: String.raw`(?:last|final)\s{1,3}(?:4|four)(?:\s{1,3}(?:digits|numbers))?(?:\s{1,3}of\s{1,3}(?:the|your)\s{1,3}card)?` },
  { type: 'security-answer', label: 'security answer', names: String.raw`(?:answer\s{1,3}to\s{1,3}(?:your|the)\s{1,3})?security\s{1,3}(?:question|answer)|secret\s{1,3}(?:question|answer)|memorable\s{1,3}(?:word|answer)` },
  { type: 'pin', label: 'PIN', names: String.raw`pin\b(?:\s{1,3}(?:number|code))?|passcode` },
  { type: 'membership', label: 'membership level', names: String.raw`(?:membership|member|loyalty|rewards?|account)\s{0,2}(?:level|status|tier|type|plan)|membership\b|tier\b` },
  { type: 'meter', label: 'meter number', names: String.raw`(?:(?:gas|electric(?:ity)?|water|utility|supply)\s{1,3})?meter\s{0,2}(?:serial\s{1,3})?(?:${NUM}|serial\b)|mpan\b(?:\s{1,3}number)?|mprn\b(?:\s{1,3}number)?|supply\s{1,3}number|${which(String.raw`meter`)}\b(?!\s{1,3}readings?)` },
  { type: 'flight', label: 'flight number', names: String.raw`flight\s{0,2}(?:${NUM}|code)|${which(String.raw`flight`)}\b|${after(String.raw`\byour\s`, 'flight')}\s{1,3}details` },
  { type: 'vehicle', label: 'vehicle registration', names: String.raw`(?:vehicle|car|van)\s{1,3}(?:registration|reg)(?:\s{1,3}(?:${NUM}|plate))?|(?:registration|reg)\s{1,3}(?:${NUM}|plate)|(?:number|licen[cs]e)\s{1,3}plate(?:\s{1,3}${NUM})?|vin\b(?:\s{1,3}number)?|vehicle\s{1,3}identification\s{1,3}number|${after(String.raw`\b(?:your|the)\s`, 'registration|reg')}\b(?!\s{1,3}(?:email|form|page|process|link|code|fee|date))` },
  { type: 'product', label: 'product code', names: String.raw`${which('product')}\b|sku\b|(?:product|item|part|article|catalog(?:ue)?|style)\s{1,3}(?:${NUM}|code|sku)|upc\b|asin\b` },
  { type: 'plan', label: 'plan', names: String.raw`(?:subscription|service|phone|mobile|data|broadband|internet|cell|tariff|pricing|price|monthly|annual|current)\s{1,3}plan\b|tariff\b|${which(String.raw`(?:(?:kind|type)\s{1,3}of\s{1,3})?(?:plan|subscription)`)}\b|${after(String.raw`\byour\s`, 'plan')}\b` },
  { type: 'card', label: 'card', names: String.raw`${after(String.raw`(?:^|[,.!:]\s{0,3}|\b(?:and|plus|also)\s{1,3})(?:the|your)\s`, 'card')}(?=\s{0,3}\?)|${whichOf(String.raw`cards`)}\b|${which(String.raw`(?:(?:credit|debit|payment|bank)\s{1,3})?card`)}\b(?!\s{1,3}(?:number|details|holder))|(?:(?:credit|debit|payment|bank)\s{1,3})?card\s{1,3}(?:(?:that\s{1,3})?(?:you|u)\s{1,3}(?:used|paid\s{1,3}with|were\s{1,3}charged\s{1,3}on|paid\s{1,3}on)|(?:that\s{1,3})?(?:was|got)\s{1,3}(?:charged|billed|debited))|payment\s{1,3}method(?:\s{1,3}(?:you|u)\s{1,3}used)?` },
  { type: 'billing-period', label: 'billing period', names: String.raw`billing\s{1,3}(?:period|cycle|month)|statement\s{1,3}(?:period|month)|${which(String.raw`(?:bill|statement)`)}\b(?!\s{1,3}(?:${NUM}|amount))` },
  { type: 'delivery-date', label: 'delivery date', names: String.raw`(?:(?:expected|estimated|scheduled|original|promised)\s{1,3})?(?:delivery|arrival)\s{1,3}date|date\s{1,3}(?:of|for)\s{1,3}(?:the\s{1,3})?delivery|(?:delivery|arrival)\s{1,3}(?:day|window|eta)\b` },
  { type: 'store', label: 'store or restaurant', names: String.raw`name\s{1,3}of\s{1,3}(?:the|your|that)\s{1,3}(?:store|shop|restaurant|branch|seller|merchant|retailer|outlet|cafe|café)\b|${after(String.raw`\b(?:the|that)\s`, 'store|shop|restaurant|branch|cafe|café')}(?=\s{1,3}(?:called|named)\b)|${whichOf(String.raw`(?:stores|shops|restaurants|branches)`)}\b|(?:store|shop|branch|restaurant|outlet|merchant|retailer|seller|vendor|location)\s{1,3}name|${which(String.raw`(?:store|shop|branch|restaurant|outlet|merchant|retailer|seller|vendor|cafe|café)`)}\b` },
  { type: 'zip', label: 'zip code', names: String.raw`zip\s?(?:code)?\b|post\s?code|postal\s{1,3}code|eircode` },
  // "Which property are you asking about?": a dwelling named by "which" is the address of it ("which home" is left out: "what home phone…").
  { type: 'address', label: 'address', names: String.raw`(?:(?:street|home|mailing|postal|shipping|delivery|billing|current|physical|service|residential|forwarding|full)\s{1,3})?add?ress?(?:es)?\b|${which(String.raw`(?:property|flat|apartment|house|premises)`)}(?!\s{1,3}(?:rate|fee|screen|number\s{1,3}of|manager|insurance|tax))` },
  { type: 'name', label: 'name', names: String.raw`(?:full|first|last|given|family|legal|middle|sur|account\s?holder(?:'s)?|customer(?:'s)?|account)\s?name\b|surname|name\b(?!\s{1,3}(?:of|tag|brand)\b)` },
  { type: 'meter-reading', label: 'meter reading', names: String.raw`(?:meter|gas|electric(?:ity)?|water)\s{1,3}readings?|readings?\s{1,3}(?:from|on)\s{1,3}(?:the|your)\s{1,3}meter` },
  { type: 'appointment', label: 'appointment time', names: String.raw`appointment|appt\b|(?:booking|reservation)\s{1,3}(?:date|time|slot)|delivery\s{1,3}(?:time|slot)|(?:date|time|day)\s{1,3}(?:(?:of|for)\s{1,3}(?:your|the)|(?:is|was)\s{1,3}(?:your|the))\s{1,3}(?:appointment|booking|reservation|visit|table|delivery|installation)` },
  { type: 'os', label: 'operating system', names: String.raw`operating\s{1,3}system|os\b(?:\s{1,3}version)?|(?:ios|android|windows|mac\s?os|ipados)\s{1,3}version|version\s{1,3}of\s{1,3}(?:ios|android|windows|mac\s?os)` },
  { type: 'browser', label: 'browser', names: String.raw`(?:web\s{1,3})?browser(?:\s{1,3}version)?` },
  { type: 'app-version', label: 'app version', names: String.raw`(?:app|application|software|firmware|client|plugin|extension)\s{1,3}version|version\s{1,3}(?:number\s{1,3})?of\s{1,3}(?:the|our|your)\s{1,3}(?:app|application|software|firmware)|version\s{1,3}(?:number|you(?:'re|\s{1,3}are)\s{1,3}(?:on|using|running))|build\s{1,3}number|(?<=(?:what|which)\s)version` },
  { type: 'device', label: 'device model', names: String.raw`(?:phone|device|handset|laptop|computer|tablet|router|modem|printer|tv|console|camera|watch|dispenser|appliance|machine|unit|car|vehicle)\s{1,3}(?:model|make|type)(?:\s{1,3}number)?|make\s{1,3}and\s{1,3}model|model\s{1,3}(?:number|no\b\.?|#)|model\b|(?<=(?:what|which)\s(?:kind\s{1,3}of\s{1,3}|type\s{1,3}of\s{1,3}|make\s{1,3}of\s{1,3})?)(?:phone|device|handset|laptop|computer|tablet|router|modem|printer)` },
  { type: 'error', label: 'error message', names: String.raw`${after(String.raw`\bwhat\s{1,3}(?:does|did|do)\s{1,3}(?:the|that|this|it)\s`, 'message|screen|pop-?up|notification|warning|prompt')}(?=\s{1,3}(?:say|said|read|show|display)s?\b)|error\s{0,2}(?:message|code|number|text|screen|prompt|msg)?|(?:exact\s{1,3})?(?:message|wording|warning)\s{1,3}(?:you(?:'re|\s{1,3}are)?\s{1,3}(?:see|saw|get|got|seeing|getting))` },
  { type: 'screenshot', label: 'screenshot', names: String.raw`screen\s?-?(?:shots?|grabs?|recording)|photos?|pictures?|pics?\b|images?|videos?` },
  { type: 'document', label: 'document', names: String.raw`(?:copy\s{1,3}of\s{1,3}(?:the|your)\s{1,3})?(?:receipt|invoice|proof\s{1,3}of\s{1,3}(?:purchase|payment|address)|bank\s{1,3}statement|statement|documents?|attachments?|pdf)` },
]

export const DETAIL_BY_TYPE: ReadonlyMap<DetailType, DetailSpec> = new Map(DETAILS.map((d) => [d.type, d]))

/** One regex naming every detail, a named group per type (first alternative wins at a position). */
export const DETAIL_NAMES = new RegExp(
  DETAILS.map((d) => `(?<${groupName(d.type)}>\\b(?:${d.names}))`).join('|'),
  'gi',
)

export function groupName(type: DetailType): string {
  return type.replace(/-/g, '_')
}

const GROUPS = DETAILS.map((d) => [groupName(d.type), d.type] as const)

/** The detail type a DETAIL_NAMES match names. */
export function typeOfMatch(match: RegExpExecArray | RegExpMatchArray): DetailType | undefined {
  const groups = match.groups
  if (!groups) return undefined
  for (const [group, type] of GROUPS) if (groups[group] !== undefined) return type
  return undefined
}

/** Which part of a name a request or fact is about. */
export type NamePart = 'full' | 'first' | 'last' | 'any'

export function namePartOf(phrase: string): NamePart {
  const lower = phrase.toLowerCase()
  if (/\b(?:full|legal)\b/.test(lower)) return 'full'
  if (/\b(?:first|given)\b/.test(lower)) return 'first'
  if (/\b(?:last|family)\b|surname/.test(lower)) return 'last'
  return 'any'
}

/** Modifiers that ask for another instance of a detail, not the one given. */
export const ANOTHER_INSTANCE = new Set([
  'another', 'new', 'different', 'other', 'correct', 'right', 'alternate', 'alternative', 'second', 'backup',
  'additional', 'extra', 'updated', 'old', 'previous', 'former', 'valid', 'working', 'spare', 'secondary', 'third',
  'separate', 'personal', 'work', 'business', 'recipient', 'recipient\'s', 'replacement', 'temporary', 'future',
])

/**
 * Another-instance words a detail the customer introduced as new answers: "What
 * is the new address?" after "I moved to 88 Harbor Road" asks for that one.
 */
export const NEW_INSTANCE: ReadonlySet<string> = new Set(['new', 'updated', 'replacement'])

/**
 * Things a customer may say are another one ("this time it's about a different
 * booking"), and the details that identify them: what they gave before belongs
 * to the other one.
 */
export const INSTANCE_NOUNS: ReadonlyArray<readonly [noun: RegExp, types: readonly DetailType[]]> = [
  [/^(?:booking|reservation|stay|trip|flight)s?$/, ['booking', 'flight', 'appointment']],
  [/^(?:order|purchase|parcel|package|delivery|shipment)s?$/, ['order', 'tracking', 'delivery-date', 'product']],
  [/^(?:account|profile|login)s?$/, ['account', 'username', 'email']],
  [/^cards?$/, ['card', 'last4']],
  [/^(?:invoice|bill|statement)s?$/, ['invoice', 'billing-period']],
  [/^(?:policy|contract)s?$/, ['policy']],
  [/^(?:claim|case|complaint)s?$/, ['ticket']],
  [/^(?:device|phone|laptop|tablet|computer|console|router|modem|printer)s?$/, ['device', 'serial', 'imei', 'os']],
  [/^(?:car|vehicle|van)s?$/, ['vehicle']],
  [/^(?:subscription|plan)s?$/, ['plan']],
  [/^(?:property|flat|apartment|house|home|address)$/, ['address', 'zip', 'meter', 'meter-reading']],
]

/** People other than the customer: a request about their details is a new detail. */
export const THIRD_PARTY = /\b(?:his|her|their|hers|theirs|(?:(?:your|the|my)\s{1,3})?(?:daughter|son|husband|wife|partner|spouse|child|kid|mother|mom|mum|father|dad|parent|brother|sister|friend|colleague|coworker|co-worker|employee|boss|manager|tenant|landlord|dependent|dependant|recipient|beneficiary|guest|passenger|member\s{1,3}of\s{1,3}staff|team\s{1,3}member|new\s{1,3}user|other\s{1,3}(?:person|user|account))(?:'s|s'|s)?|someone\s{1,3}else(?:'s)?|(?:the\s{1,3})?person\s{1,3}(?:who(?:'s|\s{1,3}is|\s{1,3}will)?|picking|collecting|receiving|signing|accepting)|another\s{1,3}person(?:'s)?|(?:of\s{1,3})?your\s{1,3}own)\b/i

/** Map a context.customer key ("email", "order_number", "firstName") to a detail. */
export function detailOfCustomerKey(key: string): { type: DetailType; part?: NamePart } | undefined {
  const k = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .toLowerCase()
  if (/mail/.test(k)) return { type: 'email' }
  if (/\b(?:phone|mobile|cell|tel|telephone|msisdn)\b/.test(k)) return { type: 'phone' }
  if (/\buser ?(?:name|id)\b|\blogin\b|\bhandle\b/.test(k)) return { type: 'username' }
  if (/\b(?:first|given) ?name\b/.test(k)) return { type: 'name', part: 'first' }
  if (/\b(?:last|family|sur) ?name\b/.test(k)) return { type: 'name', part: 'last' }
  if (/\bname\b/.test(k)) return { type: 'name', part: 'full' }
  if (/\btrack/.test(k)) return { type: 'tracking' }
  if (/\border\b/.test(k)) return { type: 'order' }
  if (/\b(?:account|acct|member|customer|client|subscriber)\b/.test(k)) {
    return /\b(?:level|tier|status)\b/.test(k) ? { type: 'membership' } : { type: 'account' }
  }
  if (/\b(?:zip|post ?code|postal)\b/.test(k)) return { type: 'zip' }
  if (/\b(?:address|street)\b/.test(k)) return { type: 'address' }
  if (/\b(?:birth|dob|birthday)\b/.test(k)) return { type: 'dob' }
  if (/\b(?:ticket|case)\b/.test(k)) return { type: 'ticket' }
  if (/\b(?:booking|reservation|pnr|confirmation)\b/.test(k)) return { type: 'booking' }
  if (/\binvoice\b/.test(k)) return { type: 'invoice' }
  if (/\bpolicy\b/.test(k)) return { type: 'policy' }
  if (/\bimei\b/.test(k)) return { type: 'imei' }
  if (/\bserial\b/.test(k)) return { type: 'serial' }
  if (/\b(?:device|model)\b/.test(k)) return { type: 'device' }
  if (/\b(?:os|platform|operating)\b/.test(k)) return { type: 'os' }
  if (/\bbrowser\b/.test(k)) return { type: 'browser' }
  if (/\b(?:app ?version|version)\b/.test(k)) return { type: 'app-version' }
  if (/\b(?:meter|mpan|mprn)\b/.test(k)) return { type: 'meter' }
  if (/\bflight\b/.test(k)) return { type: 'flight' }
  if (/\b(?:vin|registration|reg|plate)\b/.test(k)) return { type: 'vehicle' }
  if (/\b(?:sku|product|item)\b/.test(k)) return { type: 'product' }
  if (/\b(?:plan|tariff|subscription)\b/.test(k)) return { type: 'plan' }
  if (/\b(?:membership|tier|level)\b/.test(k)) return { type: 'membership' }
  return undefined
}
