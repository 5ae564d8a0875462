import { createLinter } from './src/node.ts'
const linter = await createLinter({ preset: 'recommended', rules: { 'no-all-caps': 'off' } })
type C = [boolean, string[], string]
const c = (t: string) => t.startsWith('a:') ? { role: 'agent' as const, text: t.slice(2).trim() } : { role: 'customer' as const, text: t.replace(/^c:/, '').trim() }
const cases: C[] = [
 [true, ["Hi, I'm Tom Becker and my policy number is PL-99812"], 'Thanks Tom. Can you confirm your policy number for me?'],
 [true, ['my phone is 07700 900123'], "What's the best number to reach you on?"],
 [true, ['you can email me at tom.b@gmail.com'], 'Could you let me know your email?'],
 [true, ['a: Which phone do you have?', "it's the iPhone 14 Pro"], 'And what phone model is it?'],
 [true, ["the error says 'Card declined (05)'"], 'What does the error message say exactly?'],
 [true, ['I sent a photo of the broken screen'], 'Can you send a photo of the damage?'],
 [true, ['serial number is SN4451-XK'], 'Please provide the serial number on the back of the unit.'],
 [true, ['My DOB is 4 July 1990'], 'For security, could you confirm your date of birth?'],
 [true, ["Order 112-3344556-7788990 hasn't arrived"], 'Could I get the order number please?'],
 [true, ['I live at 45 Elm Street, Springfield IL 62704'], "What's your postal code?"],
 [true, ['ticket #48213 from last week'], 'Do you have a ticket number?'],
 [true, ["I'm on version 3.4.2 of the app"], 'What app version are you running?'],
 [true, ['using Firefox, it just spins'], 'Which browser do you use?'],
 [true, ['my username is dj_khaled99'], "What's your user name?"],
 [true, ['my account email is ann@x.org'], 'Can you tell me the email address on your account?'],
 [true, ['last 4 are 7781'], 'Can you give me the last four digits of your card?'],
 [true, ["My name's Priya Shah"], 'Who am I speaking with today?'],
 [true, ['the reading is 45821'], 'Can you give me a meter reading?'],
 [true, ['booking is for Friday 12th at 7pm'], 'What time is your booking?'],
 [true, ['My zip is 10001'], 'Zip code?'],
 [true, ['Account holder is Priya Nair'], "What's the account holder's name?"],
 [true, ['my email is a@b.com'], 'What email did you use to place the order?'],
 [true, ['a: What is the best number to call you on?', '0161 496 0000'], 'Can you share a contact number?'],
 [true, ['hi, my name is Dev Patel and my email is dev@p.io'], "I'm happy to help! Can you give me your full name and email address?"],
 [true, ['a: Can I have your membership number?', 'MB77120'], 'Thanks. And your membership number again?'],
 [true, ['a: What is your order number?', 'it is 99123'], 'Kindly share your order number.'],
 [true, ['my reference number is REF-22918'], 'Can I have the reference number?'],
 [true, ['Windows 10, Chrome'], 'What operating system are you on?'],
 [false, ['my email is ann@x.org'], "I've sent the reset link to your email."],
 [false, ['order #55123'], 'Can you tell me what was in the order?'],
 [false, ['my email is ann@x.org'], 'Can you check your spam folder for an email from us?'],
 [false, ['my phone number is 555-201-3344'], 'Is 555-201-3344 a mobile or a landline?'],
 [false, ['name is Ann Lee'], 'Thanks Ann! What seems to be the problem?'],
 [false, ['tracking 1Z999AA10123456784'], 'Could you tell me when the tracking number last updated?'],
 [false, ['my account number is 12345678'], 'Could you confirm the name on the account?'],
 [false, ['my order number is 123456'], 'Do you have the order confirmation email?'],
 [false, ['I already sent a screenshot'], 'Thanks, I can see the screenshot. Can you also send a photo of the label?'],
 [false, ['My name is Ann'], 'May I have your last name?'],
 [false, ["It's Monday and my parcel is late"], 'May I have your name?'],
 [false, ["I'm not sure what my username is"], "What's your username?"],
 [false, ["The order was placed under my wife's email, jen@x.com"], 'What email address is the account under?'],
 [false, ['my phone is (555) 201-3344'], 'Is the number ending in 3344 still good?'],
 [false, ['my order number is 4417-2231'], 'Just to confirm, is it 4417-2231?'],
 [false, ['my order number is 4417-2231'], 'I can see order 4417-2231. What would you like to change?'],
 [false, ['I moved to 9 Oak Lane, Leeds LS6 2AB'], 'What was your previous address?'],
 [false, ['hi, my email is a@b.com'], 'Please make sure to verify your email by clicking the link we sent.'],
 [false, ['name: Joe Bloggs'], "Thanks Joe, I'll send the tracking number to your email shortly."],
 [false, ['hi my order number is 55123'], 'Let me pull up the order. What seems to be wrong with it?'],
 [false, ['my email is a@b.com'], 'We will never ask for your password by email.'],
 [false, ['zip 10001'], 'Is there a different address you want it shipped to?'],
 [false, ['my name is Lee Chan'], 'Can you give me the name of the person who signed for it?'],
]
let bad = 0
for (const [want, turns, draft] of cases) {
  const msgs = linter.lint(draft, { transcript: turns.map(c) }).messages.filter(m => m.ruleId === 'no-repeat-request')
  if ((msgs.length > 0) !== want) { bad++; console.log(want ? 'MISS ' : 'FALSE', draft, '|', turns.join(' | '), msgs.map(m=>m.message)) }
}
console.log('bad', bad, '/', cases.length)
