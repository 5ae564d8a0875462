/**
 * A multimap from string keys to entry numbers, kept in typed arrays and built
 * from precomputed key hashes. The speller's two suggestion indexes (frequent
 * words by their one-letter deletions, dictionary stems by consonant
 * skeleton) have 30,000-50,000 keys; as a Map of arrays they cost a string and
 * an array per key and a tenth of the cold start. Here a build is two passes
 * over the entries. A lookup yields the entries whose key hash matches, in the
 * order they were added; the caller confirms the key itself, so a hash
 * collision never changes a result.
 */
export class HashBuckets {
  readonly #mask: number
  /** Entries of bucket b: order[starts[b]] … order[starts[b + 1] - 1]. */
  readonly #starts: Int32Array
  readonly #order: Int32Array
  readonly #hashes: Uint32Array

  /** `hashes[i]`: the key hash of entry i (for i < count). */
  constructor(hashes: Uint32Array, count: number) {
    let size = 1024
    while (size < count) size *= 2
    this.#mask = size - 1
    this.#hashes = hashes
    const starts = new Int32Array(size + 1)
    for (let i = 0; i < count; i++) starts[(hashes[i]! & this.#mask) + 1]!++
    for (let b = 0; b < size; b++) starts[b + 1]! += starts[b]!
    const fill = starts.slice(0, size)
    const order = new Int32Array(count)
    for (let i = 0; i < count; i++) order[fill[hashes[i]! & this.#mask]!++] = i
    this.#starts = starts
    this.#order = order
  }

  /** Calls `visit` with each entry whose key hash is `hash`, in insertion order, until it returns false. */
  forEach(hash: number, visit: (entry: number) => boolean): void {
    const bucket = hash & this.#mask
    for (let at = this.#starts[bucket]!, end = this.#starts[bucket + 1]!; at < end; at++) {
      const entry = this.#order[at]!
      if (this.#hashes[entry] === hash && visit(entry) === false) return
    }
  }
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** FNV-1a over UTF-16 code units, optionally skipping one position (for deletion keys without the string). */
export function hashString(text: string, skip = -1): number {
  let hash = FNV_OFFSET
  for (let i = 0; i < text.length; i++) {
    if (i !== skip) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME)
  }
  return hash >>> 0
}

/** The same hash over char codes already collected in an array. */
export function hashCodes(codes: readonly number[]): number {
  let hash = FNV_OFFSET
  for (let i = 0; i < codes.length; i++) hash = Math.imul(hash ^ codes[i]!, FNV_PRIME)
  return hash >>> 0
}
