/**
 * Every regex the engine and the rules can run goes through recheck, a ReDoS
 * analyser (automata theory where it can, fuzzing where it cannot). A pattern
 * recheck finds vulnerable, or cannot decide within its time budget, fails the
 * test with the attack string and where the pattern lives.
 *
 * recheck picks its fastest available backend (the native binary from the
 * recheck-linux-x64 package where installed, else its pure JavaScript build);
 * RECHECK_BACKEND=pure forces the JavaScript build (slower: a few seconds a pattern).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Diagnostics } from 'recheck'
import {
  type FoundRegex,
  exportedRegexes,
  recordConstructedRegexes,
  regexLiterals,
  regexesIn,
  sourceFiles,
} from './regex-inventory.js'
import { ROOT } from './source-files.js'

/** Per pattern: recheck's own analysis budget, in ms. */
const RECHECK_TIMEOUT = 20_000

const files = sourceFiles('src', 'rules')
let constructed: FoundRegex[] = []
let exported: FoundRegex[] = []
const literals = regexLiterals(files, ROOT)

beforeAll(async () => {
  const recorder = recordConstructedRegexes()
  try {
    // Imported only now, so module-level `new RegExp` runs under the recorder.
    exported = await exportedRegexes(files, ROOT)
    const { buildConfigs } = await import('./configs.js')
    const { realFragments, maskedSyntax, hostileUnicode } = await import('./arbitraries.js')
    const drafts = [realFragments.join(' '), maskedSyntax.join(' '), hostileUnicode.join(' '), realFragments.join('. ')]
    const context = {
      now: Date.parse('2026-03-02T10:00:00Z'),
      transcript: realFragments.slice(0, 20).map((text, i) => ({
        role: i % 2 === 0 ? ('customer' as const) : ('agent' as const),
        text: `${text} jane@example.com order 77120`,
        at: Date.parse('2026-03-02T09:00:00Z') + i * 30_000,
      })),
      customer: { name: 'Jane Doe', email: 'jane@example.com' },
    }
    for (const { linter } of await buildConfigs()) {
      for (const draft of drafts) {
        linter.lint(draft)
        linter.lint(draft, context)
        linter.lint(draft, { ...context, action: 'transfer' as const, agent: { activeChats: 6 } })
      }
    }
  } finally {
    recorder.restore()
    constructed = recorder.found
  }
}, 300_000)

function unique(found: readonly FoundRegex[]): FoundRegex[] {
  const byKey = new Map<string, FoundRegex>()
  for (const regex of found) {
    const key = `/${regex.source}/${regex.flags.replace(/[gyd]/g, '')}`
    if (!byKey.has(key)) byKey.set(key, regex)
  }
  return [...byKey.values()]
}

/**
 * recheck's verdicts are deterministic for a pattern, its flags, recheck's
 * version and the parameters below, so patterns already found safe are kept in
 * recheck-verdicts.json and CI analyses only new or changed ones.
 * RECHECK_UPDATE=1 rewrites the file (after adding or changing patterns);
 * RECHECK_ALL=1 ignores it and analyses everything.
 */
const VERDICTS = join(import.meta.dirname, 'recheck-verdicts.json')
const PARAMS = { timeout: RECHECK_TIMEOUT, randomSeed: 1 }

interface VerdictFile {
  recheck: string
  params: typeof PARAMS
  safe: string[]
}

function keyOf(regex: FoundRegex): string {
  return `/${regex.source}/${regex.flags.replace(/[gyd]/g, '')}`
}

function readVerdicts(version: string): Set<string> {
  if (process.env.RECHECK_ALL || !existsSync(VERDICTS)) return new Set()
  const file = JSON.parse(readFileSync(VERDICTS, 'utf8')) as VerdictFile
  const sameSetup = file.recheck === version && JSON.stringify(file.params) === JSON.stringify(PARAMS)
  return sameSetup ? new Set(file.safe) : new Set()
}

/** Patterns whose verdict came from their top-level alternatives, with the number of parts. */
const byParts = new Map<FoundRegex, number>()

