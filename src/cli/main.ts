/**
 * The replylint command: lint canned responses in CI. `main(argv, io)` does
 * everything and returns the exit code, so tests call it directly; bin.ts is
 * the thin process wrapper.
 */
import { type Dirent, existsSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import picomatch from 'picomatch'
import { glob } from 'tinyglobby'
import { registry } from '../../rules/index.js'
import type { Linter } from '../linter.js'
import { createLinter as createNodeLinter } from '../node.js'
import { ReplylintConfigError } from '../options.js'
import type { LintContext, LinterOptions, RuleSetting } from '../types.js'
import { type CliConfig, ConfigFileError, type LoadedConfig, discoverConfig, loadConfigFile } from './config.js'
import { FileError, TEMP_FILE_PATTERN, decodeUtf8, readTextFile, writeTextFileAtomic } from './files.js'
import { FORMATS, type FileReport, type FormatName, format } from './formatters.js'
import { type FileFormat, LINTED_EXTENSIONS, formatOf, lintSource } from './lint-file.js'
import { LineIndex } from './mapped.js'
import { InputError } from './sources/tree.js'

export interface CliStream {
  write(text: string): unknown
  isTTY?: boolean
}

export interface CliIo {
  cwd: string
  env: Record<string, string | undefined>
  stdout: CliStream
  stderr: CliStream
  /** Standard input; `isTTY` false (or absent) with no files means "read stdin". */
  stdin?: { isTTY?: boolean; read(): Promise<Uint8Array> }
  /** How to build the linter (tests may pass their own). */
  createLinter?: (options: LinterOptions) => Promise<Linter>
}

const HELP = `Usage: replylint [options] [file|dir|glob|-]...

Lints canned responses (macros, saved replies, templates) for live chat.
Reads .txt .md .html (one response per file), .json .yaml .yml (helpdesk
exports: Zendesk, Intercom, Gorgias, arrays of strings or of {title, text}),
.csv (with --column). With no files and piped input, or with "-", reads stdin.

Options:
  -f, --format <name>        stylish (default), compact, json, sarif, github
  -o, --output-file <path>   write the report to a file instead of stdout
  -c, --config <path>        use this config file (no lookup)
      --no-config-lookup     ignore replylint.config.json / .replylintrc.json / package.json
      --preset <name>        recommended, strict or all
      --rule <id:severity>   set a rule, e.g. --rule no-all-caps:error (repeatable)
      --ignore-pattern <glob>  skip matching files (repeatable)
      --column <name|n>      CSV column holding the response text
      --transcript <file>    JSON conversation (array of turns, or a context object) to lint against
      --stdin-filename <name>  name (and so format) for text read from stdin
      --fix                  write safe fixes to the files (atomically)
      --fix-dry-run          compute fixes without writing them
      --max-warnings <n>     exit 1 when there are more than n warnings
      --quiet                report errors only
      --color, --no-color    force colours on or off (default: on a TTY, unless NO_COLOR)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or
too many warnings, 2 a usage, config or input error (other files still linted).
`

class UsageError extends Error {
  override name = 'UsageError'
}

interface Args {
  format: FormatName
  outputFile?: string
  config?: string
  configLookup: boolean
  preset?: LinterOptions['preset']
  rules: Array<[string, RuleSetting]>
  ignorePatterns: string[]
  column?: string
  transcript?: string
  stdinFilename?: string
  fix: boolean
  fixDryRun: boolean
  maxWarnings: number
  quiet: boolean
  color?: boolean
  help: boolean
  version: boolean
  patterns: string[]
}

function parseCli(argv: string[]): Args {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'no-config-lookup': { type: 'boolean' },
        preset: { type: 'string' },
        rule: { type: 'string', multiple: true },
        'ignore-pattern': { type: 'string', multiple: true },
        column: { type: 'string' },
        transcript: { type: 'string' },
        'stdin-filename': { type: 'string' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const v = parsed.values
  const formatName = v.format ?? 'stylish'
  if (!(FORMATS as readonly string[]).includes(formatName)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(formatName)}`)
  }
  const preset = v.preset
  if (preset !== undefined && preset !== 'recommended' && preset !== 'strict' && preset !== 'all') {
    throw new UsageError(`--preset must be recommended, strict or all, got ${JSON.stringify(preset)}`)
  }
  let maxWarnings = -1
  if (v['max-warnings'] !== undefined) {
    if (!/^[0-9]{1,9}$/.test(v['max-warnings'])) throw new UsageError(`--max-warnings must be a whole number, got ${JSON.stringify(v['max-warnings'])}`)
    maxWarnings = Number(v['max-warnings'])
  }
  if (v.fix && v['fix-dry-run']) throw new UsageError('use --fix or --fix-dry-run, not both')
  return {
    format: formatName as FormatName,
    outputFile: v['output-file'],
    config: v.config,
    configLookup: !v['no-config-lookup'],
    preset,
    rules: (v.rule ?? []).flatMap(parseRuleFlag),
    ignorePatterns: v['ignore-pattern'] ?? [],
    column: v.column,
    transcript: v.transcript,
    stdinFilename: v['stdin-filename'],
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    maxWarnings,
    quiet: v.quiet ?? false,
    color: v['no-color'] ? false : v.color ? true : undefined,
    help: v.help ?? false,
    version: v.version ?? false,
    patterns: parsed.positionals,
  }
}

/** `id:severity`, `id:["warn",{…}]`, or several `id:severity` separated by commas. */
function parseRuleFlag(flag: string): Array<[string, RuleSetting]> {
  const colon = flag.indexOf(':')
  if (colon > 0 && flag[colon + 1] === '[') {
    try {
      return [[flag.slice(0, colon).trim(), JSON.parse(flag.slice(colon + 1)) as RuleSetting]]
    } catch {
      throw new UsageError(`--rule ${flag}: the setting after ":" is not valid JSON`)
    }
  }
  return flag.split(',').map((part) => {
    const [id, severity, extra] = part.split(':').map((s) => s.trim())
    if (!id || !severity || extra !== undefined) throw new UsageError(`--rule expects id:severity (e.g. no-all-caps:error), got ${JSON.stringify(part)}`)
    return [id, severity as RuleSetting]
  })
}

function packageVersion(): string {
  for (const path of ['../../../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { name?: string; version?: string }
      if (pkg.name === 'replylint' && pkg.version) return pkg.version
    } catch {
      // Try the next layout (built vs. source).
    }
  }
  return '0.0.0'
}

function useColor(io: CliIo, forced: boolean | undefined, toFile: boolean): boolean {
  if (forced !== undefined) return forced
  if (toFile) return false
  const { NO_COLOR, FORCE_COLOR } = io.env
  if (FORCE_COLOR !== undefined && FORCE_COLOR !== '') return FORCE_COLOR !== '0' && FORCE_COLOR !== 'false'
  if (NO_COLOR !== undefined && NO_COLOR !== '') return false
  return io.stdout.isTTY === true
}

const STDIN = Symbol('stdin')
type Input = string | typeof STDIN

const DEFAULT_IGNORES = [
  '**/node_modules/**', '**/.git/**', '**/package.json', '**/package-lock.json', '**/.replylintrc.json', '**/replylint.config.json', TEMP_FILE_PATTERN,
]
const GLOB_CHARS = /[*?[\]{}]/

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}

function ignoreMatcher(patterns: readonly string[], base: string): (absolute: string) => boolean {
  if (patterns.length === 0) return () => false
  // "drafts" and "drafts/" also mean everything under drafts.
  const expanded = patterns.flatMap((p) => {
    let end = p.length
    while (end > 0 && p[end - 1] === '/') end--
    const trimmed = p.slice(0, end)
    return [trimmed, `${trimmed}/**`]
  })
  const match = picomatch(expanded, { dot: true })
  return (absolute) => {
    const rel = toPosix(relative(base, absolute))
    return !rel.startsWith('..') && match(rel)
  }
}

async function expandInputs(
  patterns: readonly string[],
  cwd: string,
  ignored: (absolute: string) => boolean,
  errors: FileReport[],
): Promise<Input[]> {
  const found = new Set<string>()
  const inputs: Input[] = []
  const add = (absolute: string) => {
    if (ignored(absolute)) return
    // A file reached twice (itself and through a link) is linted, and fixed, once.
    let real = absolute
    try {
      real = realpathSync(absolute)
    } catch {
      // Reported when read.
    }
    if (found.has(real)) return
    found.add(real)
    inputs.push(absolute)
  }
  const globOptions = { absolute: true, dot: false, followSymbolicLinks: false, ignore: DEFAULT_IGNORES, expandDirectories: false }
  for (const pattern of patterns) {
    if (pattern === '-') {
      if (!inputs.includes(STDIN)) inputs.push(STDIN)
      continue
    }
    const absolute = resolve(cwd, pattern)
    const stats = statSync(absolute, { throwIfNoEntry: false })
    if (stats?.isDirectory()) {
      for (const file of walkDirectory(absolute)) add(file)
    } else if (stats) {
      add(absolute)
    } else if (GLOB_CHARS.test(pattern)) {
      const files = await glob([toPosix(pattern)], { ...globOptions, cwd })
      files.sort()
      if (files.length === 0) errors.push(fatalReport(pattern, 'no files match this pattern'))
      for (const file of files) add(resolve(file))
    } else {
      errors.push(fatalReport(pattern, existsSync(absolute) ? 'cannot read' : 'no such file or directory'))
    }
  }
  return inputs
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git'])
const SKIPPED_FILES = new Set(['package.json', 'package-lock.json', '.replylintrc.json', 'replylint.config.json'])
const LINTED = new Set(LINTED_EXTENSIONS)

/**
 * Files to lint under `root`, sorted. Linked files are included (and fixed
 * through the link); linked directories are not followed, so there are no
 * loops and nothing outside the tree. Hidden entries are skipped.
 */
function walkDirectory(root: string): string[] {
  const files: string[] = []
  const pending = [root]
  while (pending.length > 0) {
    const dir = pending.pop()!
    let entries: Dirent[]
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      continue // An unreadable subdirectory is skipped, as a walker must.
    }
    for (const entry of entries) {
      const name = entry.name
      if (name.startsWith('.')) continue
      const path = join(dir, name)
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(name)) pending.push(path)
        continue
      }
      const dot = name.lastIndexOf('.')
      if (dot <= 0 || !LINTED.has(name.slice(dot + 1).toLowerCase()) || SKIPPED_FILES.has(name)) continue
      if (entry.isFile() || (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile())) files.push(path)
    }
  }
  return files.sort()
}

