/**
 * The worker facade: lintAsync over the worker protocol, with the service
 * running in-process behind a channel that records every message (the real
 * Worker is exercised in Chromium by test/browser).
 */
import { describe, expect, it } from 'vitest'
import { type LintChannel, type LintRequest, type LintResponse, createLintClient } from '../src/browser/client.js'
import { createLintService } from '../src/browser/service.js'
import { createLinter, loadDictionary } from '../src/index.js'
import { registry } from '../rules/index.js'

/** Every rule off but no-all-caps: these tests are about the client, not the rules (and need no dictionary). */
const CAPS_ONLY = {
  preset: 'recommended' as const,
  rules: Object.fromEntries(registry.map((r) => [r.meta.id, r.meta.id === 'no-all-caps' ? 'warn' : 'off'])) as Record<string, 'warn' | 'off'>,
}

/** A channel to an in-process service; responses are delivered asynchronously, as from a worker. */
function inProcessChannel() {
  const service = createLintService()
  const sent: LintRequest[] = []
  let listener: ((response: LintResponse) => void) | undefined
  const channel: LintChannel = {
    postMessage(request) {
      sent.push(structuredClone(request))
      service.handle(structuredClone(request), (response) => setTimeout(() => listener?.(structuredClone(response)), 0))
    },
    onResponse(next) {
      listener = next
    },
  }
  return { channel, sent, lintsSent: () => sent.filter((r) => r.type === 'lint').map((r) => (r as { draft: string }).draft) }
}

describe('createLintClient', () => {
  it('lints in the service and returns the same result as lint()', async () => {
    const { channel } = inProcessChannel()
    const client = createLintClient(channel, CAPS_ONLY)
    expect((await client.ready).map((rule) => rule.id)).toContain('no-all-caps')
    const draft = 'Please do NOT refresh the page.'
    const expected = (await createLinter(CAPS_ONLY)).lint(draft)
    expect(await client.lintAsync(draft)).toEqual(expected)
    expect(expected.messages.length).toBeGreaterThan(0)
  })

  it('coalesces keystrokes: drafts superseded while a lint is in flight resolve to null and are never sent', async () => {
    const { channel, lintsSent } = inProcessChannel()
    const client = createLintClient(channel, CAPS_ONLY)
    const drafts = ['Do', 'Do N', 'Do NO', 'Do NOT']
    const results = await Promise.all(drafts.map((draft) => client.lintAsync(draft)))
    // The first goes out at once; the two typed while it ran are stale; only the newest follows.
    expect(lintsSent()).toEqual(['Do', 'Do NOT'])
    expect(results[0]).toEqual({ messages: [], errorCount: 0, warningCount: 0, infoCount: 0 })
    expect(results[1]).toBeNull()
    expect(results[2]).toBeNull()
    expect(results[3]!.messages.map((m) => [m.ruleId, m.offset, m.endOffset])).toEqual([['no-all-caps', 3, 6]])
  })

  it('reports timings with each result', async () => {
    const { channel } = inProcessChannel()
    const client = createLintClient(channel, CAPS_ONLY)
    const timed = await client.lintTimed('Hello there.')
    expect(timed!.workerMs).toBeGreaterThanOrEqual(0)
    expect(timed!.roundTripMs).toBeGreaterThanOrEqual(timed!.workerMs)
  })

  it('keeps the conversation in the service: the transcript is sent once, turns incrementally, lints carry only the draft', async () => {
    const { channel, sent } = inProcessChannel()
    const client = createLintClient(channel, CAPS_ONLY)
    client.setContext({ transcript: [{ role: 'customer', text: 'My order never came.' }], customer: { name: 'Maya' } })
    await client.lintAsync('Sorry to hear that.')
    client.addTurns({ role: 'agent', text: 'Let me check.' })
    await client.lintAsync('Sorry to hear that, Maya.')
    expect(sent.map((r) => r.type)).toEqual(['configure', 'context', 'lint', 'turns', 'lint'])
    expect(sent.filter((r) => r.type === 'lint')).toEqual([
      { type: 'lint', id: expect.any(Number), draft: 'Sorry to hear that.' },
      { type: 'lint', id: expect.any(Number), draft: 'Sorry to hear that, Maya.' },
    ])
    expect(sent[3]).toEqual({ type: 'turns', turns: [{ role: 'agent', text: 'Let me check.' }] })
  })

  it('applies the kept context to every lint: a bad turn added later fails the next lint, naming it', async () => {
    const { channel } = inProcessChannel()
    const client = createLintClient(channel, CAPS_ONLY)
    client.setContext({ transcript: [{ role: 'customer', text: 'Hi.' }] })
    await expect(client.lintAsync('Hello!')).resolves.not.toBeNull()
    client.addTurns({ role: 'robot', text: 'beep' } as never)
    await expect(client.lintAsync('Hello!')).rejects.toThrow(/context\.transcript\[1\]/)
    client.setContext(undefined)
    await expect(client.lintAsync('Hello!')).resolves.not.toBeNull()
  })

  it('fixAsync applies safe fixes in the service', async () => {
    const { channel } = inProcessChannel()
    const client = createLintClient(channel, CAPS_ONLY)
    const draft = 'Please do NOT refresh the page.'
    expect(await client.fixAsync(draft)).toBe((await createLinter(CAPS_ONLY)).fix(draft))
  })

  it('rejects ready and every lint on a bad config, with the engine message', async () => {
    const { channel } = inProcessChannel()
    const client = createLintClient(channel, { rules: { 'no-such-rule': 'warn' } })
    await expect(client.ready).rejects.toThrow(/unknown rule "no-such-rule"/)
    await expect(client.lintAsync('Hi')).rejects.toThrow(/unknown rule "no-such-rule"/)
  })

  it('reconfigures: a rule switched off stops reporting', async () => {
    const { channel } = inProcessChannel()
    const client = createLintClient(channel, CAPS_ONLY)
    expect((await client.lintAsync('Do NOT do that.'))!.messages).toHaveLength(1)
    await client.configure({ ...CAPS_ONLY, rules: { ...CAPS_ONLY.rules, 'no-all-caps': 'off' } })
    expect((await client.lintAsync('Do NOT do that.'))!.messages).toHaveLength(0)
  })

  it('close() resolves a waiting draft to null and refuses new work', async () => {
    const { channel } = inProcessChannel()
    const client = createLintClient(channel, CAPS_ONLY)
    const first = client.lintAsync('one')
    const second = client.lintAsync('two')
    client.close()
    expect(await first).toBeNull()
    expect(await second).toBeNull()
    await expect(client.lintAsync('three')).rejects.toThrow(/closed/)
  })
})

