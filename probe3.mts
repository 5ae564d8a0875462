import { spellingOnly } from './test/eval/suites/spelling.js'
const l = await spellingOnly()
for (const t of ['Please check the zorblatt setting.', 'Your itm has shipped.', 'Brightwave routers need a reset.', 'Stadard shipping is free.']) console.log(t, l.lint(t).messages.map(m => [m.actual, m.offset, m.endOffset, m.message, m.expected]))
