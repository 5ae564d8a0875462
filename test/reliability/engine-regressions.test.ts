/**
 * Engine bugs the reliability work found, each pinned by the smallest input
 * that showed it.
 */
import { emoticonModifier } from 'nlcst-emoticon-modifier'
import { ParseEnglish } from 'parse-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { beforeAll, describe, expect, it } from 'vitest'
import { normalizeContext } from '../../src/context.js'
import { DRAFT_DATA_KEY, createDraft, lineIndex } from '../../src/draft.js'
import { resolveRules } from '../../src/config.js'
import { resolveDictionary } from '../../src/dictionary.js'
import { ENV_DATA_KEY } from '../../src/rule.js'
import { emojiModifier } from '../../src/emoji.js'
import type { Linter } from '../../src/linter.js'
import { shapeMessages } from '../../src/message.js'
import { createLinter } from '../../src/node.js'
import { PARSE_SEGMENT_MAX, parseBounded, segmentEnd } from '../../src/parse.js'
import { ruleRegistry } from '../../src/linter.js'
import type { Turn } from '../../src/types.js'

let linter: Linter
beforeAll(async () => {
  linter = await createLinter({ preset: 'all' })
})

describe('the linter collects reports without vfile messages', () => {
  it('gives the same messages as running every rule as a plugin on the same tree', async () => {
    const enabled = resolveRules(ruleRegistry, { preset: 'all' })
    const dictionary = await resolveDictionary((await import('dictionary-en')).default)
    let processor = unified().data(ENV_DATA_KEY as never, { words: new Set(), dictionary } as never)
    for (const { rule, options } of enabled) processor = processor.use(rule.plugin as never, options as never) as never
    const parser = new ParseEnglish()
    parser.tokenizeSentencePlugins.unshift(emoticonModifier as never, emojiModifier as never)
    const byId = new Map(enabled.map((r) => [r.rule.meta.id, r]))
    const drafts = [
      'Thanks for waiting, Jane! lol u r gr8 :) ;-) XD 😂😂 wow!!!! hahaha teh recieve PLEASE DO NOT REFRESH. '.repeat(400),
      'Hi, thx 4 ur patience!! I will fix this 100% guaranteed, no pun intended haha. brb\n',
    ]
    for (const text of drafts) {
      const draft = createDraft(text, undefined)
      const file = new VFile({ value: text, data: { [DRAFT_DATA_KEY]: draft } })
      processor.runSync(parseBounded(parser, draft.masked, draft.lines) as never, file)
      expect(file.messages.length).toBeGreaterThan(5)
      const viaPlugins = shapeMessages(file.messages, draft, byId)
      expect(linter.lint(text)).toEqual(viaPlugins)
    }
  })
})

