/**
 * End-to-end tests of the CLI through main(argv, io): every input format,
 * position mapping, output format, config source, suppression, exit code and
 * fix path, on fixture files (read-only) and on temp copies (for --fix).
 */
import { chmodSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main as runMain } from '../../src/cli/main.js'
import { buildConfigSchema } from '../../src/cli/schema.js'
import { registry } from '../../rules/index.js'
import { captureIo, thxFixed, thxLinter } from './helpers/io.js'

const FIXTURES = resolve(import.meta.dirname, 'fixtures')

/**
 * These tests are about the CLI's mechanics (formats, positions, exit codes), so
 * they pin the rule set: every rule off but no-all-caps, whatever the registry
 * holds as rules are added.
 */
const CAPS_ONLY = registry.filter((r) => r.meta.id !== 'no-all-caps').flatMap((r) => ['--rule', `${r.meta.id}:off`])
const main: typeof runMain = (argv, io) => runMain([...argv, ...CAPS_ONLY], io)
const temps: string[] = []

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-cli-'))
  temps.push(dir)
  return dir
}

afterEach(() => {
  for (const dir of temps.splice(0)) {
    try {
      chmodSync(dir, 0o755)
    } catch {}
    rmSync(dir, { recursive: true, force: true })
  }
})

interface JsonReport {
  filePath: string
  messages: Array<{ ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; entry?: string; actual?: string; fixable: boolean }>
  errorCount: number
  warningCount: number
  fatal?: { message: string; line?: number; column?: number }
  output?: string
  fixed?: number
}

async function runJson(args: string[], cwd = FIXTURES, extra: Parameters<typeof captureIo>[1] = {}) {
  const cap = captureIo(cwd, extra)
  const code = await main([...args, '-f', 'json', '--no-config-lookup'], cap.io)
  return { code, reports: JSON.parse(cap.stdout() || '[]') as JsonReport[], stderr: cap.stderr() }
}

/** [line, column, actual, entry] of each message. */
function where(report: JsonReport | undefined) {
  return report!.messages.map((m) => [m.line, m.column, m.actual, m.entry])
}

