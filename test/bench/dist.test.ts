import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { staleOutputs } from './dist.js'

describe('bench: stale dist detection', () => {
  const root = mkdtempSync(join(tmpdir(), 'replylint-dist-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const write = (path: string, seconds: number) => {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), '')
    utimesSync(join(root, path), seconds, seconds)
  }

  it('names every source whose compiled file is missing or older', () => {
    write('src/linter.ts', 1000)
    write('src/types.d.ts', 3000)
    write('rules/spelling/speller.ts', 2000)
    write('rules/spelling/hunspell.ts', 1000)
    write('dist/src/linter.js', 1500)
    write('dist/rules/spelling/speller.js', 1500)
    expect(staleOutputs(root).sort()).toEqual(['rules/spelling/hunspell.ts', 'rules/spelling/speller.ts'])
    write('dist/rules/spelling/speller.js', 2500)
    write('dist/rules/spelling/hunspell.js', 2500)
    expect(staleOutputs(root)).toEqual([])
  })
})
