/**
 * The static rule registry: the only way src/ reaches rules. Order is the order
 * rules run and are listed in docs. Each rule is also exported as a retext plugin.
 */
import type { RuleModule } from '../src/rule.js'
import noAllCaps from './no-all-caps/index.js'
import spelling from './spelling/index.js'
import grammar from './grammar/index.js'

export const registry: readonly RuleModule[] = [noAllCaps, spelling, grammar]

/** retext plugins: `unified().use(retextEnglish).use(noAllCapsPlugin)`. */
export const noAllCapsPlugin = noAllCaps.plugin
export const spellingPlugin = spelling.plugin
export const grammarPlugin = grammar.plugin
