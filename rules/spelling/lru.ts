/**
 * A least-recently-used map with a fixed capacity: the speller's suggestion
 * cache lives as long as the linter, so it must never grow with use.
 */
export class LruCache<K, V> {
  readonly #map = new Map<K, V>()

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`LruCache capacity must be a whole number >= 1, got ${capacity}`)
  }

  get size(): number {
    return this.#map.size
  }

  get(key: K): V | undefined {
    const value = this.#map.get(key)
    if (value === undefined) return undefined
    // Re-insert: a Map iterates in insertion order, so the oldest entry comes first.
    this.#map.delete(key)
    this.#map.set(key, value)
    return value
  }

  set(key: K, value: V): void {
    this.#map.delete(key)
    this.#map.set(key, value)
    if (this.#map.size > this.capacity) this.#map.delete(this.#map.keys().next().value as K)
  }
}
