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
