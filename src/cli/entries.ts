/**
 * Finding the responses in a structured file. Helpdesk exports differ in shape
 * but agree on a few field names, so the walk looks for those anywhere:
 * - arrays of strings at the top level;
 * - objects with a text field: text, body_text, comment_value, chatText,
 *   content, message (and body / *_html, used only when no plain field sits
 *   beside them, stripped to text when they hold HTML);
 * - Zendesk macro actions `{"field": "comment_value", "value": …}`;
 * - Gorgias `actions[].arguments.{body_text, body_html}`, Intercom
 *   `{name, body, body_text}`.
 * The nearest object with a title, name, subject or id labels the entry, and a
 * `"replylint": {"disable": [...]}` field switches rules off for what it holds.
 */
import { looksLikeHtml, type Markup } from './markup.js'
import { identity } from './mapped.js'
import { InputError, type SourceNode, type StringSource, objectGet } from './sources/tree.js'

export interface Entry {
  /** Title or id shown in the report; undefined for a whole-file response. */
  label: string | undefined
  value: string
  markup: Markup
  /** Where the response sits in the file (computed when first needed). */
  source: () => StringSource
  /** Rules switched off for this entry; 'all' for every rule. */
  disabled: ReadonlySet<string> | 'all' | undefined
}

const PLAIN_KEYS = new Set(['text', 'body_text', 'comment_value', 'chatText', 'content', 'message', 'plain_text', 'text_body'])
const FALLBACK_KEYS = new Set(['body', 'html', 'body_html', 'html_body', 'comment_value_html'])
const TITLE_KEYS = ['title', 'name', 'subject']
const ID_KEYS = ['id', 'external_id', 'key', 'slug']

interface Owner {
  label: string | undefined
  disabled: ReadonlySet<string> | 'all' | undefined
}

/** The whole file is one response (.txt, .md, stdin). */
export function wholeFileEntry(text: string, markup: Markup): Entry {
  const source: StringSource = { mapped: identity(text), encode: (t) => t }
  return { label: undefined, value: text, markup, source: () => source, disabled: undefined }
}

export function findEntries(root: SourceNode, knownRules: ReadonlySet<string>): Entry[] {
  const entries: Entry[] = []
  const top: Owner = { label: undefined, disabled: undefined }
  if (root.kind === 'array') {
    root.items.forEach((item, index) => {
      if (item.kind === 'string') entries.push(entryOf(item, `[${index}]`, 'text', top.disabled))
      else walk(item, `[${index}]`, top, entries, knownRules)
    })
  } else if (root.kind === 'string') entries.push(entryOf(root, undefined, markupOf(root.value, false), undefined))
  else walk(root, '', top, entries, knownRules)
  return entries
}

function entryOf(node: Extract<SourceNode, { kind: 'string' }>, label: string | undefined, markup: Markup, disabled: Owner['disabled']): Entry {
  return { label, value: node.value, markup, source: node.source, disabled }
}

