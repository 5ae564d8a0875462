/** The options page: switch rules on and off, edit the team's word list. */
import { rules } from 'replylint'
import { loadSettings, saveSettings } from './settings.js'

const list = document.getElementById('rules') as HTMLUListElement
const wordsBox = document.getElementById('words') as HTMLTextAreaElement
const status = document.getElementById('status') as HTMLSpanElement
const NEEDS_CONVERSATION = new Set(['transcript', 'timestamps', 'action', 'agent'])

const settings = await loadSettings()
const toggles = new Map<string, HTMLInputElement>()
for (const rule of rules) {
  const { id, practice, description, severity, requires } = rule.meta
  const item = document.createElement('li')
  const label = document.createElement('label')
  const toggle = document.createElement('input')
  toggle.type = 'checkbox'
  toggle.name = id
  toggle.checked = settings.rules[id] ?? severity !== 'off'
  toggles.set(id, toggle)
  const name = document.createElement('strong')
  name.textContent = id
  const badge = document.createElement('span')
  badge.className = 'replylint-practice'
  badge.textContent = `P${practice}`
  const text = document.createElement('span')
  text.textContent = ` ${description}${requires.some((need) => NEEDS_CONVERSATION.has(need)) ? ' (needs the conversation)' : ''}`
  label.append(toggle, ' ', badge, ' ', name, text)
  item.append(label)
  list.append(item)
}
wordsBox.value = settings.words.join('\n')

document.getElementById('save')!.addEventListener('click', async () => {
  const chosen: Record<string, boolean> = {}
  for (const rule of rules) {
    const on = toggles.get(rule.meta.id)!.checked
    // Store only departures from the recommended preset.
    if (on !== (rule.meta.severity !== 'off')) chosen[rule.meta.id] = on
  }
  const words = [...new Set(wordsBox.value.split('\n').map((w) => w.trim()).filter(Boolean))]
  await saveSettings({ rules: chosen, words })
  status.textContent = 'Saved.'
})
