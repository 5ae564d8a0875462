import { createLinter } from './src/node.ts'
const linter = await createLinter({ preset: 'recommended', rules: { 'no-all-caps': 'off' } })
type C = [boolean, string[], string]
const c = (t: string) => t.startsWith('a:') ? { role: 'agent' as const, text: t.slice(2).trim() } : { role: 'customer' as const, text: t.replace(/^c:/, '').trim() }
const cases: C[] = [
 [true, ['my email is ana@x.com'], "What's the best email to send the confirmation to?"],
 [true, ["Hi, it's Maria Lopez, account 88213"], 'Could I take your name and account number, please?'],
 [true, ['can you deliver to 22 Baker Street, London NW1 6XE instead'], "What's the address you'd like it delivered to?"],
 [true, ['ring me on 07700 900123'], 'Can I get a callback number?'],
 [true, ['postcode is SW9 8LP'], "What's your postcode?"],
 [true, ["it's for my Samsung Galaxy S21"], 'What device are you using?'],
 [true, ["I'm on iOS 17.2"], 'What version of iOS are you on?'],
 [true, ['reach me at 0412 345 678'], 'What is a good contact number for you?'],
 [true, ['DOB: 1990-07-04'], 'Please confirm your DOB.'],
 [true, ['my date of birth is July 4, 1990'], 'Can I have your date of birth to verify the account?'],
 [true, ['a: What email address is on the account?', 'ana.lee@gmail.com'], 'Sorry, could you give me the email address on the account?'],
 [true, ['the code on screen says E-4012'], 'What error code are you seeing?'],
 [true, ['a: Which app version do you have?', '5.2.1'], 'Which version of the app are you on?'],
 [true, ['a: Can you send a screenshot?', '[image: screenshot.png]'], 'Could you send a screenshot of the error?'],
 [true, ['hi this is Kofi Mensah, order 55219 never came'], 'Can you tell me your name and order number?'],
 [true, ['claim number CLM-77182, water damage'], "What's your claim number?"],
 [true, ['my account no is 4471-992'], 'And your account number?'],
 [true, ['a: can I have your username?', 'its ana_lee_88'], 'Please send me your username.'],
 [false, ['I have two accounts, a@x.com and b@y.com'], 'Which email is the account under?'],
 [false, ['my order number is 55123'], "What's the order number for the second item?"],
 [false, ['my email is a@b.com'], 'Please confirm your email address by clicking the link we sent.'],
 [false, ['my email is a@b.com'], 'Could you confirm whether you received our email?'],
 [false, ['my order 55123 never came'], 'I have refunded order 55123. Is there anything else I can help with?'],
 [false, ['my phone 555-201-3344 keeps dropping calls'], 'Which network are you on?'],
 [false, ['my name is Kofi'], 'Kofi, could you tell me what happened?'],
 [false, ['my tracking number is 1Z999AA10123456784'], 'Can you check the tracking page and tell me what it shows?'],
 [false, ['username is ana_lee_88'], 'Could you try resetting your password from the login page?'],
 [false, ['zip 90210'], 'Can you tell me which store you visited?'],
 [false, ['my account number is 12345678'], 'Could you provide your date of birth for verification?'],
 [false, ['order 55219'], 'Could you send a photo of the item and its packaging?'],
 [false, ['my phone number is 555-201-3344'], 'Do you want us to text updates to 555-201-3344?'],
 [false, ['email: a@b.com'], 'Please send us an email with the documents attached.'],
 [false, ['I sent the invoice yesterday'], 'Could you send the receipt as well?'],
 [false, ['a: May I have your name?', 'why do you need it?'], 'We need your name to find the account. What is your name?'],
 [false, ['a: What is your account number?', "I don't know it"], 'No problem, could you give me your account number from a bill instead?'],
]
let bad = 0
for (const [want, turns, draft] of cases) {
  const msgs = linter.lint(draft, { transcript: turns.map(c) }).messages.filter(m => m.ruleId === 'no-repeat-request')
  if ((msgs.length > 0) !== want) { bad++; console.log(want ? 'MISS ' : 'FALSE', draft, '|', turns.join(' | '), msgs.map(m=>m.message)) }
}
console.log('bad', bad, '/', cases.length)
