import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { noAllCapsPlugin } from '../../rules/index.js'

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

  it('takes team words in its options and validates the rest', () => {
    const processor = unified().use(retextEnglish).use(noAllCapsPlugin, { words: ['ACME'] } as never)
    expect(processor.runSync(processor.parse('ACME ROCKETS'), 'ACME ROCKETS')).toBeTruthy()
    expect(() => unified().use(retextEnglish).use(noAllCapsPlugin, { allow: 3 } as never).freeze()).toThrow(
      'replylint: rule "no-all-caps": option "allow" must be an array of at most 100000 strings, got number 3',
    )
  })
})
