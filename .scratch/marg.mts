import * as esbuild from 'esbuild'
import { gzipSync } from 'node:zlib'
import { bundleCore, ROOT } from '/work/main/examples/build.js'
const base = await bundleCore()
const out = Object.values(base.metafile.outputs)[0] as any
const files = Object.entries(out.inputs).filter(([k,v]:any)=>v.bytesInOutput>1500).map(([k])=>k)
// measure gz of code with each module's output removed: approximate by gzip of concatenation minus? Use esbuild per-module minified text instead
const full = gzipSync(base.code,{level:9}).length
const res:any[]=[]
for (const f of files) {
  // gz size of module alone (standalone compress) as upper bound
  const r = await esbuild.build({entryPoints:[ROOT+'/'+f.replace(/^\.\//,'')], bundle:false, minify:true, write:false, format:'esm', logLevel:'silent', loader:{'.js':'js'}}).catch(()=>null)
  if(!r) continue
  res.push([f, r.outputFiles[0].contents.length, gzipSync(r.outputFiles[0].contents,{level:9}).length])
}
res.sort((a,b)=>b[2]-a[2]); let s=0
for (const [f,raw,gz] of res){ s+=gz; console.log((gz/1024).toFixed(1).padStart(6), (raw/1024).toFixed(1).padStart(6), f)}
console.log('sum standalone gz', (s/1024).toFixed(1), 'bundle gz', (full/1024).toFixed(1))
