import dictionary from 'dictionary-en'
import { Speller } from './rules/spelling/speller.js'
import { frequencyBands } from './rules/spelling/frequency.js'
const d = new TextDecoder()
const aff = d.decode(dictionary.aff), dic = d.decode(dictionary.dic)
const mb = () => { (globalThis as any).gc?.(); return (process.memoryUsage().heapUsed / 1048576).toFixed(1) }
console.log('base', mb())
const sp = new Speller({ aff, dic, extraWords: [], frequencyBands, cacheSize: 10, budgetMs: 20 })
console.log('speller', mb())
let t = performance.now(); sp.suggest('accomadatedx'); console.log('skeleton', mb(), (performance.now()-t).toFixed(1))
