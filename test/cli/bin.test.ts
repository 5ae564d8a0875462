/**
 * The built executable as a whole process (dist/src/cli/bin.js, built once
 * here), and the never-lose-a-byte guarantees of --fix: a run killed with
 * SIGKILL leaves every file either old or new, and a 50 MB export is fixed
 * with every other byte kept.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, watch, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { captureIo, thxFixed, thxLinter } from './helpers/io.js'

const ROOT = resolve(import.meta.dirname, '../..')
const BIN = join(ROOT, 'dist/src/cli/bin.js')
const FIXTURES = join(import.meta.dirname, 'fixtures')
const temps: string[] = []

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-bin-'))
  temps.push(dir)
  return dir
}

/** Newest modification time of the .ts sources under `dir`. */
function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

beforeAll(() => {
  // `npm ci` builds dist (prepare); rebuild only when a source is newer, so other test files never see half-written output.
  const built = statSync(BIN, { throwIfNoEntry: false })?.mtimeMs ?? 0
  if (built < Math.max(newestSource(join(ROOT, 'src')), newestSource(join(ROOT, 'rules')))) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.json')], { stdio: 'inherit' })
  }
}, 120_000)

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

function cli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('bin.js', () => {
  it('starts with a shebang', () => {
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('--version and --help', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' })
    expect(cli(['--help']).stdout).toContain('--max-warnings')
  })

  it('npm start: the bundled examples lint with warnings and exit 0', () => {
    const { code, stdout } = cli(['examples/canned-responses'])
    expect(code).toBe(0)
    expect(stdout).toContain('examples/canned-responses/zendesk-macros.json')
    expect(stdout).toMatch(/AUTOMATICALLY.*\(#360002 "Account locked"\)/)
    expect(stdout).not.toContain('Holiday hours')
    expect(stdout).toMatch(/✖ \d+ problems? \(0 errors, \d+ warnings?\)/)
  })

  it('reads piped stdin and prints SARIF that parses', () => {
    const { code, stdout } = cli(['-f', 'sarif', '--no-config-lookup'], { input: 'Please do NOT refresh.' })
    expect(code).toBe(0)
    const log = JSON.parse(stdout)
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 11, endLine: 1, endColumn: 14 })
  })

  it('exit 1 on errors, 2 on malformed input with the other files linted', () => {
    expect(cli(['test/cli/fixtures/suppress.txt', '--rule', 'no-all-caps:error', '--no-config-lookup']).code).toBe(1)
    const bad = cli(['test/cli/fixtures/malformed.json', 'test/cli/fixtures/suppress.txt', '-f', 'compact', '--no-config-lookup'])
    expect(bad.code).toBe(2)
    expect(bad.stdout).toContain("test/cli/fixtures/malformed.json: line 4, col 5, Error - malformed JSON: expected ',' or ']'")
    expect(bad.stdout).toContain('test/cli/fixtures/suppress.txt: line 1, col 13, Warning')
  })

  it('exit 2 with a clear message for a bad flag value', () => {
    const { code, stderr } = cli(['-f', 'xml', 'x.txt'])
    expect(code).toBe(2)
    expect(stderr).toContain('--format must be one of stylish, compact, json, sarif, github, got "xml"')
  })
})

describe('--fix never loses a byte', () => {
  it('SIGKILL in the middle of fixing 300 files leaves each file either old or new', async () => {
    const dir = tempDir()
    const originals = new Map<string, string>()
    const paragraph = 'Hi there, thx for waiting. I checked the order and it ships today. Thx again! '
    for (let i = 0; i < 300; i++) {
      const name = `reply-${String(i).padStart(3, '0')}.txt`
      // ~120 KB each so writes take real time; CRLF so line endings are checked too.
      const text = `${i}\r\n` + (paragraph + '\r\n').repeat(1500)
      originals.set(name, text)
      writeFileSync(join(dir, name), text)
    }
    const child = spawn(process.execPath, [join(import.meta.dirname, 'helpers/fix-process.mjs'), '.', '--fix', '--no-config-lookup', '-f', 'compact'], {
      cwd: dir,
      stdio: 'ignore',
    })
    let renames = 0
    const watcher = watch(dir, (_event, name) => {
      if (name && originals.has(name) && ++renames === 40) child.kill('SIGKILL')
    })
    const [code, signal] = await new Promise<[number | null, string | null]>((done) => child.on('exit', (c, s) => done([c, s])))
    watcher.close()
    expect(signal).toBe('SIGKILL')
    expect(code).toBeNull()

    let fixed = 0
    let untouched = 0
    for (const [name, old] of originals) {
      const now = readFileSync(join(dir, name), 'utf8')
      if (now === old) untouched++
      else {
        expect(now, name).toBe(thxFixed(old))
        fixed++
      }
    }
    // The kill landed mid-run: some files done, some not, none in between.
    expect(fixed).toBeGreaterThan(0)
    expect(untouched).toBeGreaterThan(0)

    // A second run finishes the job; a temp file the kill may have left is never linted.
    const rerun = spawnSync(process.execPath, [join(import.meta.dirname, 'helpers/fix-process.mjs'), '.', '--fix', '--no-config-lookup', '-f', 'json'], { cwd: dir, encoding: 'utf8' })
    expect(rerun.status).toBe(0)
    const reports = JSON.parse(rerun.stdout) as Array<{ filePath: string }>
    expect(reports.every((r) => r.filePath.startsWith('reply-') && r.filePath.endsWith('.txt'))).toBe(true)
    for (const [name, old] of originals) expect(readFileSync(join(dir, name), 'utf8') === thxFixed(old), name).toBe(true)
    const leftovers = readdirSync(dir).filter((name) => !originals.has(name))
    expect(leftovers.every((name) => /^\.reply-\d{3}\.txt\.replylint-\d+-[0-9a-f]{8}\.tmp$/.test(name))).toBe(true)
  }, 120_000)

  it('a 50 MB Zendesk export is fixed with every other byte kept', async () => {
    const dir = tempDir()
    const macros: string[] = []
    let size = 0
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const value = `Hi {{ticket.requester.first_name}},\\n\\n thx for your message about order ${i}. Caf\\u00e9 \\"Z\\" is open; Thx!`.repeat(4)
      const macro = `    {"id": ${i}, "title": "Macro ${i}", "actions": [{"field": "comment_value", "value": "${value}"}]}`
      macros.push(macro)
      size += macro.length + 2
    }
    const original = `{\n  "macros": [\n${macros.join(',\n')}\n  ]\n}\n`
    writeFileSync(join(dir, 'export.json'), original)
    const cap = captureIo(dir, { createLinter: async () => thxLinter() })
    const code = await main(['export.json', '--fix', '--no-config-lookup', '-f', 'compact'], cap.io)
    expect(code).toBe(0)
    expect(cap.stdout()).toBe('')
    const after = readFileSync(join(dir, 'export.json'), 'utf8')
    expect(after === thxFixed(original)).toBe(true)
  }, 300_000)
})
