import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { noAllCapsPlugin, noSarcasmPlugin } from '../../rules/index.js'
import noAllCaps from '../../rules/no-all-caps/index.js'
import noSarcasm from '../../rules/no-sarcasm/index.js'
import { defineRule } from '../../src/rule.js'

describe('rules as retext plugins', () => {
  it('runs in a plain retext pipeline, with masks and options', async () => {
    const file = await unified()
      .use(retextEnglish)
      .use(noAllCapsPlugin, { allow: ['NEVER'] })
      .use(retextStringify)
      .process('Do NOT reply to {{TICKET.ID}}, and NEVER share it.')
    expect(file.messages.map((m) => [m.ruleId, m.actual, m.place])).toEqual([
      ['no-all-caps', 'NOT', { start: { line: 1, column: 4, offset: 3 }, end: { line: 1, column: 7, offset: 6 } }],
    ])
    expect(file.messages[0]!.source).toBe('replylint')
    expect(String(file)).toBe('Do NOT reply to {{TICKET.ID}}, and NEVER share it.')
  })

  it('loads its data on the first async run; runSync works once load() has resolved', async () => {
    const draft = 'Per my last message, the refund is on its way.'
    const processor = unified().use(retextEnglish).use(noSarcasmPlugin)
    // This file is the first use of no-sarcasm in this module graph: its lexicon is not loaded yet.
    expect(() => processor.runSync(processor.parse(draft), draft)).toThrow(/runSync.*run/)
    const file = await unified().use(retextEnglish).use(noSarcasmPlugin).use(retextStringify).process(draft)
    expect(file.messages.map((m) => [m.ruleId, m.place])).toEqual([
      ['no-sarcasm', { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 20, offset: 19 } }],
    ])
    await noSarcasm.load()
    const again = unified().use(retextEnglish).use(noSarcasmPlugin)
    const tree = again.parse(draft)
    const later = new VFile(draft)
    again.runSync(tree, later)
    expect(later.messages.map((m) => m.ruleId)).toEqual(['no-sarcasm'])
  })

  it('takes team words in its options and validates the rest', async () => {
    await noAllCaps.load()
    const processor = unified().use(retextEnglish).use(noAllCapsPlugin, { words: ['ACME'] } as never)
    expect(processor.runSync(processor.parse('ACME ROCKETS'), 'ACME ROCKETS')).toBeTruthy()
    expect(() => unified().use(retextEnglish).use(noAllCapsPlugin, { allow: 3 } as never).freeze()).toThrow(
      'replylint: rule "no-all-caps": option "allow" must be an array of at most 100000 strings, got number 3',
    )
  })
})

describe('defineRule load()', () => {
  const meta = {
    id: 'test-load',
    practice: 6,
    description: 'Reports every word in the loaded list.',
    category: 'tone',
    severity: 'warn',
    fixable: false,
    hasSuggestions: false,
    requires: [],
    options: {},
    docs: 'https://example.com/test-load',
  } as const

  it('loads once per process, retries after a failed load, and hands the data to setup', async () => {
    let calls = 0
    const rule = defineRule({
      meta,
      load: async () => {
        calls++
        if (calls === 1) throw new Error('chunk did not arrive')
        return { listed: ['refund'] }
      },
      setup: (_options, _env, data) => new Set(data.listed),
      create(context) {
        for (const word of context.words()) {
          if (context.state.has(word.value)) context.report({ start: word.start, end: word.end, message: `“${word.value}” is listed` })
        }
      },
    })
    await expect(rule.load()).rejects.toThrow('chunk did not arrive')
    await Promise.all([rule.load(), rule.load()])
    await rule.load()
    expect(calls).toBe(2)
    const processor = unified().use(retextEnglish).use(rule.plugin)
    const file = new VFile('Your refund is on its way.')
    processor.runSync(processor.parse(file), file)
    expect(file.messages.map((m) => [m.reason, m.place])).toEqual([
      ['“refund” is listed', { start: { line: 1, column: 6, offset: 5 }, end: { line: 1, column: 12, offset: 11 } }],
    ])
  })

  it('reports a failed load through the run that waits for it', async () => {
    const rule = defineRule({
      meta,
      load: () => Promise.reject(new Error('offline')),
      create() {},
    })
    await expect(unified().use(retextEnglish).use(rule.plugin).use(retextStringify).process('Hello there.')).rejects.toThrow('offline')
  })
})
