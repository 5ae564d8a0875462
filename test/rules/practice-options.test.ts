/**
 * Options of the practice rules are validated when the linter is built: a bad
 * value or an unknown key is an error naming the rule and the option.
 */
import { describe, expect, it } from 'vitest'
import { createLinter } from '../../src/node.js'

const bad: Array<[rule: string, options: Record<string, unknown>, error: RegExp]> = [
  ['prompt-reply', { maxWaitSeconds: 'thirty' }, /rule "prompt-reply".*option "maxWaitSeconds" must be a number >= 1/],
  ['prompt-reply', { acknowledgement: 3 }, /rule "prompt-reply".*option "acknowledgement" must be a string/],
  ['concise-reply', { maxWords: 2.5 }, /rule "concise-reply".*option "maxWords" must be an integer/],
  ['concise-reply', { maxSentences: 0 }, /rule "concise-reply".*option "maxSentences"/],
  ['max-concurrent-chats', { max: -1 }, /rule "max-concurrent-chats".*option "max"/],
  ['channel-switch', { maxMinutes: Number.NaN }, /rule "channel-switch".*option "maxMinutes"/],
  ['channel-switch', { maxTurns: 1.5 }, /rule "channel-switch".*option "maxTurns"/],
  ['channel-switch', { maxSteps: '6' }, /rule "channel-switch".*option "maxSteps"/],
  ['status-update', { strict: true }, /rule "status-update".*unknown option "strict"; this rule takes no options/],
  ['no-overpromise', { words: [] }, /rule "no-overpromise".*unknown option "words"/],
  ['transfer-notice', { requireReason: false }, /rule "transfer-notice".*unknown option "requireReason"/],
]

describe('practice rule options', () => {
  for (const [rule, options, error] of bad) {
    it(`${rule} rejects ${JSON.stringify(options)}`, async () => {
      await expect(createLinter({ rules: { [rule]: ['warn', options] } })).rejects.toThrow(error)
    })
  }
  it('accepts valid options', async () => {
    const linter = await createLinter({
      rules: {
        'prompt-reply': ['warn', { maxWaitSeconds: 45, acknowledgement: 'Sorry for the wait!' }],
        'concise-reply': ['warn', { maxWords: 80, maxSentences: 8 }],
        'max-concurrent-chats': ['warn', { max: 2 }],
        'channel-switch': ['info', { maxMinutes: 15, maxTurns: 20, maxSteps: 5 }],
      },
    })
    expect(linter.lint('Hello.', { agent: { activeChats: 3 } }).messages.map((m) => m.ruleId)).toEqual(['max-concurrent-chats'])
  })
  it('recommended preset: channel-switch is info, the others warn', async () => {
    const linter = await createLinter()
    const steps = Array.from({ length: 7 }, (_, i) => `${i + 1}. Step ${i + 1}.`).join('\n')
    const result = linter.lint(`${steps}\nOne moment please.`)
    const severities = Object.fromEntries(result.messages.map((m) => [m.ruleId, m.severity]))
    expect(severities['channel-switch']).toBe('info')
    expect(severities['status-update']).toBe('warning')
  })
})
