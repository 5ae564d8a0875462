/**
 * The context model: transcript, previous chats, `now`, action, agent state and
 * customer fields, validated and normalized once per lint. Contexts come from
 * integrators and JSON: a bad field gets an error naming it, never a crash later.
 */
import { ReplylintConfigError, describeKey, describeValue, isPlainObject } from './options.js'
import type { LintContext, Turn } from './types.js'

export interface NormalizedTurn {
  readonly role: 'customer' | 'agent' | 'system'
  readonly text: string
  /** Epoch milliseconds, when the turn had a timestamp. */
  readonly at: number | undefined
  readonly agentId: string | undefined
  /** Position in its chat. */
  readonly index: number
  /** The turn object the caller passed (identity is a cache key). */
  readonly source: Turn
}

export interface NormalizedContext {
  readonly transcript: readonly NormalizedTurn[]
  readonly previousChats: ReadonlyArray<readonly NormalizedTurn[]>
  readonly now: number | undefined
  readonly action: 'reply' | 'transfer' | undefined
  readonly activeChats: number | undefined
  readonly customer: Readonly<Record<string, string>>
  /** The context as the caller gave it. */
  readonly raw: LintContext
}

export const MAX_TURNS = 100_000
export const MAX_PREVIOUS_CHATS = 1_000
export const MAX_CUSTOMER_FIELDS = 1_000
const ROLES = new Set(['customer', 'agent', 'system'])
const CONTEXT_KEYS = new Set(['transcript', 'previousChats', 'now', 'action', 'agent', 'customer'])
const TURN_KEYS = new Set(['role', 'text', 'at', 'agentId'])
const own = Object.prototype.hasOwnProperty

/** Epoch ms of a Date, ISO string or epoch-ms number; an error naming `where` otherwise. */
export function toEpochMs(value: unknown, where: string): number {
  let ms = Number.NaN
  if (value instanceof Date) ms = value.getTime()
  else if (typeof value === 'number') ms = value
  else if (typeof value === 'string' && value.trim() !== '') {
    ms = /^-?\d+(?:\.\d+)?$/.test(value.trim()) ? Number(value) : Date.parse(value)
  }
  if (!Number.isFinite(ms)) {
    throw new ReplylintConfigError(
      `${where} must be a Date, an ISO 8601 string or epoch milliseconds, got ${describeValue(value)}`,
    )
  }
  return ms
}

