/**
 * The messages between a page (or content script) and the linter running in a
 * Web Worker or an extension's service worker. All plain JSON: they cross
 * postMessage and chrome.runtime ports, which serialize as JSON (so turn
 * timestamps should be ISO strings or epoch numbers there, not Dates).
 */
import type { DictionaryData, LintContext, LintResult, LinterOptions, Turn } from '../types.js'

/** Linter options that can cross a message boundary: no loader function. */
export interface RemoteLinterOptions extends Omit<LinterOptions, 'dictionary'> {
  /** The dictionary as strings or bytes. */
  dictionary?: DictionaryData
  /** Or where to fetch it; fetched only if an enabled rule needs a dictionary. Absolute URLs. */
  dictionaryUrls?: { aff: string; dic: string }
}

export type LintRequest =
  | { type: 'configure'; id: number; options: RemoteLinterOptions }
  /** Replace the conversation facts kept between lints. */
  | { type: 'context'; context: LintContext | null }
  /** Append turns to the kept transcript (a new customer message arrived). */
  | { type: 'turns'; turns: Turn[] }
  | { type: 'lint'; id: number; draft: string }
  | { type: 'fix'; id: number; draft: string }

export type LintResponse =
  | { type: 'configured'; id: number; rules: Array<{ id: string; severity: 'info' | 'warn' | 'error' }> }
  /** `ms`: time spent linting inside the worker. */
  | { type: 'result'; id: number; result: LintResult; ms: number }
  | { type: 'fixed'; id: number; text: string }
  | { type: 'error'; id: number | null; name: string; message: string }
