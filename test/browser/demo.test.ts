/**
 * examples/web in real Chromium, served under a strict Content-Security-Policy
 * (script-src 'self', no unsafe-eval): the worker boots, the typed draft's
 * issues appear exactly as the Node linter reports them, a fix applies.
 * Reports page-load-to-first-result and keystroke-to-result in the worker.
 */
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, buildDemo } from '../../examples/build.js'
import { transcript } from '../../examples/web/transcript.js'
import { type Linter, type LintResult, createLinter, ruleRegistry } from '../../src/node.js'
import { launchBrowser } from './browser.js'
import { ARTIFACTS, DRAFT, applyFix, buttonFix, flagged, percentile, recordFigures } from './shared.js'
import { STRICT_CSP, type StaticServer, serveStatic } from './server.js'

/** The highlighted passages: issues in order, overlaps drawn once (as the demo draws them). */
function highlighted(draft: string, result: LintResult): string[] {
  const marks: string[] = []
  let cursor = 0
  for (const message of result.messages) {
    const start = Math.max(message.offset, cursor)
    if (message.endOffset <= start) continue
    marks.push(draft.slice(start, message.endOffset))
    cursor = message.endOffset
  }
  return marks
}

interface DemoStats {
  firstResultMs: number
  lastDraft?: string
  roundTripMs: number[]
  workerMs: number[]
}

