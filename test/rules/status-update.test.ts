import { ruleTester } from '../helpers/rule-tester.js'

const MESSAGE =
  'This holding message says neither what you are doing nor how long it will take; ' +
  'add both, e.g. “Let me check your order history, it takes about two minutes.”'

ruleTester('status-update', {
  valid: [
    // An action or a rough time is enough.
    'Let me check your order history — about two minutes.',
    'One moment while I pull up your account.',
    "Give me about five minutes and I'll have an answer.",
    'Hang on while I check with the warehouse.',
    'Please hold while I apply the credit.',
    'Just a moment, checking the tracking now.',
    "I'm looking at your last invoice now, one sec.",
    'I’m pulling up your account, one moment.',
    'One moment please, I am calling the store to confirm stock.',
    'Bear with me a minute or two.',
    "I'm going to reset your line. One moment.",
    'Let me see if the warehouse has one left. One sec.',
    "I've escalated this to our network team. Please hold.",
    'Hold on, it takes under a minute.',
    // Not holding messages.
    'Please hold the power button for ten seconds.',
    'Hold on to your receipt in case you need it.',
    'The screen may go black for a moment during the update.',
    'Please wait for the confirmation email before trying again.',
    "We've placed a hold on the order until the payment clears.",
    "Thanks for waiting! I've found the problem.",
    'It only takes a moment to reset your password from the login page.',
    'Please take a moment to fill in the survey.',
    'Wait a few minutes, then restart the router.',
    'Sorry about the wait. Your refund is on its way.',
    'You can call us back at any time.',
    'Sorry for the wait.',
  ],
  invalid: [
    { text: 'One moment please.', errors: [{ text: 'One moment please.', offset: 0, endOffset: 18, message: MESSAGE, actual: 'One moment please.' }] },
    { text: 'Hang on.', errors: [{ text: 'Hang on.' }] },
    { text: 'Give me a sec', errors: [{ text: 'Give me a sec' }] },
    { text: 'Thanks! Please hold.', errors: [{ text: 'Please hold.' }] },
    { text: 'Sure thing. Bear with me.', errors: [{ text: 'Bear with me.' }] },
    { text: 'Got it, hang tight.', errors: [{ text: 'Got it, hang tight.' }] },
    { text: "I'll be right back.", errors: [{ text: "I'll be right back." }] },
    { text: 'Please wait.', errors: [{ text: 'Please wait.' }] },
    { text: "Okay, I'll be with you shortly.", errors: [{ text: "Okay, I'll be with you shortly." }] },
    { name: '"shortly" is not an estimate', text: "Please stay on the chat, I'll be back shortly.", errors: [{ text: "Please stay on the chat, I'll be back shortly." }] },
    { text: "Please don't close the chat.", errors: [{ text: "Please don't close the chat." }] },
    { text: 'Thanks. Won’t be long!', errors: [{ text: 'Won’t be long!' }] },
    { name: '"a minute" alone is a hold, not an estimate', text: 'Give me a minute.', errors: [{ text: 'Give me a minute.' }] },
    { name: '"let me see" alone says nothing', text: 'Let me see. One moment.', errors: [{ text: 'One moment.' }] },
    {
      name: 'two holding sentences are one message',
      text: 'Just a moment. Thanks for your patience, hang on.',
      errors: [{ text: 'Just a moment. Thanks for your patience, hang on.' }],
    },
  ],
})
