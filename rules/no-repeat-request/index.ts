/**
 * no-repeat-request (practices 5 and 9): never ask a customer for a detail they
 * already gave — earlier in this chat, to the agent who transferred them, in a
 * previous chat, or that the chat tool already knows (`context.customer`).
 *
 * The draft's requests come from `findRequests` (questions, polite forms,
 * imperatives, lists); the customer's details from `factsOf` (cached per turn,
 * so re-linting on every keystroke reads no turn twice). A request is a repeat
 * when a fact of the same type exists and the sentence does not already quote
 * it back; asking for another/new/correct one or about someone else is not.
 */
import type * as Facts from '../../src/facts/index.js'
import type { DetailRequest, DetailType, Fact } from '../../src/facts/index.js'
import { ReplylintConfigError } from '../../src/options.js'
import { DOCS_BASE, defineRule } from '../../src/rule.js'

/**
 * The request finder and transcript-facts extractor, bound by `load` before the
 * rule sees a draft: a chunk of its own in browser bundles.
 */
let facts: typeof Facts

const MAX_VALUE_CHARS = 60
/** Distinct values of a detail checked for a quote-back, latest first. */
const QUOTE_CHECK_VALUES = 8
/** Facts of one type considered per request, newest first. */
const MAX_GIVEN = 16
/** Characters either side of a request searched for a quoted-back value. */
const QUOTE_WINDOW = 200
/** Details a suggested confirmation may name. */
const MAX_SUGGESTED_DETAILS = 6

