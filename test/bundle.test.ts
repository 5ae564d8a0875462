/**
 * The core bundles for browsers: through the package's `browser` condition,
 * with no Node built-ins and nothing that evaluates strings (extension and
 * strict-CSP pages forbid eval), within the size budget.
 */
import { registry } from '../rules/index.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Bundle, ROOT, assertBrowserSafe, bundle, bundleCore, bundleWorker } from '../examples/build.js'

/**
 * Issue 8's budget is 60 KiB gzipped; with all fifteen rules' word lists and
 * lexicons in the core the bundle is about 131 KiB (measured 2026-11-25), and the budget is NOT met
 * (see `npm run bench -- size`, which prints the gap). Until the language data
 * moves out of the core into assets loaded like the dictionary, this ceiling
 * (today's size plus a little room) stops further growth going unnoticed.
 */
const TARGET_GZIP_BYTES = 60 * 1024
const CEILING_GZIP_BYTES = 136 * 1024

describe('browser bundle', () => {
  let core: Bundle
  let worker: Bundle
  beforeAll(async () => {
    ;[core, worker] = await Promise.all([bundleCore(), bundleWorker()])
  })

  it('resolves replylint through the browser condition to the isomorphic core, never the Node entry', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(pkg.exports['.'].browser).toBe('./dist/src/index.js')
    const inputs = Object.keys(core.metafile.inputs)
    expect(inputs).toContain('src/index.ts')
    expect(inputs).toContain('src/linter.ts')
    expect(inputs.filter((file) => file.startsWith('src/node') || file.startsWith('src/cli/'))).toEqual([])
    expect(inputs.filter((file) => file.includes('node_modules/dictionary-en'))).toEqual([])
  })

  it('contains no node: import, eval or new Function', () => {
    for (const { code } of [core, worker]) {
      expect(code).not.toMatch(/["']node:/)
      expect(code).not.toMatch(/\beval\s*\(/)
      expect(code).not.toMatch(/\bnew Function\s*\(/)
    }
  })

  it(`stays under the ${CEILING_GZIP_BYTES / 1024} KiB regression ceiling gzipped without the dictionary (target ${TARGET_GZIP_BYTES / 1024} KiB not yet met)`, () => {
    expect(core.gzipBytes).toBeGreaterThan(10 * 1024) // it is the whole engine, not an empty stub
    expect(core.gzipBytes).toBeLessThanOrEqual(CEILING_GZIP_BYTES)
  })

  it('runs as an ES module: the bundled createLinter lints', async () => {
    const url = `data:text/javascript;base64,${Buffer.from(core.code).toString('base64')}`
    const { createLinter } = (await import(url)) as typeof import('../src/index.js')
    // Every rule but no-all-caps off: the bundle has no dictionary to give spelling.
    const rules = Object.fromEntries(registry.map((r) => [r.meta.id, r.meta.id === 'no-all-caps' ? 'warn' : 'off']))
    const linter = await createLinter({ rules: rules as Record<string, 'warn' | 'off'> })
    const result = linter.lint('Please do NOT refresh the page.')
    expect(result.messages.map((m) => [m.ruleId, m.offset, m.endOffset])).toContainEqual(['no-all-caps', 10, 13])
  })
})

describe('assertBrowserSafe', () => {
  it.each([
    ['import{readFileSync as a}from"node:fs";a()', /Node built-in/],
    ['const p=await import("node:path")', /Node built-in/],
    ['var f=require("node:fs")', /Node built-in/],
    ['eval("1+1")', /evaluates code/],
    ['x=new Function("return this")', /evaluates code/],
    ['x=Function("return this")()', /evaluates code/],
  ])('rejects %s', (code, error) => {
    expect(() => assertBrowserSafe(code, 'sample')).toThrow(error)
  })

  it.each([
    'const evaluate=(a)=>a;evaluate(1)',
    'const text="see node:fs in the docs"',
    'x.Function("a")',
    'class A{constructor(){this.retrieval=1}}',
  ])('accepts %s', (code) => {
    expect(() => assertBrowserSafe(code, 'sample')).not.toThrow()
  })

  it('fails the build of an entry that imports a Node built-in', async () => {
    await expect(bundle({ contents: "import { readFileSync } from 'node:fs'\nconsole.log(readFileSync)\n", name: 'bad-entry' })).rejects.toThrow(/node:fs/)
  })
})
