/**
 * max-concurrent-chats (practice 3): an agent can reasonably handle two or three
 * chats at once; beyond that, replies to each get slower. The finding is about
 * the agent, not the wording, so it is reported as a zero-width message at the
 * start of the draft. Silent when the context carries no `agent.activeChats`.
 */
import { DOCS_BASE, defineRule } from '../../src/rule.js'

export default defineRule({
  meta: {
    id: 'max-concurrent-chats',
    practice: 3,
    description: 'Warn when the agent is handling more chats at once than the limit.',
    category: 'session',
    severity: 'warn',
    fixable: false,
    hasSuggestions: false,
    requires: ['agent'],
    options: {
      max: { type: 'number', default: 3, min: 1, integer: true, description: 'Most chats an agent should have open at once.' },
    },
    docs: `${DOCS_BASE}max-concurrent-chats/README.md`,
  },
  create(context) {
    const active = context.context?.activeChats
    const { max } = context.options
    if (active === undefined || active <= max) return
    context.report({
      start: 0,
      end: 0,
      message:
        `You have ${active} chats open at once (limit ${max}); replies slow down beyond ${max}: ` +
        `finish or hand off a chat before taking another`,
    })
  },
})
