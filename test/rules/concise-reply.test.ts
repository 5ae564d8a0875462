import { ruleTester } from '../helpers/rule-tester.js'

/** A sentence of exactly `n` words. */
const sentence = (n: number, word = 'word') => `${'Please check the'.split(' ').concat(Array(Math.max(0, n - 3)).fill(word)).slice(0, n).join(' ')}.`
const draft = (...sizes: number[]) => sizes.map((n) => sentence(n)).join(' ')

ruleTester('concise-reply', {
  valid: [
    'Your refund went through this morning.',
    { name: 'exactly 60 words in 6 sentences', text: draft(10, 10, 10, 10, 10, 10) },
    { name: 'a URL counts as one word', text: `${sentence(58).slice(0, -1)} https://example.com/a/very/long/path/to/help?x=1.` },
    { name: 'a placeholder counts as one word', text: `${sentence(59).slice(0, -1)} {{ticket.requester.first_name}}.` },
    { name: 'a sign-off is not a sentence', text: `${draft(5, 5, 5, 5, 5, 5)}\n^Caroline` },
    { name: 'maxWords option', text: draft(30, 30, 30), options: { maxWords: 100 } },
    { name: 'empty draft', text: '' },
  ],
  invalid: [
    {
      name: '61 words',
      text: draft(20, 20, 21),
      errors: [
        {
          offset: sentence(20).length * 2 + 2,
          text: sentence(21),
          message:
            'This reply is 61 words in 3 sentences, more than one chat message should carry (60 words, 6 sentences); ' +
            'send it as two messages, splitting after “…word word word word.” (the rest is 21 words)',
        },
      ],
    },
    {
      name: 'splits at the sentence boundary nearest the word limit',
      text: draft(25, 30, 10, 15),
      // Boundaries after 25, 55 and 65 words: 55 is nearest 60.
      errors: [{ text: `${sentence(10)} ${sentence(15)}`, message: /(the rest is 25 words)/ }],
    },
    {
      name: 'nearest may be past the limit',
      text: draft(40, 22, 30),
      errors: [{ text: sentence(30), message: /92 words in 3 sentences.*\(the rest is 30 words\)/ }],
    },
    {
      name: 'seven short sentences',
      text: draft(3, 3, 3, 3, 3, 3, 3),
      errors: [{ text: sentence(3), message: /21 words in 7 sentences.*\(the rest is 3 words\)/ }],
    },
    {
      name: 'one long sentence: nothing to split at',
      text: sentence(70),
      errors: [{ text: sentence(70), message: 'This reply is 70 words in 1 sentence, more than one chat message should carry (60 words, 6 sentences); shorten it' }],
    },
    {
      name: 'options',
      text: draft(5, 5, 5),
      options: { maxWords: 100, maxSentences: 2 },
      errors: [{ text: sentence(5), message: /15 words in 3 sentences.*\(100 words, 2 sentences\)/ }],
    },
  ],
})
