/**
 * Families of sarcasm and joke cues, written from the rule definitions: several
 * phrasings each, so a cue is a family and not one fixed phrase. Each family
 * has near-miss guards beside it: sincere replies using the same words.
 * `[draft, cue]`: the rule must report a message covering `cue`.
 */
export interface Family {
  name: string
  fires: Array<[string, string]>
  passes: string[]
}

export const sarcasmFamilies: Family[] = [
  {
    name: 'you were already told',
    fires: [
      ['Like I mentioned a few messages ago, the code expires after ten minutes.', 'Like I mentioned a few messages ago'],
      ['As I explained earlier, we cannot change the address once it ships.', 'As I explained earlier'],
      ['As I stated at the very beginning of this chat, the plan renews yearly.', 'As I stated at the very beginning'],
      ['As I said several times now, the warranty does not cover water damage.', 'As I said several times'],
      ['As has been mentioned, the store credit cannot be exchanged for cash.', 'As has been mentioned'],
      ['As was already explained, returns need the original box.', 'As was already explained'],
      ['Please refer to my previous reply for the steps.', 'refer to my previous reply'],
      ['Kindly refer back to my earlier message about the fee.', 'refer back to my earlier message'],
      ['Per my earlier note, the invoice was sent on Monday.', 'Per my earlier note'],
      ['Happy to go over it a fourth time: the refund goes to the original card.', 'go over it a fourth time'],
      ['For the third time, the discount only applies to new accounts.', 'For the third time'],
      ["I'll explain it once again: the fee is charged monthly.", 'explain it once again'],
      ["I'll type slower this time. Click Settings, then Billing.", "I'll type slower"],
      ['Let me spell it out for you: the order was cancelled.', 'Let me spell it out'],
      ['Like I told you before, we do not ship to PO boxes.', 'Like I told you before'],
      ['As I mentioned twice already, the courier needs a signature.', 'As I mentioned twice already'],
      ['Just like I said earlier, the promo ended yesterday.', 'like I said earlier'],
      ["As I've said a couple of times, the app needs the latest update.", "As I've said a couple of times"],
      ['Once again, the warranty does not cover accidental damage.', 'Once again,'],
      ['I will repeat it one more time: the account is locked for 24 hours.', 'repeat it one more time'],
      ["As I've already pointed out in my last three messages, the item is out of stock.", "As I've already pointed out"],
    ],
    passes: [
      'As mentioned in the email we sent, your refund was issued on Monday.',
      'As I mentioned, I have already escalated this to our billing team.',
      'Happy to go over it again if anything is unclear.',
      "I'm happy to explain it once more, step by step, if that helps.",
      'You can refer to our help page for the full list of steps.',
      'As you mentioned earlier, the charge appeared twice, so I refunded one.',
      'As we discussed, I have booked the engineer for Friday.',
      'Like I said, I am glad to help with anything else.',
      'Please refer to the attached invoice for the breakdown.',
      'Once again, thank you for your patience today.',
      'I will check it once more and get back to you.',
      'As stated in our policy, refunds take five business days.',
    ],
  },
  {
    name: 'mock-positive evaluation',
    fires: [
      ["That's certainly a creative way to reset a password.", "That's certainly a creative way"],
      ["That's quite an interesting approach to reading the manual.", "That's quite an interesting approach"],
      ['I am sure the courier was thrilled to carry it back again.', 'I am sure the courier was thrilled'],
      ["I'm sure your neighbour was delighted to sign for twelve parcels.", "I'm sure your neighbour was delighted"],
      ['The terms and conditions must have been a gripping read.', 'must have been a gripping read'],
      ['The manual was a real page-turner, I assume.', 'was a real page-turner'],
      ['Thank you SO much for deleting the whole folder.', 'Thank you SO much for deleting'],
      ['Thanks so much for ignoring my last three emails.', 'Thanks so much for ignoring'],
      ['Cool story. The refund still needs the receipt.', 'Cool story'],
      ['Interesting that the box was empty, since the scale says 2 kg.', 'Interesting that'],
      ['What a brilliant idea to pour coffee on the keyboard.', 'What a brilliant idea to pour'],
      ['Great job deleting the only backup.', 'Great job deleting'],
      ['Nice work locking yourself out again.', 'Nice work locking yourself out'],
      ['Lovely to see the order cancelled for the third time.', 'Lovely to see the order cancelled'],
    ],
    passes: [
      'Great news! Your refund went through this morning.',
      "That's a great way to keep your data safe.",
      "I'm sure your neighbour will be happy to hold it for you.",
      'Thank you so much for your patience while we looked into this.',
      'Thanks so much for sending the photos of the damage.',
      'Interesting question! The feature is in the Pro plan.',
      'Great job on finishing the setup! You are all set.',
      'Nice work, the update installed correctly.',
      'What a great idea to add a delivery note.',
      "I'm sure the team will be thrilled to hear your feedback.",
    ],
  },
  {
    name: 'condescending certainty',
    fires: [
      ['Clearly the instructions went unread.', 'Clearly the instructions went unread'],
      ['Evidently the confirmation email was never opened.', 'Evidently the confirmation email was never opened'],
      ['Apparently you missed the part about the deadline.', 'Apparently you missed'],
      ['Obviously the help article was skipped.', 'Obviously the help article was skipped'],
      ['You do realize the sale ended last week, right?', 'You do realize'],
      ['You do know that the store is closed on Sundays, right?', 'You do know that'],
      ["Once you've actually tried restarting it, let me know.", "Once you've actually tried"],
      ['It is literally on the first screen of the app.', 'literally on the first screen'],
      ["It's literally the first thing on the page.", "literally the first thing"],
      ['If you had actually read the email, you would know.', 'If you had actually read'],
    ],
    passes: [
      'Clearly this has been frustrating, and I am sorry.',
      'Apparently the courier left a card; could you check your mailbox?',
      'Obviously we want this fixed as much as you do.',
      'You do need to restart the router after the update.',
      'Once you have tried restarting it, the light should turn green.',
      'The option is on the first screen of the app, under Settings.',
      'Evidently the payment failed, so I have retried it for you.',
      'Do you realize how much this helps? Thank you!',
    ],
  },
  {
    name: 'ironic constructions',
    fires: [
      ['Sure, because checking the spam folder would have been too much to ask.', 'Sure, because'],
      ['Reading the label would have been too much to ask, I suppose.', 'would have been too much to ask'],
      ["No rush, it's not like we have other customers.", "No rush, it's not like"],
      ["It's not like the tracking page exists for a reason.", "It's not like"],
      ['Take your time, not like anyone else is waiting.', 'not like anyone else is waiting'],
      ['Update the firmware during the storm. What could possibly go wrong?', 'What could possibly go wrong'],
      ['Because that always works out so well.', 'Because that always works'],
      ['Heaven forbid you check the order page first.', 'Heaven forbid'],
    ],
    passes: [
      "No rush at all, take your time and reply whenever you can.",
      "It's not like the old version, the new one saves automatically.",
      'It is not likely to happen again, but let us know if it does.',
      'If something goes wrong, just reply here and I will help.',
      'Sure, because of the holiday the courier is a day late.',
      "That's not too much to ask at all; I'll send it now.",
    ],
  },
  {
    name: 'scare quotes',
    fires: [
      ["I have noted your 'urgent' request.", "your 'urgent' request"],
      ["Thanks for your 'patience' today.", "your 'patience'"],
      ['The parcel that "never arrived" was signed for by you.', '"never arrived"'],
      ["Another 'emergency', I see.", "Another 'emergency'"],
      ['The so-called "defect" is a protective film.', 'so-called "defect"'],
      ["Thanks for the 'feedback'.", "the 'feedback'"],
    ],
    passes: [
      "Please click the 'Reset' button on the 'Security' tab.",
      'Select "Track order" and enter the code.',
      "Your order shows 'delivered', so I have opened a trace with the courier.",
      'Tap "Forgot password" on the login page.',
    ],
  },
  {
    name: 'standalone exclamation then letdown',
    fires: [
      ["Great. So we're back to the start.", 'Great.'],
      ['Fantastic. Yet another password reset.', 'Fantastic.'],
      ['Wonderful. The same error, again.', 'Wonderful.'],
      ['Perfect. Now the account is locked too.', 'Perfect.'],
      ["Great. We're back to square one.", 'Great.'],
    ],
    passes: [
      'Great. Your new card is on its way.',
      'Perfect. I have updated the address.',
      'Fantastic! That means the update worked.',
      'Wonderful. Let me send you the invoice now.',
      'Great. Another thing you could try is the desktop app.',
    ],
  },
]