describe('inputs and positions', () => {
  it('maps messages in a Zendesk export to the file line and column, escape-aware, with the macro title', async () => {
    const { code, reports } = await runJson(['zendesk.json'])
    expect(code).toBe(0)
    // \n\n before "Your parcel" and \u00e9 / \" before "CLOSED" do not shift the line; columns count source characters.
    expect(where(reports[0])).toEqual([
      [8, 120, 'NOT', '#101 "Late delivery"'],
      [21, 82, 'CLOSED', '#103 "Accents"'],
    ])
    const line21 = readFileSync(join(FIXTURES, 'zendesk.json'), 'utf8').split('\n')[20]!
    expect(line21.slice(81, 87)).toBe('CLOSED')
  })

  it('skips the HTML twin of comment_value and honours a per-entry "replylint.disable"', async () => {
    const { reports } = await runJson(['zendesk.json'])
    expect(reports[0]!.messages.some((m) => m.entry === '#102 "Quiet one"')).toBe(false)
    expect(reports[0]!.messages.filter((m) => m.actual === 'NOT')).toHaveLength(1)
  })

  it('reads Intercom macros (body_text over body; HTML body stripped when alone) and Gorgias macros', async () => {
    const { reports } = await runJson(['intercom.json', 'gorgias.json'])
    expect(where(reports[0])).toEqual([
      [9, 72, 'READY', '#9001 "Order status"'],
      [15, 26, 'VERY', '#9002 "HTML only"'],
    ])
    expect(where(reports[1])).toEqual([[13, 38, 'SHIPPED', '#23453 "Where is my order"']])
  })

  it('maps YAML folded, literal and double-quoted scalars back to their source lines', async () => {
    const { reports } = await runJson(['replies.yaml'])
    expect(where(reports[0])).toEqual([
      [4, 13, 'NEVER', '"Folded"'],
      [5, 24, 'ALWAYS', '"Folded"'],
      [9, 20, 'ALWAYS', '"Literal"'],
      [11, 29, 'NOW', '"Double quoted"'],
    ])
  })

  it('reads a CSV column by name, with "" escapes counted as two source characters', async () => {
    const { reports } = await runJson(['replies.csv', '--column', 'body'])
    expect(where(reports[0])).toEqual([[2, 30, 'THRILLED', '"Welcome"']])
    const { reports: byNumber } = await runJson(['replies.csv', '--column', '3'])
    expect(where(byNumber[0])).toEqual([[2, 30, 'THRILLED', '"Welcome"']])
  })

  it('treats Markdown syntax as not prose: code blocks and link targets are skipped, link text is linted', async () => {
    const { reports } = await runJson(['reply.md'])
    expect(where(reports[0])).toEqual([
      [1, 7, 'MUST', undefined],
      [3, 14, 'NEVER', undefined],
      [11, 13, 'NOT', undefined],
    ])
  })

  it('lints arrays of strings with escapes: \\n does not move the line, \\u00e9 is six columns', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.json'), '["Do NOT \\u00e9\\n do THAT PLEASE", "fine"]')
    const { reports } = await runJson(['a.json'], dir)
    expect(where(reports[0])).toEqual([
      [1, 6, 'NOT', '[0]'],
      [1, 22, 'THAT PLEASE', '[0]'],
    ])
  })

  it('reads stdin for "-" and for piped input, with --stdin-filename choosing the format', async () => {
    const piped = await runJson([], FIXTURES, { stdinText: 'Please do NOT refresh.' })
    expect(piped.reports[0]!.filePath).toBe('<stdin>')
    expect(where(piped.reports[0])).toEqual([[1, 11, 'NOT', undefined]])
    const named = await runJson(['-', '--stdin-filename', 'macros.json'], FIXTURES, { stdinText: '[{"title": "T", "text": "Do NOT"}]' })
    expect(named.reports[0]!.filePath).toBe('macros.json')
    expect(where(named.reports[0])).toEqual([[1, 29, 'NOT', '"T"']])
  })

  it('walks directories and globs, skipping ignored files', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'a/drafts'), { recursive: true })
    mkdirSync(join(dir, 'node_modules/x'), { recursive: true })
    for (const path of ['a/one.txt', 'a/two.md', 'a/drafts/three.txt', 'node_modules/x/four.txt', 'a/skip.png']) writeFileSync(join(dir, path), 'Do NOT do it.')
    writeFileSync(join(dir, 'package.json'), '{"name": "x", "description": "Do NOT lint"}')
    const all = await runJson(['.'], dir)
    expect(all.reports.map((r) => r.filePath)).toEqual(['a/drafts/three.txt', 'a/one.txt', 'a/two.md'])
    const ignored = await runJson(['.', '--ignore-pattern', 'a/drafts'], dir)
    expect(ignored.reports.map((r) => r.filePath)).toEqual(['a/one.txt', 'a/two.md'])
    const globbed = await runJson(['a/**/*.txt'], dir)
    expect(globbed.reports.map((r) => r.filePath)).toEqual(['a/drafts/three.txt', 'a/one.txt'])
  })
})

describe('suppression comments', () => {
  it('disable/enable, disable-line and disable-next-line in text and Markdown', async () => {
    const { reports } = await runJson(['suppress.txt', 'reply.md'])
    expect(where(reports[0])).toEqual([
      [1, 13, 'FINE', undefined],
      [5, 13, 'CHECKED', undefined],
    ])
    // reply.md line 10 ("EXEMPT") is under a disable-next-line comment.
    expect(reports[1]!.messages.map((m) => m.line)).toEqual([1, 3, 11])
  })

  it('a directive naming another rule does not hide this one', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'r.txt'), '<!-- replylint-disable-next-line spelling -->\nDo NOT.')
    const { reports } = await runJson(['r.txt'], dir)
    expect(where(reports[0])).toEqual([[2, 4, 'NOT', undefined]])
  })
})

