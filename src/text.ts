/**
 * Text helpers for rules: case-folding that keeps offsets, sentence lookup.
 */

/**
 * Lower-cases `text` and straightens curly apostrophes, keeping its length so
 * offsets into the result are offsets into the draft. The rare characters whose
 * lower case is longer ("İ") are kept as they are.
 */
export function scanCase(text: string): string {
  const lower = text.toLowerCase()
  const same = lower.length === text.length ? lower : sameLengthLower(text)
  return same.replace(/[\u2018\u2019]/g, "'")
}

function sameLengthLower(text: string): string {
  let out = ''
  for (const char of text) {
    const lower = char.toLowerCase()
    out += lower.length === char.length ? lower : char
  }
  return out
}

/** The sentence containing `offset` (binary search over sentences in order), if any. */
export function sentenceAt<S extends { start: number; end: number }>(sentences: readonly S[], offset: number): S | undefined {
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const mid = (low + high) >>> 1
    const sentence = sentences[mid]!
    if (offset < sentence.start) high = mid - 1
    else if (offset >= sentence.end) low = mid + 1
    else return sentence
  }
  return undefined
}

/** Whether `offset` falls between the two halves of a surrogate pair (a range must not start or end there). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false
  const high = text.charCodeAt(offset - 1)
  const low = text.charCodeAt(offset)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}
