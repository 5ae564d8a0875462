/**
 * `replylint/client`: an async facade over a linter running in a Web Worker
 * (or behind any message channel, such as an extension port).
 *
 * - The page stays responsive: building the linter, loading the dictionary and
 *   every lint happen in the worker.
 * - Keystrokes coalesce: at most one lint is in flight; of the drafts typed
 *   meanwhile only the newest is linted next, the stale ones resolve to `null`.
 * - The conversation facts live in the worker: `setContext` once, `addTurns`
 *   as messages arrive; each lint sends only the draft.
 */
import type { LintContext, LintResult, Turn } from '../types.js'
import type { LintRequest, LintResponse, RemoteLinterOptions } from './protocol.js'

export type { LintRequest, LintResponse, RemoteLinterOptions } from './protocol.js'

/** Anything that carries requests to a lint service and its responses back. */
export interface LintChannel {
  postMessage(request: LintRequest): void
  /** Register the function that receives every response. */
  onResponse(listener: (response: LintResponse) => void): void
  /** Register the function told when the other side is gone for good (the worker script failed to load or crashed). */
  onFailure?(listener: (error: Error) => void): void
  /** Release the channel (terminate the worker, disconnect the port). */
  close?(): void
}

/** What a lint resolved with, plus timing. */
export interface TimedLintResult {
  result: LintResult
  /** Time spent inside the worker's lint(). */
  workerMs: number
  /** From the lintAsync call to the result arriving back. */
  roundTripMs: number
}

export interface LintClient {
  /** Resolves once the linter is built (dictionary loaded) with its rules; rejects on a bad config. */
  readonly ready: Promise<Array<{ id: string; severity: 'info' | 'warn' | 'error' }>>
  /**
   * Lint a draft in the worker. Resolves with the result, or with `null` when a
   * newer draft was passed before this one was sent (the stale draft is never linted).
   */
  lintAsync(draft: string): Promise<LintResult | null>
  /** As lintAsync, with timings. */
  lintTimed(draft: string): Promise<TimedLintResult | null>
  /** The draft with every safe fix applied. Never coalesced. */
  fixAsync(draft: string): Promise<string>
  /** Replace the conversation the worker keeps (transcript, customer fields, action …). */
  setContext(context: LintContext | undefined): void
  /** Append turns to the kept transcript. */
  addTurns(...turns: Turn[]): void
  /** Rebuild the linter with new options (rules switched, team words added). */
  configure(options: RemoteLinterOptions): Promise<Array<{ id: string; severity: 'info' | 'warn' | 'error' }>>
  close(): void
}

interface WorkerLike {
  postMessage(message: unknown): void
  addEventListener(type: 'message' | 'error', listener: (event: MessageEvent & ErrorEvent) => void): void
  terminate?(): void
}

/** Wrap a Worker (or a MessagePort) as a LintChannel. */
export function workerChannel(worker: WorkerLike): LintChannel {
  return {
    postMessage: (request) => worker.postMessage(request),
    onResponse: (listener) => worker.addEventListener('message', (event) => listener(event.data as LintResponse)),
    // An error event reaching the Worker object means its script failed to load or threw at the top level.
    onFailure: (listener) =>
      worker.addEventListener('error', (event) => listener(new Error(`replylint worker failed: ${event.message || 'the script did not load'}`))),
    close: () => worker.terminate?.(),
  }
}

interface Waiting<T> {
  resolve(value: T): void
  reject(error: Error): void
}

interface PendingLint extends Waiting<TimedLintResult | null> {
  draft: string
  calledAt: number
}

/**
 * A client over `target` (a Worker started from `replylint/worker`, or any
 * LintChannel), configured with `options`. Relative dictionary URLs are resolved
 * against the page, since the worker's base URL differs.
 */
