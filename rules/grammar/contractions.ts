/**
 * Contractions written without their apostrophe that retext-contractions does
 * not list in lower case. "cant" and "wont" are also rare real words (cant:
 * jargon; wont: habit), so they are only reported after a subject pronoun or
 * before a verb-like word, and fixed only after a subject pronoun.
 */
export const extraContractions: Readonly<Record<string, string>> = {
  im: "I'm",
  ive: "I've",
  youve: "you've",
  itll: "it'll",
  thatll: "that'll",
  theres: "there's",
  heres: "here's",
}

/** Real words that are also contractions without an apostrophe: reported only in a contraction's place. */
export const ambiguousContractions: Readonly<Record<string, string>> = {
  cant: "can't",
  wont: "won't",
}

/** Subjects after which "cant"/"wont" can only be "can't"/"won't". */
export const subjectPronouns: readonly string[] = ['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'this', 'there', 'which', 'who']
