/**
 * The core is CSP-safe and never runs code it was given: no eval, no Function
 * constructor, no string timers, and no dynamic import() except of a fixed
 * package name. Checked on the TypeScript syntax tree of every source file in
 * src/ and rules/, so comments and strings cannot hide or fake a hit.
 */
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT, sourceFiles } from './source-files.js'

/** Every way a source file could run code it did not contain. */
export function dynamicCode(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
  const hits: string[] = []
  const where = (node: ts.Node) => `${relative(ROOT, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && (node.text === 'eval' || node.text === 'Function')) {
      // `Function` as a type name is harmless; as a value it is the constructor.
      if (!ts.isTypeReferenceNode(node.parent)) hits.push(`${where(node)}: ${node.text}`)
    }
    if (ts.isCallExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [specifier] = node.arguments
        if (!specifier || !ts.isStringLiteral(specifier)) hits.push(`${where(node)}: import() of a computed specifier`)
      }
      const callee = node.expression.getText(source)
      if (/^(?:globalThis\.|window\.|self\.)?(?:setTimeout|setInterval)$/.test(callee)) {
        const [first] = node.arguments
        if (first && (ts.isStringLiteral(first) || ts.isTemplateExpression(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          hits.push(`${where(node)}: ${callee} with a string`)
        }
      }
      if (/(?:^|\.)require$/.test(callee)) {
        const [specifier] = node.arguments
        if (!specifier || !ts.isStringLiteral(specifier)) hits.push(`${where(node)}: require() of a computed specifier`)
      }
    }
    if (ts.isNewExpression(node) && /(?:^|\.)(?:Function|AsyncFunction)$/.test(node.expression.getText(source))) {
      hits.push(`${where(node)}: new Function`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return hits
}

describe('no code from strings in the core', () => {
  const files = sourceFiles('src', 'rules')

  it('scans every source file', () => {
    expect(files.length).toBeGreaterThanOrEqual(10)
    expect(files.some((f) => f.endsWith(join('src', 'linter.ts')))).toBe(true)
  })

  it('finds no eval, Function constructor, string timer or computed import()', () => {
    expect(files.flatMap(dynamicCode)).toEqual([])
  })

  it('the scanner catches each form it forbids', () => {
    const probe = join(import.meta.dirname, 'fixtures', 'dynamic-code.txt')
    expect(dynamicCode(probe).map((hit) => hit.replace(/^.*?:\d+: /, ''))).toEqual([
      'eval',
      'new Function',
      'Function',
      'import() of a computed specifier',
      'setTimeout with a string',
      'require() of a computed specifier',
    ])
  })
})
