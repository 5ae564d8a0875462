/**
 * Every regular expression the engine and the rules can run, collected three
 * ways so that none hides:
 * - regex literals, read from the TypeScript syntax tree of src/ and rules/;
 * - RegExp values reachable from any module's exports (patterns, tables,
 *   frozen option objects);
 * - every RegExp constructed at run time (word-list matchers built in a rule's
 *   `setup` or per draft), caught by wrapping the global RegExp constructor while
 *   the modules load, every preset and rule-alone linter is built, and sample
 *   drafts are linted with and without a transcript.
 */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import { sourceFiles } from './source-files.js'

export interface FoundRegex {
  source: string
  flags: string
  /** Where it was found: file:line, or how it was reached. */
  where: string
}

/** Regex literals in the source files, with file and line. */
export function regexLiterals(files: readonly string[], root: string): FoundRegex[] {
  const found: FoundRegex[] = []
  for (const path of files) {
    const text = readFileSync(path, 'utf8')
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source)
        const slash = literal.lastIndexOf('/')
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
        found.push({ source: literal.slice(1, slash), flags: literal.slice(slash + 1), where: `${relative(root, path)}:${line}` })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

/** RegExps reachable from a value (bounded walk over objects, arrays, maps and sets). */
export function regexesIn(value: unknown, where: string, out: FoundRegex[], seen = new Set<unknown>(), depth = 0): void {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value) || depth > 6) return
  seen.add(value)
  if (value instanceof RegExp) {
    out.push({ source: value.source, flags: value.flags, where })
    return
  }
  if (typeof value === 'function') return
  const entries: Array<[string, unknown]> =
    value instanceof Map
      ? [...value.entries()].map(([k, v], i) => [`[${i}]`, [k, v]])
      : value instanceof Set
        ? [...value].map((v, i) => [`[${i}]`, v])
        : Object.entries(value as object)
  for (const [key, item] of entries) regexesIn(item, `${where}.${key}`, out, seen, depth + 1)
}

/** Wrap the global RegExp constructor; returns the patterns it saw and a function to unwrap. */
export function recordConstructedRegexes(): { found: FoundRegex[]; restore: () => void } {
  const original = globalThis.RegExp
  const found: FoundRegex[] = []
  const record = (made: RegExp) => {
    const stack = new Error().stack?.split('\n').find((line) => /\/(?:src|rules)\//.test(line) && !line.includes('regex-inventory'))
    found.push({ source: made.source, flags: made.flags, where: `new RegExp at ${stack?.trim() ?? 'unknown'}` })
    return made
  }
  globalThis.RegExp = new Proxy(original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp),
    apply: (target, thisArg, args) => record(Reflect.apply(target, thisArg, args) as RegExp),
  })
  return { found, restore: () => void (globalThis.RegExp = original) }
}

/** Entry points that act on import (the CLI's bin, a Web Worker's message loop): their literals are still scanned. */
const ENTRY_POINTS = /[/\\](?:cli[/\\]bin|browser[/\\]worker)\.[jt]s$/

/** Import every module of src/ and rules/ and walk its exports. */
export async function exportedRegexes(files: readonly string[], root: string): Promise<FoundRegex[]> {
  const found: FoundRegex[] = []
  for (const path of files) {
    if (ENTRY_POINTS.test(path)) continue
    const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>
    for (const [name, value] of Object.entries(module)) regexesIn(value, `${relative(root, path)} export ${name}`, found)
  }
  return found
}

export { sourceFiles }