describe('long drafts are parsed in bounded segments', () => {
  // parse-latin spread a 100k-symbol word into one call: RangeError (stack overflow).
  it.each([
    ['a@', 'email-like run'],
    ['a.', 'dotted run'],
    ['a-', 'hyphen run'],
    ["a'", 'apostrophe run'],
  ])('lints 200 KB of %s (%s) without throwing (a bare parse overflows the stack)', (unit) => {
    const text = unit.repeat(100_000)
    expect(() => linter.lint(text)).not.toThrow()
  })

  it('keeps offsets, lines and columns exact after a segment boundary', () => {
    const filler = 'We checked the order and it ships today.\n'.repeat(Math.ceil((PARSE_SEGMENT_MAX * 2.5) / 41))
    const text = filler + 'Please do NOT refresh the page.'
    const messages = linter.lint(text).messages.filter((m) => m.ruleId === 'no-all-caps')
    const offset = text.lastIndexOf('NOT')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({
      offset,
      endOffset: offset + 3,
      line: filler.split('\n').length,
      column: 'Please do '.length + 1,
    })
  })

  it('gives every node a position true to the draft, cutting at line breaks, then spaces, never inside a surrogate pair', () => {
    const parser = new ParseEnglish()
    const lines = 'ab\r\ncd😂 '.repeat(3000) // > 2 segments, CRLF line breaks
    const tree = parseBounded(parser, lines, lineIndex(lines))
    const index = lineIndex(lines)
    const stack: Array<{ position?: { start: { offset?: number; line: number; column: number } }; children?: unknown[] }> = [
      tree as never,
    ]
    let checked = 0
    let covered = ''
    while (stack.length > 0) {
      const node = stack.pop()!
      const start = node.position!.start
      const expected = index.point(start.offset!)
      expect([start.line, start.column]).toEqual([expected.line, expected.column])
      checked++
      if ((node as { value?: string }).value !== undefined) covered += (node as { value: string }).value
      if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as never)
    }
    expect(checked).toBeGreaterThan(10_000)
    expect(covered).toBe(lines) // the segments cover the draft exactly, in order

    const words = 'x'.repeat(PARSE_SEGMENT_MAX - 1) + '😂' + 'x'.repeat(10)
    expect(segmentEnd(words, 0)).toBe(PARSE_SEGMENT_MAX - 1)
    const spaced = 'word '.repeat(PARSE_SEGMENT_MAX)
    expect(spaced[segmentEnd(spaced, 0) - 1]).toBe(' ')
    const paragraphs = ('x'.repeat(100) + '\n\n' + 'y '.repeat(50)).repeat(100)
    expect(paragraphs.slice(segmentEnd(paragraphs, 0) - 2, segmentEnd(paragraphs, 0))).toBe('\n\n')
  })

  it('builds the same tree as parsing each segment and moving fresh copies of its positions', () => {
    // parseBounded shares one point object per offset (and a word's position with its text
    // node) to keep a long draft's tree small; the values must be exactly what a plain copy gives.
    const parser = new ParseEnglish()
    parser.tokenizeSentencePlugins.unshift(emoticonModifier as never, emojiModifier as never)
    const drafts = [
      'Thanks for waiting, Jane! lol u r gr8 :) ;-) XD 😂😂 wow!!!! a@b.co {{ first_name\r\n\r\rok '.repeat(800),
      'a. a\'a-a@'.repeat(6000),
      'e' + '\u0301'.repeat(3 * PARSE_SEGMENT_MAX),
    ]
    for (const text of drafts) {
      const index = lineIndex(text)
      const reference: unknown[] = []
      for (let start = 0; start < text.length; ) {
        const end = segmentEnd(text, start)
        const copy = structuredClone(parser.parse(text.slice(start, end)))
        const stack: Array<{ position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }> = [copy as never]
        while (stack.length > 0) {
          const node = stack.pop()!
          if (node.position) {
            node.position = { start: index.point(node.position.start.offset! + start), end: index.point(node.position.end.offset! + start) }
          }
          if (node.children) stack.push(...(node.children as never[]))
        }
        reference.push(...(copy as { children: unknown[] }).children)
        start = end
      }
      const tree = parseBounded(parser, text, index)
      expect(tree.children.length).toBeGreaterThan(0)
      expect(tree.children).toEqual(reference)
    }
  })
})

describe('the turn cache notices every edit to a turn', () => {
  it('re-reads `at` and `agentId` when the caller changes them in place', () => {
    const turn: Turn = { role: 'customer', text: 'hi', at: 1000, agentId: 'a1' }
    const context = { transcript: [turn] }
    expect(normalizeContext(context)!.transcript[0]).toMatchObject({ at: 1000, agentId: 'a1' })
    turn.at = 5000
    turn.agentId = 'a2'
    expect(normalizeContext(context)!.transcript[0]).toMatchObject({ at: 5000, agentId: 'a2' })
  })

  it('re-reads a Date changed in place', () => {
    const at = new Date(1000)
    const context = { transcript: [{ role: 'customer' as const, text: 'hi', at }] }
    expect(normalizeContext(context)!.transcript[0]!.at).toBe(1000)
    at.setTime(5000)
    expect(normalizeContext(context)!.transcript[0]!.at).toBe(5000)
  })

  it('validates a field added to a turn it has cached', () => {
    const turn = { role: 'customer', text: 'hi' } as Turn & Record<string, unknown>
    normalizeContext({ transcript: [turn] })
    turn.colour = 'red'
    expect(() => normalizeContext({ transcript: [turn] })).toThrow(/transcript\[0\] has an unknown field "colour"/)
  })
})

describe('fixes never edit masked syntax', () => {
  const fixable = [...ruleRegistry.values()][0]!
  const enabled = new Map([[fixable.meta.id, { rule: { ...fixable, meta: { ...fixable.meta, fixable: true } }, severity: 'warn' as const, options: {} }]])

  function shapedFix(text: string, range: [number, number]) {
    const draft = createDraft(text, undefined)
    const file = new VFile({ value: text })
    const message = file.message('x', { ruleId: fixable.meta.id }) as VFileMessage & Record<string, unknown>
    Object.assign(message, { offset: range[0], endOffset: range[1], fix: { range, text: '!' } })
    return shapeMessages([message], draft, enabled as never).messages[0]!.fix
  }

  it('drops an insertion inside a placeholder but keeps one at its edges', () => {
    const text = 'Hi {{first_name}} there'
    expect(shapedFix(text, [8, 8])).toBeUndefined()
    expect(shapedFix(text, [3, 3])).toEqual({ range: [3, 3], text: '!' })
    expect(shapedFix(text, [17, 17])).toEqual({ range: [17, 17], text: '!' })
    expect(shapedFix(text, [16, 18])).toBeUndefined()
  })
})
