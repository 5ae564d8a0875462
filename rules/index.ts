/**
 * The static rule registry: the only way src/ reaches rules. Order is the order
 * rules run and are listed in docs. Each rule is also exported as a retext plugin.
 */
import type { RuleModule } from '../src/rule.js'
import noAllCaps from './no-all-caps/index.js'
import noJokes from './no-jokes/index.js'
import noSarcasm from './no-sarcasm/index.js'
import noExcessivePunctuation from './no-excessive-punctuation/index.js'

export const registry: readonly RuleModule[] = [noAllCaps, noJokes, noSarcasm, noExcessivePunctuation]

/** retext plugins: `unified().use(retextEnglish).use(noAllCapsPlugin)`. */
export const noAllCapsPlugin = noAllCaps.plugin
export const noJokesPlugin = noJokes.plugin
export const noSarcasmPlugin = noSarcasm.plugin
export const noExcessivePunctuationPlugin = noExcessivePunctuation.plugin
