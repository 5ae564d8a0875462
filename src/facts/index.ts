/**
 * Facts from the context: what the customer already told us (this chat,
 * previous chats, and the fields the chat tool knows in `context.customer`).
 *
 * Chat tools re-lint the same transcript on every keystroke and append one
 * turn at a time, so each turn is read once: extraction results are cached per
 * turn object (WeakMap, freed with the turn) and, for turns rebuilt each time
 * (new objects, same text), per text in a bounded LRU. Collecting the facts of
 * a 200-turn transcript is then 200 cache hits, never a re-read.
 */
import type { NormalizedContext, NormalizedTurn } from '../context.js'
import { type ExpectedDetail, type ExtractedFact, announcedInstances, extractFacts } from './extract.js'
import { type DetailType, type NamePart, detailOfCustomerKey } from './lexicon.js'
import { findRequests } from './requests.js'

export type { DetailType, NamePart } from './lexicon.js'
export { DETAILS, DETAIL_BY_TYPE } from './lexicon.js'
export { type DetailRequest, findRequests, splitSentences } from './requests.js'
export { type ExpectedDetail, type ExtractedFact, announcedInstances, extractFacts } from './extract.js'

export interface Fact {
  readonly type: DetailType
  readonly value: string
  readonly part?: NamePart
  readonly source: 'transcript' | 'previous-chat' | 'customer'
  /** Epoch ms of the turn, when it had a timestamp. */
  readonly at: number | undefined
  /** Index of the turn in its chat. */
  readonly turnIndex: number | undefined
  /** Index in `previousChats`, for facts from a previous chat. */
  readonly chatIndex: number | undefined
  /** The agent the customer was talking to when they gave it (compare with the current agent for transfers). */
  readonly agentId: string | undefined
  /** The `context.customer` key, for facts from the customer record. */
  readonly field: string | undefined
  /** Given as a new one ("I moved to…", "my new email is…", or answering "What's the new address?"). */
  readonly fresh?: true
}

/** A bare answer is typed by the agent's latest question for at most this many customer turns. */
const ANSWER_WINDOW = 4
/** Upper bound on the text-keyed caches (entries); the WeakMaps are bounded by the caller's turns. */
export const FACT_CACHE_SIZE = 4096

