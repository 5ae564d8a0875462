/**
 * npm run eval [-- --show rule[,rule]] [-- --only suite[,suite]] [-- --baselines]
 *
 * Per-rule precision and recall on every labelled file in ../shared/eval, and
 * firing rates on real replies. Skips cleanly, with a notice, when the folder
 * (or one suite's file) is absent. --baselines adds the slower third-party
 * checkers (spelling: nspell and harper.js on the misspelling pairs, a few
 * minutes more).
 */
import { existsSync } from 'node:fs'
import { EVAL_DIR, type EvalSuite, evalFile } from './shared.js'
import { abcdRepeat } from './suites/abcd-repeat.js'
import { agentReplies } from './suites/agent-replies.js'
import { handwritten, holdout, holdout2, holdout3, holdout4, holdout5 } from './suites/handwritten.js'
import { lexnorm } from './suites/lexnorm.js'
import { spelling } from './suites/spelling.js'
import { tone } from './suites/tone.js'

const suites: EvalSuite[] = [handwritten, holdout, holdout2, holdout3, holdout4, holdout5, abcdRepeat, agentReplies, spelling, lexnorm, tone]

function listArg(name: string): Set<string> {
  const index = process.argv.indexOf(name)
  return new Set(index >= 0 ? (process.argv[index + 1] ?? '').split(',').filter(Boolean) : [])
}

if (!existsSync(EVAL_DIR)) {
  console.log(`replylint eval: skipped, no evaluation data at ${EVAL_DIR}`)
  process.exit(0)
}
const show = listArg('--show')
const only = listArg('--only')
const baselines = process.argv.includes('--baselines')
for (const suite of suites) {
  if (only.size > 0 && !only.has(suite.name)) continue
  const missing = suite.files.filter((file) => !evalFile(file))
  if (missing.length > 0) {
    console.log(`${suite.name}: skipped, missing ${missing.join(', ')}`)
    continue
  }
  const started = performance.now()
  const lines = await suite.run({ show, baselines })
  console.log(`${suite.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  for (const line of lines) console.log(line)
}
