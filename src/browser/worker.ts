/**
 * `replylint/worker`: the Web Worker entry. Start it as a module worker and talk
 * to it with `createLintClient` from `replylint/client`:
 *
 *   const worker = new Worker(new URL('replylint/worker', import.meta.url), { type: 'module' })
 */
import type { LintRequest, LintResponse } from './protocol.js'
import { createLintService } from './service.js'

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<LintRequest>) => void): void
  postMessage(message: LintResponse): void
}

const scope = globalThis as unknown as WorkerScope
const service = createLintService()
scope.addEventListener('message', (event) => service.handle(event.data, (response) => scope.postMessage(response)))