export function normalizeContext(input: unknown): NormalizedContext | undefined {
  if (input === undefined || input === null) return undefined
  if (!isPlainObject(input)) {
    throw new ReplylintConfigError(`replylint: context must be an object, got ${describeValue(input)}`)
  }
  for (const key of Object.keys(input)) {
    if (!CONTEXT_KEYS.has(key)) {
      throw new ReplylintConfigError(
        `replylint: context has an unknown field ${describeKey(key)}; expected ${[...CONTEXT_KEYS].join(', ')}`,
      )
    }
  }
  const raw = input as LintContext
  const transcript = own.call(raw, 'transcript') && raw.transcript !== undefined
    ? normalizeTurns(raw.transcript, 'context.transcript')
    : []

  let previousChats: ReadonlyArray<readonly NormalizedTurn[]> = []
  if (own.call(raw, 'previousChats') && raw.previousChats !== undefined) {
    if (!Array.isArray(raw.previousChats) || raw.previousChats.length > MAX_PREVIOUS_CHATS) {
      throw new ReplylintConfigError(
        `replylint: context.previousChats must be an array of at most ${MAX_PREVIOUS_CHATS} transcripts, got ${describeValue(raw.previousChats)}`,
      )
    }
    previousChats = raw.previousChats.map((chat, i) => normalizeTurns(chat, `context.previousChats[${i}]`))
  }

  const now = raw.now === undefined ? undefined : toEpochMs(raw.now, 'replylint: context.now')

  let action: NormalizedContext['action']
  if (raw.action !== undefined) {
    if (raw.action !== 'reply' && raw.action !== 'transfer') {
      throw new ReplylintConfigError(
        `replylint: context.action must be "reply" or "transfer", got ${describeValue(raw.action)}`,
      )
    }
    action = raw.action
  }

  let activeChats: number | undefined
  if (raw.agent !== undefined) {
    if (!isPlainObject(raw.agent)) {
      throw new ReplylintConfigError(`replylint: context.agent must be an object, got ${describeValue(raw.agent)}`)
    }
    for (const key of Object.keys(raw.agent)) {
      if (key !== 'activeChats') {
        throw new ReplylintConfigError(`replylint: context.agent has an unknown field ${describeKey(key)}; expected activeChats`)
      }
    }
    const count = raw.agent.activeChats
    if (count !== undefined && (typeof count !== 'number' || !Number.isInteger(count) || count < 0)) {
      throw new ReplylintConfigError(
        `replylint: context.agent.activeChats must be a whole number >= 0, got ${describeValue(count)}`,
      )
    }
    activeChats = count
  }

  const customer: Record<string, string> = Object.create(null)
  if (raw.customer !== undefined) {
    if (!isPlainObject(raw.customer)) {
      throw new ReplylintConfigError(`replylint: context.customer must be an object of strings, got ${describeValue(raw.customer)}`)
    }
    const entries = Object.entries(raw.customer)
    if (entries.length > MAX_CUSTOMER_FIELDS) {
      throw new ReplylintConfigError(
        `replylint: context.customer has ${entries.length} fields; at most ${MAX_CUSTOMER_FIELDS} are accepted`,
      )
    }
    for (const [key, value] of entries) {
      if (typeof value !== 'string') {
        throw new ReplylintConfigError(
          `replylint: context.customer${/^[\w$]{1,60}$/.test(key) ? `.${key}` : `[${describeKey(key)}]`} must be a string, got ${describeValue(value)}`,
        )
      }
      customer[key] = value
    }
  }

  return Object.freeze({ transcript, previousChats, now, action, activeChats, customer, raw })
}

function normalizeTurns(turns: unknown, where: string): readonly NormalizedTurn[] {
  if (!Array.isArray(turns)) {
    throw new ReplylintConfigError(`replylint: ${where} must be an array of turns, got ${describeValue(turns)}`)
  }
  if (turns.length > MAX_TURNS) {
    throw new ReplylintConfigError(`replylint: ${where} has ${turns.length} turns; at most ${MAX_TURNS} are accepted`)
  }
  const length = turns.length
  if (length === 0) return NO_TURNS
  const last: unknown = turns[length - 1]
  const hit = typeof last === 'object' && last !== null ? chatCache.get(last) : undefined
  if (hit && unchanged(hit, turns, length)) return hit.turns
  const out: NormalizedTurn[] = new Array(length)
  const cached: CachedTurn[] = new Array(length)
  for (let index = 0; index < length; index++) {
    // `where` is only formatted into an error: building it per turn per keystroke showed in benchmarks.
    out[index] = normalizeTurn(turns[index], index, where)
    cached[index] = turnCache.get(turns[index] as object)!
  }
  Object.freeze(out)
  chatCache.set(last as object, { raws: turns.slice(), cached, turns: out })
  return out
}

const NO_TURNS: readonly NormalizedTurn[] = Object.freeze([])

/**
 * Whole chats are cached by their last turn object: chat tools hand over the
 * same turns (often in a fresh array) on every keystroke, and comparing 200
 * references is far cheaper than 200 WeakMap lookups. Bound: a WeakMap holds an
 * entry only while the caller keeps that turn object alive.
 */
const chatCache = new WeakMap<object, { raws: readonly unknown[]; cached: readonly CachedTurn[]; turns: readonly NormalizedTurn[] }>()

function unchanged(hit: { raws: readonly unknown[]; cached: readonly CachedTurn[] }, turns: readonly unknown[], length: number): boolean {
  if (hit.raws.length !== length) return false
  for (let i = 0; i < length; i++) {
    const raw = turns[i]
    // The same freshness check as the per-turn cache: a caller may edit a turn in place.
    if (raw !== hit.raws[i] || !isFresh(hit.cached[i]!, raw as Record<string, unknown>, i)) return false
  }
  return true
}

