import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { noAllCapsPlugin, noSarcasmPlugin } from '../../rules/index.js'
import noAllCaps from '../../rules/no-all-caps/index.js'
import noSarcasm from '../../rules/no-sarcasm/index.js'

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
