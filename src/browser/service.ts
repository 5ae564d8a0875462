/**
 * The linter side of the worker protocol, independent of the transport: the
 * Web Worker entry wires it to `self`, an extension's service worker to a
 * chrome.runtime port. It keeps the conversation facts between lints so the
 * page sends the transcript once (and new turns as they arrive), not per key.
 */
import { loadDictionary } from '../dictionary.js'
import type { Linter } from '../linter.js'
import { createLinter } from '../index.js'
import type { LintContext, LinterOptions, Turn } from '../types.js'
import type { LintRequest, LintResponse, RemoteLinterOptions } from './protocol.js'

/** Linters shared by every service in this worker, by options; at most this many are kept. */
const MAX_SHARED_LINTERS = 4
const sharedLinters = new Map<string, Promise<Linter>>()

/** One linter per distinct options, shared across services (an extension has one service per tab). */
function linterFor(options: RemoteLinterOptions): Promise<Linter> {
  const { dictionaryUrls, ...rest } = options
  // Dictionary bytes are not part of the key (too large to stringify); options carrying them are not shared.
  const key = rest.dictionary === undefined ? JSON.stringify(options) : undefined
  const cached = key === undefined ? undefined : sharedLinters.get(key)
  if (cached) return cached
  const linterOptions: LinterOptions = { ...rest }
  if (rest.dictionary === undefined && dictionaryUrls !== undefined) {
    linterOptions.dictionary = () => loadDictionary(dictionaryUrls.aff, dictionaryUrls.dic)
  }
  const linter = createLinter(linterOptions)
  if (key !== undefined) {
    if (sharedLinters.size >= MAX_SHARED_LINTERS) sharedLinters.delete(sharedLinters.keys().next().value!)
    sharedLinters.set(key, linter)
    // A failed build is not cached: the next configure retries (e.g. after a network error).
    linter.catch(() => sharedLinters.delete(key))
  }
  return linter
}

export interface LintService {
  /** Handle one request; replies (if any) go to `reply`. Requests are processed in the order given. */
  handle(request: LintRequest, reply: (response: LintResponse) => void): void
}

export function createLintService(): LintService {
  let linter: Promise<Linter> | undefined
  let baseContext: LintContext | undefined
  let transcript: Turn[] = []
  /** The context handed to lint(): rebuilt only when the facts change, so turn caches stay warm. */
  let context: LintContext | undefined
  // Requests run strictly in order: a lint sent after a configure waits for it.
  let queue: Promise<void> = Promise.resolve()

  const contextChanged = () => {
    context = baseContext === undefined && transcript.length === 0 ? undefined : { ...baseContext, transcript }
  }

  const process = async (request: LintRequest, reply: (response: LintResponse) => void): Promise<void> => {
    switch (request.type) {
      case 'configure': {
        linter = linterFor(request.options)
        const ready = await linter
        reply({ type: 'configured', id: request.id, rules: ready.rules.map((rule) => ({ ...rule })) })
        return
      }
      case 'context': {
        const { transcript: turns, ...rest } = request.context ?? {}
        baseContext = request.context ? rest : undefined
        transcript = Array.isArray(turns) ? [...turns] : []
        contextChanged()
        return
      }
      case 'turns': {
        // A new array, so a lint already holding the old one is unaffected; turn objects are kept (cached facts).
        transcript = [...transcript, ...request.turns]
        contextChanged()
        return
      }
      case 'lint': {
        const ready = await requireLinter()
        const start = performance.now()
        const result = ready.lint(request.draft, context)
        reply({ type: 'result', id: request.id, result, ms: performance.now() - start })
        return
      }
      case 'fix': {
        const ready = await requireLinter()
        reply({ type: 'fixed', id: request.id, text: ready.fix(request.draft, context) })
        return
      }
      default:
        throw new TypeError(`replylint worker: unknown request type ${JSON.stringify((request as { type?: unknown }).type)}`)
    }
  }

  const requireLinter = (): Promise<Linter> => {
    if (!linter) throw new Error('replylint worker: send a "configure" request before linting')
    return linter
  }

  return {
    handle(request, reply) {
      queue = queue.then(() =>
        process(request, reply).catch((error: unknown) => {
          const failure = error instanceof Error ? error : new Error(String(error))
          const id = typeof (request as { id?: unknown }).id === 'number' ? (request as { id: number }).id : null
          reply({ type: 'error', id, name: failure.name, message: failure.message })
        }),
      )
    },
  }
}
