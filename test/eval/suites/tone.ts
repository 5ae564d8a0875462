/**
 * Off-domain stress for the tone rules (reported, never tuned to):
 * tone/isarcasmeval.jsonl — tweets their authors labelled sarcastic or not:
 * no-sarcasm's recall on the sarcastic ones and its false-alarm rate on the rest;
 * tone/jokes.jsonl — one-liner jokes, all positives: no-jokes' recall. Tweets and
 * one-liners carry few of the cues an agent's joke or jab does, so expect low recall.
 */
import { createLinter } from '../../../src/node.js'
import { type EvalSuite, evalFile, pct, readJsonl } from '../shared.js'

interface Tweet {
  id: string
  text: string
  sarcastic: boolean
}

interface Joke {
  id: string
  text: string
}

export const tone: EvalSuite = {
  name: 'tone',
  files: ['tone/isarcasmeval.jsonl', 'tone/jokes.jsonl'],
  async run({ show }) {
    const linter = await createLinter({ preset: 'all' })
    const fires = (rule: string, text: string) => linter.lint(text).messages.some((m) => m.ruleId === rule)
    const details: string[] = []

    const tweets = readJsonl<Tweet>(evalFile('tone/isarcasmeval.jsonl')!)
    const counts = { sarcastic: 0, caught: 0, sincere: 0, falseAlarms: 0, jokesOnSincere: 0 }
    for (const tweet of tweets) {
      const fired = fires('no-sarcasm', tweet.text)
      if (tweet.sarcastic) {
        counts.sarcastic++
        if (fired) counts.caught++
      } else {
        counts.sincere++
        if (fired) {
          counts.falseAlarms++
          if (show.has('no-sarcasm')) details.push(`  FALSE no-sarcasm ${tweet.id}: ${tweet.text.slice(0, 160)}`)
        }
      }
    }

    const jokes = readJsonl<Joke>(evalFile('tone/jokes.jsonl')!)
    let caught = 0
    for (const joke of jokes) if (fires('no-jokes', joke.text)) caught++

    return [
      `  isarcasmeval  no-sarcasm recall ${pct(counts.caught / counts.sarcastic)} (${counts.caught} / ${counts.sarcastic} sarcastic), ` +
        `false alarms ${pct(counts.falseAlarms / counts.sincere)} (${counts.falseAlarms} / ${counts.sincere} sincere)`,
      `  jokes         no-jokes recall ${pct(caught / jokes.length)} (${caught} / ${jokes.length} one-liners)`,
      ...details,
    ]
  },
}
