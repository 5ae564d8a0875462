import { readFileSync } from 'node:fs'
import dictionary from 'dictionary-en'
import { Speller } from './rules/spelling/speller.js'
import { frequencyBands } from './rules/spelling/frequency.js'
import { unsuggested } from './rules/spelling/unsuggested.js'
import { supportVocabulary } from './rules/spelling/vocabulary.js'
const d = new TextDecoder()
const sp = new Speller({ aff: d.decode(dictionary.aff), dic: d.decode(dictionary.dic), extraWords: supportVocabulary.flatMap(w=>w.split(' ')), frequencyBands, unsuggested, cacheSize: 1, maxScored: 800 })
const out: string[] = []
function run(name: string, pairs: [string,string][]) {
  let flagged=0, t1=0, t3=0
  for (const [w,r] of pairs) { if (sp.correct(w)) continue; flagged++; const sug = sp.suggest(w); if (sug[0]===r) t1++; if (sug.slice(0,3).includes(r)) t3++ }
  out.push(`${name} top1 ${(t1/flagged*100).toFixed(1)} top3 ${(t3/flagged*100).toFixed(1)}`)
}
const perf = readFileSync('/work/shared/eval/perf-corpus.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l))
run('perf', perf.flatMap((d:any)=>d.misspellings.map((m:any)=>[m.wrong,m.right])))
for (const f of ['wikipedia','aspell']) run(f, readFileSync(`/work/shared/eval/spelling/${f}-pairs.jsonl`,'utf8').trim().split('\n').map(l=>{const o=JSON.parse(l);return [o.misspelling,o.correct]}))
console.log(`FW=${process.env.FW} FLP=${process.env.FLP}`, out.join(' | '))
