import { ruleTester } from '../helpers/rule-tester.js'

const transfer = { action: 'transfer' as const }
const SEE_CHAT = ', and that the next agent can see this chat so they won’t need to repeat anything'

ruleTester('transfer-notice', {
  valid: [
    // Without the action: only announcements are checked.
    'I am transferring you to our billing team, who can process the refund.',
    'If you prefer, I can transfer you to our sales team.',
    'Would you like me to transfer you?',
    'I can connect you with someone if needed.',
    'You can transfer the licence to another device.',
    'I have passed your feedback on to the product team.',
    'The funds will be transferred to your account tomorrow.',
    'Your number will be transferred to the new SIM within a day.',
    'I can pass you the tracking link.',
    'Let me connect your account to the new plan.',
    { name: 'action reply is not a transfer', text: 'Is there anything else?', context: { action: 'reply' } },
    // With the action: a complete notice.
    {
      text: "I'm transferring you to our billing team, who can process the refund; they can see our whole chat, so you won't need to repeat anything.",
      context: transfer,
    },
    { text: "I'm moving you over to our returns team; they'll see this chat.", context: transfer },
    { name: 'relaying a question is no transfer', text: "I'll pass this on to the vet and message you here once she replies." },
    {
      name: 'the team named before the pronoun that takes over',
      text: "Dental cleanings are booked by our surgery coordinators, so I'm connecting you with them now. They'll have the notes from this chat.",
      context: transfer,
    },
    { name: 'a department with a qualifier', text: "Moving you to tier 2 tech support, since the fault needs a remote session. They'll have this chat.", context: transfer },
    { name: 'a team with a number in its name', text: "Moving you to our tier 2 team, since the fault needs a remote session; they'll see this chat.", context: transfer },
    { name: 'DESIGN.md example', text: "I'm moving you to billing, who can refund it; they see this chat, so no need to repeat anything.", context: transfer },
    "I'm moving you to billing, who can refund it.",
    'I am moving you to the annual plan, which saves 20%.',
    { text: "I'll pass you to Sam, who handles warranty claims; she can see everything we discussed.", context: transfer },
    { text: "Since this needs a technician, I'm connecting you to our repairs desk. They can read this whole chat.", context: transfer },
    { text: 'A specialist from our fraud department will join shortly to help block the card.', context: transfer },
    { text: "I'm getting my supervisor, who can approve the refund.", context: transfer },
    { text: 'Sam from our returns team will join the chat in a moment to arrange the pickup.', context: transfer },
    "I'm sending you over to our billing team, who can waive the fee.",
    { text: "I've requested a transfer to our Claims team; they'll pick this up in a minute and can see all your messages.", context: transfer },
    { text: "I'm escalating this chat to our Tier 2 team, who can run deeper diagnostics.", context: transfer },
    { text: "I'm handing this over to my colleague Jess, who specialises in refunds.", context: transfer },
    { text: "Our Payments specialists can sort this out, so I'm passing your chat to them now.", context: transfer },
    { name: 'a team named for what it does says why', text: 'I’m connecting you with Priya from our Technical Support team.', context: transfer },
    // Money transfers and consulting a colleague are not chat transfers.
    'The transfer to your checking account cleared this morning.',
    { name: "the next agent's own 'I'll take it from here'", text: "Hi, I'm Priya from claims and I'll take it from here. Which policy is this about?" },
    { name: 'a team in Markdown emphasis', text: "Since the refund needs our **payments team**, I'm passing you to them now; they can see this chat.", context: transfer },
    'Your transfer to the joint savings account is scheduled for Friday.',
    'Let me ask my supervisor whether the coupon applies; it will take about two minutes.',
    "I'm asking a specialist about the error code and will update you in five minutes.",
    // "…handled by X, so I'm moving you there", and a role brought in by what it does.
    { text: "Address changes are handled by our Records desk, so I'm moving you there now; they can see this chat.", context: transfer },
    { text: "Warranty repairs need a technician's approval, so I'm bringing in our repair technician; she can read everything above.", context: transfer },
    { text: "Dosage questions need a clinician, so I'm bringing in our pharmacist, Dr. Okafor, to this chat.", context: transfer },
  ],
  invalid: [
    {
      text: 'Transferring you now.',
      errors: [{ text: 'Transferring you now.', offset: 0, message: `This transfer does not say who or which team will take over and why; tell the customer${SEE_CHAT}` }],
    },
    { text: "Thanks. I'll pass you on.", errors: [{ text: "I'll pass you on." }] },
    { text: "I'm going to transfer you.", errors: [{}] },
    { text: 'Let me connect you to someone who can help.', errors: [{ message: /does not say who or which team will take over;/ }] },
    { text: "I'll hand you over to a colleague.", errors: [{}] },
    { text: "I'm bringing in a colleague.", errors: [{ message: /does not say who or which team will take over and why;/ }] },
    { text: 'Let me ask my supervisor to join the chat.', errors: [{ text: 'Let me ask my supervisor to join the chat.', message: /does not say why;/ }] },
    { text: "I'm moving you there now.", errors: [{ message: /does not say who or which team will take over and why;/ }] },
    { text: 'A colleague will take it from here.', errors: [{ text: 'A colleague will take it from here.', message: /does not say who or which team will take over and why;/ }] },
    { text: 'A colleague will take over from here.', errors: [{}] },
    {
      name: 'the action, and a draft that does not mention it',
      text: "  Thanks for the details. I've noted them on your file.  ",
      context: transfer,
      errors: [
        {
          text: "Thanks for the details. I've noted them on your file.",
          message: `You are transferring this chat, but the draft does not tell the customer: say who will take over and why${SEE_CHAT}`,
        },
      ],
    },
    { name: 'a closing question is not a notice', text: 'Is there anything else I can help with?', context: transfer, errors: [{}] },
    {
      name: 'a name without a reason',
      text: "I'll pass you to Sam. She can see this chat.",
      context: transfer,
      errors: [{ text: "I'll pass you to Sam.", message: 'This transfer does not say why; tell the customer' }],
    },
    { name: '"the right team" is not a destination', text: "I'll transfer you to the right team.", context: transfer, errors: [{ message: /who or which team/ }] },
    { text: 'Sam will join the chat in a moment.', context: transfer, errors: [{ message: /does not say why/ }] },
    { text: 'Priya will take over this chat.', errors: [{}] },
    { text: 'Let me get you over to someone.', errors: [{ message: /who or which team/ }] },
    { name: 'someone else', text: "You'll be connected to someone else shortly.", context: transfer, errors: [{}] },
  ],
})
