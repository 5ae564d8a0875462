import { ruleTester } from '../helpers/rule-tester.js'

const LAUGHTER = 'is laughter: humour is easily misread in chat, and a customer with a problem may feel laughed at'

ruleTester('no-jokes', {
  valid: [
    'Your coffee machine needs some coffee beans and a descale.',
    'The machine has its coffee grinder built in.',
    'I would rather be on the safe side, so I have reset it.',
    'Traffic is slower than usual today, so the driver may be late.',
    // Warmth is not humour.
    'Happy to help! 🙂',
    'The roll is stale, so we have sent a new sandwich roll. Your order was so late that we refunded it.',
    'Your XDR code is 0xD3.',
    'Have a great weekend!',
    'Thanks for your patience :) Your replacement is on its way.',
    "You're all set 😊 The new card arrives in 5-7 business days.",
    "You're welcome! 👍 👨‍👩‍👧 ❤️",
    // Idioms and words that only look like humour.
    'A late fee on your account is no joke, so I have waived it.',
    'Fun fact: you can pause deliveries for four weeks from the app.',
    'Sorry the charger is making a funny noise; please unplug it.',
    "I'm sorry if my earlier message came across as making light of this.",
    'Please punch in the new code. Our Punjabi-speaking team is in from 9 a.m.',
    'The Laughing Cow wedges are out of stock.',
    'Your order from Lolita Boutique ships tomorrow; the lolly pack is separate.',
    'The Hahn hotel booking is confirmed. He said it is at the depot.',
    // "XD" as a model name; "xD" only laughs alone.
    'The XD-200 is back in stock, and XD is the model you asked about.',
    // A grin after good news is warmth; ":D" is only a maybe (minSureness 0).
    'Fair enough. Glad it worked :D',
    'Thanks for your patience, your refund is on its way 😄',
    "I promise I'm not a robot; I'm Sam from billing.",
    'The early bird discount ends Friday, and the night owl special starts at 9 p.m.',
    'This plan has more data than your current one.',
    // Masked syntax: a laugh inside a URL, code or a quote is not the agent's.
    'See https://example.com/haha/lol and run `echo lol`.',
    'Our summer sale is no laughing matter, and the comedy show is on night two.',
    'Please do not throw away the box; the window sticker is inside.',
    'This plan needs a payment method before the trial ends.',
    'The haunted house tickets are confirmed; plot 12B is reserved for the shed.',
    'Install the driver with the Add a Printer wizard, then print a test page.',
    "I'm not a fan of long waits either, so I've expedited it.",
    'The scenic route option adds a day to the tour.',
    'Just kidding around with the settings will not break anything.',
    'Our LOL Surprise dolls are back in stock, and the Haha Noodle Bar gift card is valid for a year.',
    { text: 'Glad it worked :D', options: { minSureness: 1 }, name: 'grin is a maybe' },
    { text: "We're here for you 😉", options: { minSureness: 2 }, name: 'wink is only likely' },
  ],
  invalid: [
    // Machines with a person's wants, slow-animal comparisons, pet puns.
    { text: 'Approved already! Our stamp machine must have had its coffee this morning.', errors: [{ text: 'Our stamp machine must have had its coffee this morning', offset: 18, endOffset: 73, message: /joking aside/ }] },
    { text: "Error 50.4 is the printer's way of saying it would rather be on vacation.", errors: [{ text: "Error 50.4 is the printer's way of saying it would rather be on vacation" }] },
    { text: 'It is on the water, moving at roughly the speed of a determined turtle.', errors: [{ text: 'moving at roughly the speed of a determined turtle' }] },
    { text: 'The queue is moving slower than a sloth today, sorry.', errors: [{ text: 'The queue is moving slower than a sloth today' }] },
    { text: "We're paws-itively thrilled: Luna's claim is approved.", errors: [{ text: "We're paws-itively thrilled", message: /is a pun/ }] },
    {
      text: "Lettuce know if you need anything else. It's shipped.",
      errors: [{ text: 'Lettuce know if you need anything else', offset: 0, endOffset: 38, message: /is a pun/ }],
    },
    { text: 'Your parcel was so late it nearly qualified for a pension.', errors: [{ text: 'Your parcel was so late it nearly qualified for a pension', message: /joking aside/ }] },
    { text: 'Your order finally shipped XD', errors: [{ text: 'XD', offset: 27, endOffset: 29, message: `“XD” ${LAUGHTER}`, suggestions: [''] }] },
    { text: "Time flies when you're having fun… or when you're in our queue, apparently!", errors: [{ text: "Time flies when you're having fun… or when you're in our queue" }], name: 'two asides in one clause: one message' },
    {
      text: 'lmao the cat explains the 40 orders. I canceled all but one.',
      errors: [{ text: 'lmao', offset: 0, endOffset: 4, message: `“lmao” ${LAUGHTER}`, suggestions: ['T'] }],
    },
    {
      text: "I promise I'm not a robot, haha. Your refund request is in.",
      errors: [{ text: 'haha', message: `“haha” ${LAUGHTER}`, suggestions: [''] }],
    },
    { text: 'Hahahaha, that happens! Your card is on the way.', errors: [{ text: 'Hahahaha' }] },
    { text: 'Ha ha, yes. Here is the fix.', errors: [{ text: 'Ha ha' }] },
    { text: 'hehe no worries, done.', errors: [{ text: 'hehe' }] },
    { text: 'LOLOL okay, done.', errors: [{ text: 'LOLOL' }] },
    { text: 'Done *laughs* anyway.', errors: [{ text: 'laughs' }] },
    {
      text: "jk, the contract doesn't renew for ten years 😂 It goes month to month.",
      errors: [
        { text: 'jk', message: '“jk” marks a joke: humour is easily misread in chat, so say only what you mean', suggestions: ['T'] },
        {
          text: "the contract doesn't renew for ten years 😂",
          message: '“😂” (tears of joy) turns this into a joke: humour is easily misread in chat, and a customer with a problem may feel laughed at',
          suggestions: [''],
        },
      ],
    },
    { text: 'Just kidding! The fee is already waived.', errors: [{ text: 'Just kidding' }] },
    { text: "I'm only joking, we can extend the trial.", errors: [{ text: 'only joking' }] },
    { text: 'Kidding! It ships today.', errors: [{ text: 'Kidding' }] },
    {
      text: 'Sorry about the shocking bill, no pun intended! I set up a plan.',
      errors: [{ text: 'Sorry about the shocking bill, no pun intended', message: /points out a pun/, suggestions: [''] }],
    },
    { text: 'Pardon the pun, but your order finally shipped out.', errors: [{ text: 'Pardon the pun' }] },
    {
      text: "Sorry for the slow reply, my coffee hasn't kicked in yet! Your refund is approved.",
      errors: [{ text: "my coffee hasn't kicked in yet", message: /reads as a joking aside/, suggestions: [] }],
    },
    { text: 'Your router is a bit of a night owl: it reboots at 3 a.m.', errors: [{ text: 'Your router is a bit of a night owl' }] },
    { text: 'The printer has a mind of its own. Try turning it off.', errors: [{ text: 'The printer has a mind of its own' }] },
    { text: 'I think the tech gods are against us today.', errors: [{ text: 'I think the tech gods are against us today' }] },
    {
      text: 'Your cart has more snacks than my entire pantry 😂 Everything is packed.',
      errors: [{ text: 'Your cart has more snacks than my entire pantry 😂', suggestions: [''] }],
    },
    {
      text: 'Our website and I are both a bit slow today 😅 Your order is confirmed.',
      errors: [{ text: 'Our website and I are both a bit slow today 😅' }],
    },
    { text: 'No need to apologize, we all forget passwords :P A link is on its way.', errors: [{ text: 'we all forget passwords :P' }] },
    { text: 'Sure thing ;) I have applied the coupon.', errors: [{ text: 'Sure thing ;)' }] },
    // The remark an emoticon closes is at most 200 characters back: that bound never lands inside an emoji.
    {
      text: '\u{1F602}'.repeat(97) + ' lolol ;-) ',
      errors: [
        { offset: 0, endOffset: 194 },
        { offset: 2, endOffset: 204 },
        { text: 'lolol', offset: 195, endOffset: 200 },
      ],
    },
    // A lone laugh opening a sentence ("Heh,", "Ha!", "XD the…") or closing one after a comma.
    { text: 'Heh, fair enough. Glad it worked.', errors: [{ text: 'Heh', suggestions: ['F'] }] },
    { text: 'The update is quicker than me, ha.', errors: [{ text: 'ha' }] },
    { text: 'XD the app did it again. I have restarted it.', errors: [{ text: 'XD' }] },
    { text: 'Your parcel took the scenic route 😄', errors: [{ text: 'Your parcel took the scenic route 😄' }] },
    { text: 'Okay xD the refund is processed.', errors: [{ text: 'Okay xD' }] },
    { text: 'Done 😜🏽', errors: [{ text: 'Done 😜🏽', offset: 0, endOffset: 9 }] },
    { text: 'Glad it worked :D', options: { minSureness: 0 }, errors: [{ text: 'Glad it worked :D' }] },
    { text: "I'd tell you a joke about our shipping times, but it would take too long.", errors: [{ text: "I'd tell you a joke" }] },
    { text: 'The courier must be taking the scenic route, but it arrives today.', errors: [{ text: 'The courier must be taking the scenic route' }] },
    { text: 'Plot twist: the refund went through yesterday.', errors: [{ text: 'Plot twist' }] },
    { text: 'Just call me the refund fairy! It is processed.', errors: [{ text: 'Just call me the refund fairy' }] },
    { text: 'I might have *cough* upgraded you to premium.', errors: [{ text: 'cough' }] },
    { text: 'I swear our printer is haunted. Let me resend the invoice.', errors: [{ text: 'I swear our printer is haunted' }] },
    { text: 'Not gonna lie, that made me laugh. Your account is fixed.', errors: [{ text: 'that made me laugh' }] },
    { text: 'Our system is having a bit of a Monday. Your booking is saved.', errors: [{ text: 'Our system is having a bit of a Monday' }] },
    { text: 'Ha! Classic Monday. The refund is on its way.', errors: [{ text: 'Ha' }, { text: 'Classic Monday' }] },
  ],
})
