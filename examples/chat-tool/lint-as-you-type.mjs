// A chat tool's view of replylint: one linter for the session, the transcript as
// context, lint() on every keystroke, fix() when the agent accepts the fixes.
// Run after `npm ci`: node examples/chat-tool/lint-as-you-type.mjs
import { createLinter } from 'replylint'

const linter = await createLinter({ words: ['Acme'] })

const transcript = [
  { role: 'customer', text: "Hi, it's Dana. My Acme order 77120 hasn't arrived, my email is dana@example.com", at: '2026-03-02T14:02:10Z' },
]
const context = { transcript, now: '2026-03-02T14:02:35Z' }

// What the agent has typed so far, keystroke by keystroke (abridged).
const draft = 'Sorry about that!! Could you send me the email on the account? brb, checking NOW'
for (const length of [10, 40, draft.length]) {
  const typed = draft.slice(0, length)
  const { messages } = linter.lint(typed, context)
  console.log(`\n“${typed}”`)
  for (const m of messages) console.log(`  ${m.column}-${m.endColumn} ${m.severity} ${m.ruleId}: ${m.message}`)
}

console.log(`\nAfter safe fixes: “${linter.fix(draft, context)}”`)