describe('output formats', () => {
  it('stylish: grouped by file, no colour without a TTY, colour with FORCE_COLOR, none with NO_COLOR', async () => {
    const plain = captureIo(FIXTURES)
    expect(await main(['suppress.txt', '--no-config-lookup'], plain.io)).toBe(0)
    expect(plain.stdout()).toContain('suppress.txt\n  1:13     warning  “FINE” is in capitals')
    expect(plain.stdout()).toContain('✖ 2 problems (0 errors, 2 warnings)')
    expect(plain.stdout()).not.toContain('\u001b[')
    const forced = captureIo(FIXTURES, { env: { FORCE_COLOR: '1' } })
    await main(['suppress.txt', '--no-config-lookup'], forced.io)
    expect(forced.stdout()).toContain('\u001b[33mwarning')
    const tty = captureIo(FIXTURES, { env: { NO_COLOR: '1' }, tty: true })
    await main(['suppress.txt', '--no-config-lookup'], tty.io)
    expect(tty.stdout()).not.toContain('\u001b[')
  })

  it('compact: one line per problem', async () => {
    const cap = captureIo(FIXTURES)
    await main(['replies.csv', '-f', 'compact', '--no-config-lookup'], cap.io)
    expect(cap.stdout()).toBe(
      'replies.csv: line 2, col 30, Warning - “THRILLED” is in capitals, which reads as shouting in chat (no-all-caps) ["Welcome"]\n\n1 problem\n',
    )
  })

  it('github: workflow commands with file, range and title, properties escaped', async () => {
    const cap = captureIo(FIXTURES)
    await main(['replies.csv', 'malformed.json', '-f', 'github', '--no-config-lookup'], cap.io)
    expect(cap.stdout().split('\n')).toEqual([
      '::warning file=replies.csv,line=2,col=30,endLine=2,endColumn=38,title=no-all-caps (practice 6)::“THRILLED” is in capitals, which reads as shouting in chat ["Welcome"]',
      `::error file=malformed.json,line=4,col=5,title=replylint::malformed JSON: expected ',' or ']', found "{"`,
      '',
    ])
  })

  it('sarif: 2.1.0 with every registry rule (helpUri, practice) and results at file positions', async () => {
    const cap = captureIo(FIXTURES)
    await main(['replies.csv', '-f', 'sarif', '--no-config-lookup'], cap.io)
    const log = JSON.parse(cap.stdout())
    expect(log.version).toBe('2.1.0')
    const run = log.runs[0]
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(registry.map((r) => r.meta.id))
    const caps = run.tool.driver.rules.find((r: { id: string }) => r.id === 'no-all-caps')
    expect(caps.helpUri).toBe(registry.find((r) => r.meta.id === 'no-all-caps')!.meta.docs)
    expect(caps.properties.practice).toBe(6)
    expect(run.results).toEqual([
      {
        ruleId: 'no-all-caps',
        ruleIndex: registry.findIndex((r) => r.meta.id === 'no-all-caps'),
        level: 'warning',
        message: { text: '“THRILLED” is in capitals, which reads as shouting in chat ["Welcome"]' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'replies.csv', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 30, endLine: 2, endColumn: 38 } } }],
        properties: { practice: 6, entry: '"Welcome"' },
      },
    ])
    expect(run.invocations[0].executionSuccessful).toBe(true)
  })

  it('shows progress on stderr only when stderr is a TTY and the run is long', async () => {
    const dir = tempDir()
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `r${i}.txt`), 'fine')
    const tty = captureIo(dir)
    tty.io.stderr.isTTY = true
    await main(['.', '--no-config-lookup'], tty.io)
    expect(tty.stderr()).toMatch(/^\rreplylint: 0\/60 files.*\r\u001b\[K$/s)
    const piped = captureIo(dir)
    await main(['.', '--no-config-lookup'], piped.io)
    expect(piped.stderr()).toBe('')
  })

  it('--output-file writes the report to a file', async () => {
    const dir = tempDir()
    const cap = captureIo(FIXTURES)
    await main(['replies.csv', '-f', 'sarif', '-o', join(dir, 'out.sarif'), '--no-config-lookup'], cap.io)
    expect(cap.stdout()).toBe('')
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs[0].results).toHaveLength(1)
  })
})