describe('examples/web in Chromium under a strict CSP', () => {
  let server: StaticServer
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let context: BrowserContext
  let page: Page
  let linter: Linter
  const problems: string[] = []

  beforeAll(async () => {
    const dir = await buildDemo(join(ARTIFACTS, 'demo'))
    ;[server, browser, linter] = await Promise.all([serveStatic({ '/': dir }), launchBrowser(), createLinter()])
    context = browser.context
    page = await context.newPage()
    await page.setViewportSize({ width: 1100, height: 760 })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error' && !/favicon/.test(message.location().url)) problems.push(`console: ${message.text()}`)
    })
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
      })
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  const stats = () => page.evaluate(() => (globalThis as unknown as { replylintDemo: DemoStats }).replylintDemo)
  const shownIssues = () =>
    page.$$eval('#issues li', (items) => items.map((item) => item.dataset.ruleId ?? ''))
  const markedText = () => page.$$eval('#highlights mark', (marks) => marks.map((mark) => mark.textContent ?? ''))
  const waitForLinted = (draft: string) =>
    page.waitForFunction((expected) => (globalThis as unknown as { replylintDemo: DemoStats }).replylintDemo.lastDraft === expected, draft)

  it('loads under the CSP and gives a first result, fetching the dictionary only if a rule needs it', async () => {
    const response = await page.goto(`${server.url}/index.html`)
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP)
    expect(STRICT_CSP).not.toContain('unsafe-eval')
    await page.waitForSelector('html[data-first-result-ms]', { timeout: 60_000 })
    const { firstResultMs } = await stats()
    expect(firstResultMs).toBeGreaterThan(0)

    const needsDictionary = linter.rules.some((rule) => ruleRegistry.get(rule.id)!.meta.requires.includes('dictionary'))
    const dicBytes = server.served.get('/dictionaries/en/index.dic')
    if (needsDictionary) expect(dicBytes).toBeGreaterThan(500_000)
    else expect(dicBytes).toBeUndefined()
    expect(server.served.has('/worker.js')).toBe(true)
    // The rules' language data arrives as chunks the worker imports beside worker.js (strict CSP: script-src 'self').
    const chunks = [...server.served].filter(([path]) => /^\/chunk-[\w-]+\.js$/.test(path))
    expect(chunks.length).toBeGreaterThan(5)
    recordFigures('demo-load', {
      workerChunksFetched: chunks.length,
      workerBytes: (server.served.get('/worker.js') ?? 0) + chunks.reduce((sum, [, bytes]) => sum + bytes, 0),
      pageLoadToFirstResultMs: Math.round(firstResultMs),
      dictionaryFetched: dicBytes !== undefined,
      dictionaryBytes: dicBytes ?? 0,
      rules: linter.rules.map((rule) => rule.id),
    })
    expect(problems).toEqual([])
  })

  it('lints as the agent types: the issues shown are the Node linter’s, including textspeak, shouting and the typo', async () => {
    await page.fill('#reply', '')
    await page.locator('#reply').pressSequentially(DRAFT, { delay: 60 })
    await waitForLinted(DRAFT)

    const result = linter.lint(DRAFT, { transcript })
    const expected = flagged(DRAFT, result)
    expect(await shownIssues()).toEqual(expected.map(([ruleId]) => ruleId))
    expect(await markedText()).toEqual(highlighted(DRAFT, result))
    expect(expected).toContainEqual(['no-all-caps', 'NOT'])
    const enabled = new Set(linter.rules.map((rule) => rule.id))
    if (enabled.has('no-chat-shorthand')) expect(expected).toContainEqual(['no-chat-shorthand', 'lol'])
    if (enabled.has('spelling')) expect(expected).toContainEqual(['spelling', 'chek'])

    await page.screenshot({ path: join(ARTIFACTS, 'demo.png'), fullPage: true })
    if (process.env.UPDATE_SCREENSHOTS) copyFileSync(join(ARTIFACTS, 'demo.png'), join(ROOT, 'examples', 'web', 'screenshot.png'))

    const { roundTripMs, workerMs } = await stats()
    // Every keystroke after the first result produced a lint or was coalesced into a newer one.
    expect(roundTripMs.length).toBeGreaterThan(0)
    expect(roundTripMs.length).toBeLessThanOrEqual(DRAFT.length + 1)
    recordFigures('demo-typing', {
      keystrokes: DRAFT.length,
      results: roundTripMs.length,
      keystrokeToResultP50Ms: +percentile(roundTripMs, 50).toFixed(1),
      keystrokeToResultP95Ms: +percentile(roundTripMs, 95).toFixed(1),
      lintInWorkerP50Ms: +percentile(workerMs, 50).toFixed(2),
    })
    expect(problems).toEqual([])
  })

  it('applies a fix from its button, and the issue goes away', async () => {
    const result = linter.lint(DRAFT, { transcript })
    const caps = result.messages.find((message) => message.ruleId === 'no-all-caps')!
    const fixed = applyFix(DRAFT, buttonFix(caps)!)
    expect(fixed).toContain('do not refresh')

    await page.click('#issues li[data-rule-id="no-all-caps"] button.fix')
    await waitForLinted(fixed)
    expect(await page.inputValue('#reply')).toBe(fixed)
    const expected = flagged(fixed, linter.lint(fixed, { transcript }))
    expect(expected.map(([ruleId]) => ruleId)).not.toContain('no-all-caps')
    expect(await shownIssues()).toEqual(expected.map(([ruleId]) => ruleId))
    expect(problems).toEqual([])
  })

  it('sends an added customer message to the worker once and lints against it', async () => {
    await page.fill('#customer-input', 'Also my phone number is 555 0100.')
    await page.click('#customer-form button')
    await expect.poll(() => page.$$eval('#turns li', (items) => items.length)).toBe(transcript.length + 1)
    const draft = await page.inputValue('#reply')
    const expected = flagged(draft, linter.lint(draft, { transcript: [...transcript, { role: 'customer', text: 'Also my phone number is 555 0100.' }] }))
    await expect.poll(shownIssues).toEqual(expected.map(([ruleId]) => ruleId))
    expect(problems).toEqual([])
  })

  it('really runs under the CSP: an inline script is refused, and the violation is caught', async () => {
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'globalThis.inlineScriptRan = true'
      document.head.append(script)
      await new Promise((resolve) => setTimeout(resolve, 50))
      return (globalThis as { inlineScriptRan?: boolean }).inlineScriptRan === true
    })
    expect(ran).toBe(false)
    await expect.poll(() => problems.some((problem) => /CSP violation: script-src/.test(problem))).toBe(true)
    problems.length = 0
  })
})