export default defineRule({
  meta: {
    id: 'no-repeat-request',
    practice: 5,
    description: 'Disallow asking the customer for a detail they already gave in this chat, a previous chat, to a previous agent, or that the customer record holds.',
    category: 'conversation',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    requires: ['transcript'],
    options: {
      allowVerificationReask: {
        type: 'boolean',
        default: false,
        description: 'Allow asking again for a detail that failed a check ("Can you re-enter your account ID? It didn\'t match").',
      },
      ignore: { type: 'string[]', default: [], description: 'Detail types never reported (e.g. "name", "email").' },
    },
    docs: `${DOCS_BASE}no-repeat-request/README.md`,
  },
  async load() {
    facts = await import('../../src/facts/index.js')
  },
  setup(options) {
    const ignore = new Set(options.ignore.map((type) => type.toLowerCase()))
    for (const type of ignore) {
      if (!facts.DETAIL_BY_TYPE.has(type as DetailType)) {
        throw new ReplylintConfigError(
          `replylint: rule "no-repeat-request": option "ignore" has an unknown detail type ${JSON.stringify(type)}; expected one of ${[...facts.DETAIL_BY_TYPE.keys()].join(', ')}`,
        )
      }
    }
    return { ignore }
  },
  create(ctx) {
    const context = ctx.context
    if (!context) return
    if (context.transcript.length === 0 && context.previousChats.length === 0 && Object.keys(context.customer).length === 0) return
    const requests = facts.findRequests(ctx.text, ctx.masked)
    if (requests.length === 0) return
    const index = facts.factsOf(context)
    const lists = index.lists.filter((list) => list.length > 0).map(facts.factsByType)
    if (lists.length === 0) return
    const currentAgent = index.currentAgent
    const announced = index.announced
    /** Whether a fact's chat names the instance a request is scoped to ("for the October stay"), cached per chat and name. */
    const mentioned = new Map<string, boolean>()
    const names = (fact: Fact, qualifier: string): boolean => {
      const chat = fact.source === 'transcript' ? context.transcript : fact.source === 'previous-chat' ? context.previousChats[fact.chatIndex!] : undefined
      if (!chat) return false
      const key = `${fact.source}:${fact.chatIndex ?? ''}:${qualifier}`
      let found = mentioned.get(key)
      if (found === undefined) {
        const pattern = instancePattern(qualifier)
        found = chat.some((turn) => pattern.test(turn.text))
        mentioned.set(key, found)
      }
      return found
    }
    /**
     * A fact answers a request when it is of the instance asked for: the new one when the request asks
     * for the one the customer gave as new, one its chat names when the request names it, and not one
     * given before the customer said this is about another ("a different booking").
     */
    const answers = (fact: Fact, request: DetailRequest): boolean => {
      const since = announced.get(fact.type)
      if (since !== undefined && (fact.source !== 'transcript' || fact.turnIndex! < since)) return false
      if (request.asksNew && !(fact.fresh && fact.source === 'transcript')) return false
      return request.qualifier === undefined || names(fact, request.qualifier)
    }

    // Requests grouped by sentence: one sentence may ask for several details.
    const bySentence = new Map<number, DetailRequest[]>()
    for (const request of requests) {
      const group = bySentence.get(request.sentenceStart) ?? []
      group.push(request)
      bySentence.set(request.sentenceStart, group)
    }

    for (const group of bySentence.values()) {
      const repeats: Array<{ request: DetailRequest; asked: DetailRequest; fact: Fact }> = []
      for (const request of group) {
        if ((request.another && !request.asksNew) || request.thirdParty || ctx.state.ignore.has(request.type)) continue
        if (request.verification && ctx.options.allowVerificationReask) continue
        if (ctx.maskAt(request.start, request.end)) continue
        const phrase = ctx.text.slice(request.start, request.end)
        // The latest facts of this type, newest read first (bounded: a long history costs no more).
        const given: Fact[] = []
        let shown = request
        for (const type of typesFor(request, phrase)) {
          const asked = type === request.type ? request : { ...request, type }
          for (let l = lists.length - 1; l >= 0 && given.length < MAX_GIVEN; l--) {
            const facts = lists[l]!.get(type) ?? []
            for (let f = facts.length - 1; f >= 0 && given.length < MAX_GIVEN; f--) {
              if (satisfies(facts[f]!, asked, phrase) && answers(facts[f]!, request)) given.push(facts[f]!)
            }
          }
          if (given.length > 0) {
            shown = asked
            break
          }
        }
        if (given.length === 0) continue
        given.reverse()
        // "Which email is the account under?" after two were given: asking to choose, not to repeat.
        if (WHICH_BEFORE.test(ctx.text.slice(Math.max(request.sentenceStart, request.start - 24), request.start)) && new Set(given.map(keyOf)).size >= 2) continue
        // A confirmation that quotes the value back is the right way to ask.
        const media = request.type === 'screenshot' || request.type === 'document'
        // The quote-back is looked for around the request (bounded, so a run-on draft stays linear).
        const around = ctx.text.slice(Math.max(request.sentenceStart, request.start - QUOTE_WINDOW), Math.min(request.sentenceEnd, request.end + QUOTE_WINDOW))
        if (!media && quotesAny(around, normalize(around), given)) continue
        const fromChat = given.filter((fact) => fact.source !== 'customer')
        repeats.push({ request: shown, asked: request, fact: (fromChat.length > 0 ? fromChat : given).at(-1)! })
      }
      if (repeats.length === 0) continue

      let clauseStart = group[0]!.clauseStart
      for (const request of group) clauseStart = Math.min(clauseStart, request.clauseStart)
      const clauseEnd = group[0]!.clauseEnd
      const repeated = new Set(repeats.map((x) => x.asked))
      const remaining = group.filter((r) => !repeated.has(r) && !r.another && !r.thirdParty)
      // A confirmation reads well for a few details; past that, no rewrite is offered.
      const confirmation = repeats.length + remaining.length <= MAX_SUGGESTED_DETAILS
        ? suggestionText(repeats, remaining, clauseStart > group[0]!.sentenceStart && !/[.!?]\s*$/.test(ctx.text.slice(Math.max(0, clauseStart - 4), clauseStart)))
        : undefined
      const wholeClause = group.length === 1
      for (const { request, fact } of repeats) {
        const start = wholeClause ? clauseStart : request.start
        const end = wholeClause ? clauseEnd : request.end
        ctx.report({
          start,
          end,
          message: messageFor(request, fact, currentAgent),
          actual: ctx.text.slice(start, end),
          ...(confirmation
            ? { suggestions: [{ message: `Confirm instead of asking: “${confirmation}”`, fix: { range: [clauseStart, clauseEnd] as [number, number], text: confirmation } }] }
            : {}),
        })
      }
    }
  },
})

