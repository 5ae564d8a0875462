import { ruleTester } from '../helpers/rule-tester.js'

ruleTester('no-all-caps', {
  valid: [
    'Please bring a photo ID and your insurance card.',
    "I've sent a PDF of your invoice; the FAQ page explains the rest.",
    'Your new 4K TV bundle includes two HDMI cables.',
    'The replacement part is SKU HX-2210-B, ETA Friday.',
    "I've asked the warehouse to send it out ASAP.",
    'Order AB12CD9 shipped, error E404 is fixed, and your IDs are attached.',
    'Hi {{USER.FIRST_NAME}}, your order {%ORDER.NUMBER%} has shipped.',
    'See https://example.com/HELP/NOW for details.',
    'Thanks for waiting! ^SR',
    'Thanks, we will look into it. -JM',
    'I can help with that, and I will email you.',
    'We ship to BC and Alberta; the IT team and the HR team are copied.',
    'Plan B is fine, and size L is in stock.',
    { text: 'ACME ROCKETS ship tomorrow.', words: ['ACME', 'rockets'], name: 'team words' },
    { text: 'Press SUBMIT when ready.', options: { allow: ['submit'] }, name: 'allow option' },
    'You clicked "PLEASE DO NOT REPLY" in the footer, which is fine.',
  ],
  invalid: [
    {
      text: 'Please do NOT refresh the checkout page.',
      errors: [
        {
          text: 'NOT',
          offset: 10,
          endOffset: 13,
          message: '“NOT” is in capitals, which reads as shouting in chat',
          actual: 'NOT',
          expected: ['not'],
          suggestions: ['not'],
        },
      ],
    },
    {
      text: 'Just a friendly reminder: PAYMENT MUST BE RECEIVED BY MARCH 14 to avoid the fee.',
      errors: [{ text: 'PAYMENT MUST BE RECEIVED BY MARCH', suggestions: ['payment must be received by March'] }],
    },
    {
      text: 'HI JAMES, YOUR REFUND HAS BEEN PROCESSED.',
      errors: [{ text: 'HI JAMES, YOUR REFUND HAS BEEN PROCESSED', message: 'The whole reply is in capitals, which reads as shouting in chat' }],
    },
    { text: 'The link expires in 10 MINUTES, so please hurry.', errors: [{ text: 'MINUTES', expected: ['minutes'] }] },
    { text: 'Please type it EXACTLY as shown.', errors: [{ text: 'EXACTLY' }] },
    { text: 'IMPORTANT: the link expires tomorrow.', errors: [{ text: 'IMPORTANT', suggestions: ['Important'] }] },
    { text: 'Do it NOW, and DON\'T wait.', errors: [{ text: 'NOW' }, { text: "DON'T" }] },
    { text: 'Please DO IT today.', errors: [{ text: 'DO IT', suggestions: ['do it'] }] },
    { text: 'No worries at ALL 🙂 Your link is on its way.', errors: [{ text: 'ALL' }] },
  ],
})
