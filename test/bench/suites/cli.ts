/**
 * CLI speed, whole process, same run: 10,000 generated canned responses linted
 * with every rule (--preset all) as .txt files and as one Zendesk export,
 * against cspell's CLI (spelling only) on the same .txt files.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { BenchSuite } from '../shared.js'

const ROOT = resolve(import.meta.dirname, '../../..')
const COUNT = 10_000

// Pieces of canned responses, written for this bench; a seeded generator combines them.
const OPENINGS = [
  'Hi {{ticket.requester.first_name}},', 'Hello there,', 'Hi {{user.name | fallback: "there"}},', 'Thanks for getting in touch!',
  'Good morning,', 'Hi, and thanks for your patience.', 'Hello!', 'Hi {!Contact.FirstName},',
]
const BODIES = [
  'Your refund of {{ticket.amount}} has been approved and should reach your card within 5 to 10 business days.',
  'I have checked order {{ticket.order_id}} and it left our warehouse this morning, so tracking should update by tonight.',
  'To reset your password, open the sign-in page and choose "Forgot password". The link stays valid for 30 minutes.',
  'Our team is looking into the outage right now and we expect the dashboard to be back within the hour.',
  'You can change your plan anytime from Settings > Billing; the difference is prorated automatically.',
  'Please do NOT share your verification code with anyone, including our staff.',
  'I have passed this to our billing specialists, who can adjust the invoice for you.',
  'The discount code expired last week, but I have applied the same reduction to your order manually.',
  'Could you tell me which browser and version you are using? That helps us reproduce the problem.',
  'thx for waiting, I will check with the warehouse and get back to u shortly.',
  'It looks like the payment was declined by your bank, so it might be worth giving them a quick call.',
  'We recieved your return and the replacement ships tomorrow with express delivery at no extra cost.',
  'Your subscription renews on the first of each month, and you can cancel before then without any fee.',
  'I have reset the two-factor settings on your account, so you can sign in with your password again.',
  'The export finished and the file is attached; it includes every ticket from the last 90 days.',
]
const CLOSINGS = [
  'Let me know if there is anything else I can help with.', 'Have a great day!', 'Thanks again for your patience.',
  'Happy to help if anything else comes up.', 'Best regards,\n{{current_user.first_name}}', 'Talk soon!',
]

function generate(count: number): string[] {
  let seed = 42
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
  }
  const responses: string[] = []
  for (let i = 0; i < count; i++) {
    const body = [BODIES[next(BODIES.length)]!, BODIES[next(BODIES.length)]!].join(' ')
    responses.push(`${OPENINGS[next(OPENINGS.length)]}\n\n${body}\n\n${CLOSINGS[next(CLOSINGS.length)]}\n`)
  }
  return responses
}

function time(command: string, args: string[], cwd: string): { seconds: number; code: number | null } {
  const start = performance.now()
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const seconds = (performance.now() - start) / 1000
  if (result.error) throw result.error
  return { seconds, code: result.status }
}

export const cli: BenchSuite = {
  name: 'cli',
  async run() {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.json')])
    const dir = mkdtempSync(join(tmpdir(), 'replylint-bench-cli-'))
    try {
      const responses = generate(COUNT)
      mkdirSync(join(dir, 'txt'))
      responses.forEach((text, i) => writeFileSync(join(dir, 'txt', `reply-${String(i).padStart(5, '0')}.txt`), text))
      const macros = responses.map((text, i) => ({ id: i + 1, title: `Macro ${i + 1}`, actions: [{ field: 'comment_value', value: text }] }))
      writeFileSync(join(dir, 'zendesk.json'), JSON.stringify({ macros, count: macros.length }, null, 2))
      writeFileSync(join(dir, 'cspell.json'), JSON.stringify({ version: '0.2', language: 'en' }))

      const bin = join(ROOT, 'dist/src/cli/bin.js')
      const ours = time(process.execPath, [bin, 'txt', '--preset', 'all', '--no-config-lookup', '-f', 'json'], dir)
      const oursJson = time(process.execPath, [bin, 'zendesk.json', '--preset', 'all', '--no-config-lookup', '-f', 'json'], dir)
      const cspell = time(process.execPath, [join(ROOT, 'node_modules/cspell/bin.mjs'), 'lint', '--no-progress', '--no-summary', '--no-cache', 'txt/**/*.txt'], dir)
      const row = (name: string, t: { seconds: number; code: number | null }) =>
        `  ${name.padEnd(52)} ${t.seconds.toFixed(2).padStart(7)} s  ${Math.round(COUNT / t.seconds).toString().padStart(6)} responses/s  (exit ${t.code})`
      return [
        `  ${COUNT} generated canned responses, whole process, same run`,
        row('cspell lint (spelling only), .txt files — baseline', cspell),
        row('replylint --preset all, .txt files', ours),
        row('replylint --preset all, one Zendesk export', oursJson),
        `  ratio .txt: ${(ours.seconds / cspell.seconds).toFixed(2)}x of cspell (target <= 0.50x); Zendesk export: ${(oursJson.seconds / cspell.seconds).toFixed(2)}x`,
      ]
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  },
}
