import { describe, expect, it } from 'vitest'
import { createLinter, ReplylintConfigError, ruleRegistry } from '../../src/node.js'
import { presetSeverity } from '../../src/config.js'

describe('config', () => {
  it('recommended runs each rule at its own default severity', async () => {
    const linter = await createLinter()
    for (const { id, severity } of linter.rules) expect(severity).toBe(ruleRegistry.get(id)!.meta.severity)
    const off = [...ruleRegistry.values()].filter((r) => r.meta.severity === 'off').map((r) => r.meta.id)
    for (const id of off) expect(linter.rules.map((r) => r.id)).not.toContain(id)
  })

  it('strict raises warnings to errors; all turns every rule on', async () => {
    const strict = await createLinter({ preset: 'strict' })
    for (const { id, severity } of strict.rules) expect(severity).toBe(presetSeverity('strict', ruleRegistry.get(id)!))
    expect(strict.rules.find((r) => r.id === 'no-all-caps')?.severity).toBe('error')
    const all = await createLinter({ preset: 'all' })
    expect(all.rules.map((r) => r.id).sort()).toEqual([...ruleRegistry.keys()].sort())
  })

  it('a rule setting overrides the preset, with options', async () => {
    const linter = await createLinter({ rules: { 'no-all-caps': ['error', { allow: ['NOW'] }] } })
    expect(linter.rules.find((r) => r.id === 'no-all-caps')?.severity).toBe('error')
    expect(linter.lint('Do it NOW please.').messages).toEqual([])
    const result = linter.lint('Do NOT wait.')
    expect(result.errorCount).toBe(1)
    expect(result.messages[0]!.severity).toBe('error')
  })

  it('turning a rule off removes it', async () => {
    const linter = await createLinter({ rules: { 'no-all-caps': 'off' } })
    expect(linter.rules.map((r) => r.id)).not.toContain('no-all-caps')
  })

  it.each([
    [{ rules: { 'no-such-rule': 'warn' } }, /unknown rule "no-such-rule"; known rules: .*no-all-caps/],
    [{ rules: { 'no-all-caps': 'loud' } }, 'replylint: rule "no-all-caps": severity must be "off", "info", "warn" or "error", got "loud"'],
    [{ rules: { 'no-all-caps': ['warn', { allow: 'NOW' }] } }, 'replylint: rule "no-all-caps": option "allow" must be an array of at most 100000 strings, got "NOW"'],
    [{ rules: { 'no-all-caps': ['warn', { shout: true }] } }, 'replylint: rule "no-all-caps": unknown option "shout"; expected one of "allow"'],
    [{ preset: 'lenient' }, 'replylint: preset must be one of "recommended", "strict", "all", got "lenient"'],
    [{ words: 'acme' }, 'replylint: words must be an array of at most 100000 strings, got "acme"'],
    [{ colour: true }, 'replylint: unknown option "colour"; expected preset, rules, words or dictionary'],
    ['strict', 'replylint: options must be an object, got "strict"'],
  ])('rejects %j with a message naming the problem', async (options, message) => {
    const attempt = createLinter(options as never)
    await expect(attempt).rejects.toThrow(ReplylintConfigError)
    await expect(attempt).rejects.toThrow(message)
  })

  it('__proto__ and constructor keys in a JSON config pollute nothing', async () => {
    const config = JSON.parse('{"rules": {"__proto__": {"polluted": 1}}, "__proto__": {"polluted": 2}}')
    await expect(createLinter(config)).rejects.toThrow(ReplylintConfigError)
    const options = JSON.parse('{"rules": {"no-all-caps": ["warn", {"__proto__": {"polluted": 3}}]}}')
    await expect(createLinter(options)).rejects.toThrow(/unknown option "__proto__"/)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})