/** Months and weekdays as a chat writes them ("October", "oct", "Fri"); "May" only capitalised: "may", "sat" and "sun" are words too. */
const INSTANCE_WORDS: ReadonlyMap<string, RegExp> = new Map([
  ['jan', /\bjan(?:uary)?\b/iu], ['feb', /\bfeb(?:ruary)?\b/iu], ['mar', /\bmar(?:ch)?\b/iu], ['apr', /\bapr(?:il)?\b/iu],
  ['may', /\bMay\b/u], ['jun', /\bjune?\b/iu], ['jul', /\bjuly?\b/iu], ['aug', /\baug(?:ust)?\b/iu],
  ['sep', /\bsept?(?:ember)?\b/iu], ['oct', /\boct(?:ober)?\b/iu], ['nov', /\bnov(?:ember)?\b/iu], ['dec', /\bdec(?:ember)?\b/iu],
  ['mon', /\bmon(?:day)?\b/iu], ['tue', /\btues?(?:day)?\b/iu], ['wed', /\bwed(?:nesday)?\b/iu], ['thu', /\bthur?s?(?:day)?\b/iu],
  ['fri', /\bfri(?:day)?\b/iu], ['sat', /\b(?:[Ss]aturday|Sat)\b/u], ['sun', /\b(?:[Ss]unday|Sun)\b/u],
])

function instancePattern(qualifier: string): RegExp {
  return INSTANCE_WORDS.get(qualifier.slice(0, 3))!
}

const PARTIAL_QUOTE = /\b(?:ending|ends|starting|starts|beginning|begins)\s+(?:(?:in|with)\s+)?(\S{2,40})/giu
const WHICH_BEFORE = /\bwhich\s+(?:of\s+(?:the|your|those|these)\s+)?(?:\w+\s+)?$/i
/** Document kinds: a receipt is not an invoice, but "the document" is any of them. */
const DOCUMENT_KIND = /receipt|invoice|statement|proof|contract|letter|form|passport|licen[cs]e/i

const BARE_ACCOUNT = /^account$/i
const ACCOUNT_KEYS: readonly DetailType[] = ['account', 'email', 'username']

/**
 * Detail types that answer a request, in order. "Which account is this
 * about?" is answered by the account number, or else by the email or username
 * the customer identified the account with.
 */
function typesFor(request: DetailRequest, phrase: string): readonly DetailType[] {
  if (request.type === 'account' && BARE_ACCOUNT.test(phrase)) return ACCOUNT_KEYS
  return [request.type]
}

function satisfies(fact: Fact, request: DetailRequest, phrase: string): boolean {
  if (fact.type !== request.type) return false
  if (request.type === 'document') {
    const kind = DOCUMENT_KIND.exec(phrase)
    return !kind || fact.value.toLowerCase().includes(kind[0].toLowerCase())
  }
  if (request.type !== 'name') return true
  if (request.part === 'full') return fact.part === 'full'
  if (request.part === 'last') return fact.part === 'full' || fact.part === 'last'
  return true
}

function normalize(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}@]/gu, '')
}

/**
 * The sentence quotes the value back. A value offered as one choice among
 * others the customer did not give ("Are you a Gold or Silver member?") is
 * not a confirmation.
 */
function quotes(sentence: string, sentenceKey: string, fragments: readonly string[], fact: Fact, given: readonly Fact[]): boolean {
  const needle = keyOf(fact)
  // An address is quoted back by its street line ("the one on file or 12 Oak St?").
  if (fact.type === 'address') {
    const street = normalize(fact.value.split(',')[0]!)
    if (street.length >= 6 && sentenceKey.includes(street)) return true
  }
  // "the number ending in 3344", "the email starting with jane": part of the value quoted back.
  if (fact.type !== 'name' && fragments.some((fragment) => needle.includes(fragment))) return true
  if (needle.length < 3 || !sentenceKey.includes(needle)) return false
  const at = sentence.toLowerCase().indexOf(fact.value.toLowerCase())
  if (at < 0) return true
  const before = sentence.slice(Math.max(0, at - 40), at)
  const after = sentence.slice(at + fact.value.length, at + fact.value.length + 8)
  // `before` is at most 40 characters, so "or" + spaces + article at its end is within the 40-character tail.
  const offered = /\bor\b[^.?!]{0,40}$/iu.test(before) || /^\s*(?:member\s+)?or\b/iu.test(after)
  if (!offered) return true
  return given.some((other) => keyOf(other) !== needle && keyOf(other).length >= 3 && sentenceKey.includes(keyOf(other)))
}

/** Whether the sentence quotes back one of the latest distinct values given (bounded work per request). */
function quotesAny(sentence: string, sentenceKey: string, given: readonly Fact[]): boolean {
  const fragments: string[] = []
  if (/\b(?:ending|ends|starting|starts|beginning|begins)\b/i.test(sentence)) {
    PARTIAL_QUOTE.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = PARTIAL_QUOTE.exec(sentence)) !== null) {
      const fragment = normalize(match[1]!)
      if (fragment.length >= 3) fragments.push(fragment)
    }
  }
  const seen = new Set<string>()
  for (let i = given.length - 1; i >= 0 && seen.size < QUOTE_CHECK_VALUES; i--) {
    const fact = given[i]!
    const key = keyOf(fact)
    if (seen.has(key)) continue
    seen.add(key)
    if (quotes(sentence, sentenceKey, fragments, fact, given)) return true
  }
  return false
}

