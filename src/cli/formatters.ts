/**
 * Report formats: stylish (people), compact (one line per problem, grep- and
 * editor-friendly), json (tools), sarif (GitHub code scanning and other SARIF
 * 2.1.0 consumers) and github (workflow commands that annotate a pull request).
 */
import { pathToFileURL } from 'node:url'
import type { RuleModule } from '../rule.js'
import type { FileMessage } from './lint-file.js'

export const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'github'] as const
export type FormatName = (typeof FORMATS)[number]

export interface FileReport {
  /** Path as shown (relative to the working directory, forward slashes), or "<stdin>". */
  path: string
  messages: FileMessage[]
  errorCount: number
  warningCount: number
  infoCount: number
  fixableCount: number
  /** The file could not be linted (unreadable, malformed, not UTF-8 …). */
  error?: { message: string; line?: number; column?: number }
  /** Fix notes: how many fixes were written (or would be, with --fix-dry-run). */
  fixed?: number
  /** --fix-dry-run: the content --fix would write. */
  output?: string
}

export interface FormatContext {
  cwd: string
  color: boolean
  rules: readonly RuleModule[]
  version: string
  fixDryRun: boolean
}

export function format(name: FormatName, reports: readonly FileReport[], context: FormatContext): string {
  switch (name) {
    case 'stylish':
      return stylish(reports, context)
    case 'compact':
      return compact(reports)
    case 'json':
      return JSON.stringify(reports.map(jsonReport)) + '\n'
    case 'sarif':
      return JSON.stringify(sarif(reports, context), null, 2) + '\n'
    case 'github':
      return github(reports)
  }
}

function jsonReport(report: FileReport): Record<string, unknown> {
  const out: Record<string, unknown> = {
    filePath: report.path,
    messages: report.messages,
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    infoCount: report.infoCount,
    fixableCount: report.fixableCount,
  }
  if (report.error) out.fatal = report.error
  if (report.fixed !== undefined) out.fixed = report.fixed
  if (report.output !== undefined) out.output = report.output
  return out
}

// ---------------------------------------------------------------- stylish

const ANSI = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1, underline: 4, green: 32 } as const

function paint(on: boolean, style: keyof typeof ANSI, text: string): string {
  return on ? `\u001b[${ANSI[style]}m${text}\u001b[${style === 'bold' ? 22 : style === 'underline' ? 24 : 39}m` : text
}

function label(severity: FileMessage['severity']): string {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'info'
}

