/**
 * shorthand/lexnorm2015.jsonl: tweets with token-level normalisations (u → you).
 * Off-domain for replylint (tweets, not agent replies; offensive language), so
 * it is reported, never tuned to. Figures, for no-chat-shorthand alone:
 * - recall: of the normalised tokens whose written form is on the rule's list,
 *   the share the rule flags (the rest are letters, acronyms and names it let pass);
 * - expansion agreement: of those flagged, the share whose first expansion (or,
 *   for reactions, meaning) is the data's normalisation, and the share where any is;
 * - false flags: tokens the annotators left unchanged that the rule flags.
 * Only token strings are printed (never tweet text).
 */
import { createLinter } from '../../../src/node.js'
import { shorthands } from '../../../rules/no-chat-shorthand/shorthand.js'
import { type EvalSuite, evalFile, pct, readJsonl } from '../shared.js'

interface LexnormCase {
  id: string
  tokens: string[]
  normalized: string[]
  changed: Array<{ i: number; token: string; norm: string }>
}

const RULE = 'no-chat-shorthand'
const FILE = 'shorthand/lexnorm2015.jsonl'
const entries = new Map(shorthands.map((entry) => [entry.token, entry]))

export const lexnorm: EvalSuite = {
  name: 'lexnorm',
  files: [FILE],
  async run({ show }) {
    const linter = await createLinter({ preset: 'all' })
    if (!linter.rules.some((rule) => rule.id === RULE)) return [`  ${RULE} is not in the registry yet`]
    const only = await createLinter({ rules: Object.fromEntries(linter.rules.map((r) => [r.id, r.id === RULE ? 'warn' : 'off'])) })
    let targeted = 0
    let flagged = 0
    let firstAgrees = 0
    let anyAgrees = 0
    let unchanged = 0
    let falseFlags = 0
    const missed = new Map<string, number>()
    const falseTokens = new Map<string, number>()
    const disagreements = new Map<string, number>()

    for (const item of readJsonl<LexnormCase>(evalFile(FILE)!)) {
      // The tweet as text: tokens joined by single spaces, each token's offsets kept.
      const starts: number[] = []
      let cursor = 0
      for (const token of item.tokens) {
        starts.push(cursor)
        cursor += token.length + 1
      }
      const text = item.tokens.join(' ')
      const messages = only.lint(text).messages
      const isFlagged = (index: number) => {
        const start = starts[index]!
        const end = start + item.tokens[index]!.length
        return messages.some((m) => m.offset < end && m.endOffset > start)
      }
      const changed = new Map(item.changed.map((c) => [c.i, c]))
      item.tokens.forEach((token, index) => {
        const change = changed.get(index)
        if (!change) {
          unchanged++
          if (isFlagged(index)) {
            falseFlags++
            bump(falseTokens, token.toLowerCase())
          }
          return
        }
        const entry = entries.get(change.token.toLowerCase())
        if (!entry) return
        targeted++
        if (!isFlagged(index)) {
          bump(missed, change.token)
          return
        }
        flagged++
        const norm = simple(change.norm)
        const readings = [...entry.expansions, entry.meaning].map(simple)
        const first = simple(entry.expansions[0] ?? entry.meaning)
        if (first === norm) firstAgrees++
        if (readings.includes(norm)) anyAgrees++
        else bump(disagreements, `${change.token.toLowerCase()}→${change.norm}`)
      })
    }

    const lines = [
      `  ${RULE.padEnd(26)} recall ${pct(flagged / targeted)} (${flagged} of ${targeted} normalised tokens on the list)`,
      `  ${''.padEnd(26)} expansion agrees ${pct(firstAgrees / flagged)} first, ${pct(anyAgrees / flagged)} any`,
      `  ${''.padEnd(26)} false flags ${falseFlags} of ${unchanged} unchanged tokens (${pct(falseFlags / unchanged)})`,
    ]
    if (show.has(RULE)) {
      lines.push(`  missed: ${top(missed)}`, `  false flags: ${top(falseTokens)}`, `  other expansion: ${top(disagreements)}`)
    }
    return lines
  },
}

function simple(text: string): string {
  return text.toLowerCase().replace(/\u2019/g, "'").trim()
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

function top(counts: Map<string, number>, limit = 25): string {
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'
}