describe('createLintClient over a Worker', () => {
  /** A stand-in for a Worker whose script failed to load: it answers nothing and fires `error`. */
  function deadWorker() {
    const listeners: Record<string, Array<(event: unknown) => void>> = { message: [], error: [] }
    return {
      posted: [] as unknown[],
      postMessage(message: unknown) {
        this.posted.push(message)
      },
      addEventListener(type: 'message' | 'error', listener: (event: never) => void) {
        listeners[type]!.push(listener as (event: unknown) => void)
      },
      fail(message: string) {
        for (const listener of listeners.error!) listener({ message })
      },
    }
  }

  it('rejects ready, the lint in flight and later lints when the worker fails, naming the failure', async () => {
    const worker = deadWorker()
    const client = createLintClient(worker, CAPS_ONLY)
    const lint = client.lintAsync('Hello')
    worker.fail('Failed to fetch worker.js')
    await expect(client.ready).rejects.toThrow('replylint worker failed: Failed to fetch worker.js')
    await expect(lint).rejects.toThrow(/Failed to fetch worker\.js/)
    await expect(client.lintAsync('Hello again')).rejects.toThrow(/Failed to fetch worker\.js/)
    expect(() => client.addTurns({ role: 'customer', text: 'hi' })).toThrow(/worker failed/)
  })
})

describe('loadDictionary', () => {
  const files: Record<string, string> = { '/en.aff': 'SET UTF-8\n', '/en.dic': '1\nhello\n' }
  const fakeFetch = (async (url: string | URL) => {
    const body = files[new URL(url).pathname]
    return body === undefined ? new Response('missing', { status: 404 }) : new Response(new TextEncoder().encode(body))
  }) as typeof fetch

  it('fetches both files as bytes', async () => {
    const dictionary = await loadDictionary('https://x.test/en.aff', new URL('https://x.test/en.dic'), { fetch: fakeFetch })
    expect(dictionary.aff).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(dictionary.dic)).toBe('1\nhello\n')
  })

  it('names the file and the HTTP status when a fetch fails', async () => {
    await expect(loadDictionary('https://x.test/en.aff', 'https://x.test/nope.dic', { fetch: fakeFetch })).rejects.toThrow(
      'could not fetch the dictionary dic file https://x.test/nope.dic: HTTP 404',
    )
  })

  it('names a bad URL argument', async () => {
    await expect(loadDictionary(42 as never, 'https://x.test/en.dic', { fetch: fakeFetch })).rejects.toThrow(
      /the aff URL must be a string or URL, got number 42/,
    )
  })
})
