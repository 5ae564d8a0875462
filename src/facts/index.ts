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
import { type ExpectedDetail, type ExtractedFact, extractFacts } from './extract.js'
import { type DetailType, type NamePart, detailOfCustomerKey } from './lexicon.js'
import { findRequests } from './requests.js'

export type { DetailType, NamePart } from './lexicon.js'
export { DETAILS, DETAIL_BY_TYPE } from './lexicon.js'
export { type DetailRequest, findRequests, splitSentences } from './requests.js'
export { type ExpectedDetail, type ExtractedFact, extractFacts } from './extract.js'

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
  /** Given to an agent other than the one now writing (a transfer). */
  readonly toPreviousAgent: boolean
  /** The `context.customer` key, for facts from the customer record. */
  readonly field: string | undefined
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

/** The details an agent turn asks for (another instance and third parties left out). */
export function askedIn(turn: NormalizedTurn): readonly ExpectedDetail[] {
  const cached = requestsByTurn.get(turn) ?? requestsByText.get(turn.text)
  if (cached) {
    requestsByTurn.set(turn, cached)
    return cached
  }
  extractions++
  const asked: ExpectedDetail[] = []
  for (const request of findRequests(turn.text)) {
    if (request.another || request.thirdParty) continue
    if (!asked.some((a) => a.type === request.type)) asked.push({ type: request.type, part: request.part })
  }
  const frozen = Object.freeze(asked)
  requestsByTurn.set(turn, frozen)
  requestsByText.set(turn.text, frozen)
  return frozen
}

function factsIn(turn: NormalizedTurn, expected: readonly ExpectedDetail[]): readonly ExtractedFact[] {
  const key = expected.map((e) => `${e.type}:${e.part}`).join(',')
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

function collectChat(
  chat: readonly NormalizedTurn[],
  source: 'transcript' | 'previous-chat',
  chatIndex: number | undefined,
  currentAgent: string | undefined,
  out: Fact[],
): void {
  let expected: readonly ExpectedDetail[] = []
  let answered = 0
  let agentId: string | undefined
  for (const turn of chat) {
    if (turn.role === 'agent') {
      if (turn.agentId !== undefined) agentId = turn.agentId
      const asked = askedIn(turn)
      if (asked.length > 0) {
        expected = asked
        answered = 0
      }
      continue
    }
    if (turn.role !== 'customer') continue
    if (answered >= ANSWER_WINDOW) expected = []
    answered++
    for (const fact of factsIn(turn, expected)) {
      out.push({
        type: fact.type,
        value: fact.value,
        ...(fact.part ? { part: fact.part } : {}),
        source,
        at: turn.at,
        turnIndex: turn.index,
        chatIndex,
        toPreviousAgent: source === 'transcript' && currentAgent !== undefined && agentId !== undefined && agentId !== currentAgent,
        field: undefined,
      })
    }
  }
}

/** Everything the customer already gave, oldest first, customer-record fields last. */
export function factsOf(context: NormalizedContext): readonly Fact[] {
  const out: Fact[] = []
  context.previousChats.forEach((chat, index) => collectChat(chat, 'previous-chat', index, undefined, out))
  let currentAgent: string | undefined
  for (let i = context.transcript.length - 1; i >= 0; i--) {
    const turn = context.transcript[i]!
    if (turn.role === 'agent' && turn.agentId !== undefined) {
      currentAgent = turn.agentId
      break
    }
  }
  collectChat(context.transcript, 'transcript', undefined, currentAgent, out)
  for (const [field, value] of Object.entries(context.customer)) {
    const detail = detailOfCustomerKey(field)
    if (!detail || value.trim() === '') continue
    out.push({
      type: detail.type,
      value: value.trim(),
      ...(detail.type === 'name' ? { part: detail.part === 'full' && !/\s/.test(value.trim()) ? 'first' : detail.part ?? 'full' } : {}),
      source: 'customer',
      at: undefined,
      turnIndex: undefined,
      chatIndex: undefined,
      toPreviousAgent: false,
      field,
    })
  }
  return out
}
