import { ruleTester } from '../helpers/rule-tester.js'

const agent = (activeChats: number) => ({ agent: { activeChats } })
const message = (n: number, max = 3) =>
  `You have ${n} chats open at once (limit ${max}); replies slow down beyond ${max}: finish or hand off a chat before taking another`

ruleTester('max-concurrent-chats', {
  valid: [
    { name: 'no context', text: 'Happy to help.' },
    { name: 'no agent state', text: 'Happy to help.', context: { action: 'reply' } },
    { name: 'agent without activeChats', text: 'Happy to help.', context: { agent: {} } },
    { name: 'at the limit', text: 'Happy to help.', context: agent(3) },
    { name: 'two chats', text: 'Happy to help.', context: agent(2) },
    { name: 'max option', text: 'Happy to help.', context: agent(5), options: { max: 5 } },
  ],
  invalid: [
    { name: 'four chats', text: 'Happy to help.', context: agent(4), errors: [{ offset: 0, endOffset: 0, message: message(4) }] },
    { name: 'a draft just started', text: 'H', context: agent(7), errors: [{ offset: 0, endOffset: 0, message: message(7) }] },
    { name: 'max option', text: 'Happy to help.', context: agent(3), options: { max: 2 }, errors: [{ offset: 0, endOffset: 0, message: message(3, 2) }] },
  ],
})
