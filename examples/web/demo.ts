/**
 * The demo page: a transcript pane and a reply box linted on every keystroke
 * by replylint in a Web Worker. The transcript is sent to the worker once;
 * added customer messages are appended to it; each keystroke sends only the draft.
 */
import type { LintFix, LintMessage, LintResult, Turn } from 'replylint'
import { createLintClient } from 'replylint/client'
import { transcript } from './transcript.js'


const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const reply = $<HTMLTextAreaElement>('reply')
const highlights = $<HTMLDivElement>('highlights')
const issues = $<HTMLUListElement>('issues')
const summary = $<HTMLParagraphElement>('summary')
const timing = $<HTMLParagraphElement>('timing')

/** Figures the page exposes (the browser test reads them). */
const stats = { firstResultMs: Number.NaN, lastDraft: undefined as string | undefined, roundTripMs: [] as number[], workerMs: [] as number[] }
;(globalThis as { replylintDemo?: typeof stats }).replylintDemo = stats

const client = createLintClient(new Worker('worker.js', { type: 'module' }), {
  preset: 'recommended',
  // Fetched as bytes by the worker, only if an enabled rule needs a dictionary.
  dictionaryUrls: { aff: 'dictionaries/en/index.aff', dic: 'dictionaries/en/index.dic' },
})
client.setContext({ transcript })
for (const turn of transcript) showTurn(turn)

/** The draft the issues on screen belong to: fixes apply only while the box still holds it. */
let shown: { draft: string; result: LintResult } | undefined

async function lintNow(): Promise<void> {
  const draft = reply.value
  try {
    const timed = await client.lintTimed(draft)
    if (!timed) return // a newer keystroke superseded this draft
    if (Number.isNaN(stats.firstResultMs)) {
      stats.firstResultMs = performance.now() // since navigation start
      document.documentElement.dataset.firstResultMs = stats.firstResultMs.toFixed(0)
    } else {
      stats.roundTripMs.push(timed.roundTripMs)
      stats.workerMs.push(timed.workerMs)
    }
    if (reply.value !== draft) return // typed on meanwhile: the newer result is on its way
    shown = { draft, result: timed.result }
    render(draft, timed.result)
    stats.lastDraft = draft
    timing.textContent =
      `First result ${stats.firstResultMs.toFixed(0)} ms after page load · ` +
      `last lint ${timed.workerMs.toFixed(1)} ms in the worker, ${timed.roundTripMs.toFixed(1)} ms round trip`
  } catch (error) {
    summary.textContent = `replylint failed: ${(error as Error).message}`
  }
}

function render(draft: string, result: LintResult): void {
  const messages = result.messages // the engine sorts them by position
  const count = messages.length
  summary.textContent = count === 0 ? 'Looks good to send.' : `${count} ${count === 1 ? 'issue' : 'issues'} to look at before sending`
  document.documentElement.dataset.issueCount = String(count)

  // Highlights: the draft as text nodes, with <mark> over each issue (overlaps clipped).
  const fragments: Node[] = []
  let cursor = 0
  for (const message of messages) {
    const start = Math.max(message.offset, cursor)
    if (message.endOffset <= start) continue
    fragments.push(document.createTextNode(draft.slice(cursor, start)))
    const mark = document.createElement('mark')
    mark.className = message.severity
    mark.textContent = draft.slice(start, message.endOffset)
    fragments.push(mark)
    cursor = message.endOffset
  }
  fragments.push(document.createTextNode(draft.slice(cursor) + '\n'))
  highlights.replaceChildren(...fragments)
  highlights.scrollTop = reply.scrollTop

  issues.replaceChildren(...messages.map((message) => issueItem(message)))
}

function issueItem(message: LintMessage): HTMLLIElement {
  const item = document.createElement('li')
  item.className = message.severity
  item.dataset.ruleId = message.ruleId
  const practice = document.createElement('span')
  practice.className = 'practice'
  practice.textContent = message.practice === undefined ? '—' : `P${message.practice}`
  practice.title = 'Live-chat practice this rule enforces'
  const text = document.createElement('span')
  text.className = 'text'
  text.textContent = message.message
  const rule = document.createElement('span')
  rule.className = 'rule'
  rule.textContent = message.ruleId
  text.append(rule)
  item.append(practice, text)

  const fix: LintFix | undefined = message.fix ?? message.suggestions?.[0]?.fix
  if (fix) {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'fix'
    button.textContent = fixLabel(shown?.draft ?? reply.value, fix)
    button.title = message.fix ? 'Apply the fix' : (message.suggestions?.[0]?.message ?? 'Apply the suggestion')
    button.addEventListener('click', () => applyFix(fix))
    item.append(button)
  }
  item.addEventListener('click', (event) => {
    if (event.target instanceof HTMLButtonElement) return
    reply.focus()
    reply.setSelectionRange(message.offset, message.endOffset)
  })
  return item
}

/** What the button does, in the agent's words: “lol s” → “S”, Remove “!!”. */
function fixLabel(draft: string, fix: LintFix): string {
  const clip = (text: string) => (text.length > 18 ? `${text.slice(0, 17)}…` : text)
  const before = clip(draft.slice(fix.range[0], fix.range[1]).trim())
  if (fix.text === '') return `Remove “${before}”`
  return before === '' ? `Insert “${clip(fix.text)}”` : `${before} → ${clip(fix.text)}`
}

function applyFix(fix: LintFix): void {
  if (!shown || reply.value !== shown.draft) return // stale offsets: the new result is coming
  reply.focus()
  reply.setSelectionRange(fix.range[0], fix.range[1])
  // insertText keeps the browser's undo history and fires `input`; setRangeText is the fallback.
  if (!document.execCommand('insertText', false, fix.text)) {
    reply.setRangeText(fix.text, fix.range[0], fix.range[1], 'end')
    reply.dispatchEvent(new Event('input', { bubbles: true }))
  }
}

function showTurn(turn: Turn): void {
  const item = document.createElement('li')
  item.className = turn.role
  const who = document.createElement('small')
  who.textContent = turn.role === 'customer' ? 'Customer' : 'You'
  item.append(who, turn.text)
  $<HTMLOListElement>('turns').append(item)
}

$<HTMLFormElement>('customer-form').addEventListener('submit', (event) => {
  event.preventDefault()
  const input = $<HTMLInputElement>('customer-input')
  const text = input.value.trim()
  if (!text) return
  const turn: Turn = { role: 'customer', text }
  client.addTurns(turn) // only the new turn crosses to the worker
  showTurn(turn)
  input.value = ''
  void lintNow()
})

reply.addEventListener('input', () => void lintNow())
reply.addEventListener('scroll', () => (highlights.scrollTop = reply.scrollTop))
void lintNow()