describe('exit codes', () => {
  it('0 for warnings only, 1 with an error-severity rule, 1 above --max-warnings, 0 within it', async () => {
    expect((await runJson(['replies.yaml'])).code).toBe(0)
    expect((await runJson(['replies.yaml', '--rule', 'no-all-caps:error'])).code).toBe(1)
    expect((await runJson(['replies.yaml', '--max-warnings', '3'])).code).toBe(1)
    expect((await runJson(['replies.yaml', '--max-warnings', '4'])).code).toBe(0)
    expect((await runJson(['clean.txt', '--max-warnings', '0'])).code).toBe(0)
  })

  it('--quiet reports errors only', async () => {
    const { reports, code } = await runJson(['replies.yaml', '--quiet'])
    expect(code).toBe(0)
    expect(reports[0]!.messages).toEqual([])
  })

  it('2 for malformed JSON, reported with file and position, while other files are still linted', async () => {
    const { code, reports } = await runJson(['malformed.json', 'replies.csv'])
    expect(code).toBe(2)
    expect(reports[0]!.fatal).toEqual({ message: `malformed JSON: expected ',' or ']', found "{"`, line: 4, column: 5 })
    expect(reports[1]!.messages).toHaveLength(1)
  })

  it('2 for a missing file, a non-UTF-8 file, malformed YAML and an unknown option', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x4e, 0x4f, 0x57]))
    writeFileSync(join(dir, 'bad.yaml'), 'a: [1, 2\nb: "x')
    writeFileSync(join(dir, 'ok.txt'), 'Do NOT go.')
    const { code, reports } = await runJson(['missing.txt', 'latin1.txt', 'bad.yaml', 'ok.txt'], dir)
    expect(code).toBe(2)
    expect(reports.map((r) => [r.filePath, r.fatal?.message.split(';')[0]])).toEqual([
      ['missing.txt', 'no such file or directory'],
      ['latin1.txt', 'is not valid UTF-8 (first invalid byte at offset 3)'],
      ['bad.yaml', expect.stringMatching(/^malformed YAML/)],
      ['ok.txt', undefined],
    ])
    expect(reports[3]!.messages).toHaveLength(1)
    const cap = captureIo(dir)
    expect(await main(['--frobnicate'], cap.io)).toBe(2)
    expect(cap.stderr()).toContain("Unknown option '--frobnicate'")
  })

  it('--help and --version exit 0', async () => {
    const help = captureIo(FIXTURES)
    expect(await main(['--help'], help.io)).toBe(0)
    expect(help.stdout()).toContain('Usage: replylint')
    const version = captureIo(FIXTURES)
    expect(await main(['--version'], version.io)).toBe(0)
    expect(version.stdout()).toBe(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')).version + '\n')
  })
})

describe('config', () => {
  it('finds replylint.config.json upward, .replylintrc.json and a package.json "replylint" key', async () => {
    for (const [name, body] of [
      ['replylint.config.json', { rules: { 'no-all-caps': 'error' } }],
      ['.replylintrc.json', { rules: { 'no-all-caps': 'error' } }],
      ['package.json', { name: 'x', replylint: { rules: { 'no-all-caps': 'error' } } }],
    ] as const) {
      const dir = tempDir()
      writeFileSync(join(dir, name), JSON.stringify(body))
      mkdirSync(join(dir, 'deep/er'), { recursive: true })
      writeFileSync(join(dir, 'deep/er/r.txt'), 'Do NOT go.')
      const cap = captureIo(join(dir, 'deep/er'))
      expect(await main(['r.txt', '-f', 'compact'], cap.io), name).toBe(1)
      expect(cap.stdout()).toContain('Error - “NOT”')
    }
  })

  it('--config, then --preset and --rule on top', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'custom.json'), JSON.stringify({ rules: { 'no-all-caps': 'off' } }))
    writeFileSync(join(dir, 'r.txt'), 'Do NOT go.')
    const off = captureIo(dir)
    expect(await main(['r.txt', '-c', 'custom.json', '-f', 'compact'], off.io)).toBe(0)
    expect(off.stdout()).toBe('')
    const on = captureIo(dir)
    expect(await main(['r.txt', '-c', 'custom.json', '--rule', 'no-all-caps:error', '-f', 'compact'], on.io)).toBe(1)
  })

  it('ignorePatterns in the config are relative to it', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ ignorePatterns: ['old/**'] }))
    mkdirSync(join(dir, 'old'))
    writeFileSync(join(dir, 'old/r.txt'), 'Do NOT go.')
    writeFileSync(join(dir, 'r.txt'), 'Do NOT go.')
    const cap = captureIo(dir)
    await main(['.', '-f', 'compact'], cap.io)
    expect(cap.stdout()).toContain('r.txt: line 1')
    expect(cap.stdout()).not.toContain('old/')
  })

  it('untrusted config: unknown keys, unknown rules, bad severities and __proto__ are errors naming the file; nothing is polluted', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{"rulez": {}}', /unknown key "rulez"/],
      ['{"rules": {"no-such-rule": "warn"}}', /unknown rule "no-such-rule"/],
      ['{"rules": {"no-all-caps": "loud"}}', /severity must be "off", "info", "warn" or "error", got "loud"/],
      ['{"__proto__": {"polluted": true}}', /unknown key "__proto__"/],
      ['{"rules": {"__proto__": "warn"}}', /unknown rule "__proto__"/],
      ['{"rules": {"no-all-caps": ["warn", {"__proto__": {"polluted": true}}]}}', /unknown option "__proto__"/],
      ['{"preset": "all",}', /:1:18: malformed JSON/],
    ]
    for (const [body, expected] of cases) {
      const dir = tempDir()
      writeFileSync(join(dir, 'replylint.config.json'), body)
      writeFileSync(join(dir, 'r.txt'), 'ok')
      const cap = captureIo(dir)
      expect(await main(['r.txt'], cap.io), body).toBe(2)
      expect(cap.stderr(), body).toMatch(expected)
      expect(cap.stderr(), body).toContain('replylint.config.json')
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('the shipped JSON Schema matches the rule registry (run `npm run schema` after adding a rule)', () => {
    const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/cli/replylint.schema.json'), 'utf8'))
    expect(shipped).toEqual(buildConfigSchema(registry))
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'))
    expect(pkg.exports['./schema.json']).toBe('./src/cli/replylint.schema.json')
    expect(pkg.files).toContain('src/cli/replylint.schema.json')
  })
})

