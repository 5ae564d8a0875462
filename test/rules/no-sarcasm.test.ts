import { ruleTester } from '../helpers/rule-tester.js'

const REPEAT = 'reads as passive-aggressive: it tells the customer they should have listened the first time; restate the point plainly'
const customer = (text: string) => ({ transcript: [{ role: 'customer' as const, text }] })

ruleTester('no-sarcasm', {
  valid: [
    // Sincere uses of the same words.
    'Great news! Your refund was approved this morning.',
    'Fantastic, that worked! Your account is unlocked now.',
    'Perfect, I have received the photo of the broken screen.',
    'Great, thanks. Unfortunately the parcel was lost, so I have sent a new one.',
    'Perfect. The order was delayed by the courier, but it arrives Monday.',
    "Great! Another thing you can try is clearing the cache.",
    "Oh great, I'm glad that sorted it!",
    'Thanks so much for your patience.',
    'As you mentioned, the charge appeared twice, so I have refunded the duplicate.',
    'As mentioned in our email, the refund takes five days.',
    "Obviously, moving house is stressful, so I've extended the deadline.",
    'Clearly, the annual plan is the better fit for your usage.',
    "I'm sorry this is happening for the third time.",
    'Good luck with the move! Good luck with that interview tomorrow, too.',
    'Sure, because of the holiday, delivery takes an extra day.',
    "I'm sure you're tired of waiting, so I've upgraded your shipping.",
    "I know you've already told us this, and I'm sorry you've had to repeat yourself.",
    'Just to be clear, there is no charge for the replacement.',
    'What a lovely surprise to hear from you again!',
    'Nice catch! You are right, we charged you for two seats.',
    'Once again, thank you for your patience. Again, I do apologize for the wait.',
    'Let me spell out the steps: open Settings, then tap Privacy.',
    'Maybe next time choose express shipping if you need it sooner.',
    'Wow, thanks for catching that! I have fixed it.',
    "It's like the app forgot your settings, so I've restored them.",
    'Sure, because your account is business-tier, the limit is higher.',
    "Like I said earlier, I'm happy to help with anything else.",
    "For the second time this month, we're offering free shipping.",
    "What a coincidence, I'm in Leeds too! Your order ships from there.",
    "Please enter your 'recovery email' in the field below.",
    'It is their "express" service, which usually takes two days.',
    // Quotes that label, not doubt.
    "Please click the 'Reset' button on the 'Security' tab.",
    "Check your 'spam' folder. Your 'payment pending' status means the bank is still checking.",
    "The 'grace period' is the 14 days after your due date.",
    "You said the app shows 'payment pending'. That means your bank is authorizing it.",
    // "/s" as part of a path or a sign-off is not the sarcasm tag.
    'Open the and/s menu, or see https://example.com/s for help. /SR',
    { text: 'Like I said, the store is closed on Sundays.', options: { minSureness: 2 }, name: 'likely cue under minSureness 2' },
    { text: 'Obviously you want this fixed quickly, and so do I.', name: '"Obviously you" without a jab is only a maybe' },
  ],
  invalid: [
    {
      text: 'Per my last message, you need to verify your email before the trial can be extended.',
      errors: [
        { text: 'Per my last message', offset: 0, endOffset: 19, message: `“Per my last message” ${REPEAT}`, suggestions: ['Y'] },
      ],
    },
    {
      text: "As mentioned several times now, we can't refund downloaded games.",
      errors: [{ text: 'As mentioned several times now', suggestions: ['W'] }],
    },
    { text: "As I've already explained, the refund takes 5 days.", errors: [{ text: "As I've already explained" }] },
    { text: 'As we’ve now explained in three separate emails, results are on the portal.', errors: [{ text: 'As we’ve now explained in three separate emails' }] },
    { text: 'Again, for the third time: store credit expires after 12 months.', errors: [{ text: 'Again, for the third time:' }] },
    { text: 'For the fourth time, we do not ship to PO boxes.', errors: [{ text: 'For the fourth time' }] },
    { text: "I'm not sure how else to explain this, but the bill is correct.", errors: [{ text: "I'm not sure how else to explain this" }] },
    { text: 'Did you even read the instructions?', errors: [{ text: 'Did you even read' }] },
    {
      text: 'Just so we are on the same page, since this seems to keep getting missed: the outage is on our side.',
      errors: [{ text: 'since this seems to keep getting missed:' }],
    },
    {
      text: 'No offense, but this is explained on the first page of the guide.',
      errors: [
        {
          text: 'No offense, but this is explained on the first page of the guide.',
          message: '“No offense, but” talks down to the customer; give the information without the judgement',
          suggestions: ['T'],
        },
      ],
    },
    { text: 'Not to state the obvious, but is it plugged in?', errors: [{ text: 'Not to state the obvious, but is it plugged in?' }] },
    {
      text: "Obviously you didn't read the terms. I can still help.",
      errors: [{ text: "Obviously you didn't read the terms.", suggestions: ['You'] }],
    },
    { text: "You clearly haven't restarted it. Try now.", errors: [{ text: "You clearly haven't restarted it." }] },
    {
      text: 'Oh great, another password reset.',
      errors: [{ text: 'Oh great, another password reset.', message: /reads as sarcasm/ }],
    },
    { text: 'Lovely. So the courier handed it to a neighbor you have never met. I will open a claim.', errors: [{ text: 'Lovely.' }] },
    { text: 'Perfect. So now the app won’t even open.', errors: [{ text: 'Perfect.' }] },
    { text: 'Wow, what a surprise, the courier is late again.', errors: [{ text: 'Wow, what a surprise, the courier is late again.' }] },
    { text: 'Sure, because that always works.', errors: [{ text: 'Sure, because that always works.' }] },
    { text: 'Good luck with that.', errors: [{ text: 'Good luck with that.', message: /brushes the customer off/ }] },
    { text: "Well, that's one way to use a router. Let's reset it.", errors: [{ text: "Well, that's one way to use a router." }] },
    {
      text: "Congratulations, you've found the one button we told you not to press.",
      errors: [{ text: "Congratulations, you've found the one button we told you not to press." }],
    },
    {
      text: "Thanks for the feedback. I'm sure the engineering team will drop everything to read it.",
      errors: [{ text: "I'm sure the engineering team will drop everything to read it." }],
    },
    {
      text: 'Thanks so much for the one-star review 🙄 Anything else?',
      errors: [{ text: 'Thanks so much for the one-star review 🙄', message: /eye-roll emoji/, suggestions: [''] }],
    },
    {
      text: "I've escalated your 'urgent' request to the general queue.",
      context: customer('URGENT!!! I need my invoice changed today'),
      errors: [
        {
          text: "your 'urgent' request",
          message: "The quotation marks in “your 'urgent' request” doubt the customer’s words and read as sarcasm; drop the quotation marks",
          expected: ['your urgent'],
          suggestions: ['urgent'],
        },
      ],
    },
    { text: 'Your "broken" headset worked in all of our tests.', errors: [{ text: 'Your "broken" headset' }] },
    {
      text: "We looked at their 'missing parcel' claim and your 'quick fix' idea.",
      context: customer('the courier says my parcel is missing, is there a quick fix'),
      errors: [{ text: "your 'quick fix' idea" }],
      name: 'a third party\'s quoted words pass unless doubted; the customer\'s own words are scare-quoted',
    },
    { text: 'Like I already said, the store is closed on Sundays.', errors: [{ text: 'Like I already said' }] },
    { text: 'Your "emergency" will be handled in order.', errors: [{ text: 'Your "emergency"' }] },
    { text: 'This is a so-called "premium" plan for a reason.', errors: [{ text: 'so-called "premium" plan' }] },
    { text: 'Once again, the discount code expired yesterday.', errors: [{ text: 'Once again,' }] },
    { text: 'Let me spell it out for you: the plan renews monthly.', errors: [{ text: 'Let me spell it out' }] },
    { text: 'Maybe next time try reading the confirmation email.', errors: [{ text: 'Maybe next time try reading the confirmation email.' }] },
    { text: 'Wow, thanks for letting us know after the return window closed.', errors: [{ text: 'thanks for letting us know after the return window closed.' }] },
    { text: "I'm sure it's our fault that you typed the wrong address.", errors: [{ text: "I'm sure it's our fault that you typed the wrong address." }] },
    { text: 'Nice, you found the one setting that breaks everything.', errors: [{ text: 'you found the one setting that breaks everything.' }] },
    { text: 'Great, so you didn’t save the receipt either.', errors: [{ text: 'Great, so you didn’t save the receipt either.' }] },
    { text: 'Sure thing, it will arrive on time /s', errors: [{ text: '/s', message: /labels the remark as sarcasm/, suggestions: [''] }] },
    {
      text: 'Obviously you want this fixed quickly, and so do I.',
      options: { minSureness: 0 },
      errors: [{ text: 'Obviously you want this fixed quickly, and so do I.' }],
    },
  ],
})
