import dictionary from 'dictionary-en'
import { Speller } from './rules/spelling/speller.js'
import { frequencyBands } from './rules/spelling/frequency.js'
const d = new TextDecoder()
const sp = new Speller({ aff: d.decode(dictionary.aff), dic: d.decode(dictionary.dic), extraWords: [], frequencyBands, cacheSize: 10, budgetMs: 0, maxScored: 100000 } as any)
let max = 0; let worst = ''
const words = ['accomadatedx','aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','ssssssssssssssssssss','tionationationation','reallyreallylongword','bbbbbbbbbb', 'xqzvkjwpyq', 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeee', 'ingsingsingsingsings']
for (const w of words) { const t = performance.now(); sp.suggest(w); const e = performance.now()-t; console.log(w, e.toFixed(1)) }