class Lru<V> {
  readonly #map = new Map<string, V>()
  constructor(readonly limit: number) {}
  get(key: string): V | undefined {
    const value = this.#map.get(key)
    if (value !== undefined) {
      this.#map.delete(key)
      this.#map.set(key, value)
    }
    return value
  }
  set(key: string, value: V): void {
    this.#map.delete(key)
    this.#map.set(key, value)
    if (this.#map.size > this.limit) this.#map.delete(this.#map.keys().next().value as string)
  }
}

const requestsByTurn = new WeakMap<NormalizedTurn, readonly ExpectedDetail[]>()
const requestsByText = new Lru<readonly ExpectedDetail[]>(FACT_CACHE_SIZE)
const factsByTurn = new WeakMap<NormalizedTurn, { key: string; facts: readonly ExtractedFact[] }>()
const factsByText = new Lru<readonly ExtractedFact[]>(FACT_CACHE_SIZE)

let extractions = 0
/** How many times a text was actually read (for tests and benchmarks). */
export function extractionCount(): number {
  return extractions
}

/** The details an agent turn asks for (another instance and third parties left out; "the new one" types its answer as new). */
export function askedIn(turn: NormalizedTurn): readonly ExpectedDetail[] {
  const cached = requestsByTurn.get(turn) ?? requestsByText.get(turn.text)
  if (cached) {
    requestsByTurn.set(turn, cached)
    return cached
  }
  extractions++
  const asked: ExpectedDetail[] = []
  for (const request of findRequests(turn.text)) {
    if ((request.another && !request.asksNew) || request.thirdParty) continue
    if (!asked.some((a) => a.type === request.type)) asked.push(request.asksNew ? { type: request.type, part: request.part, fresh: true } : { type: request.type, part: request.part })
  }
  const frozen = Object.freeze(asked)
  requestsByTurn.set(turn, frozen)
  requestsByText.set(turn.text, frozen)
  return frozen
}

function factsIn(turn: NormalizedTurn, expected: readonly ExpectedDetail[]): readonly ExtractedFact[] {
  const key = expected.map((e) => `${e.type}:${e.part}${e.fresh ? ':new' : ''}`).join(',')
  const byTurn = factsByTurn.get(turn)
  if (byTurn && byTurn.key === key) return byTurn.facts
  const textKey = `${key}\u0000${turn.text}`
  let facts = factsByText.get(textKey)
  if (!facts) {
    extractions++
    facts = Object.freeze(extractFacts(turn.text, expected))
    factsByText.set(textKey, facts)
  }
  factsByTurn.set(turn, { key, facts })
  return facts
}

interface ChatFacts {
  /** The turns these facts were read from (identity checked before reuse). */
  readonly turns: readonly NormalizedTurn[]
  readonly source: 'transcript' | 'previous-chat'
  readonly chatIndex: number | undefined
  readonly facts: readonly Fact[]
  /** Where the reading stopped, so the next appended turn continues from here. */
  readonly expected: readonly ExpectedDetail[]
  readonly answered: number
  readonly agentId: string | undefined
  /** Detail types of things the customer said are another one, by the turn that said it (latest wins). */
  readonly announced: ReadonlyMap<DetailType, number>
}

/**
 * Facts of a chat, keyed by its last turn: re-linting the same chat is one
 * lookup plus an identity check of the turns; appending a turn extends the
 * entry of the chat without it. Bounded by the caller's turns (WeakMap).
 */
const chatCache = new WeakMap<NormalizedTurn, ChatFacts>()
const NO_FACTS: readonly Fact[] = Object.freeze([])
const NO_ANNOUNCEMENTS: ReadonlyMap<DetailType, number> = new Map()
const announcedByText = new Lru<readonly DetailType[]>(FACT_CACHE_SIZE)

/** What a customer turn says is another one, read once per text. */
function announcedIn(turn: NormalizedTurn): readonly DetailType[] {
  let types = announcedByText.get(turn.text)
  if (!types) {
    types = Object.freeze(announcedInstances(turn.text))
    announcedByText.set(turn.text, types)
  }
  return types
}

function samePrefix(cached: readonly NormalizedTurn[], chat: readonly NormalizedTurn[], length: number): boolean {
  if (cached.length !== length) return false
  for (let i = length - 1; i >= 0; i--) if (cached[i] !== chat[i]) return false
  return true
}

function chatFacts(chat: readonly NormalizedTurn[], source: ChatFacts['source'], chatIndex: number | undefined): ChatFacts {
  if (chat.length === 0) return { turns: chat, source, chatIndex, facts: NO_FACTS, expected: [], answered: 0, agentId: undefined, announced: NO_ANNOUNCEMENTS }
  const reusable = (entry: ChatFacts | undefined, length: number): entry is ChatFacts =>
    entry !== undefined && entry.source === source && entry.chatIndex === chatIndex && samePrefix(entry.turns, chat, length)
  const hit = chatCache.get(chat[chat.length - 1]!)
  if (reusable(hit, chat.length)) return hit
  const base = chat.length >= 2 ? chatCache.get(chat[chat.length - 2]!) : undefined
  const from = reusable(base, chat.length - 1) ? base : undefined

  const facts: Fact[] = from ? from.facts.slice() : []
  let expected = from ? from.expected : []
  let answered = from ? from.answered : 0
  let agentId = from ? from.agentId : undefined
  let announced = from ? from.announced : NO_ANNOUNCEMENTS
  for (let i = from ? from.turns.length : 0; i < chat.length; i++) {
    const turn = chat[i]!
    if (turn.role === 'agent') {
      if (turn.agentId !== undefined) agentId = turn.agentId
      const asked = askedIn(turn)
      // A new question (even one asking for no detail: "Are you seeing 4G?") types the answers that follow.
      if (asked.length > 0 || turn.text.includes('?')) {
        expected = asked
        answered = 0
      }
      continue
    }
    if (turn.role !== 'customer') continue
    if (answered >= ANSWER_WINDOW) expected = []
    answered++
    const others = announcedIn(turn)
    if (others.length > 0) {
      const next = new Map(announced)
      for (const type of others) next.set(type, turn.index)
      announced = next
    }
    for (const fact of factsIn(turn, expected)) {
      facts.push(Object.freeze({
        type: fact.type,
        value: fact.value,
        ...(fact.part ? { part: fact.part } : {}),
        source,
        at: turn.at,
        turnIndex: turn.index,
        chatIndex,
        agentId,
        field: undefined,
        ...(fact.fresh ? { fresh: true as const } : {}),
      }))
    }
  }
  const entry: ChatFacts = { turns: chat.slice(), source, chatIndex, facts: Object.freeze(facts), expected, answered, agentId, announced }
  chatCache.set(chat[chat.length - 1]!, entry)
  return entry
}

export interface FactIndex {
  /** Facts by source, oldest first: previous chats, this chat, the customer record. Shared: do not mutate. */
  readonly lists: ReadonlyArray<readonly Fact[]>
  /** The agent writing now (the last agent turn's agentId), to tell facts given before a transfer. */
  readonly currentAgent: string | undefined
  /**
   * Detail types of things the customer said in this chat are another one ("this time it's about a
   * different booking"), by the turn that said so: facts of the type from before that turn are about the other one.
   */
  readonly announced: ReadonlyMap<DetailType, number>
}

/** Everything the customer already gave. Cached per chat: re-linting reads no turn again. */
export function factsOf(context: NormalizedContext): FactIndex {
  const lists: Array<readonly Fact[]> = []
  context.previousChats.forEach((chat, index) => lists.push(chatFacts(chat, 'previous-chat', index).facts))
  const current = chatFacts(context.transcript, 'transcript', undefined)
  lists.push(current.facts)
  const record: Fact[] = []
  for (const [field, value] of Object.entries(context.customer)) {
    const detail = detailOfCustomerKey(field)
    if (!detail || value.trim() === '') continue
    record.push({
      type: detail.type,
      value: value.trim(),
      ...(detail.type === 'name' ? { part: detail.part === 'full' && !/\s/.test(value.trim()) ? 'first' : detail.part ?? 'full' } : {}),
      source: 'customer',
      at: undefined,
      turnIndex: undefined,
      chatIndex: undefined,
      agentId: undefined,
      field,
    })
  }
  lists.push(record)
  return { lists, currentAgent: current.agentId, announced: current.announced }
}

/** Facts of a list grouped by type, built once per (cached) list. */
const byTypeCache = new WeakMap<readonly Fact[], ReadonlyMap<DetailType, readonly Fact[]>>()

export function factsByType(list: readonly Fact[]): ReadonlyMap<DetailType, readonly Fact[]> {
  let map = byTypeCache.get(list)
  if (!map) {
    const groups = new Map<DetailType, Fact[]>()
    for (const fact of list) {
      const group = groups.get(fact.type)
      if (group) group.push(fact)
      else groups.set(fact.type, [fact])
    }
    map = groups
    byTypeCache.set(list, map)
  }
  return map
}
