/**
 * The content script: finds reply boxes (textareas and contenteditable
 * editors) as the agent types in them, lints the draft (debounced) through the
 * extension's service worker, and shows the issues in a panel beside the box,
 * each with its practice number and, where there is one, a fix button.
 */
import type { LintFix, LintMessage, LintResult } from 'replylint'
import { type LintChannel, type LintClient, createLintClient } from 'replylint/client'
import { type Settings, linterOptions, loadSettings } from './settings.js'

const DEBOUNCE_MS = 200
const PANEL_WIDTH = 320

type ReplyBox = HTMLTextAreaElement | HTMLElement

let settings: Promise<Settings> = loadSettings()
let client: LintClient | undefined
let activeBox: ReplyBox | undefined
let timer: ReturnType<typeof setTimeout> | undefined
/** The draft the panel's issues belong to: a fix applies only while the box still holds it. */
let shown: { box: ReplyBox; draft: string; result: LintResult } | undefined

/** One port to the service worker; reconnected after the worker is stopped (MV3 stops idle workers). */
async function linter(): Promise<LintClient> {
  if (client) return client
  const port = chrome.runtime.connect({ name: 'replylint' })
  const channel: LintChannel = {
    postMessage: (request) => port.postMessage(request),
    onResponse: (listener) => port.onMessage.addListener(listener),
    close: () => port.disconnect(),
  }
  const created = createLintClient(channel, linterOptions(await settings))
  port.onDisconnect.addListener(() => {
    if (client === created) client = undefined
    created.close()
  })
  client = created
  return created
}

chrome.storage.onChanged.addListener((_changes, area) => {
  if (area !== 'sync') return
  settings = loadSettings()
  void settings.then((next) => client?.configure(linterOptions(next))).then(() => activeBox && lintSoon(activeBox, 0))
})

// ---- finding reply boxes -------------------------------------------------------------

/** The reply box an event came from: a textarea, or the host of a contenteditable editor. */
function replyBoxOf(target: EventTarget | null): ReplyBox | undefined {
  if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? undefined : target
  if (!(target instanceof HTMLElement) || !target.isContentEditable) return undefined
  let host: HTMLElement = target
  while (host.parentElement?.isContentEditable) host = host.parentElement
  return host
}

document.addEventListener(
  'input',
  (event) => {
    const box = replyBoxOf(event.composedPath()[0] ?? event.target)
    if (box) lintSoon(box, DEBOUNCE_MS)
  },
  true,
)
document.addEventListener(
  'focusin',
  (event) => {
    const box = replyBoxOf(event.composedPath()[0] ?? event.target)
    if (box && box !== activeBox && textOf(box).text.trim() !== '') lintSoon(box, 0)
  },
  true,
)
addEventListener('resize', () => placePanel())
addEventListener('scroll', () => placePanel(), true)

function lintSoon(box: ReplyBox, delay: number): void {
  activeBox = box
  clearTimeout(timer)
  timer = setTimeout(() => void lintBox(box), delay)
}

async function lintBox(box: ReplyBox): Promise<void> {
  const { text } = textOf(box)
  try {
    const result = await (await linter()).lintAsync(text)
    if (!result || box !== activeBox || textOf(box).text !== text) return // superseded
    shown = { box, draft: text, result }
    renderPanel(box, result)
    // For the page: a helpdesk can listen to this (e.g. to hold Send while there are errors). JSON so it crosses worlds.
    box.dispatchEvent(new CustomEvent('replylint:linted', { bubbles: true, detail: JSON.stringify({ draft: text, result }) }))
  } catch (error) {
    console.warn(`replylint: ${(error as Error).message}`)
  }
}

// ---- reading and editing the box's text ------------------------------------------------

interface TextSegment {
  node: Text
  start: number
}

const BLOCK = /^(?:DIV|P|LI|UL|OL|BLOCKQUOTE|PRE|H[1-6]|TR)$/

/** The box's text as the agent sees it, and where each text node sits in it (contenteditable). */
function textOf(box: ReplyBox): { text: string; segments: TextSegment[] } {
  if (box instanceof HTMLTextAreaElement) return { text: box.value, segments: [] }
  let text = ''
  const segments: TextSegment[] = []
  const walk = (parent: Node) => {
    for (const child of Array.from(parent.childNodes)) {
      if (child instanceof Text) {
        segments.push({ node: child, start: text.length })
        text += child.data
      } else if (child instanceof HTMLBRElement) {
        text += '\n'
      } else if (child instanceof HTMLElement) {
        if (BLOCK.test(child.tagName) && text !== '' && !text.endsWith('\n')) text += '\n'
        walk(child)
      }
    }
  }
  walk(box)
  return { text, segments }
}

