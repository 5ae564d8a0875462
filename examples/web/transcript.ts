/** The demo's conversation (also read by the browser test to compute the expected result). */
import type { Turn } from 'replylint'

export const transcript: Turn[] = [
  { role: 'customer', text: "Hi, my order #48213 still hasn't arrived. My email is maya.lopez@example.com." },
  { role: 'agent', text: "Hi Maya, I'm sorry it's late. Let me look into it right away." },
  { role: 'customer', text: 'Thanks. It was supposed to be here on Monday and the tracking page has not changed since.' },
]
