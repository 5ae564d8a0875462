import { ruleTester } from '../helpers/rule-tester.js'

ruleTester('no-excessive-punctuation', {
  valid: [
    'Thanks for waiting! Is the order number on the receipt? I will check it now.',
    'Great! I have refunded the duplicate charge, and the money should be back within five days. Anything else?',
    // Masked syntax: URLs, code and placeholders keep their marks.
    'See https://example.com/search?q=a&b=1 and run `ls !!` in the terminal.',
    'Hi {{first_name|fallback: "there!!"}}, your order has shipped.',
    // Three exclamations in a longer reply are fine: they are not most of it.
    'Hi Sam! Thanks for the photos. The screen is covered. I have booked a repair for Monday. The courier collects it at 9 a.m. Anything else I can help with? Have a great day!',
    { text: 'Wow!! Great to hear.', options: { maxRun: 2 }, name: 'maxRun 2' },
    { text: 'Hi! Thanks! Sorry! Done.', options: { maxExclamations: 0 }, name: 'crowding check off' },
  ],
  invalid: [
    {
      text: 'Thanks so much!!! Your order is on its way.',
      errors: [
        {
          text: '!!!',
          offset: 14,
          endOffset: 17,
          message: '“!!!” reads as shouting in chat; one “!” is enough',
          expected: ['!'],
          suggestions: ['!'],
        },
      ],
      output: 'Thanks so much! Your order is on its way.',
    },
    {
      text: 'Wait, you were charged twice?!?! And the refund???',
      errors: [
        { text: '?!?!', message: '“?!?!” reads as exasperation in chat; one “?” is enough', expected: ['?'] },
        { text: '???' },
      ],
      output: 'Wait, you were charged twice? And the refund?',
    },
    { text: 'Really?! Okay.', errors: [{ text: '?!' }], output: 'Really? Okay.' },
    { text: 'Done!! ', errors: [{ text: '!!' }], output: 'Done! ' },
    { text: 'Fixed!!!1! Enjoy.', errors: [{ text: '!!!1!' }], output: 'Fixed! Enjoy.' },
    { text: 'Fixed!!!1 Enjoy.', errors: [{ text: '!!!1' }], output: 'Fixed! Enjoy.' },
    // Two digits make the chunk an id, which is masked: "Fixed!!!11" is left alone.
    { text: 'Wow‼ Thanks.', errors: [{ text: '‼' }], output: 'Wow! Thanks.' },
    { text: 'Done！！ Thanks.', errors: [{ text: '！！' }], output: 'Done! Thanks.' },
    {
      text: 'Hi there! Thanks for reaching out! Sorry to hear that! Let me fix it.',
      errors: [
        {
          text: '!',
          offset: 53,
          endOffset: 54,
          message: '3 of 4 sentences end in “!”: a reply full of exclamation marks reads as over-excited or shouting; end some with a full stop',
          suggestions: ['.'],
        },
      ],
    },
  ],
})