describe('no regex can be made to backtrack super-linearly', () => {
  let results: Array<{ regex: FoundRegex; diagnostics: Diagnostics }> = []
  let known = 0

  beforeAll(async () => {
    const { check } = await import('recheck')
    const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'recheck', 'package.json'), 'utf8')) as { version: string }).version
    const safe = readVerdicts(version)
    const all = unique([...literals, ...exported, ...constructed])
    results = []
    // A few at a time: the native backend runs them in parallel, the JS one in turn.
    const queue = all.filter((regex) => !safe.has(keyOf(regex)))
    byParts.clear()
    known = all.length - queue.length
    const worker = async () => {
      for (let regex = queue.shift(); regex; regex = queue.shift()) {
        const flags = regex.flags.replace(/[gyd]/g, '')
        // A sticky pattern only ever matches at lastIndex: analyse it anchored there.
        const source = regex.flags.includes('y') ? `^(?:${regex.source})` : regex.source
        let diagnostics = await check(source, flags, PARAMS)
        // A top-level alternation costs, per start position, at most the sum of its
        // alternatives: when each alternative alone is safe, so is the whole. Large
        // alternations (word lists, one named group per detail type) can run past the
        // analyser's budget whole and be decided part by part.
        const parts = topLevelAlternatives(regex.source)
        if (diagnostics.status !== 'safe' && parts.length > 1) {
          const anchor = (part: string) => (regex.flags.includes('y') ? `^(?:${part})` : part)
          const verdicts = await Promise.all(parts.map((part) => check(anchor(part), flags, PARAMS)))
          const unsafe = verdicts.find((verdict) => verdict.status !== 'safe')
          if (unsafe === undefined) diagnostics = verdicts[0]!
          else if (unsafe.status === 'vulnerable') diagnostics = unsafe
          byParts.set(regex, parts.length)
        }
        results.push({ regex, diagnostics })
      }
    }
    await Promise.all([worker(), worker(), worker(), worker()])
    if (process.env.RECHECK_UPDATE) {
      const nowSafe = [...all.filter((regex) => safe.has(keyOf(regex))).map(keyOf), ...results.filter((r) => r.diagnostics.status === 'safe').map((r) => keyOf(r.regex))]
      const file: VerdictFile = { recheck: version, params: PARAMS, safe: [...new Set(nowSafe)].sort() }
      writeFileSync(VERDICTS, JSON.stringify(file, null, 1) + '\n')
    }
  }, 1_200_000)

  afterAll(() => {
    const statuses = results.reduce<Record<string, number>>((acc, r) => ((acc[r.diagnostics.status] = (acc[r.diagnostics.status] ?? 0) + 1), acc), {})
    console.info(`recheck: ${results.length + known} unique patterns, ${known} known safe from recheck-verdicts.json, ${results.length} analysed (${literals.length} literals, ${exported.length} exported, ${constructed.length} constructed at run time):`, statuses)
    for (const [regex, count] of byParts) console.info(`  decided alternative by alternative (${count} parts): ${regex.where}`)
  })

  it('collects the patterns from all three sources', () => {
    expect(literals.length).toBeGreaterThan(20)
    expect(literals.some((r) => r.where.startsWith('src/mask.ts'))).toBe(true)
    // Exported values are walked through tables, maps and sets (none may be exported today).
    const walked: FoundRegex[] = []
    regexesIn({ table: [[/a/i, 'x']], byName: new Map([['k', new Set([/b/u])]]) }, 'probe', walked)
    expect(walked.map((r) => `/${r.source}/${r.flags}`)).toEqual(['/a/i', '/b/u'])
    expect(results.length + known).toBe(unique([...literals, ...exported, ...constructed]).length)
  })

  it('recheck finds every pattern safe, or the pattern has bounded reach', () => {
    const flagged = results.filter(({ diagnostics }) => diagnostics.status !== 'safe')
    // recheck also flags patterns whose every quantifier is bounded ({0,40}): each match
    // attempt then reads a bounded stretch, so a whole lint stays linear in the draft with
    // a constant set by the bound (the adversarial bench measures this). Those are listed,
    // not hidden: issue 10's figure (0 flagged) is not met while this list is not empty.
    const bounded = flagged.filter(({ regex }) => hasBoundedReach(regex.source))
    if (bounded.length > 0) {
      console.info(
        `recheck flags ${bounded.length} bounded-reach pattern(s) (linear per draft):\n` +
          bounded.map(({ regex, diagnostics }) => `  ${regex.where}: ${diagnostics.status}`).join('\n'),
      )
    }
    const problems = flagged
      .filter(({ regex }) => !hasBoundedReach(regex.source))
      .map(({ regex, diagnostics }) => {
        const detail =
          diagnostics.status === 'vulnerable'
            ? `${diagnostics.complexity.type} (${diagnostics.complexity.summary}), attack ${diagnostics.attack.pattern}`
            : diagnostics.status === 'unknown'
              ? `unknown: ${diagnostics.error.kind}`
              : 'safe'
        return `/${regex.source}/${regex.flags} at ${regex.where}: ${detail}`
      })
    expect(problems).toEqual([])
  })

  it('tells bounded-reach patterns from unbounded ones', () => {
    expect(hasBoundedReach(String.raw`\b(?:a|b)[^.!?\n]{0,40}\?`)).toBe(true)
    expect(hasBoundedReach(String.raw`[*+]{1,3}\{2,}\*`)).toBe(true)
    expect(hasBoundedReach(String.raw`a\s*b`)).toBe(false)
    expect(hasBoundedReach(String.raw`(?:ab)+c`)).toBe(false)
    expect(hasBoundedReach(String.raw`x{2,}`)).toBe(false)
    expect(hasBoundedReach(String.raw`[a-z]+`)).toBe(false)
  })

  it('splits a pattern into its top-level alternatives only', () => {
    expect(topLevelAlternatives(String.raw`a|b(?:c|d)|[|]|\|e`)).toEqual(['a', 'b(?:c|d)', '[|]', String.raw`\|e`])
    expect(topLevelAlternatives(String.raw`(?:a|b)c`)).toEqual([String.raw`(?:a|b)c`])
    expect(topLevelAlternatives(String.raw`(?<x>a)|(?<y>b)`)).toEqual(['(?<x>a)', '(?<y>b)'])
  })

  it('a vulnerable alternative makes the whole alternation vulnerable', async () => {
    const { check } = await import('recheck')
    const verdicts = await Promise.all(topLevelAlternatives(String.raw`ab|\s+$`).map((part) => check(part, '', PARAMS)))
    expect(verdicts.map((verdict) => verdict.status)).toEqual(['safe', 'vulnerable'])
  })

  it('the analyser flags a known-bad pattern (the check can fail)', async () => {
    const { check } = await import('recheck')
    const bad = await check('\\s+$', '', { timeout: RECHECK_TIMEOUT })
    expect(bad.status).toBe('vulnerable')
  })
})