/**
 * Normalized turns are cached per turn object: a chat tool re-lints the same
 * turns on every key. Bound: a WeakMap holds an entry only while the caller
 * keeps the turn object alive.
 */
const turnCache = new WeakMap<object, CachedTurn>()

interface CachedTurn {
  normalized: NormalizedTurn
  /** The fields as the caller gave them, to notice edits in place. */
  at: unknown
  agentId: unknown
  keys: number
}

function normalizeTurn(turn: unknown, index: number, chat: string): NormalizedTurn {
  const cached = typeof turn === 'object' && turn !== null ? turnCache.get(turn) : undefined
  if (cached && isFresh(cached, turn as Record<string, unknown>, index)) return cached.normalized
  const where = `${chat}[${index}]`
  if (!isPlainObject(turn)) {
    throw new ReplylintConfigError(`replylint: ${where} must be a turn object {role, text, at?}, got ${describeValue(turn)}`)
  }
  for (const key of Object.keys(turn)) {
    if (!TURN_KEYS.has(key)) {
      throw new ReplylintConfigError(
        `replylint: ${where} has an unknown field ${describeKey(key)}; expected role, text, at, agentId`,
      )
    }
  }
  const { role, text, at, agentId } = turn as Record<string, unknown>
  if (typeof role !== 'string' || !ROLES.has(role)) {
    throw new ReplylintConfigError(
      `replylint: ${where}.role must be "customer", "agent" or "system", got ${describeValue(role)}`,
    )
  }
  if (typeof text !== 'string') {
    throw new ReplylintConfigError(`replylint: ${where}.text must be a string, got ${describeValue(text)}`)
  }
  if (agentId !== undefined && typeof agentId !== 'string') {
    throw new ReplylintConfigError(`replylint: ${where}.agentId must be a string, got ${describeValue(agentId)}`)
  }
  const normalized: NormalizedTurn = Object.freeze({
    role: role as NormalizedTurn['role'],
    text,
    at: at === undefined ? undefined : toEpochMs(at, `replylint: ${where}.at`),
    agentId: agentId as string | undefined,
    index,
    source: turn as unknown as Turn,
  })
  turnCache.set(turn, { normalized, at, agentId, keys: Object.keys(turn).length })
  return normalized
}

/**
 * Whether a cached turn still describes the caller's turn object: chat tools
 * edit turns in place (a corrected message, a late timestamp), and a turn that
 * gained a field must be validated again. A Date is compared by its time, as
 * it can change without being replaced.
 */
export function isFresh(cached: CachedTurn, turn: Record<string, unknown>, index: number): boolean {
  const { normalized } = cached
  return (
    normalized.index === index &&
    normalized.text === turn.text &&
    normalized.role === turn.role &&
    cached.at === turn.at &&
    (!(turn.at instanceof Date) || turn.at.getTime() === normalized.at) &&
    cached.agentId === turn.agentId &&
    Object.keys(turn).length === cached.keys
  )
}

/**
 * What the customer wrote in one chat, lower-cased. Chats come back from the chat
 * cache as the same frozen array while unchanged, so this is computed once per
 * chat, not per keystroke. Bound: a WeakMap entry lives as long as the chat array.
 */
const customerTextByChat = new WeakMap<readonly NormalizedTurn[], string>()

function customerTextOfChat(chat: readonly NormalizedTurn[]): string {
  let text = customerTextByChat.get(chat)
  if (text === undefined) {
    const parts: string[] = []
    for (const turn of chat) if (turn.role === 'customer') parts.push(turn.text)
    text = parts.join('\n').toLowerCase()
    customerTextByChat.set(chat, text)
  }
  return text
}

/** Everything the customer wrote in this chat and earlier ones, and the customer fields, lower-cased. */
export function customerTextOf(context: NormalizedContext): string {
  const parts: string[] = []
  for (const chat of context.previousChats) parts.push(customerTextOfChat(chat))
  parts.push(customerTextOfChat(context.transcript))
  for (const value of Object.values(context.customer)) parts.push(value.toLowerCase())
  return parts.join('\n')
}
