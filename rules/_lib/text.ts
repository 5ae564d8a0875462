/**
 * Text helpers shared by the practice rules (not a rule: not in the registry).
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
