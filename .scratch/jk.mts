import { createLinter } from '/work/main/src/node.js'
const l = await createLinter({preset:'all'})
for (const n of [1,5,20,96,97,98,150]) {
  const t = '😂'.repeat(n) + ' lolol ;-) '
  const r = l.lint(t).messages.filter(m=>m.ruleId==='no-jokes')
  console.log(n, r.map(m=>[m.offset,m.endOffset,m.message.slice(0,80)]))
}
