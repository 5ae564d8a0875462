import { ruleTester } from '../helpers/rule-tester.js'

const MESSAGE =
  'This promises an outcome you do not control; say what you will do and give an honest estimate instead ' +
  '(e.g. “I’ve escalated it, and the carrier usually delivers within 2 days”)'

ruleTester('no-overpromise', {
  valid: [
    // Own actions.
    "I'll email you as soon as I hear back.",
    'I promise to call you back by 5.',
    "I promise I'll call you back tomorrow.",
    "I'll definitely follow up with you tomorrow.",
    "We'll definitely get this sorted for you.",
    'Rest assured, we will look into this.',
    'I will make sure the team sees your note.',
    'We assure you that you will be contacted by our team.',
    "I promise I'm a real person.",
    'I promise you will hear from me by noon.',
    // Hedged or negated.
    'Refunds usually take 3-5 business days.',
    'It should arrive by Friday.',
    'The carrier estimates delivery on Thursday.',
    "I can't promise it will arrive tomorrow, but it's out for delivery.",
    'There is no guarantee the carrier will deliver today.',
    'Delivery on Friday is not guaranteed.',
    'It will most likely be there on Monday.',
    // Certainty without an outcome claim.
    'Definitely! I can help with that.',
    'You are definitely eligible for the upgrade.',
    'That card is definitely possible to use, but it will need a newer system.',
    'We can definitely pass the request on.',
    'Our price-match guarantee covers this.',
    'Yes, that plan is 100% digital.',
    '100% of your deposit is refundable until Friday.',
    'The 2-year guaranteed buyback applies to this model.',
    "I'll never share your card details.",
    "You won't be charged again.",
    "I'm certain I can help.",
    "I definitely understand why you're frustrated.",
    'I will definitely pass this feedback to the team.',
    'Your data is 100% encrypted.',
  ],
  invalid: [
    { text: 'I guarantee it arrives tomorrow.', errors: [{ text: 'I guarantee it arrives tomorrow.', offset: 0, message: MESSAGE, actual: 'I guarantee it arrives tomorrow.' }] },
    { text: "I've updated the driver. This will 100% fix it.", errors: [{ text: 'This will 100% fix it.' }] },
    { text: 'I promise the refund is there today.', errors: [{ text: 'I promise the refund is there today.' }] },
    { text: 'Your parcel will definitely be delivered by Friday.', errors: [{ text: 'Your parcel will definitely be delivered by Friday.' }] },
    { text: "Don't worry, the courier will be there by noon for sure.", errors: [{ text: "Don't worry, the courier will be there by noon for sure." }] },
    { text: 'I can assure you the replacement will arrive before the weekend.', errors: [{}] },
    { text: 'The new firmware is guaranteed to stop the crashes.', errors: [{}] },
    { text: 'You have my word that the airline will refund you.', errors: [{}] },
    { text: 'Rest assured, your card will be approved.', errors: [{}] },
    { text: "I'm 100% sure the bank will reverse the charge.", errors: [{}] },
    { text: 'Sorry again. This will never happen again.', errors: [{ text: 'This will never happen again.' }] },
    { text: "After the reset, you'll never see that warning again.", errors: [{}] },
    { text: 'Your claim will be approved, no doubt about it.', errors: [{}] },
    { text: 'The technician will absolutely be there at 9.', errors: [{}] },
    { text: 'The engineers are on it and the site will be back within the hour, guaranteed.', errors: [{}] },
    { text: 'The update definitely solves the login loop.', errors: [{ text: 'The update definitely solves the login loop.' }] },
    { text: 'It’ll definitely work now, I promise.', errors: [{ text: 'It’ll definitely work now, I promise.' }] },
    { text: 'This will fix it for good.', errors: [{}] },
    { text: "I'm certain the bank will approve it.", errors: [{}] },
    { text: "After this update you won't have any more issues.", errors: [{}] },
    { text: 'The shipment is 100% going to arrive on time.', errors: [{}] },
    {
      name: 'one message per sentence',
      text: 'The refund will 100% land today. Your card will definitely work after that.',
      errors: [{ text: 'The refund will 100% land today.' }, { text: 'Your card will definitely work after that.' }],
    },
  ],
})