function stylish(reports: readonly FileReport[], { color, fixDryRun }: FormatContext): string {
  const lines: string[] = []
  let errors = 0
  let warnings = 0
  let infos = 0
  let fixable = 0
  let fatal = 0
  for (const report of reports) {
    errors += report.errorCount
    warnings += report.warningCount
    infos += report.infoCount
    fixable += report.fixableCount
    if (report.error) fatal++
    if (report.messages.length === 0 && !report.error && !report.fixed) continue
    lines.push(paint(color, 'underline', report.path))
    if (report.error) {
      const at = report.error.line !== undefined ? `${report.error.line}:${report.error.column}` : '0:0'
      lines.push(`  ${paint(color, 'gray', at.padEnd(8))} ${paint(color, 'red', 'error'.padEnd(7))}  ${report.error.message}`)
    }
    const rows = report.messages.map((m) => [
      `${m.line}:${m.column}`,
      label(m.severity),
      m.message + (m.entry ? `  ${paint(color, 'cyan', `(${m.entry})`)}` : ''),
      m.ruleId,
    ])
    const width0 = Math.max(8, ...rows.map((r) => r[0]!.length))
    const width1 = Math.max(7, ...rows.map((r) => r[1]!.length))
    for (const [where, severity, text, rule] of rows) {
      const tint = severity === 'error' ? 'red' : severity === 'warning' ? 'yellow' : 'cyan'
      lines.push(`  ${paint(color, 'gray', where!.padEnd(width0))} ${paint(color, tint, severity!.padEnd(width1))}  ${text}  ${paint(color, 'gray', rule!)}`)
    }
    if (report.fixed) lines.push(`  ${paint(color, 'green', `${fixDryRun ? 'would fix' : 'fixed'} ${report.fixed} problem${report.fixed === 1 ? '' : 's'}`)}`)
    lines.push('')
  }
  const total = errors + warnings + infos
  if (total === 0 && fatal === 0) return lines.length ? lines.join('\n') + '\n' : ''
  const counts = [`${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`]
  if (infos) counts.push(`${infos} info`)
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.join(', ')})` + (fatal ? `, ${fatal} file${fatal === 1 ? '' : 's'} could not be linted` : '')
  lines.push(paint(color, 'bold', paint(color, errors || fatal ? 'red' : 'yellow', summary)))
  if (fixable && !fixDryRun) lines.push(paint(color, 'gray', `  ${fixable} problem${fixable === 1 ? ' is' : 's are'} fixable with --fix`))
  return lines.join('\n') + '\n'
}

// ---------------------------------------------------------------- compact

function compact(reports: readonly FileReport[]): string {
  const lines: string[] = []
  let total = 0
  for (const report of reports) {
    if (report.error) {
      lines.push(`${report.path}: line ${report.error.line ?? 0}, col ${report.error.column ?? 0}, Error - ${report.error.message}`)
    }
    for (const m of report.messages) {
      const severity = m.severity === 'error' ? 'Error' : m.severity === 'warning' ? 'Warning' : 'Info'
      lines.push(`${report.path}: line ${m.line}, col ${m.column}, ${severity} - ${m.message} (${m.ruleId})${m.entry ? ` [${m.entry}]` : ''}`)
      total++
    }
  }
  if (total || lines.length) lines.push('', `${total} problem${total === 1 ? '' : 's'}`)
  return lines.length ? lines.join('\n') + '\n' : ''
}

// ---------------------------------------------------------------- github

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function github(reports: readonly FileReport[]): string {
  const lines: string[] = []
  for (const report of reports) {
    const file = escapeProperty(report.path)
    if (report.error) {
      const at = report.error.line !== undefined ? `,line=${report.error.line},col=${report.error.column}` : ''
      lines.push(`::error file=${file}${at},title=replylint::${escapeData(report.error.message)}`)
    }
    for (const m of report.messages) {
      const command = m.severity === 'error' ? 'error' : m.severity === 'warning' ? 'warning' : 'notice'
      const title = escapeProperty(`${m.ruleId}${m.practice !== undefined ? ` (practice ${m.practice})` : ''}`)
      const text = escapeData(m.entry ? `${m.message} [${m.entry}]` : m.message)
      lines.push(`::${command} file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${title}::${text}`)
    }
  }
  return lines.length ? lines.join('\n') + '\n' : ''
}

// ---------------------------------------------------------------- SARIF

function sarifLevel(severity: string): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warn' || severity === 'warning' ? 'warning' : 'note'
}

function sarif(reports: readonly FileReport[], { cwd, rules, version }: FormatContext): Record<string, unknown> {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]))
  const results: unknown[] = []
  const notifications: unknown[] = []
  const uri = (path: string) => path.split('/').map(encodeURIComponent).join('/')
  for (const report of reports) {
    const location = (region: Record<string, number>) => ({
      physicalLocation: { artifactLocation: { uri: uri(report.path), uriBaseId: '%SRCROOT%' }, region },
    })
    if (report.error) {
      notifications.push({
        level: 'error',
        message: { text: `${report.path}: ${report.error.message}` },
        locations: [location(report.error.line !== undefined ? { startLine: report.error.line, startColumn: report.error.column! } : { startLine: 1 })],
      })
    }
    for (const m of report.messages) {
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        level: sarifLevel(m.severity),
        message: { text: m.entry ? `${m.message} [${m.entry}]` : m.message },
        locations: [location({ startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn })],
        properties: { ...(m.practice !== undefined ? { practice: m.practice } : {}), ...(m.entry ? { entry: m.entry } : {}) },
      }
      const index = ruleIndex.get(m.ruleId)
      if (index !== undefined) result.ruleIndex = index
      results.push(result)
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'replylint',
            version,
            semanticVersion: version,
            informationUri: 'https://github.com/replylint/replylint',
            rules: rules.map(({ meta }) => ({
              id: meta.id,
              name: meta.id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase()),
              shortDescription: { text: meta.description },
              fullDescription: { text: meta.description },
              helpUri: meta.docs,
              help: { text: `${meta.description} See ${meta.docs}`, markdown: `${meta.description}\n\n[Docs](${meta.docs})` },
              defaultConfiguration: { enabled: meta.severity !== 'off', level: sarifLevel(meta.severity === 'off' ? 'warn' : meta.severity) },
              properties: { practice: meta.practice, category: meta.category, fixable: meta.fixable, tags: ['live-chat', meta.category, `practice-${meta.practice}`] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : cwd + '/').href } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  }
}