export const jokeFamilies: Family[] = [
  {
    name: 'laughter tokens',
    fires: [
      ['Ha! That would be a first. Your order ships today.', 'Ha'],
      ['Ha, fair point. The fee is refundable.', 'Ha'],
      ['Heh, printers. I have reset the queue.', 'Heh'],
      ['XD the app did it again. I have restarted it.', 'XD'],
      ['Kidding, the refund is already done.', 'Kidding'],
      ['It needs a reboot, just kidding, it is already fixed.', 'just kidding'],
      ['That router has seen things, haha.', 'haha'],
    ],
    passes: [
      'The XD 500 model is back in stock.',
      'Ha Long Bay tours are on our website.',
      'I am not kidding about the deadline: it is Friday.',
      'The 2 ha plot is listed in hectares.',
    ],
  },
  {
    name: 'joking asides',
    fires: [
      ["Mondays are rough for routers too (same, honestly).", 'same, honestly'],
      ['The update is fast, unlike me, ha.', 'unlike me'],
      ['I fixed it in record time, if I do say so myself.', 'if I do say so myself'],
      ['Printers have a mind of their own, am I right?', 'am I right?'],
      ['Nothing says Monday like a frozen login screen.', 'Nothing says Monday like'],
      ['Nothing says customer service like a 40-minute queue.', 'Nothing says customer service like'],
      ['The app is working again (unlike my coffee machine).', 'unlike my coffee machine'],
    ],
    passes: [
      'Unlike the old plan, the new one includes calls.',
      'Nothing has changed on your account.',
      'I have fixed it, so you should be all set.',
      'Am I right that the order number ends in 42?',
      'Nothing says we cannot refund it, so I have.',
    ],
  },
  {
    name: 'laughing emoji after a quip',
    fires: [
      ['Your parcel took the long way round 😄', '😄'],
      ['The printer strikes again 😂', '😂'],
      ['Let us hope it behaves this time 🤣', '🤣'],
      ['Third time lucky 😆', '😆'],
    ],
    passes: [
      'Happy to help! 🙂',
      'Have a great weekend 😊',
      'Your refund is on its way 🙂',
    ],
  },
  {
    name: 'pun markers',
    fires: [
      ['Your bill was shocking, pun intended.', 'pun intended'],
      ['We will get this sorted, no pun intended.', 'no pun intended'],
      ['The cable is the weak link, if you will.', 'if you will'],
      ['Your tea order is brewing, see what I did there?', 'see what I did there'],
      ["Thanks, I'll be here all week.", "I'll be here all week"],
    ],
    passes: [
      'If you will be home on Friday, the courier can deliver then.',
      'I will be here until 6 pm if you need anything.',
      'Let me know if you will need a printed receipt.',
    ],
  },
]
