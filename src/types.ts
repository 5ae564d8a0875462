/**
 * Public types: the contract in DESIGN.md. Everything a lint returns is plain,
 * JSON-safe data so it can cross worker and extension boundaries.
 */

/** How a rule is configured. */
export type Severity = 'off' | 'info' | 'warn' | 'error'

/** How a reported message is labelled. */
export type MessageSeverity = 'error' | 'warning' | 'info'

export type Timestamp = Date | string | number

export interface Turn {
  role: 'customer' | 'agent' | 'system'
  text: string
  at?: Timestamp
  agentId?: string
}

export interface LintContext {
  /** The conversation so far, oldest first, not including the draft. */
  transcript?: Turn[]
  /** Earlier chats with the same customer, each oldest first. */
  previousChats?: Turn[][]
  /** The moment the draft would be sent (defaults to the wall clock only where a rule says so). */
  now?: Timestamp
  action?: 'reply' | 'transfer'
  agent?: { activeChats?: number }
  /** Fields the chat tool already knows (pre-chat form, CRM): name, email, phone, order number … */
  customer?: Record<string, string>
}

export interface LintFix {
  /** 0-based UTF-16 offsets into the draft, end exclusive. */
  range: [number, number]
  text: string
}

export interface LintSuggestion {
  message: string
  fix: LintFix
}

export interface LintMessage {
  ruleId: string
  severity: MessageSeverity
  message: string
  practice?: number
  offset: number
  endOffset: number
  line: number
  column: number
  endLine: number
  endColumn: number
  actual?: string
  expected?: string[]
  fix?: LintFix
  suggestions?: LintSuggestion[]
  url?: string
}

export interface LintResult {
  messages: LintMessage[]
  errorCount: number
  warningCount: number
  infoCount: number
}

export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>]

/** A dictionary as hunspell files: strings, or bytes (what `fetch` gives a browser). */
export interface DictionaryData {
  aff: string | Uint8Array | ArrayBuffer
  dic: string | Uint8Array | ArrayBuffer
}

export type DictionaryLoader = () => DictionaryData | Promise<DictionaryData>

export interface LinterOptions {
  preset?: 'recommended' | 'strict' | 'all'
  rules?: Record<string, RuleSetting>
  /** The team's own words: never misspelled, never shouting. */
  words?: string[]
  dictionary?: DictionaryData | DictionaryLoader
}
