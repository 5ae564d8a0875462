import { ruleTester } from '../helpers/rule-tester.js'

ruleTester('grammar', {
  valid: [
    'I will check the order now and email you the label.',
    // Articles: placeholders say nothing about the sound that follows.
    'Order an {{product_name}} today, or a {{other_product}}.',
    'Use an FAQ page, a URL, an hour, a user account and an honest answer.',
    // No sentence starts after a placeholder, quote, list marker, ellipsis or abbreviation.
    'Hi {{first_name}}, thanks for waiting.',
    '@user hi there, how can I help?',
    'See the steps:\n1. open the app\n2. tap Settings',
    'As the page says, "restart first" is the advice.',
    'Thanks for waiting... anyway, it works.',
    'You can use the app, e.g. the new one. etc. is fine too.',
    'Have you tried the iPhone app? iPhone users see it under Settings.',
    // "i" as a numeral, and real words that look like contractions.
    'Use (i) the form or (ii) email.',
    'That is his wont, and it lets you in. Well, we were there.',
    'Your account Id is 4321.',
    // Doubling on purpose, and the plugin leaves capitalised pairs alone ("The The" is a band).
    'Bye bye for now!',
    'I love The The, the band.',
    { text: 'your refund is done. thanks for waiting!', options: { sentenceCase: false }, name: 'sentenceCase: false' },
  ],
  invalid: [
    {
      text: 'I will check the the order now.',
      errors: [{ text: 'the the', offset: 13, endOffset: 20, message: '“the” is repeated; remove one', expected: ['the'], suggestions: [''] }],
      output: 'I will check the order now.',
    },
    {
      text: 'Is is okay to use the card on file?',
      errors: [{ text: 'Is is', suggestions: [''] }],
      name: 'a repeat with a different case is suggested, not fixed ("Is it okay?")',
    },
    {
      text: 'It takes about a hour.',
      errors: [{ text: 'a', offset: 15, endOffset: 16, message: 'Use “an” before “hour”', expected: ['an'] }],
      output: 'It takes about an hour.',
    },
    { text: 'Please open an ticket with us.', errors: [{ text: 'an', message: 'Use “a” before “ticket”' }], output: 'Please open a ticket with us.' },
    {
      text: 'i will check that for you.',
      errors: [{ text: 'i', offset: 0, endOffset: 1, message: 'Write the pronoun “I” as a capital', expected: ['I'] }],
      output: 'I will check that for you.',
    },
    {
      text: "Thanks! i'm on it and i'll email you.",
      errors: [
        { text: 'i', offset: 8, endOffset: 9, expected: ["I'm"] },
        { text: 'i', offset: 22, endOffset: 23, expected: ["I'll"] },
      ],
      output: "Thanks! I'm on it and I'll email you.",
    },
    {
      text: 'Your refund is done. thanks for waiting!',
      errors: [{ text: 'thanks', offset: 21, endOffset: 27, message: 'Start the sentence with a capital: “Thanks”', expected: ['Thanks'] }],
      output: 'Your refund is done. Thanks for waiting!',
    },
    {
      text: 'Send it to https://example.com/a. then reply.',
      errors: [{ text: 'then' }],
      output: 'Send it to https://example.com/a. Then reply.',
      name: 'a full stop after a URL still ends the sentence',
    },
    {
      text: 'I dont see it, but you cant miss it.',
      errors: [
        { text: 'dont', offset: 2, endOffset: 6, message: '“dont” is missing its apostrophe: “don\'t”', expected: ["don't"] },
        { text: 'cant', expected: ["can't"] },
      ],
      output: "I don't see it, but you can't miss it.",
    },
    {
      text: 'I don’t see it, but it isnt there.',
      errors: [{ text: 'isnt', expected: ['isn’t'] }],
      output: 'I don’t see it, but it isn’t there.',
      name: 'the fix uses the apostrophe style the draft uses',
    },
    { text: 'im looking into it now.', errors: [{ text: 'im', expected: ["I'm"] }], output: "I'm looking into it now." },
    { text: 'Id like to help. Your account Id is fine.', errors: [{ text: 'Id', offset: 0, endOffset: 2, expected: ["I'd"] }], output: "I'd like to help. Your account Id is fine." },
    {
      text: 'The page cant load yet.',
      errors: [{ text: 'cant', expected: ["can't"], suggestions: ["can't"] }],
      name: '"cant" before a verb is suggested, fixed only after a subject pronoun',
    },
  ],
})
