/**
 * What no-all-caps loads on demand (`load` in index.ts): its word lists. Browser
 * bundlers put this module and its imports in a chunk of their own, fetched only
 * by linters that run the rule.
 */
export { acronyms, ambiguousAcronyms } from './acronyms.js'
export { emphasisWords } from './emphasis-words.js'
export { everydayWords, frequentNames } from './everyday-words.js'
