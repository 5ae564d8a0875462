/**
 * The extension's settings in chrome.storage.sync, and the linter options they
 * make. Shared by the content script and the options page.
 */
import type { RemoteLinterOptions } from 'replylint/client'

export interface Settings {
  /** Rules switched on (true) or off (false) against the recommended preset. */
  rules: Record<string, boolean>
  /** The team's own words: product names, jargon. Never flagged as typos or shouting. */
  words: string[]
}

export const DEFAULT_SETTINGS: Settings = { rules: {}, words: [] }

export async function loadSettings(): Promise<Settings> {
  const stored = await chrome.storage.sync.get({ ...DEFAULT_SETTINGS })
  const rules: Record<string, boolean> = {}
  if (stored.rules && typeof stored.rules === 'object') {
    for (const [id, on] of Object.entries(stored.rules)) if (typeof on === 'boolean') rules[id] = on
  }
  const words = Array.isArray(stored.words) ? stored.words.filter((w): w is string => typeof w === 'string' && w.trim() !== '') : []
  return { rules, words }
}

export function saveSettings(settings: Settings): Promise<void> {
  return chrome.storage.sync.set({ rules: settings.rules, words: settings.words })
}

export function linterOptions(settings: Settings): RemoteLinterOptions {
  return {
    preset: 'recommended',
    rules: Object.fromEntries(Object.entries(settings.rules).map(([id, on]) => [id, on ? 'warn' : 'off'])),
    words: settings.words,
    // The linter runs in the service worker, which fetches these from the extension itself.
    dictionaryUrls: {
      aff: chrome.runtime.getURL('dictionaries/en/index.aff'),
      dic: chrome.runtime.getURL('dictionaries/en/index.dic'),
    },
  }
}
