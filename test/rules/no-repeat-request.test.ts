import type { LintContext, Turn } from '../../src/types.js'
import { ruleTester } from '../helpers/rule-tester.js'

const at = (time: string) => `2026-03-02T${time}:00Z`
const customer = (text: string, time?: string): Turn => (time ? { role: 'customer', text, at: at(time) } : { role: 'customer', text })
const agent = (text: string, agentId?: string, time?: string): Turn => ({
  role: 'agent',
  text,
  ...(agentId ? { agentId } : {}),
  ...(time ? { at: at(time) } : {}),
})
const chat = (...transcript: Turn[]): LintContext => ({ transcript })

const emailGiven = chat(customer('hi, I cannot log in. my email is jane@site.com', '14:02'), agent('Sorry about that! Let me check.'))

ruleTester('no-repeat-request', {
  valid: [
    // Nothing given yet, or no context at all.
    { text: "What's the email on the account?", name: 'no context' },
    { text: "What's the email on the account?", context: chat(), name: 'empty transcript' },
    { text: "What's your order number?", context: emailGiven, name: 'a detail not yet given' },
    {
      text: 'Could you also share the order number so I can arrange a replacement?',
      context: chat(customer('my parcel is stuck, tracking 1Z999AA10123456784')),
      name: 'a different detail type (tracking given, order asked)',
    },
    // Confirmations that quote the value back.
    { text: 'Is jane@site.com still the best email to reach you?', context: emailGiven, name: 'confirmation quoting the email' },
    { text: 'Just to confirm, your email address is jane@site.com?', context: emailGiven, name: 'confirmation naming the detail' },
    // Another instance.
    { text: 'Do you have another email address we could try?', context: emailGiven, name: 'another email' },
    { text: 'Could you give me a different phone number?', context: chat(customer('my cell is 555 201 3344')), name: 'a different phone number' },
    { text: "What's the new address you'd like it sent to?", context: chat(customer('I live at 12 Harbour Road, Portland ME 04101')), name: 'a new address' },
    // Statements, not requests.
    { text: "I've found your order number, thanks.", context: chat(customer('order #55123 never came')), name: 'statement about the detail' },
    { text: 'Thanks for the screenshot, that helps.', context: chat(customer("I've attached a screenshot of the error")), name: 'thanks for the screenshot' },
    { text: 'Please check your email for the reset link.', context: emailGiven, name: '"check your email" is the inbox' },
    { text: 'Let me know if your email address changes.', context: emailGiven, name: 'conditional, not a request' },
    { text: 'I have your ZIP code now, thanks.', context: chat(customer('zip 30318')), name: 'acknowledges the zip' },
    // Nothing was given: labels without values.
    { text: 'Could you share your account ID?', context: chat(customer("I don't have my account ID, sorry")), name: '"I don\'t have my account ID" gives nothing' },
    { text: 'What is the order number?', context: chat(customer("my order hasn't arrived, it's been 2 weeks")), name: 'the word "order" is not an order number' },
    // Someone else's detail.
    { text: "What's your son's date of birth?", context: chat(customer("I'm Sam Patel, DOB 12/09/1980, adding my son to the plan")), name: "another person's date of birth" },
    { text: 'Do you have a member ID of your own?', context: chat(customer("my husband's member ID is HZP-551-220-10")), name: "husband's id" },
    // Name parts: a first name does not give the full name.
    { text: 'May I have your full name?', context: chat(customer('Hello, my name is Chloe. I lost my phone.')), name: 'first name only, full name asked' },
    // Placeholders are not the agent's words.
    { text: 'Could you confirm {{ticket.requester.email}} for me?', context: emailGiven, name: 'placeholder' },
    {
      text: 'Can you re-enter your account ID? It looks like you typed the order ID twice.',
      context: chat(agent('Can I have your account ID and order ID?'), customer('8303872642'), customer('8303872642')),
      options: { allowVerificationReask: true },
      name: 'verification re-ask allowed by option',
    },
    { text: 'What time did the error start?', context: chat(customer('getting "Sync failed: token expired" every morning')), name: 'asks when, not what the error says' },
    { text: 'Could you send me a screenshot?', context: emailGiven, options: { ignore: ['screenshot'] }, name: 'nothing sent' },
    { text: "What's your email?", context: emailGiven, options: { ignore: ['email'] }, name: 'ignored detail type' },
    {
      text: 'Which email is the account under?',
      context: chat(customer('I have two accounts, mila.k@example.com and mila.kovac@corp.example')),
      name: 'choosing between two given values',
    },
    { text: 'Please confirm your email address by clicking the link we sent.', context: emailGiven, name: 'confirm by link is an action' },
    { text: "What's the order number for the second item?", context: chat(customer('my order number is 55123')), name: 'another instance named after the detail' },
    { text: 'Could you send the receipt as well?', context: chat(customer('I sent the invoice yesterday')), name: 'a receipt is not the invoice' },
  ],
  invalid: [
    {
      text: "What's the email on the account?",
      context: emailGiven,
      errors: [
        {
          text: "What's the email on the account?",
          message: 'The customer already gave their email address at 14:02: jane@site.com',
          suggestions: ['Is jane@site.com still the best email to reach you?'],
        },
      ],
    },
    {
      text: 'Thanks for waiting. Could you share a good phone number to reach you?',
      context: chat(customer('my cell is (555) 201-3344, call after 5')),
      errors: [{ text: 'Could you share a good phone number to reach you?', message: 'The customer already gave their phone number earlier in this chat: (555) 201-3344' }],
    },
    {
      text: 'Order number?',
      context: chat(agent('Can I get the order number?'), customer("it's 4417-2231")),
      errors: [{ text: 'Order number?', suggestions: ['Just to confirm, is your order number 4417-2231?'] }],
    },
    {
      text: 'Can you send me the tracking number?',
      context: chat(customer('parcel stuck. tracking 1Z999AA10123456784')),
      errors: [{ text: 'Can you send me the tracking number?', message: /tracking number earlier in this chat: 1Z999AA10123456784$/ }],
    },
    {
      text: 'Please provide your account number.',
      context: chat(customer('hey, internet slow for a week. account no. TL-4482019')),
      errors: [{ text: 'Please provide your account number.', message: /account number .*TL-4482019/ }],
    },
    {
      text: 'Sure, may I have your full name?',
      context: chat(customer('Hi! Crystal Minh here, I need to return an item')),
      errors: [{ text: 'may I have your full name?', message: /full name earlier in this chat: Crystal Minh/, suggestions: ['just to confirm, is the name on the account Crystal Minh?'] }],
    },
    {
      text: 'Can I have your name, please?',
      context: chat(agent('Who am I chatting with today?'), customer("it's Crystal")),
      errors: [{ text: 'Can I have your name, please?', message: /name earlier in this chat: Crystal/ }],
    },
    {
      text: 'What is your name please?',
      context: chat(agent('What is your name please?'), customer('Crystal Minh')),
      errors: [{ text: 'What is your name please?', message: /Crystal Minh/ }],
    },
    {
      text: 'ok, may I have your username, email address and order ID please?',
      context: chat(agent('May I have your username and email address?'), customer('Username: cminh730'), customer('cminh730@email.com')),
      errors: [
        { text: 'username', message: /username earlier in this chat: cminh730/ },
        { text: 'email address', message: /email address earlier in this chat: cminh730@email.com/ },
      ],
    },
    {
      text: 'Can I have your zip code and email?',
      context: chat(customer('zip code 62838')),
      errors: [{ text: 'zip code', suggestions: ['Just to confirm, is your zip code 62838? Could you also share your email address?'] }],
    },
    {
      text: 'What is your zip code?',
      context: chat(customer('please ship it to 1909 Lexington Ave, Brighton, WA 39949')),
      errors: [{ text: 'What is your zip code?', message: /zip code earlier in this chat: 39949/ }],
    },
    {
      text: 'Please confirm the delivery address.',
      context: chat(customer('deliver to 12 Harbour Road, Apt 4B, Portland ME 04101 please')),
      errors: [{ text: 'Please confirm the delivery address.', message: /address earlier in this chat: 12 Harbour Road, Apt 4B, Portland ME 04101/ }],
    },
    {
      text: 'Can you confirm your date of birth?',
      context: chat(customer('Sam Patel, DOB 03/14/1988')),
      errors: [{ text: 'Can you confirm your date of birth?', message: /date of birth earlier in this chat: 03\/14\/1988/ }],
    },
    {
      text: 'What are the last four digits of the card?',
      context: chat(customer('my card ending 4421 was declined')),
      errors: [{ text: 'What are the last four digits of the card?', message: /4421/ }],
    },
    {
      text: 'Which phone model are you using?',
      context: chat(agent('What phone do you have?'), customer('Galaxy S23, bought it last year')),
      errors: [{ text: 'Which phone model are you using?', message: /device model earlier in this chat: Galaxy S23/ }],
    },
    {
      text: 'What browser are you using?',
      context: chat(customer('the page is blank in Chrome on Windows 11')),
      errors: [{ text: 'What browser are you using?', message: /browser earlier in this chat: Chrome/ }],
    },
    {
      text: 'Which operating system is it running?',
      context: chat(customer('the page is blank in Chrome on Windows 11')),
      errors: [{ text: 'Which operating system is it running?', message: /Windows 11/ }],
    },
    {
      text: 'Which version of the app do you have?',
      context: chat(customer('it crashes on launch, app version 5.2.1')),
      errors: [{ text: 'Which version of the app do you have?', message: /5\.2\.1/ }],
    },
    {
      text: "I'll need the IMEI to unlock it.",
      context: chat(customer('unlock please, IMEI 356938035643809')),
      errors: [{ text: "I'll need the IMEI to unlock it.", message: /IMEI earlier in this chat: 356938035643809/ }],
    },
    {
      text: 'Can you tell me the exact error message?',
      context: chat(customer('checkout says "Payment declined: insufficient funds"')),
      errors: [{ text: 'Can you tell me the exact error message?', message: /error message earlier in this chat: Payment declined: insufficient funds/ }],
    },
    {
      text: 'Send me a screenshot of what you see, please.',
      context: chat(customer("I've attached a screenshot of the error", '09:15')),
      errors: [{ text: 'Send me a screenshot of what you see, please.', message: 'The customer already sent the screenshot at 09:15' }],
    },
    {
      text: 'Do you have a case number?',
      context: chat(customer('my case number is 00482913, still no reply')),
      errors: [{ text: 'Do you have a case number?', message: /ticket number earlier in this chat: 00482913/ }],
    },
    {
      text: 'Could you share your booking reference so I can make the change?',
      context: chat(customer('Need to change my flight. Booking ref K7XQ2M.'), agent('What date?'), customer('18 April')),
      errors: [{ text: 'Could you share your booking reference so I can make the change?' }],
    },
    {
      name: 'transfer: given to the previous agent',
      text: 'Thanks for waiting. To get started, may I have the email on the account?',
      context: chat(
        agent('Hi, how can I help?', 'a1', '13:40'),
        customer('double charged for my plan. account email: k.osei@finch.example', '13:44'),
        agent("I'm transferring you to Billing; they'll see our chat.", 'a1', '13:45'),
        agent('Hi, Ben from Billing here.', 'a2', '13:46'),
      ),
      errors: [{ text: 'may I have the email on the account?', message: 'The customer already gave their email address to the previous agent at 13:44: k.osei@finch.example' }],
    },
    {
      name: 'previous chat',
      text: 'Could you share your order number?',
      context: {
        transcript: [customer('hi again, the replacement still has not shipped')],
        previousChats: [[customer('my order #5512300 arrived broken', '09:30'), agent('Sorry! A replacement is on the way.')]],
      },
      errors: [{ text: 'Could you share your order number?', message: /order number in a previous chat \(2026-03-02 09:30\): 5512300/ }],
    },
    {
      name: 'a qualified name for the detail ("in-game username")',
      text: "What's your in-game username?",
      context: {
        transcript: [customer('hi again, the reward still is not there')],
        previousChats: [[customer('My username is skyfox_88 and I cannot claim the reward.', '09:30'), agent('Thanks, I have logged a bug.')]],
      },
      errors: [{ text: "What's your in-game username?", message: /username in a previous chat \(2026-03-02 09:30\): skyfox_88/ }],
    },
    {
      name: "a chat tool's attachment marker inside the message",
      text: 'Could you send a screenshot of the export page?',
      context: chat(customer('The export button is greyed out, see screenshot [image: export-disabled.png]', '10:34')),
      errors: [{ text: 'Could you send a screenshot of the export page?' }],
    },
    {
      name: 'customer record',
      text: "What's your email address?",
      context: { transcript: [customer('I need help with my invoice')], customer: { email: 'pat@acme.example' } },
      errors: [{ text: "What's your email address?", message: 'The email address is on the customer record (customer.email): pat@acme.example' }],
    },
    {
      name: 'verification re-ask is a repeat by default',
      text: 'Are you sure that is the order ID? It looks like the same characters.',
      context: chat(agent('Can I have your account and order IDs please?'), customer('Account E0ZYJXLBGX'), customer('Order E0ZYJXLBGX')),
      errors: [{ text: 'Are you sure that is the order ID?', message: /order number earlier in this chat: E0ZYJXLBGX \(asking again after a failed check/ }],
    },
    {
      name: 'name given as a bare answer to the earlier question',
      text: 'I will need your full name and the email on file.',
      context: chat(agent('Can I get your full name or account ID?'), customer('Norman Bouchard')),
      errors: [{ text: 'full name', message: /full name earlier in this chat: Norman Bouchard/ }],
    },
    {
      name: 'a question asking for no detail ends the typing of bare answers',
      text: 'Which phone model are you using?',
      context: chat(agent('What phone do you have?'), customer('Galaxy S23'), agent('Are you seeing 4G or no signal?'), customer('4G only')),
      errors: [{ text: 'Which phone model are you using?', message: 'The customer already gave their device model earlier in this chat: Galaxy S23' }],
    },
    {
      name: 'which card: the card the customer named',
      text: 'So sorry! Which card was charged?',
      context: chat(customer('my card ending 4421 was charged twice')),
      errors: [{ text: 'Which card was charged?', message: 'The customer already gave their card earlier in this chat: card ending 4421', suggestions: ['Just to confirm, is this about the card ending 4421?'] }],
    },
    {
      name: 'which account: answered by the email the customer gave',
      text: 'Which account is this about?',
      context: chat(customer("my email is jo@x.com and I can't log in")),
      errors: [{ text: 'Which account is this about?', message: 'The customer already gave their email address earlier in this chat: jo@x.com', suggestions: ['Just to confirm, is this about the account under jo@x.com?'] }],
    },
    {
      name: 'a list: only the detail given is flagged, the rest is still asked',
      text: 'Could you share your flight number and booking reference?',
      context: chat(customer('my flight BA117 was cancelled')),
      errors: [{ text: 'flight number', message: 'The customer already gave their flight number earlier in this chat: BA117', suggestions: ['Just to confirm, is your flight number BA117? Could you also share your booking reference?'] }],
    },
    {
      name: 'a statement of need',
      text: 'Your policy number is needed to open a claim.',
      context: chat(customer('my policy number is HX-22018')),
      errors: [{ text: 'Your policy number is needed to open a claim.', message: /policy number earlier in this chat: HX-22018/ }],
    },
    {
      name: 'membership given in passing',
      text: 'What is your membership level?',
      context: chat(customer('Hi, my name is Crystal Minh, silver member')),
      errors: [{ text: 'What is your membership level?', message: /membership level earlier in this chat: silver/ }],
    },
  ],
})