describe('--transcript', () => {
  it('passes the conversation as context to every draft', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'chat.json'), JSON.stringify([{ role: 'customer', text: 'My order is 12345' }]))
    writeFileSync(join(dir, 'draft.txt'), 'Could you send your order number?')
    const linter = thxLinter()
    const cap = captureIo(dir, { createLinter: async () => linter })
    expect(await main(['draft.txt', '--transcript', 'chat.json'], cap.io)).toBe(0)
    expect(linter.calls.at(-1)).toEqual({ text: 'Could you send your order number?', context: { transcript: [{ role: 'customer', text: 'My order is 12345' }] } })
  })

  it('a bad turn is a usage error naming the turn', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'chat.json'), JSON.stringify([{ role: 'robot', text: 'hi' }]))
    writeFileSync(join(dir, 'draft.txt'), 'Hello')
    const cap = captureIo(dir)
    expect(await main(['draft.txt', '--transcript', 'chat.json'], cap.io)).toBe(2)
    expect(cap.stderr()).toMatch(/--transcript chat\.json: .*transcript\[0\].*role/)
  })
})

describe('--fix', () => {
  async function fix(dir: string, args: string[], severity: 'error' | 'warning' = 'warning') {
    const cap = captureIo(dir, { createLinter: async () => thxLinter(severity) })
    const code = await main([...args, '--no-config-lookup', '-f', 'json'], cap.io)
    return { code, reports: JSON.parse(cap.stdout()) as JsonReport[], stderr: cap.stderr() }
  }

  it('plain text: keeps CRLF line endings, the BOM and the file mode', async () => {
    const dir = tempDir()
    const original = '\ufeffthx for waiting.\r\nThx again, THX!\r\n'
    writeFileSync(join(dir, 'r.txt'), original)
    chmodSync(join(dir, 'r.txt'), 0o640)
    const { code, reports } = await fix(dir, ['r.txt', '--fix'])
    expect(code).toBe(0)
    expect(reports[0]!.fixed).toBe(3)
    expect(reports[0]!.messages).toEqual([])
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe('\ufeffthanks for waiting.\r\nThanks again, Thanks!\r\n')
    expect(statSync(join(dir, 'r.txt')).mode & 0o777).toBe(0o640)
  })

  it('JSON: only the fixed characters change; escapes, spacing and key order stay byte for byte', async () => {
    const dir = tempDir()
    const original = '{ "macros" : [ {"title":"A \\"q\\"", "actions":[{"field":"comment_value","value":"Caf\\u00e9\\n\\nthx \\u0074hx, \\"thx\\"\\ttab"}]} ],\n\t"count":1 }\n'
    writeFileSync(join(dir, 'm.json'), original)
    const { code } = await fix(dir, ['m.json', '--fix'])
    expect(code).toBe(0)
    expect(readFileSync(join(dir, 'm.json'), 'utf8')).toBe(
      '{ "macros" : [ {"title":"A \\"q\\"", "actions":[{"field":"comment_value","value":"Caf\\u00e9\\n\\nthanks thanks, \\"thanks\\"\\ttab"}]} ],\n\t"count":1 }\n',
    )
  })

  it('YAML: plain, quoted and block scalars fixed in place, comments and layout kept', async () => {
    const dir = tempDir()
    const original = '# keep me\n- title: A\n  text: thx for waiting   # note\n- title: B\n  text: "Say thx"\n- title: C\n  text: |\n    line one\n    thx again\n'
    writeFileSync(join(dir, 'r.yaml'), original)
    const { code } = await fix(dir, ['r.yaml', '--fix'])
    expect(code).toBe(0)
    expect(readFileSync(join(dir, 'r.yaml'), 'utf8')).toBe(thxFixed(original))
  })

  it('JSON and YAML with a BOM and CRLF endings keep both', async () => {
    const dir = tempDir()
    const json = '\ufeff{\r\n  "macros": [\r\n    {"title": "A", "actions": [{"field": "comment_value", "value": "thx\\r\\nthx"}]}\r\n  ]\r\n}\r\n'
    const yaml = '\ufeff- title: A\r\n  text: >-\r\n    folded thx\r\n    and thx\r\n'
    writeFileSync(join(dir, 'm.json'), json)
    writeFileSync(join(dir, 'r.yaml'), yaml)
    const { code } = await fix(dir, ['m.json', 'r.yaml', '--fix'])
    expect(code).toBe(0)
    expect(readFileSync(join(dir, 'm.json'), 'utf8')).toBe(json.replace('"thx\\r\\nthx"', '"thanks\\r\\nthanks"'))
    expect(readFileSync(join(dir, 'r.yaml'), 'utf8')).toBe(thxFixed(yaml))
  })

  it('a suppression comment inside a JSON string holds for that response', async () => {
    const dir = tempDir()
    const json = JSON.stringify([{ title: 'A', text: '<!-- replylint-disable-next-line -->\nthx here\nthx there' }])
    writeFileSync(join(dir, 'm.json'), json)
    const { reports } = await fix(dir, ['m.json'])
    // Only "thx there" (the second line of the response) is reported; the JSON file is one line.
    expect(reports[0]!.messages.map((m) => [m.line, m.column])).toEqual([[1, 71]])
    expect(json.slice(70, 79)).toBe('thx there')
  })

  it('Markdown and HTML: fixes land in prose, never in link targets or tags', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'r.md'), '# thx\n\nSee [thx page](https://x.example/thx) thx.\n\n```\nthx in code\n```\n')
    writeFileSync(join(dir, 'h.json'), JSON.stringify([{ name: 'H', body: '<p class="thx">thx &amp; bye</p>' }]))
    await fix(dir, ['r.md', 'h.json', '--fix'])
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe('# thanks\n\nSee [thanks page](https://x.example/thx) thanks.\n\n```\nthx in code\n```\n')
    expect(readFileSync(join(dir, 'h.json'), 'utf8')).toBe(JSON.stringify([{ name: 'H', body: '<p class="thx">thanks &amp; bye</p>' }]))
  })

  it('CSV: quoted and bare fields fixed in place', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'r.csv'), 'title,text\r\nA,"He said ""thx"", ok"\r\nB,thx\r\n')
    await fix(dir, ['r.csv', '--fix'])
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toBe('title,text\r\nA,"He said ""thanks"", ok"\r\nB,thanks\r\n')
  })

  it('a replacement that the string syntax cannot hold in place is left unfixed; JSON re-escapes it', async () => {
    const dir = tempDir()
    const linter = thxLinter()
    const tricky: typeof linter = {
      ...linter,
      lint(text, context) {
        const result = linter.lint(text, context)
        for (const m of result.messages) m.fix = { range: m.fix!.range, text: 'say: "hi"\n' }
        return result
      },
    }
    const yaml = '- title: A\n  text: thx plain\n'
    writeFileSync(join(dir, 'r.yaml'), yaml)
    writeFileSync(join(dir, 'r.json'), '["thx"]')
    const cap = captureIo(dir, { createLinter: async () => tricky })
    expect(await main(['r.yaml', 'r.json', '--fix', '--no-config-lookup', '-f', 'json'], cap.io)).toBe(0)
    expect(readFileSync(join(dir, 'r.yaml'), 'utf8')).toBe(yaml)
    const [yamlReport] = JSON.parse(cap.stdout()) as JsonReport[]
    expect(yamlReport!.messages.map((m) => m.fixable)).toEqual([false])
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe('["say: \\"hi\\"\\n"]')
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).toEqual(['say: "hi"\n'])
  })

  it('--fix-dry-run writes nothing and reports the output it would write', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'r.txt'), 'thx!')
    const { reports } = await fix(dir, ['r.txt', '--fix-dry-run'])
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe('thx!')
    expect(reports[0]!.output).toBe('thanks!')
    expect(reports[0]!.fixed).toBe(1)
  })

  it('a read-only file is reported and left alone while the others are fixed', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'locked.txt'), 'thx')
    writeFileSync(join(dir, 'open.txt'), 'thx')
    chmodSync(join(dir, 'locked.txt'), 0o444)
    const { code, reports } = await fix(dir, ['locked.txt', 'open.txt', '--fix'])
    expect(code).toBe(2)
    expect(reports[0]!.fatal).toEqual({ message: 'is read-only; not fixed' })
    expect(readFileSync(join(dir, 'locked.txt'), 'utf8')).toBe('thx')
    expect(readFileSync(join(dir, 'open.txt'), 'utf8')).toBe('thanks')
  })

  it('a directory walk includes linked files once, never follows linked directories, and survives a link loop', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'real'))
    mkdirSync(join(dir, 'd'))
    writeFileSync(join(dir, 'real/a.txt'), 'thx')
    writeFileSync(join(dir, 'd/b.txt'), 'thx')
    symlinkSync('../real/a.txt', join(dir, 'd/link.txt'))
    symlinkSync('../d/b.txt', join(dir, 'd/same.txt'))
    symlinkSync('..', join(dir, 'd/loop'))
    const { code, reports } = await fix(dir, ['d', '--fix'])
    expect(code).toBe(0)
    expect(reports.map((r) => r.filePath)).toEqual(['d/b.txt', 'd/link.txt'])
    expect(readFileSync(join(dir, 'real/a.txt'), 'utf8')).toBe('thanks')
    expect(readFileSync(join(dir, 'd/b.txt'), 'utf8')).toBe('thanks')
    expect(lstatSync(join(dir, 'd/same.txt')).isSymbolicLink()).toBe(true)
  })

  it('a symlink stays a symlink; its target gets the fix', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'target.txt'), 'thx')
    symlinkSync('target.txt', join(dir, 'link.txt'))
    await fix(dir, ['link.txt', '--fix'])
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(dir, 'link.txt'))).toBe('target.txt')
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe('thanks')
  })

  it('a file that is not UTF-8 is reported and untouched; the rest are fixed', async () => {
    const dir = tempDir()
    const latin1 = Buffer.from([0x74, 0x68, 0x78, 0x20, 0xe9])
    writeFileSync(join(dir, 'a.txt'), latin1)
    writeFileSync(join(dir, 'b.txt'), 'thx')
    const { code, reports } = await fix(dir, ['a.txt', 'b.txt', '--fix'])
    expect(code).toBe(2)
    expect(reports[0]!.fatal!.message).toMatch(/not valid UTF-8/)
    expect(readFileSync(join(dir, 'a.txt'))).toEqual(latin1)
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('thanks')
  })

  it('stdin with --fix reports the fixed text instead of writing anywhere', async () => {
    const cap = captureIo(FIXTURES, { createLinter: async () => thxLinter(), stdinText: 'ok thx' })
    await main(['--fix', '-f', 'json', '--no-config-lookup'], cap.io)
    expect(JSON.parse(cap.stdout())[0].output).toBe('ok thanks')
  })

  it('leaves no temp files behind', async () => {
    const dir = tempDir()
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `r${i}.txt`), 'thx')
    await fix(dir, ['.', '--fix'])
    const { readdirSync } = await import('node:fs')
    expect(readdirSync(dir).sort()).toEqual(['r0.txt', 'r1.txt', 'r2.txt', 'r3.txt', 'r4.txt'])
  })
})

// Keep fixtures honest: tests above copy, never write, into FIXTURES.
it('fixtures are never written', () => {
  expect(() => copyFileSync(join(FIXTURES, 'clean.txt'), join(tempDir(), 'x.txt'))).not.toThrow()
})
