/**
 * Text with a map back to where each code unit came from. Every layer between a
 * file and the linter (JSON/YAML/CSV string escapes, Markdown and HTML markup)
 * produces one of these, so a message on the prose lands on the real file
 * line and column, and a fix can be written back as a minimal source edit.
 */

export interface MappedText {
  /** The text handed to the next layer. */
  readonly text: string
  /**
   * Offset in the layer below of each code unit of `text`, plus one entry for
   * `text.length` (the end). Code unit i came from [map[i], map[i+1]) below
   * when it is editable. Null means identity.
   */
  readonly map: Int32Array | null
  /** 1 where the code unit may be replaced by a fix (it is real text, not synthetic). Null: all editable. */
  readonly editable: Uint8Array | null
  /**
   * Compact alternative to `map` for text that is mostly copied as is (a JSON
   * string with a few escapes): pairs [textStart, belowStart], sorted, each
   * starting a run whose units map one to one. Used when `map` is null.
   */
  readonly runs?: Int32Array
}

export function identity(text: string): MappedText {
  return { text, map: null, editable: null }
}

export function offsetBelow(mapped: MappedText, offset: number): number {
  if (mapped.map) return mapped.map[offset]!
  const runs = mapped.runs
  if (!runs) return offset
  let low = 0
  let high = runs.length / 2 - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (runs[mid * 2]! <= offset) low = mid
    else high = mid - 1
  }
  return runs[low * 2 + 1]! + (offset - runs[low * 2]!)
}

/** Whether every code unit in [start, end) may be replaced. */
export function isEditable(mapped: MappedText, start: number, end: number): boolean {
  if (!mapped.editable) return true
  for (let i = start; i < end; i++) if (mapped.editable[i] !== 1) return false
  return true
}

/**
 * Builds a MappedText by appending runs copied from the layer below and
 * synthetic text (a newline standing for a paragraph tag, a decoded entity).
 */
export class MappedBuilder {
  #parts: string[] = []
  #map: number[] = []
  #editable: number[] = []
  #identity = true
  #length = 0

  constructor(private readonly below: string) {}

  /** Copy below[start, end) as editable text. */
  copy(start: number, end: number): void {
    if (end <= start) return
    if (this.#identity && start !== this.#length) this.#identity = false
    this.#parts.push(this.below.slice(start, end))
    for (let i = start; i < end; i++) {
      this.#map.push(i)
      this.#editable.push(1)
    }
    this.#length += end - start
  }

  /** Append `text` standing for below[start, end); not editable. */
  synthetic(text: string, start: number, end: number): void {
    this.#identity = false
    this.#parts.push(text)
    for (let i = 0; i < text.length; i++) {
      this.#map.push(i === 0 ? start : end)
      this.#editable.push(0)
    }
    this.#length += text.length
  }

  finish(end: number): MappedText {
    const text = this.#parts.join('')
    if (this.#identity && end === text.length && text === this.below) return identity(text)
    this.#map.push(end)
    return { text, map: Int32Array.from(this.#map), editable: Uint8Array.from(this.#editable) }
  }
}

/** 1-based line and column (UTF-16 units) of offsets in a text; CRLF, LF and lone CR end lines. */
export class LineIndex {
  readonly #starts: number[] = [0]

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10) this.#starts.push(i + 1)
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.#starts.push(i + 1)
      }
    }
  }

  point(offset: number): { line: number; column: number } {
    let low = 0
    let high = this.#starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.#starts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - this.#starts[low]! + 1 }
  }

  line(offset: number): number {
    return this.point(offset).line
  }
}