function walk(node: SourceNode, path: string, owner: Owner, out: Entry[], knownRules: ReadonlySet<string>, inActions = false): void {
  if (node.kind === 'array') {
    // Zendesk actions: prefer comment_value over its HTML twin.
    const fields = new Set<string>()
    for (const item of node.items) {
      const field = objectGet(item, 'field')
      if (field?.kind === 'string') fields.add(field.value)
    }
    node.items.forEach((item, index) => {
      if (item.kind !== 'object') return
      const field = objectGet(item, 'field')
      let value = objectGet(item, 'value')
      // Some exports give comment_value as ["channel:all", "text"]: the text is the last item.
      if (value?.kind === 'array' && value.items.length > 0) value = value.items[value.items.length - 1]
      if (field?.kind === 'string' && value?.kind === 'string') {
        if (field.value === 'comment_value') out.push(entryOf(value, owner.label ?? `${path}[${index}]`, markupOf(value.value, false), owner.disabled))
        else if (field.value === 'comment_value_html' && !fields.has('comment_value')) {
          out.push(entryOf(value, owner.label ?? `${path}[${index}]`, 'html', owner.disabled))
        }
        return
      }
      walk(item, `${path}[${index}]`, owner, out, knownRules, inActions)
    })
    return
  }
  if (node.kind !== 'object') return

  // An action's own name ("setResponseText") never labels the macro it belongs to.
  const here = ownerOf(node, inActions ? undefined : path, owner, knownRules)
  const hasPlain = node.entries.some(([key, value]) => PLAIN_KEYS.has(key) && value.kind === 'string')
  for (const [key, value] of node.entries) {
    if (key === 'replylint') continue
    if (value.kind === 'string') {
      if (PLAIN_KEYS.has(key)) out.push(entryOf(value, here.label ?? join(path, key), markupOf(value.value, false), here.disabled))
      else if (FALLBACK_KEYS.has(key) && !hasPlain) out.push(entryOf(value, here.label ?? join(path, key), markupOf(value.value, key.includes('html')), here.disabled))
    } else if (value.kind === 'object' || value.kind === 'array') {
      walk(value, join(path, key), here, out, knownRules, key === 'actions')
    }
  }
}

function join(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]{0,100}$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`
}

function markupOf(value: string, html: boolean): Markup {
  return html || looksLikeHtml(value) ? 'html' : 'text'
}

function ownerOf(node: Extract<SourceNode, { kind: 'object' }>, path: string | undefined, parent: Owner, knownRules: ReadonlySet<string>): Owner {
  let title: string | undefined
  for (const key of TITLE_KEYS) {
    const value = objectGet(node, key)
    if (value?.kind === 'string' && value.value.trim()) {
      title = value.value.trim()
      break
    }
  }
  let id: string | undefined
  for (const key of ID_KEYS) {
    const value = objectGet(node, key)
    if (value?.kind === 'string' || (value?.kind === 'scalar' && typeof value.value === 'number')) {
      id = String(value.value)
      break
    }
  }
  if (path === undefined) title = id = undefined
  const label = title !== undefined || id !== undefined ? [id !== undefined ? `#${id}` : undefined, title !== undefined ? JSON.stringify(clip(title)) : undefined].filter(Boolean).join(' ') : undefined
  const settings = objectGet(node, 'replylint')
  let disabled = parent.disabled
  if (settings) disabled = merge(disabled, readEntrySettings(settings, knownRules))
  return { label: label ?? parent.label, disabled }
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ')
  return oneLine.length > 60 ? oneLine.slice(0, 59) + '…' : oneLine
}

function merge(a: Owner['disabled'], b: Owner['disabled']): Owner['disabled'] {
  if (a === 'all' || b === 'all') return 'all'
  if (!a) return b
  if (!b) return a
  return new Set([...a, ...b])
}

/** `"replylint": {"disable": true | ["rule", …]}` */
function readEntrySettings(node: SourceNode, knownRules: ReadonlySet<string>): Owner['disabled'] {
  if (node.kind !== 'object') throw new InputError('"replylint" must be an object like {"disable": ["no-all-caps"]}', node.offset)
  let disabled: Owner['disabled']
  for (const [key, value] of node.entries) {
    if (key !== 'disable') throw new InputError(`"replylint" has an unknown key ${JSON.stringify(key)}; expected "disable"`, value.offset)
    if (value.kind === 'scalar' && value.value === true) disabled = 'all'
    else if (value.kind === 'array' && value.items.every((item) => item.kind === 'string')) {
      const ids = value.items.map((item) => (item as { value: string }).value)
      const unknown = ids.find((id) => !knownRules.has(id))
      if (unknown !== undefined) throw new InputError(`"replylint.disable" names an unknown rule ${JSON.stringify(unknown)}`, value.offset)
      disabled = new Set(ids)
    } else throw new InputError('"replylint.disable" must be true or an array of rule ids', value.offset)
  }
  return disabled
}
