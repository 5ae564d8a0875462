/**
 * Builds the browser examples from the package sources with esbuild:
 *
 *   npm run build:examples        → examples/web/dist, examples/browser-extension/dist
 *
 * `replylint` imports resolve through package.json `exports` with the
 * `browser` condition, mapped from dist/*.js back to the TypeScript sources, so
 * the examples bundle exactly what a browser bundler would pick from the
 * published package. Every bundle is checked: a `node:` import, `eval` or
 * `new Function` fails the build (extension and strict-CSP pages forbid them).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const EXAMPLES = join(ROOT, 'examples')
const DICTIONARY_DIR = join(ROOT, 'node_modules', 'dictionary-en')
/** esbuild needs an output directory to name chunks; nothing is written there (write: false). */
const OUT_DIR = join(ROOT, 'examples', '.bundle')
const ENTRY_NAME = 'replylint'

type Exports = Record<string, string | Record<string, string>>

/** Resolve `replylint[/subpath]` the way a browser bundler does, then swap dist JS for the TS source. */
function packageSourcePlugin(): esbuild.Plugin {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Exports }
  return {
    name: 'replylint-from-source',
    setup(build) {
      build.onResolve({ filter: /^replylint(\/.*)?$/ }, (args) => {
        const subpath = '.' + args.path.slice('replylint'.length)
        const target = pkg.exports[subpath]
        const file = typeof target === 'string' ? target : (target?.browser ?? target?.default)
        if (!file) return { errors: [{ text: `package.json exports has no browser entry for "${args.path}"` }] }
        return { path: join(ROOT, file.replace(/^\.\/dist\//, './').replace(/\.js$/, '.ts')) }
      })
    },
  }
}

const NODE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']node:/
const EVAL_CALL = /\beval\s*\(|\bnew\s+Function\s*\(|(?<![.\w$])Function\s*\(\s*["'`]/

/** Throws if bundled code imports a Node built-in or evaluates strings as code. */
export function assertBrowserSafe(code: string, name: string): void {
  const nodeImport = NODE_IMPORT.exec(code)
  if (nodeImport) throw new Error(`${name}: imports a Node built-in near ${JSON.stringify(code.slice(nodeImport.index, nodeImport.index + 60))}`)
  const evalCall = EVAL_CALL.exec(code)
  if (evalCall) throw new Error(`${name}: evaluates code (${JSON.stringify(evalCall[0])}), which CSP forbids`)
}

export interface Chunk {
  /** File name relative to the output directory ("replylint.js", "chunk-ABC123.js"). */
  file: string
  code: string
  bytes: number
  gzipBytes: number
}

export interface Bundle {
  /** The entry chunk: what a page downloads before anything else. */
  code: string
  bytes: number
  gzipBytes: number
  metafile: esbuild.Metafile
  /** Every output file, the entry first; with `splitting`, the chunks `import()` fetches on demand. */
  chunks: Chunk[]
}

export interface BundleOptions {
  format?: 'esm' | 'iife'
  /**
   * ES modules only: split what the core loads with `import()` (rules' language data)
   * into chunks beside the entry. Without it, esbuild inlines those modules in the
   * one file: content scripts (IIFE) and extension service workers (where the HTML
   * spec forbids `import()`) need that.
   */
  splitting?: boolean
  /** Prepended to every output file (the bundle test uses it to see which chunks load). */
  banner?: string
}

/** Bundle one entry for browsers (minified); every output file is checked with assertBrowserSafe. */
export async function bundle(entry: string | { contents: string; name: string }, options: BundleOptions | 'esm' | 'iife' = {}): Promise<Bundle> {
  const { format = 'esm', splitting = false, banner } = typeof options === 'string' ? { format: options } : options
  const name = typeof entry === 'string' ? entry : entry.name
  const result = await esbuild.build({
    ...(typeof entry === 'string'
      ? { entryPoints: { [ENTRY_NAME]: entry } }
      : { stdin: { contents: entry.contents, resolveDir: ROOT, sourcefile: entry.name, loader: 'ts' as const } }),
    bundle: true,
    platform: 'browser',
    format,
    splitting: splitting && format === 'esm',
    outdir: OUT_DIR,
    entryNames: ENTRY_NAME,
    chunkNames: 'chunk-[hash]',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    ...(banner ? { banner: { js: banner } } : {}),
    plugins: [packageSourcePlugin()],
  })
  const chunks: Chunk[] = result.outputFiles
    .map((output) => ({
      file: output.path.slice(OUT_DIR.length + 1),
      code: output.text,
      bytes: output.contents.byteLength,
      gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength,
    }))
    .sort((a, b) => Number(b.file === `${ENTRY_NAME}.js`) - Number(a.file === `${ENTRY_NAME}.js`))
  for (const chunk of chunks) assertBrowserSafe(chunk.code, `${name} (${chunk.file})`)
  const main = chunks[0]!
  return { code: main.code, bytes: main.bytes, gzipBytes: main.gzipBytes, metafile: result.metafile, chunks }
}

/** The core as a browser app gets it: `import ... from 'replylint'` with the browser condition, split as a bundler splits it. */
export async function bundleCore(options: Omit<BundleOptions, 'format'> = { splitting: true }): Promise<Bundle> {
  return bundle({ contents: "export * from 'replylint'\n", name: 'replylint (browser condition)' }, options)
}

/** The Web Worker entry (`replylint/worker`), which carries the core. */
export async function bundleWorker(options: Omit<BundleOptions, 'format'> = { splitting: true }): Promise<Bundle> {
  return bundle({ contents: "import 'replylint/worker'\n", name: 'replylint/worker' }, options)
}

/** Writes a bundle's files (entry and chunks) into outDir; returns the entry's path. */
export function writeBundle(built: Bundle, outDir: string, entryFile: string): string {
  mkdirSync(outDir, { recursive: true })
  const [main, ...rest] = built.chunks
  // Chunks import each other and the entry by relative path: keep their names, rename only the entry.
  const renamed = rest.map((chunk) => ({ ...chunk, code: chunk.code.replaceAll(`./${ENTRY_NAME}.js`, `./${entryFile}`) }))
  writeFileSync(join(outDir, entryFile), main!.code)
  for (const chunk of renamed) writeFileSync(join(outDir, chunk.file), chunk.code)
  return join(outDir, entryFile)
}

/** Which files of a split bundle a page downloads to build one linter, and their sizes. */
export interface Download {
  /** The entry first, then the chunks in the order they loaded. */
  chunks: Chunk[]
  bytes: number
  gzipBytes: number
}

const CHUNK_MARK = '__replylintChunkLoaded'
const chunkListeners = new Set<(url: string) => void>()

/**
 * Runs the split core bundle in Node, the way a page runs it: imports the entry,
 * calls createLinter(linterOptions) and records every chunk that evaluated (each
 * carries a one-line banner in a second, otherwise identical build). Sizes are
 * those of the same chunks in the build without the banner.
 */
export async function downloadFor(linterOptions: Record<string, unknown>): Promise<Download> {
  const [plain, marked] = await Promise.all([bundleCore(), bundleCore({ splitting: true, banner: `globalThis.${CHUNK_MARK}?.(import.meta.url);` })])
  const inputsOf = (built: Bundle) =>
    new Map(Object.entries(built.metafile.outputs).map(([path, output]) => [basename(path), Object.keys(output.inputs).sort().join('\n')]))
  const plainByInputs = new Map([...inputsOf(plain)].map(([file, inputs]) => [inputs, file]))
  const markedInputs = inputsOf(marked)
  const dir = mkdtempSync(join(tmpdir(), 'replylint-chunks-'))
  const loaded: string[] = []
  // Several measurements may run at once: each listens for the chunks of its own directory.
  const listener = (url: string) => {
    const path = fileURLToPath(url)
    if (dirname(path) === dir) loaded.push(basename(path))
  }
  chunkListeners.add(listener)
  ;(globalThis as Record<string, unknown>)[CHUNK_MARK] ??= (url: string) => chunkListeners.forEach((listen) => listen(url))
  try {
    const entry = writeBundle(marked, dir, `${ENTRY_NAME}.js`)
    const core = (await import(pathToFileURL(entry).href)) as { createLinter(options: unknown): Promise<unknown> }
    await core.createLinter(linterOptions)
  } finally {
    chunkListeners.delete(listener)
    rmSync(dir, { recursive: true, force: true })
  }
  const chunks = [...new Set(loaded)].map((file) => {
    const twin = plainByInputs.get(markedInputs.get(file)!)
    const chunk = plain.chunks.find((candidate) => candidate.file === twin)
    if (!chunk) throw new Error(`no chunk in the plain build matches ${file}`)
    return chunk
  })
  chunks.sort((a, b) => Number(b.file === plain.chunks[0]!.file) - Number(a.file === plain.chunks[0]!.file))
  return {
    chunks,
    bytes: chunks.reduce((sum, chunk) => sum + chunk.bytes, 0),
    gzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
  }
}

/** dictionary-en's files as strings, as a page passes them to createLinter. */
export function dictionaryStrings(): { aff: string; dic: string } {
  return { aff: readFileSync(join(DICTIONARY_DIR, 'index.aff'), 'utf8'), dic: readFileSync(join(DICTIONARY_DIR, 'index.dic'), 'utf8') }
}

function copyDictionary(outDir: string): void {
  const target = join(outDir, 'dictionaries', 'en')
  mkdirSync(target, { recursive: true })
  for (const file of ['index.aff', 'index.dic', 'license']) cpSync(join(DICTIONARY_DIR, file), join(target, file))
}

function emptyDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
}

/** examples/web → outDir: index.html, demo.css, demo.js, worker.js, dictionaries/en/*. */
export async function buildDemo(outDir = join(EXAMPLES, 'web', 'dist')): Promise<string> {
  const source = join(EXAMPLES, 'web')
  emptyDir(outDir)
  for (const file of ['index.html', 'demo.css']) cpSync(join(source, file), join(outDir, file))
  writeFileSync(join(outDir, 'demo.js'), (await bundle(join(source, 'demo.ts'))).code)
  // A module worker may import(): rules' data arrive as chunks beside worker.js, fetched when a linter needs them.
  writeBundle(await bundleWorker(), outDir, 'worker.js')
  copyDictionary(outDir)
  return outDir
}

/** examples/browser-extension → outDir: an unpacked MV3 extension (chrome://extensions → Load unpacked). */
export async function buildExtension(outDir = join(EXAMPLES, 'browser-extension', 'dist')): Promise<string> {
  const source = join(EXAMPLES, 'browser-extension')
  emptyDir(outDir)
  for (const file of ['manifest.json', 'options.html', 'panel.css']) cpSync(join(source, file), join(outDir, file))
  // Content scripts are classic scripts: an IIFE. The service worker and options page are modules, but
  // the HTML spec forbids import() in service workers: that bundle keeps every rule's data in one file
  // (esbuild inlines what import() loads when not splitting). The options page only lists the rules;
  // unsplit too, so the extension ships no chunk files beside background.js.
  writeFileSync(join(outDir, 'content.js'), (await bundle(join(source, 'content.ts'), 'iife')).code)
  writeFileSync(join(outDir, 'background.js'), (await bundle(join(source, 'background.ts'))).code)
  writeFileSync(join(outDir, 'options.js'), (await bundle(join(source, 'options.ts'))).code)
  copyDictionary(outDir)
  return outDir
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const demo = await buildDemo()
  const extension = await buildExtension()
  const core = await bundleCore()
  console.log(`demo      → ${demo}`)
  console.log(`extension → ${extension}`)
  const chunks = core.chunks.slice(1).reduce((sum, chunk) => sum + chunk.gzipBytes, 0)
  console.log(
    `core bundle: entry chunk ${(core.bytes / 1024).toFixed(1)} KiB minified, ${(core.gzipBytes / 1024).toFixed(1)} KiB gzipped; ` +
      `${core.chunks.length - 1} chunks loaded on demand, ${(chunks / 1024).toFixed(1)} KiB gzipped (npm run bench -- size)`,
  )
}
