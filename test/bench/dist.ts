/**
 * Benches that time what users run import the built package (dist/). A dist
 * older than the sources would time yesterday's code, so `ensureBuilt` checks
 * every .ts under src/ and rules/ against its .js in dist/, compiles when one
 * is missing or older, and fails with the file names when compiling did not
 * bring dist up to date.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')

/** Sources whose compiled .js in dist/ is missing or older than the source. */
export function staleOutputs(root = ROOT): string[] {
  const stale: string[] = []
  for (const dir of ['src', 'rules']) {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.d.ts')) continue
      const source = join(entry.parentPath, entry.name)
      const output = join(root, 'dist', relative(root, source)).replace(/\.ts$/, '.js')
      const built = statSync(output, { throwIfNoEntry: false })?.mtimeMs
      if (built === undefined || built < statSync(source).mtimeMs) stale.push(relative(root, source))
    }
  }
  return stale
}

export function ensureBuilt(root = ROOT): void {
  if (staleOutputs(root).length === 0) return
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' })
  const stale = staleOutputs(root)
  if (stale.length > 0) {
    throw new Error(
      `bench: dist/ is older than ${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ` and ${stale.length - 5} more` : ''} ` +
        'even after compiling; run `npm run build`, fix what it reports, and bench again',
    )
  }
}
