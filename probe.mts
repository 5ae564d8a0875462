import { createLinter } from './src/node.js'
const l = await createLinter({ preset: 'all', rules: { spelling: 'off', 'no-all-caps': 'off' } })
for (const t of ['the the order is here. i will check. it is an hour, a apple and a {{product}}. I dont know, i\'m sure you cant go. Your account Id is fine.', 'Thanks for waiting... anyway it works. See e.g. the page. Hi {{name}}, thanks!', 'I wont be long. It cant be helped. That is his wont.', '"hello there" she said. (i) first. Use an FAQ, a URL, an hour, an user.'])
  { const r = l.lint(t); console.log(t, '\n', r.messages.map(m => `${m.message} [${t.slice(m.offset, m.endOffset)}]${m.fix ? ' fix' : ''}`), '\n', l.fix(t)) }
