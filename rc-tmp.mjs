import { check } from 'recheck'
const pats = JSON.parse(process.argv[2])
for (const [src, flags] of pats) {
  const r = await check(src, flags, { timeout: 20000, randomSeed: 1 })
  console.log(r.status, r.complexity?.summary ?? '', r.attack?.pattern ?? '', '::', src.slice(0, 100))
}
