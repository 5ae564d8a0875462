/**
 * The retext plugins the grammar rule runs on excerpts of the draft, loaded on
 * demand (`load` in index.ts): browser bundlers put them, with the number
 * speller retext-indefinite-article uses, in a chunk of their own.
 */
export { default as retextContractions } from 'retext-contractions'
export { default as retextIndefiniteArticle } from 'retext-indefinite-article'
export { default as retextRepeatedWords } from 'retext-repeated-words'
