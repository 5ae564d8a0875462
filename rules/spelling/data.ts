/**
 * What the spelling rule loads on demand (`load` in index.ts): the checker and
 * its word lists. Browser bundlers put this module and its imports in a chunk of
 * their own, fetched only by linters that run the rule.
 */
export { frequencyBands } from './frequency.js'
export { Speller } from './speller.js'
export { unsuggested } from './unsuggested.js'
export { supportVocabulary } from './vocabulary.js'
