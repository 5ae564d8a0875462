/**
 * Launching Debian's Chromium (/usr/bin/chromium, see install-chromium.sh)
 * with playwright-core: quiet, offline-friendly flags and a fresh profile.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

function freshProfile(): string {
  return mkdtempSync(join(tmpdir(), 'replylint-chromium-'))
}

/** Chromium with a fresh profile directory, removed on close. */
export async function launchBrowser(extraArgs: string[] = []): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = freshProfile()
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    // Playwright's own headless switch is off: the flag below picks Chromium's new headless mode, which runs extensions.
    headless: false,
    args: [...QUIET_FLAGS, '--headless=new', ...extraArgs],
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Chromium with one unpacked extension loaded. */
export function launchWithExtension(extensionDir: string): ReturnType<typeof launchBrowser> {
  return launchBrowser([`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`])
}
