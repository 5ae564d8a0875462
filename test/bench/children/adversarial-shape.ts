/**
 * One adversarial shape, timed in a process of its own (see suites/adversarial.ts):
 * `node --import tsx adversarial-shape.ts <shape name>` prints the per-KB
 * milliseconds at 10 KB, 100 KB and 1 MB as one JSON line.
 */
import { shapes, timeShape, warmLinter } from '../suites/adversarial.js'

const name = process.argv[2]
const shape = shapes.find((candidate) => candidate.name === name)
if (!shape) throw new Error(`adversarial-shape: no shape named ${JSON.stringify(name)}`)
const linter = await warmLinter()
console.log(JSON.stringify(timeShape(linter, shape)))