/** Normalized values, computed once per fact (facts are cached across lints). */
const keys = new WeakMap<Fact, string>()
function keyOf(fact: Fact): string {
  let key = keys.get(fact)
  if (key === undefined) {
    key = normalize(fact.value)
    keys.set(fact, key)
  }
  return key
}

function labelOf(request: DetailRequest): string {
  if (request.type === 'name') return request.part === 'any' ? 'name' : `${request.part} name`
  return facts.DETAIL_BY_TYPE.get(request.type)!.label
}

function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ')
  return flat.length > MAX_VALUE_CHARS ? `${flat.slice(0, MAX_VALUE_CHARS - 1)}…` : flat
}

function hhmm(ms: number): string {
  const date = new Date(ms)
  return `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`
}

/** When and where the customer gave it: "at 14:02", "to the previous agent at 14:02", "in a previous chat (2026-03-01)". */
function whenGiven(fact: Fact, currentAgent: string | undefined): string {
  if (fact.source === 'customer') return `is on the customer record (customer.${fact.field})`
  if (fact.source === 'previous-chat') {
    return fact.at === undefined ? 'in a previous chat' : `in a previous chat (${new Date(fact.at).toISOString().slice(0, 10)} ${hhmm(fact.at)})`
  }
  const transferred = fact.agentId !== undefined && currentAgent !== undefined && fact.agentId !== currentAgent
  const to = transferred ? 'to the previous agent ' : ''
  return fact.at === undefined ? `${to}earlier in this chat` : `${to}at ${hhmm(fact.at)}`
}

function messageFor(request: DetailRequest, fact: Fact, currentAgent: string | undefined): string {
  const label = labelOf(request)
  const value = clip(fact.value)
  const retry = request.verification ? ' (asking again after a failed check still makes them repeat it: quote what they gave and say what did not match)' : ''
  if (fact.source === 'customer') return `The ${label} ${whenGiven(fact, currentAgent)}: ${value}${retry}`
  if (request.type === 'screenshot' || request.type === 'document') {
    return `The customer already sent the ${label === 'document' ? value : label} ${whenGiven(fact, currentAgent)}${retry}`
  }
  return `The customer already gave their ${label} ${whenGiven(fact, currentAgent)}: ${value}${retry}`
}

function confirmationOf(request: DetailRequest, fact: Fact): string {
  const value = clip(fact.value)
  switch (request.type) {
    case 'email':
      return `Is ${value} still the best email to reach you?`
    case 'phone':
      return `Is ${value} still the best number to reach you?`
    case 'name':
      return `Just to confirm, is the name on the account ${value}?`
    case 'address':
      return `Just to confirm, should we use ${value}?`
    case 'card':
    case 'store':
      return `Just to confirm, is this about ${request.type === 'card' ? 'the ' : ''}${value}?`
    case 'plan':
      return `Just to confirm, you're on the ${value} plan?`
    case 'screenshot':
    case 'document':
      return `Thanks for the ${request.type === 'screenshot' ? 'screenshot' : value} you sent.`
    default:
      return `Just to confirm, is your ${labelOf(request)} ${value}?`
  }
}

function suggestionText(repeats: ReadonlyArray<{ request: DetailRequest; asked: DetailRequest; fact: Fact }>, remaining: readonly DetailRequest[], lowerFirst: boolean): string {
  let text: string
  const only = repeats.length === 1 ? repeats[0]! : undefined
  // "Which account is this about?" answered by an email: confirm the account, not the email.
  if (only && only.asked.type === 'account' && only.request.type !== 'account') text = `Just to confirm, is this about the account under ${clip(only.fact.value)}?`
  else if (only) text = confirmationOf(only.request, only.fact)
  else {
    text = `Just to confirm: ${joinList(repeats.map(({ request, fact }) => `your ${labelOf(request)} is ${clip(fact.value)}`))}?`
  }
  if (remaining.length > 0) text += ` Could you also share your ${joinList(remaining.map(labelOf))}?`
  return lowerFirst ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

function joinList(items: readonly string[]): string {
  const unique = [...new Set(items)]
  if (unique.length <= 1) return unique.join('')
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`
}
