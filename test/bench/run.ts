/**
 * npm run bench [-- suite[,suite]]
 *
 * Speed and size figures, each against a baseline measured in the same run.
 */
import type { BenchSuite } from './shared.js'
import { cli } from './suites/cli.js'
import { core } from './suites/core.js'
import { size } from './suites/size.js'
import { practices } from './suites/practices.js'
import { repeat } from './suites/repeat.js'
import { tone } from './suites/tone.js'
import { spelling } from './suites/spelling.js'
import { adversarial } from './suites/adversarial.js'
import { soak } from './suites/soak.js'

const suites: BenchSuite[] = [core, spelling, tone, repeat, practices, size, cli, adversarial, soak]

const only = new Set((process.argv[2] ?? '').split(',').filter(Boolean))
for (const suite of suites) {
  if (only.size > 0 && !only.has(suite.name)) continue
  console.log(`${suite.name}`)
  for (const line of await suite.run()) console.log(line)
}
