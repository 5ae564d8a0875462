/**
 * Dictionaries arrive as strings, Node Buffers, plain Uint8Arrays (what `fetch`
 * gives a browser) or ArrayBuffers. nspell misreads a plain Uint8Array (it
 * treats it as a list of numbers, so `correct('the')` is false), so every form
 * is decoded to a string here, once per linter.
 */
import { ReplylintConfigError, describeValue } from './options.js'
import type { DictionaryData, DictionaryLoader } from './types.js'

export interface DictionaryText {
  readonly aff: string
  readonly dic: string
}

export async function resolveDictionary(source: DictionaryData | DictionaryLoader): Promise<DictionaryText> {
  let data: unknown = source
  if (typeof source === 'function') {
    try {
      data = await source()
    } catch (error) {
      throw new ReplylintConfigError(`replylint: the dictionary loader failed: ${(error as Error)?.message ?? String(error)}`)
    }
  }
  if (typeof data !== 'object' || data === null) {
    throw new ReplylintConfigError(`replylint: dictionary must be {aff, dic} or a function returning it, got ${describeValue(data)}`)
  }
  const { aff, dic } = data as Record<string, unknown>
  return Object.freeze({ aff: dictionaryText(aff, 'aff'), dic: dictionaryText(dic, 'dic') })
}

const decoder = new TextDecoder('utf-8')

export function dictionaryText(value: unknown, field: 'aff' | 'dic'): string {
  let text: string | undefined
  if (typeof value === 'string') text = value
  else if (value instanceof Uint8Array) text = decoder.decode(value)
  else if (value instanceof ArrayBuffer) text = decoder.decode(new Uint8Array(value))
  else if (ArrayBuffer.isView(value)) text = decoder.decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))
  if (text === undefined) {
    throw new ReplylintConfigError(
      `replylint: dictionary.${field} must be a string, Uint8Array or ArrayBuffer, got ${describeValue(value)}`,
    )
  }
  if (text.trim().length === 0) throw new ReplylintConfigError(`replylint: dictionary.${field} is empty`)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** A hunspell dictionary's two files as bytes, as `loadDictionary` returns them. */
export interface DictionaryBytes {
  readonly aff: Uint8Array
  readonly dic: Uint8Array
}

/**
 * Fetch a hunspell dictionary's .aff and .dic (in an extension:
 * `chrome.runtime.getURL('dictionaries/en/index.aff')`) as bytes, both at once.
 * Pass the result, or `() => loadDictionary(...)` so it is fetched only when a
 * rule needs it, as `createLinter({ dictionary })`.
 */
export async function loadDictionary(
  affUrl: string | URL,
  dicUrl: string | URL,
  init: { fetch?: typeof fetch; signal?: AbortSignal } = {},
): Promise<DictionaryBytes> {
  const fetchFn = init.fetch ?? globalThis.fetch
  if (typeof fetchFn !== 'function') {
    throw new ReplylintConfigError('replylint: loadDictionary needs fetch (pass init.fetch where there is no global fetch)')
  }
  const [aff, dic] = await Promise.all([
    fetchBytes(fetchFn, affUrl, 'aff', init.signal),
    fetchBytes(fetchFn, dicUrl, 'dic', init.signal),
  ])
  return Object.freeze({ aff, dic })
}

async function fetchBytes(fetchFn: typeof fetch, url: unknown, field: 'aff' | 'dic', signal?: AbortSignal): Promise<Uint8Array> {
  if (typeof url !== 'string' && !(url instanceof URL)) {
    throw new ReplylintConfigError(`replylint: loadDictionary: the ${field} URL must be a string or URL, got ${describeValue(url)}`)
  }
  let response: Response
  try {
    response = await fetchFn(url, signal ? { signal } : {})
  } catch (error) {
    throw new ReplylintConfigError(
      `replylint: could not fetch the dictionary ${field} file ${String(url)}: ${(error as Error)?.message ?? String(error)}`,
    )
  }
  if (!response.ok) {
    throw new ReplylintConfigError(`replylint: could not fetch the dictionary ${field} file ${String(url)}: HTTP ${response.status}`)
  }
  return new Uint8Array(await response.arrayBuffer())
}
