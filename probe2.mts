import { readFileSync } from 'node:fs'
import dictionary from 'dictionary-en'
import { Speller } from './rules/spelling/speller.js'
import { frequencyBands } from './rules/spelling/frequency.js'
import { unsuggested } from './rules/spelling/unsuggested.js'
const d = new TextDecoder()
const sp = new Speller({ aff: d.decode(dictionary.aff), dic: d.decode(dictionary.dic), extraWords: [], frequencyBands, unsuggested, cacheSize: 1, maxScored: 800 })
const perf = readFileSync('/work/shared/eval/perf-corpus.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l))
const typos = [...new Set(perf.flatMap((d:any)=>d.misspellings.map((m:any)=>m.wrong)))] as string[]
for (const w of typos.slice(0, 200)) sp.suggest(w)
const times: number[] = []
for (const w of typos) { const s = performance.now(); sp.suggest(w + ''); times.push(performance.now() - s) }
times.sort((a, b) => a - b)
console.log('n', times.length, 'mean', (times.reduce((a,b)=>a+b)/times.length).toFixed(3), 'p50', times[times.length>>1]!.toFixed(3), 'p99', times[Math.floor(times.length*.99)]!.toFixed(2))
