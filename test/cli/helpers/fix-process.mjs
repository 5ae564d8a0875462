// A whole CLI process over the built main(), with the thx linter double (the
// fix path must be exercised whatever rules the registry holds). Used by the
// SIGKILL test: argv is passed straight to main().
import { main } from '../../../dist/src/cli/main.js'

const linter = {
  rules: [{ id: 'no-all-caps', severity: 'warn' }],
  lint(text) {
    const messages = []
    const pattern = /\bthx\b/gi
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      messages.push({
        ruleId: 'no-all-caps', severity: 'warning', message: 'Write “thanks” in full', practice: 6,
        offset: m.index, endOffset: m.index + 3, line: 1, column: 1, endLine: 1, endColumn: 1,
        fix: { range: [m.index, m.index + 3], text: 'thanks' },
      })
    }
    return { messages, errorCount: 0, warningCount: messages.length, infoCount: 0 }
  },
  fix: (text) => text,
}

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  createLinter: async () => linter,
})
