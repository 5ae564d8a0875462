/** npm run schema: regenerate src/cli/replylint.schema.json from the rule registry. */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { registry } from '../../rules/index.js'
import { buildConfigSchema } from '../../src/cli/schema.js'

const path = resolve(import.meta.dirname, '../../src/cli/replylint.schema.json')
writeFileSync(path, JSON.stringify(buildConfigSchema(registry), null, 2) + '\n')
console.log(`wrote ${path}`)
