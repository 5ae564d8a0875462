/**
 * The shape every structured input (JSON, YAML, CSV) is read into: a plain
 * tree whose strings know where they sit in the file, so entries can be found
 * the same way in every format and a fix can be written back in place.
 */
import type { MappedText } from '../mapped.js'

export interface StringSource {
  /** The decoded string, mapped to offsets in the file text. */
  mapped: MappedText
  /** Re-encode replacement text for this string's syntax; undefined when it cannot be written in place. */
  encode(text: string): string | undefined
}

export type SourceNode =
  | { kind: 'object'; entries: Array<[string, SourceNode]>; offset: number }
  | { kind: 'array'; items: SourceNode[]; offset: number }
  | { kind: 'string'; value: string; offset: number; source: () => StringSource }
  | { kind: 'scalar'; value: number | boolean | null; offset: number }

/** A file that cannot be read as its format says: the message names the place. */
export class InputError extends Error {
  override name = 'InputError'
  constructor(
    message: string,
    /** Offset in the file text, when the problem has a place. */
    readonly offset?: number,
  ) {
    super(message)
  }
}

export function objectGet(node: SourceNode, key: string): SourceNode | undefined {
  if (node.kind !== 'object') return undefined
  for (const [k, v] of node.entries) if (k === key) return v
  return undefined
}

/** Compute once, on first use (most strings never need their source map). */
export function memo<T>(compute: () => T): () => T {
  let value: T | undefined
  return () => (value ??= compute())
}
