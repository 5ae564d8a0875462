/**
 * examples/browser-extension loaded unpacked in Chromium (new headless mode):
 * on a helpdesk page served under a strict CSP, the content script finds the
 * textarea and the contenteditable editor, shows the issues beside the box with
 * their practice numbers, applies a fix; the options page switches a rule off.
 */
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, buildExtension } from '../../examples/build.js'
import { type Linter, type LinterOptions, createLinter } from '../../src/node.js'
import { launchWithExtension } from './browser.js'
import { ARTIFACTS, DRAFT, applyFix, buttonFix, flagged } from './shared.js'
import { type StaticServer, serveStatic } from './server.js'

describe('examples/browser-extension in Chromium', () => {
  let server: StaticServer
  let browser: Awaited<ReturnType<typeof launchWithExtension>>
  let context: BrowserContext
  let page: Page
  let extensionId: string
  let linter: Linter
  const problems: string[] = []

  beforeAll(async () => {
    const dir = await buildExtension(join(ARTIFACTS, 'extension'))
    ;[server, browser, linter] = await Promise.all([
      serveStatic({ '/': join(ROOT, 'test', 'browser', 'fixtures', 'helpdesk') }),
      launchWithExtension(dir),
      createLinter(),
    ])
    context = browser.context
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }))
    extensionId = new URL(worker.url()).host
    page = await context.newPage()
    await page.setViewportSize({ width: 920, height: 560 })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    await page.goto(`${server.url}/index.html`)
    await page.evaluate(() => {
      const seen: string[] = ((globalThis as unknown as { linted: string[] }).linted = [])
      document.addEventListener('replylint:linted', (event) => seen.push(JSON.parse((event as CustomEvent<string>).detail).draft))
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  /** Resolves once the content script has linted exactly `draft` (its `replylint:linted` event). */
  const linted = (draft: string) =>
    page.waitForFunction((expected) => (globalThis as unknown as { linted: string[] }).linted.includes(expected), draft)

  /** [ruleId, practice label] of each issue in the panel. */
  const panelIssues = () =>
    page.$$eval('.replylint-panel .replylint-issue', (items) =>
      items.map((item) => [item.dataset.ruleId ?? '', item.querySelector('.replylint-practice')?.textContent ?? '']),
    )
  const expectedIssues = (draft: string, lintWith: Linter = linter) =>
    lintWith.lint(draft).messages.map((message) => [message.ruleId, `P${message.practice}`])

  it('shows the issues of a textarea draft beside the box, with practice numbers', async () => {
    await page.locator('#reply').pressSequentially(DRAFT, { delay: 25 })
    await linted(DRAFT)
    const expected = expectedIssues(DRAFT)
    expect(expected).toContainEqual(['no-all-caps', 'P6'])
    expect(await panelIssues()).toEqual(expected)

    const box = (await page.locator('#reply').boundingBox())!
    const panel = (await page.locator('.replylint-panel').boundingBox())!
    expect(panel.x).toBeGreaterThanOrEqual(box.x + box.width) // beside the box, not over it
    expect(Math.abs(panel.y - box.y)).toBeLessThan(2)
    await page.screenshot({ path: join(ARTIFACTS, 'extension.png') })
  })

  it('applies a fix in the textarea', async () => {
    const caps = linter.lint(DRAFT).messages.find((message) => message.ruleId === 'no-all-caps')!
    const fixed = applyFix(DRAFT, buttonFix(caps)!)
    await page.locator('.replylint-issue[data-rule-id="no-all-caps"] .replylint-fix').dispatchEvent('mousedown')
    await expect.poll(() => page.inputValue('#reply')).toBe(fixed)
    await expect.poll(panelIssues, { timeout: 15_000 }).toEqual(expectedIssues(fixed))
  })

  it('lints a contenteditable editor and applies a fix inside it', async () => {
    const draft = 'Please do NOT reinstall the app, THANKS'
    await page.click('#rich')
    await page.keyboard.type(draft, { delay: 20 })
    await expect.poll(panelIssues, { timeout: 15_000 }).toEqual(expectedIssues(draft))
    const first = linter.lint(draft).messages[0]!
    await page.locator('.replylint-issue').first().locator('.replylint-fix').dispatchEvent('mousedown')
    const fixed = applyFix(draft, buttonFix(first)!)
    await expect.poll(() => page.locator('#rich').innerText()).toBe(fixed)
    await expect.poll(panelIssues, { timeout: 15_000 }).toEqual(expectedIssues(fixed))
  })

  it('the options page switches a rule off and adds team words (chrome.storage), and the content script follows', async () => {
    const options = await context.newPage()
    await options.goto(`chrome-extension://${extensionId}/options.html`)
    await options.uncheck('input[name="no-all-caps"]')
    await options.fill('#words', 'Acmeflow\nZendesk')
    await options.click('#save')
    await expect.poll(() => options.textContent('#status')).toBe('Saved.')
    await options.close()

    const settings: LinterOptions = { rules: { 'no-all-caps': 'off' }, words: ['Acmeflow', 'Zendesk'] }
    const reconfigured = await createLinter(settings)
    await page.fill('#reply', '')
    const draft = 'lol do NOT reinstall Acmeflow, I will chek it.'
    await page.locator('#reply').pressSequentially(draft, { delay: 20 })
    await linted(draft)
    const expected = expectedIssues(draft, reconfigured)
    expect(expected.map(([ruleId]) => ruleId)).not.toContain('no-all-caps')
    expect(await panelIssues()).toEqual(expected)
    if (expected.length === 0) expect(await page.locator('.replylint-panel').count()).toBe(0)
    // With the rule back on (default linter), the same draft does shout: the setting made the difference.
    expect(expectedIssues(draft).map(([ruleId]) => ruleId)).toContain('no-all-caps')
    expect(problems).toEqual([])
  })
})
