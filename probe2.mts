import { createLinter } from './src/node.js'
const l = await createLinter()
const rand = (n: number) => { let s = ''; for (let i = 0; i < n; i++) s += String.fromCharCode(97 + Math.floor(Math.random() * 26)); return s }
let words: string[] = []; let len = 0
while (len < 1_000_000) { const w = rand(3 + Math.floor(Math.random() * 8)); words.push(w); len += w.length + 1 }
const big = words.join(' ').slice(0, 1_000_000)
let t = performance.now(); const r = l.lint(big); console.log('1MB random words', (performance.now() - t).toFixed(0), 'ms', r.messages.length)
const prose = 'Thanks for waitng, I have proccessed the refnud and it shuold arrive soon. '.repeat(14000).slice(0, 1_000_000)
t = performance.now(); const r2 = l.lint(prose); console.log('1MB prose with typos', (performance.now() - t).toFixed(0), 'ms', r2.messages.length)
const caps = words.map(w => w[0]!.toUpperCase() + w.slice(1)).join(' ').slice(0, 1_000_000)
t = performance.now(); const r3 = l.lint(caps); console.log('1MB capitalised', (performance.now() - t).toFixed(0), 'ms', r3.messages.length)