export function createLintClient(target: WorkerLike | LintChannel, options: RemoteLinterOptions = {}): LintClient {
  const channel: LintChannel = 'onResponse' in target ? target : workerChannel(target)
  let nextId = 1
  const waiting = new Map<number, Waiting<unknown>>()
  let inFlight: (PendingLint & { id: number }) | undefined
  let pending: PendingLint | undefined
  let closed = false
  /** Set when the channel failed: every later call rejects with it. */
  let failure: Error | undefined

  const send = (request: LintRequest) => {
    if (failure) throw failure
    if (closed) throw new Error('replylint client: closed')
    channel.postMessage(request)
  }

  const request = <T>(build: (id: number) => LintRequest): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject })
      send(build(id))
    })

  const pump = () => {
    if (inFlight || !pending || closed) return
    const id = nextId++
    inFlight = { ...pending, id }
    pending = undefined
    send({ type: 'lint', id, draft: inFlight.draft })
  }

  channel.onResponse((response) => {
    if (inFlight && response.id === inFlight.id) {
      const done = inFlight
      inFlight = undefined
      if (response.type === 'result') {
        done.resolve({ result: response.result, workerMs: response.ms, roundTripMs: performance.now() - done.calledAt })
      } else if (response.type === 'error') {
        done.reject(remoteError(response))
      }
      pump()
      return
    }
    const id = response.id
    const waiter = id === null ? undefined : waiting.get(id)
    if (!waiter || id === null) {
      if (response.type === 'error') console.error(`replylint worker: ${response.message}`)
      return
    }
    waiting.delete(id)
    if (response.type === 'error') waiter.reject(remoteError(response))
    else if (response.type === 'configured') waiter.resolve(response.rules)
    else if (response.type === 'fixed') waiter.resolve(response.text)
  })

  channel.onFailure?.((error) => {
    failure = error
    inFlight?.reject(error)
    pending?.reject(error)
    inFlight = pending = undefined
    for (const waiter of waiting.values()) waiter.reject(error)
    waiting.clear()
  })

  const configure = (next: RemoteLinterOptions) =>
    request<Array<{ id: string; severity: 'info' | 'warn' | 'error' }>>((id) => ({
      type: 'configure',
      id,
      options: withAbsoluteUrls(next),
    }))

  const ready = configure(options)
  // A bad config surfaces through `ready` and every lint; no unhandled rejection for callers who only lint.
  ready.catch(() => {})

  const lintTimed = (draft: string): Promise<TimedLintResult | null> => {
    if (typeof draft !== 'string') return Promise.reject(new TypeError('replylint client: lintAsync() expects the draft as a string'))
    if (failure) return Promise.reject(failure)
    if (closed) return Promise.reject(new Error('replylint client: closed'))
    pending?.resolve(null)
    return new Promise((resolve, reject) => {
      pending = { draft, calledAt: performance.now(), resolve, reject }
      pump()
    })
  }

  return {
    ready,
    lintTimed,
    lintAsync: (draft) => lintTimed(draft).then((timed) => timed && timed.result),
    fixAsync: (draft) => request<string>((id) => ({ type: 'fix', id, draft })),
    setContext: (context) => send({ type: 'context', context: context ?? null }),
    addTurns: (...turns) => send({ type: 'turns', turns }),
    configure,
    close() {
      if (closed) return
      closed = true
      const error = new Error('replylint client: closed')
      pending?.resolve(null)
      inFlight?.resolve(null)
      pending = inFlight = undefined
      for (const waiter of waiting.values()) waiter.reject(error)
      waiting.clear()
      channel.close?.()
    },
  }
}

function remoteError(response: { name: string; message: string }): Error {
  const error = new Error(response.message)
  error.name = response.name
  return error
}

function withAbsoluteUrls(options: RemoteLinterOptions): RemoteLinterOptions {
  const base = (globalThis as { location?: { href: string } }).location?.href
  if (!options.dictionaryUrls || base === undefined) return options
  return {
    ...options,
    dictionaryUrls: {
      aff: new URL(options.dictionaryUrls.aff, base).href,
      dic: new URL(options.dictionaryUrls.dic, base).href,
    },
  }
}