/** The DOM position of a text offset in a contenteditable box. */
function positionOf(segments: TextSegment[], offset: number): { node: Text; offset: number } | undefined {
  let found: TextSegment | undefined
  for (const segment of segments) {
    if (segment.start > offset) break
    found = segment
  }
  return found && { node: found.node, offset: Math.min(offset - found.start, found.node.length) }
}

function applyFix(box: ReplyBox, fix: LintFix): void {
  const current = textOf(box)
  if (!shown || shown.box !== box || current.text !== shown.draft) return // stale offsets: a new result is coming
  box.focus()
  if (box instanceof HTMLTextAreaElement) {
    box.setSelectionRange(fix.range[0], fix.range[1])
  } else {
    const start = positionOf(current.segments, fix.range[0])
    const end = positionOf(current.segments, fix.range[1])
    if (!start || !end) return
    const range = document.createRange()
    range.setStart(start.node, start.offset)
    range.setEnd(end.node, end.offset)
    const selection = getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range)
  }
  // insertText goes through the editor like typing: undo works and the page's framework sees an input event.
  if (!document.execCommand('insertText', false, fix.text) && box instanceof HTMLTextAreaElement) {
    box.setRangeText(fix.text, fix.range[0], fix.range[1], 'end')
    box.dispatchEvent(new Event('input', { bubbles: true }))
  }
}

// ---- the panel ------------------------------------------------------------------------

let panel: HTMLElement | undefined

function renderPanel(box: ReplyBox, result: LintResult): void {
  if (result.messages.length === 0) {
    panel?.remove()
    panel = undefined
    return
  }
  if (!panel) {
    panel = document.createElement('aside')
    panel.className = 'replylint-panel'
    panel.setAttribute('role', 'status')
    document.body.append(panel)
  }
  const heading = document.createElement('div')
  heading.className = 'replylint-heading'
  heading.textContent = `replylint · ${result.messages.length} ${result.messages.length === 1 ? 'issue' : 'issues'}`
  const close = document.createElement('button')
  close.type = 'button'
  close.className = 'replylint-close'
  close.textContent = '×'
  close.title = 'Hide until the next keystroke'
  close.addEventListener('click', () => renderPanel(box, { ...result, messages: [] }))
  heading.append(close)
  const list = document.createElement('ul')
  list.append(...result.messages.map((message) => issueItem(box, message)))
  panel.replaceChildren(heading, list)
  placePanel()
}

function issueItem(box: ReplyBox, message: LintMessage): HTMLLIElement {
  const item = document.createElement('li')
  item.className = `replylint-issue replylint-${message.severity}`
  item.dataset.ruleId = message.ruleId
  const practice = document.createElement('span')
  practice.className = 'replylint-practice'
  practice.textContent = message.practice === undefined ? '—' : `P${message.practice}`
  practice.title = 'The live-chat practice this enforces'
  const text = document.createElement('span')
  text.className = 'replylint-text'
  text.textContent = message.message
  item.append(practice, text)
  const fix = message.fix ?? message.suggestions?.[0]?.fix
  if (fix) {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'replylint-fix'
    button.textContent = fixLabel(shown?.draft ?? textOf(box).text, fix)
    // mousedown, not click: keep the reply box's focus and selection.
    button.addEventListener('mousedown', (event) => {
      event.preventDefault()
      applyFix(box, fix)
    })
    item.append(button)
  }
  return item
}

/** What the button does, in the agent's words: “lol s” → “S”, Remove “!!”. */
function fixLabel(draft: string, fix: LintFix): string {
  const clip = (text: string) => (text.length > 18 ? `${text.slice(0, 17)}…` : text)
  const before = clip(draft.slice(fix.range[0], fix.range[1]).trim())
  if (fix.text === '') return `Remove “${before}”`
  return before === '' ? `Insert “${clip(fix.text)}”` : `${before} → ${clip(fix.text)}`
}

/** Beside the box on the right when there is room, else below it. */
function placePanel(): void {
  if (!panel || !activeBox) return
  const rect = activeBox.getBoundingClientRect()
  const right = rect.right + 8 + PANEL_WIDTH <= innerWidth
  panel.style.left = `${Math.max(8, right ? rect.right + 8 : rect.left)}px`
  panel.style.top = `${Math.max(8, right ? rect.top : rect.bottom + 8)}px`
  panel.style.width = `${PANEL_WIDTH}px`
}