describe('the run-time recorder', () => {
  it('sees patterns built from word lists', () => {
    const recorder = recordConstructedRegexes()
    try {
      const words = ['lol', 'brb']
      const matcher = new RegExp(`\\b(?:${words.join('|')})\\b`, 'giu')
      expect(matcher.test('ok lol')).toBe(true)
      // eslint-disable-next-line prefer-regex-literals
      expect(RegExp('a+', 'g')).toBeInstanceOf(RegExp)
    } finally {
      recorder.restore()
    }
    expect(recorder.found.map((r) => `/${r.source}/${r.flags}`)).toEqual(['/\\b(?:lol|brb)\\b/giu', '/a+/g'])
  })
})

/**
 * Whether every quantifier in a pattern's source is bounded: no `*`, `+` or `{n,}`
 * outside a character class and not escaped. Such a pattern reads a bounded stretch
 * of text per match attempt.
 */
export function hasBoundedReach(source: string): boolean {
  let bounded = true
  forEachOperator(source, (char, i) => {
    if (char === '*' || char === '+') bounded = false
    else if (char === '{') {
      const close = source.indexOf('}', i)
      if (close > i && /^\d+,$/.test(source.slice(i + 1, close))) bounded = false
    }
    return bounded
  })
  return bounded
}

/**
 * The top-level alternatives of a pattern's source (`a|b(?:c|d)` → `a`, `b(?:c|d)`):
 * `|` outside groups and character classes, not escaped. One element when there is none.
 */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  forEachOperator(source, (char, i) => {
    if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(from, i))
      from = i + 1
    }
  })
  parts.push(source.slice(from))
  return parts
}

/**
 * Calls `visit` with each character of a pattern's source that is syntax: not
 * escaped and not inside a character class. Stops when `visit` returns false.
 */
function forEachOperator(source: string, visit: (char: string, index: number) => boolean | void): void {
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!
    if (char === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (char === ']') inClass = false
      continue
    }
    if (char === '[') inClass = true
    else if (visit(char, i) === false) return
  }
}
