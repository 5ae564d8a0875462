/**
 * Size budget: what a browser downloads. The core's entry chunk (`replylint`
 * through the `browser` condition, minified, split as a bundler splits it,
 * without the dictionary) against its 60 KiB gzip budget; everything a linter
 * with the recommended and the 'all' preset downloads (entry plus the rules'
 * data chunks createLinter fetches); the one-file build content scripts and
 * extension service workers use; the worker and client bundles, the dictionary,
 * and harper.js's wasm for scale, in one table. Also the chunks a recommended
 * linter loads and the heaviest inputs of the core, and the last browser-test
 * timings when test:browser has run.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { transform } from 'esbuild'
import { type Bundle, type Download, ROOT, bundle, bundleCore, bundleWorker, dictionaryStrings, downloadFor } from '../../../examples/build.js'
import { type BenchSuite, ratio } from '../shared.js'

const CORE_BUDGET = 60 * 1024

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

function gzipFile(path: string): { bytes: number; gzipBytes: number } {
  const data = readFileSync(path)
  return { bytes: data.byteLength, gzipBytes: gzipSync(data, { level: 9 }).byteLength }
}

function wasmFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.wasm')) found.push(join(entry.parentPath ?? (entry as { path: string }).path, entry.name))
  }
  return found.sort()
}

export const size: BenchSuite = {
  name: 'size',
  async run() {
    const dictionaryStringsForLinter = dictionaryStrings()
    const [core, unsplit, worker, client, recommended, all] = await Promise.all([
      bundleCore(),
      bundleCore({ splitting: false }),
      bundleWorker(),
      bundle({ contents: "export * from 'replylint/client'\n", name: 'replylint/client' }),
      downloadFor({ dictionary: dictionaryStringsForLinter }),
      downloadFor({ preset: 'all', dictionary: dictionaryStringsForLinter }),
    ])
    const dictionaryDir = join(ROOT, 'node_modules', 'dictionary-en')
    const aff = gzipFile(join(dictionaryDir, 'index.aff'))
    const dic = gzipFile(join(dictionaryDir, 'index.dic'))
    const dictionary = { bytes: aff.bytes + dic.bytes, gzipBytes: aff.gzipBytes + dic.gzipBytes }

    const chunkCount = (download: Download) => `entry + ${download.chunks.length - 1} chunks`
    const rows: Array<[string, { bytes: number; gzipBytes: number }, string]> = [
      ['replylint core entry chunk (browser condition)', core, core.gzipBytes <= CORE_BUDGET ? `within ${kib(CORE_BUDGET)} budget` : `OVER the ${kib(CORE_BUDGET)} budget`],
      ["createLinter() download, 'recommended'", recommended, chunkCount(recommended)],
      ["createLinter() download, 'all'", all, chunkCount(all)],
      ['core in one file (content script / extension SW)', unsplit, `${ratio(unsplit.gzipBytes, recommended.gzipBytes)} the recommended download`],
      ['replylint/worker entry chunk (core + worker service)', worker, ''],
      ['replylint/client (page / content-script side)', client, ''],
      ['dictionary-en index.aff + index.dic', dictionary, `${ratio(dictionary.gzipBytes, recommended.gzipBytes)} the recommended download`],
    ]
    const harperDir = join(ROOT, 'node_modules', 'harper.js')
    const harperWasm = wasmFiles(harperDir)
    for (const file of harperWasm) {
      const sizes = gzipFile(file)
      rows.push([`harper.js ${file.slice(harperDir.length + 1)}`, sizes, `${ratio(sizes.gzipBytes, recommended.gzipBytes)} the recommended download`])
    }

    const lines = [`  ${'artifact'.padEnd(52)} ${'raw'.padStart(11)} ${'gzip -9'.padStart(11)}  note`]
    for (const [name, sizes, note] of rows) {
      lines.push(`  ${name.padEnd(52)} ${kib(sizes.bytes).padStart(11)} ${kib(sizes.gzipBytes).padStart(11)}  ${note}`)
    }
    if (harperWasm.length === 0) lines.push('  harper.js: not installed (npm install --save-dev harper.js) — no wasm to compare')
    lines.push(`  chunks a recommended linter loads (gzip -9): ${recommended.chunks.map((chunk) => `${chunkName(core, chunk.file)} ${kib(chunk.gzipBytes)}`).join(', ')}`)
    lines.push(`  heaviest parts of the core, all chunks (each gzipped alone): ${await heaviest(unsplit, 8)}`)

    const figures = join(ROOT, 'test', 'browser', 'artifacts')
    for (const name of ['demo-load', 'demo-typing']) {
      const file = join(figures, `${name}.figures.json`)
      if (existsSync(file)) lines.push(`  last test:browser ${name}: ${readFileSync(file, 'utf8').replace(/\s+/g, ' ').trim()}`)
    }
    return lines
  },
}

/**
 * The largest contributors to a bundle, by package or rule folder: each group's
 * sources minified and gzipped on their own (an estimate: gzip across groups shares a little).
 */
async function heaviest(built: Bundle, count: number): Promise<string> {
  const output = Object.values(built.metafile.outputs)[0]!
  const groups = new Map<string, string[]>()
  for (const file of Object.keys(output.inputs)) {
    const path = join(ROOT, file)
    if (!existsSync(path)) continue // the virtual entry
    const group = file
      .replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1')
      .replace(/^(rules\/[^/]+|src\/[^/]+)\/.*$/, '$1')
    groups.set(group, [...(groups.get(group) ?? []), path])
  }
  const sizes: Array<[string, number]> = []
  for (const [group, files] of groups) {
    let code = ''
    for (const file of files) {
      code += (await transform(readFileSync(file, 'utf8'), { loader: file.endsWith('.ts') ? 'ts' : 'js', minify: true })).code
    }
    sizes.push([group, gzipSync(code, { level: 9 }).byteLength])
  }
  return sizes
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([group, bytes]) => `${group} ${kib(bytes)}`)
    .join(', ')
}

/** A chunk by what it carries: the module it was split at (the dynamic import's target), or "entry"/"shared". */
function chunkName(built: Bundle, file: string): string {
  const output = Object.entries(built.metafile.outputs).find(([path]) => path.endsWith(`/${file}`))?.[1]
  if (!output) return file
  if (output.entryPoint && !output.entryPoint.includes('/')) return 'entry'
  return output.entryPoint ?? 'shared'
}