function fatalReport(path: string, message: string, line?: number, column?: number): FileReport {
  return {
    path,
    messages: [],
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
    fixableCount: 0,
    error: line !== undefined ? { message, line, column: column ?? 1 } : { message },
  }
}

function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute)
  return toPosix(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel)
}

function readTranscript(path: string, cwd: string): LintContext {
  const absolute = resolve(cwd, path)
  let text: string
  try {
    text = decodeUtf8(readFileSync(absolute)).text
  } catch (error) {
    throw new UsageError(`--transcript ${path}: ${error instanceof FileError ? error.message : (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`--transcript ${path}: malformed JSON (${(error as Error).message})`)
  }
  if (Array.isArray(value)) return { transcript: value as LintContext['transcript'] }
  if (typeof value === 'object' && value !== null) return value as LintContext
  throw new UsageError(`--transcript ${path}: expected an array of turns or a context object`)
}

class Progress {
  #last = 0
  #shown = false
  constructor(
    private readonly stream: CliStream,
    private readonly total: number,
  ) {}

  tick(done: number): void {
    const now = Date.now()
    if (now - this.#last < 100) return
    this.#last = now
    this.#shown = true
    this.stream.write(`\rreplylint: ${done}/${this.total} files`)
  }

  clear(): void {
    if (this.#shown) this.stream.write('\r\u001b[K')
  }
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigFileError || error instanceof ReplylintConfigError) {
      io.stderr.write(`replylint: ${error.message.replace(/^replylint: /, '')}\n`)
      if (error instanceof UsageError) io.stderr.write('Run "replylint --help" for usage.\n')
      return 2
    }
    io.stderr.write(`replylint: internal error: ${(error as Error)?.stack ?? String(error)}\n`)
    return 2
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCli(argv)
  if (args.help) {
    io.stdout.write(HELP)
    return 0
  }
  const version = packageVersion()
  if (args.version) {
    io.stdout.write(`${version}\n`)
    return 0
  }
  const cwd = resolve(io.cwd)

  // Config: a named file, or the nearest one upward, then the flags on top.
  const loaded: LoadedConfig = args.config
    ? loadConfigFile(resolve(cwd, args.config))
    : args.configLookup
      ? discoverConfig(cwd)
      : { path: undefined, base: cwd, config: {} }
  const config: CliConfig = loaded.config
  const rules: Record<string, RuleSetting> = Object.create(null)
  if (config.rules) for (const id of Object.keys(config.rules)) rules[id] = config.rules[id]!
  for (const [id, setting] of args.rules) rules[id] = setting
  const linterOptions: LinterOptions = { rules }
  const preset = args.preset ?? config.preset
  if (preset) linterOptions.preset = preset
  if (config.words) linterOptions.words = config.words
  let linter: Linter
  try {
    linter = await (io.createLinter ?? createNodeLinter)(linterOptions)
  } catch (error) {
    if (error instanceof ReplylintConfigError && loaded.path) throw new ConfigFileError(`${loaded.path}: ${error.message.replace(/^replylint: /, '')}`)
    throw error
  }

  let context: LintContext | undefined
  if (args.transcript) {
    context = readTranscript(args.transcript, cwd)
    try {
      linter.lint('', context) // validates the context once, with an error naming the bad field
    } catch (error) {
      if (error instanceof ReplylintConfigError) throw new UsageError(`--transcript ${args.transcript}: ${error.message.replace(/^replylint: /, '')}`)
      throw error
    }
  }

  const reports: FileReport[] = []
  const ignoredByConfig = ignoreMatcher(config.ignorePatterns ?? [], loaded.base)
  const ignoredByFlag = ignoreMatcher(args.ignorePatterns, cwd)
  const patterns = args.patterns.length > 0 ? args.patterns : io.stdin && io.stdin.isTTY !== true ? ['-'] : []
  if (patterns.length === 0) throw new UsageError('no files given (pass files, directories or globs, or pipe text on stdin)')
  const inputs = await expandInputs(patterns, cwd, (p) => ignoredByConfig(p) || ignoredByFlag(p), reports)
  if (inputs.length === 0 && reports.length === 0) {
    io.stderr.write('replylint: no files to lint (none found, or all ignored)\n')
  }

  const knownRules = new Set(registry.map((rule) => rule.meta.id))
  const progress = io.stderr.isTTY && inputs.length >= 50 ? new Progress(io.stderr, inputs.length) : undefined
  for (let i = 0; i < inputs.length; i++) {
    progress?.tick(i)
    const input = inputs[i]!
    reports.push(await lintInput(input, { args, io, cwd, linter, knownRules, context }))
  }
  progress?.clear()

  if (args.quiet) {
    for (const report of reports) {
      report.messages = report.messages.filter((m) => m.severity === 'error')
      report.fixableCount = report.messages.filter((m) => m.fixable).length
    }
  }
  const output = format(args.format, reports, {
    cwd,
    color: useColor(io, args.color, args.outputFile !== undefined),
    rules: registry,
    version,
    fixDryRun: args.fixDryRun,
  })
  if (args.outputFile) {
    try {
      writeFileSync(resolve(cwd, args.outputFile), output)
    } catch (error) {
      throw new UsageError(`--output-file ${args.outputFile}: ${(error as Error).message}`)
    }
  } else io.stdout.write(output)

  const errors = reports.reduce((n, r) => n + r.errorCount, 0)
  const warnings = reports.reduce((n, r) => n + r.warningCount, 0)
  if (reports.some((r) => r.error)) return 2
  if (errors > 0) return 1
  if (args.maxWarnings >= 0 && warnings > args.maxWarnings) {
    io.stderr.write(`replylint found too many warnings (${warnings}; maximum: ${args.maxWarnings})\n`)
    return 1
  }
  return 0
}

interface RunState {
  args: Args
  io: CliIo
  cwd: string
  linter: Linter
  knownRules: ReadonlySet<string>
  context: LintContext | undefined
}

async function lintInput(input: Input, state: RunState): Promise<FileReport> {
  const { args, io, cwd } = state
  const isStdin = input === STDIN
  const path = isStdin ? (args.stdinFilename ?? '<stdin>') : displayPath(cwd, input)
  let text: string
  let file: ReturnType<typeof readTextFile> | undefined
  try {
    if (isStdin) {
      if (!io.stdin) return fatalReport(path, 'no standard input')
      text = decodeUtf8(await io.stdin.read()).text
    } else {
      file = readTextFile(input)
      text = file.text
    }
  } catch (error) {
    if (error instanceof FileError) return fatalReport(path, error.message)
    throw error
  }

  const fileFormat: FileFormat = formatOf(isStdin ? (args.stdinFilename ?? 'stdin.txt') : input)
  let result
  try {
    result = lintSource(text, fileFormat, {
      linter: state.linter,
      knownRules: state.knownRules,
      context: state.context,
      fix: args.fix || args.fixDryRun,
      column: args.column,
    })
  } catch (error) {
    if (error instanceof InputError) {
      const at = error.offset !== undefined ? new LineIndex(text).point(error.offset) : undefined
      return fatalReport(path, error.message, at?.line, at?.column)
    }
    // One file's surprise must not stop the others.
    return fatalReport(path, `internal error while linting: ${(error as Error)?.message ?? String(error)}`)
  }

  const report: FileReport = {
    path,
    messages: result.messages,
    errorCount: result.messages.filter((m) => m.severity === 'error').length,
    warningCount: result.messages.filter((m) => m.severity === 'warning').length,
    infoCount: result.messages.filter((m) => m.severity === 'info').length,
    fixableCount: result.messages.filter((m) => m.fixable).length,
  }
  if (result.fixCount > 0) {
    report.fixed = result.fixCount
    if (args.fixDryRun || isStdin) report.output = result.output
    else if (file) {
      try {
        writeTextFileAtomic(file, result.output)
      } catch (error) {
        if (!(error instanceof FileError)) throw error
        report.fixed = undefined
        report.error = { message: error.message }
      }
    }
  }
  return report
}
