/**
 * Test plumbing for the CLI: an in-memory io for main(), and a linter double
 * with one real, deterministic fixable check ("thx" → "thanks"), because the
 * CLI's fix path must be tested whatever rules the registry holds.
 */
import type { Linter } from '../../../src/linter.js'
import type { LintContext, LintMessage, LintResult } from '../../../src/types.js'
import type { CliIo } from '../../../src/cli/main.js'

export interface Captured {
  io: CliIo
  stdout(): string
  stderr(): string
}

export function captureIo(cwd: string, options: Partial<CliIo> & { stdinText?: string | Uint8Array; tty?: boolean } = {}): Captured {
  let out = ''
  let err = ''
  const { stdinText, tty, ...rest } = options
  const io: CliIo = {
    cwd,
    env: {},
    stdout: { write: (s: string) => (out += s), isTTY: tty ?? false },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    stdin:
      stdinText === undefined
        ? { isTTY: true, read: async () => new Uint8Array() }
        : { isTTY: false, read: async () => (typeof stdinText === 'string' ? new TextEncoder().encode(stdinText) : stdinText) },
    ...rest,
  }
  return { io, stdout: () => out, stderr: () => err }
}

/** Offsets of whole-word "thx" (any case) in `text`. */
function thxSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const pattern = /\bthx\b/gi
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) spans.push([m.index, m.index + 3])
  return spans
}

function point(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

export interface ThxLinter extends Linter {
  /** Every draft and context linted, in order. */
  readonly calls: Array<{ text: string; context: LintContext | undefined }>
}

/** A linter whose only check flags "thx" with the safe fix "thanks" (severity as given). */
export function thxLinter(severity: 'error' | 'warning' = 'warning'): ThxLinter {
  const calls: ThxLinter['calls'] = []
  const lint = (text: string, context?: LintContext): LintResult => {
    calls.push({ text, context })
    const messages: LintMessage[] = thxSpans(text).map(([start, end]) => {
      const s = point(text, start)
      const e = point(text, end)
      return {
        ruleId: 'no-all-caps',
        severity,
        message: 'Write “thanks” in full',
        practice: 6,
        offset: start,
        endOffset: end,
        line: s.line,
        column: s.column,
        endLine: e.line,
        endColumn: e.column,
        fix: { range: [start, end], text: 'thanks' },
      }
    })
    return {
      messages,
      errorCount: severity === 'error' ? messages.length : 0,
      warningCount: severity === 'warning' ? messages.length : 0,
      infoCount: 0,
    }
  }
  return {
    calls,
    rules: [{ id: 'no-all-caps', severity: severity === 'error' ? 'error' : 'warn' }],
    lint,
    fix: (text: string) => text.replace(/\bthx\b/gi, (w) => (w[0] === 'T' ? 'Thanks' : 'thanks')),
  }
}

/** What the thx fix makes of a text: the expected file content after --fix. */
export function thxFixed(text: string): string {
  return text.replace(/\bthx\b/gi, (w) => (w[0] === 'T' ? 'Thanks' : 'thanks'))
}
