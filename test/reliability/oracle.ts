/**
 * Independent checks of a lint result and of one fix pass, written from the
 * contract in DESIGN.md rather than from the engine's code.
 */
import { expect } from 'vitest'
import type { Mask } from '../../src/mask.js'
import type { LintFix, LintResult } from '../../src/types.js'

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** Whether `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))
}

/** 1-based line and column of every offset, counting \r\n, \r and \n as one break each. */
export function referencePoint(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i)
    if (code === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < offset) continue
    if (code === 10 || code === 13) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** Plain JSON data only: no undefined, functions, class instances, NaN or cycles. */
export function assertJsonSafe(value: unknown, path = 'result', seen = new Set<unknown>()): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`)
    return
  }
  if (typeof value !== 'object') throw new Error(`${path} is a ${typeof value}`)
  if (seen.has(value)) throw new Error(`${path} is a cycle`)
  seen.add(value)
  if (Array.isArray(value)) {
    value.forEach((item, i) => assertJsonSafe(item, `${path}[${i}]`, seen))
  } else {
    const proto: unknown = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) throw new Error(`${path} is not a plain object`)
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) throw new Error(`${path}.${key} is undefined`)
      assertJsonSafe(item, `${path}.${key}`, seen)
    }
  }
  seen.delete(value)
}

function checkRange(text: string, range: readonly [number, number], what: string): void {
  const [start, end] = range
  expect(Number.isInteger(start) && Number.isInteger(end), `${what}: integer offsets`).toBe(true)
  expect(0 <= start && start <= end && end <= text.length, `${what}: [${start}, ${end}) inside a draft of ${text.length}`).toBe(true)
  expect(splitsSurrogatePair(text, start), `${what}: start ${start} splits a surrogate pair`).toBe(false)
  expect(splitsSurrogatePair(text, end), `${what}: end ${end} splits a surrogate pair`).toBe(false)
}

/** Whether a fix replaces (not just touches) masked text. */
export function editsMask(masks: readonly Mask[], [start, end]: readonly [number, number]): boolean {
  return masks.some((mask) => (start === end ? mask.start < start && start < mask.end : start < mask.end && mask.start < end))
}

/** Everything DESIGN.md promises about one lint result. */
export function checkLintResult(text: string, result: LintResult, masks: readonly Mask[]): void {
  assertJsonSafe(result)
  expect(structuredClone(result)).toStrictEqual(result)
  expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result)

  const { messages } = result
  let errors = 0
  let warnings = 0
  let infos = 0
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i]!
    const where = `message ${i} (${m.ruleId})`
    if (i > 0) {
      const p = messages[i - 1]!
      const order = p.offset - m.offset || p.endOffset - m.endOffset || (p.ruleId < m.ruleId ? -1 : p.ruleId > m.ruleId ? 1 : 0)
      expect(order <= 0, `${where} sorted after message ${i - 1}`).toBe(true)
    }
    expect(typeof m.message === 'string' && m.message.length > 0, `${where}: has a message`).toBe(true)
    checkRange(text, [m.offset, m.endOffset], where)
    const start = referencePoint(text, m.offset)
    const end = referencePoint(text, m.endOffset)
    expect({ line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn }, `${where}: line/column`).toEqual({
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    })
    if (m.fix) {
      checkRange(text, m.fix.range, `${where} fix`)
      expect(editsMask(masks, m.fix.range), `${where}: fix edits masked syntax`).toBe(false)
    }
    for (const [j, suggestion] of (m.suggestions ?? []).entries()) checkRange(text, suggestion.fix.range, `${where} suggestion ${j}`)
    if (m.severity === 'error') errors++
    else if (m.severity === 'warning') warnings++
    else if (m.severity === 'info') infos++
    else throw new Error(`${where}: severity ${String(m.severity)}`)
  }
  expect([result.errorCount, result.warningCount, result.infoCount]).toEqual([errors, warnings, infos])
}

/**
 * One fix pass, checked: `after` must be `before` with the chosen fixes applied
 * and nothing else changed. Fixes are chosen greedily by position; one that
 * overlaps an earlier chosen fix waits for the next pass. A replacement may
 * differ from the fix text only in the case of its first letter (a capital is
 * kept where the replaced text had one).
 */
export function checkFixPass(before: string, fixes: readonly LintFix[], after: string): void {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let cursorBefore = 0
  let cursorAfter = 0
  let lastEnd = -1
  for (const { range, text } of sorted) {
    const [start, end] = range
    if (start < lastEnd || (start === lastEnd && start === end)) continue
    const gap = before.slice(cursorBefore, start)
    expect(after.slice(cursorAfter, cursorAfter + gap.length), `text before the fix at ${start} unchanged`).toBe(gap)
    cursorAfter += gap.length
    const written = after.slice(cursorAfter, cursorAfter + text.length)
    expect(written.slice(1), `fix at ${start} writes its text`).toBe(text.slice(1))
    expect(written.charAt(0).toLowerCase(), `fix at ${start} writes its first letter`).toBe(text.charAt(0).toLowerCase())
    cursorAfter += text.length
    cursorBefore = end
    lastEnd = end
  }
  expect(after.slice(cursorAfter), 'text after the last fix unchanged').toBe(before.slice(cursorBefore))
}
