/**
 * A tiny static file server on 127.0.0.1 (random port) for the browser tests.
 * Every response carries a strict Content-Security-Policy: no inline script,
 * no eval, workers and fetches from this origin only.
 */
import { createReadStream, statSync } from 'node:fs'
import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'"

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.aff': 'application/octet-stream',
  '.dic': 'application/octet-stream',
}

export interface StaticServer {
  url: string
  /** Bytes served per path, to check what the page fetched. */
  served: Map<string, number>
  close(): Promise<void>
}

/** Serve `mounts` (URL prefix → directory), e.g. { '/': demoDir, '/helpdesk/': fixtureDir }. */
export async function serveStatic(mounts: Record<string, string>): Promise<StaticServer> {
  const served = new Map<string, number>()
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length)
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const prefix = prefixes.find((p) => path.startsWith(p))
    const root = prefix === undefined ? undefined : mounts[prefix]
    const relative = prefix === undefined ? '' : path.slice(prefix.length) || 'index.html'
    const file = root === undefined ? undefined : normalize(join(root, relative))
    let size = -1
    try {
      if (file && root && file.startsWith(normalize(root + sep))) size = statSync(file).isFile() ? statSync(file).size : -1
    } catch {
      size = -1
    }
    if (!file || size < 0) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    served.set(path, size)
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'content-security-policy': STRICT_CSP,
      'cache-control': 'no-store',
    })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
