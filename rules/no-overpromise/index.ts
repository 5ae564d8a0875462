/**
 * no-overpromise (practice 8): be honest about what you can deliver. A sentence
 * fires when it guarantees an outcome the agent does not control: a guarantee
 * or promise whose object is not the agent's own action ("I guarantee your
 * package arrives tomorrow"), or a certainty marker (definitely, for sure, 100%,
 * guaranteed, without fail) on a claim about someone or something else ("it will
 * definitely work", "this will 100% fix it"), or "never … again" about an
 * outcome. Commitments about the agent's own actions ("I promise I'll call you
 * back"), negated guarantees ("I can't guarantee…") and hedged estimates
 * ("usually 3-5 business days", "should arrive") pass.
 */
import { scanCase } from '../../src/text.js'
import { DOCS_BASE, defineRule } from '../../src/rule.js'

/** Every cue in judge.ts contains one of these words (case-insensitive, on the raw draft): a cue without one never fires. */
const CUE_WORD = /promise|guarantee|swear|definitely|certainly|surely|sure|absolutely|doubt|fail|100|hundred|assure|word|good|question|matter|certain|positive|confident|for all|never|won['’]t|will not|no way|chance|bound|trust me|from me|count on|bet on|worry|worries|problem|nothing|wrong|going to|risk|rest easy|relax|mark my|solve|fix|resolv|cure|eliminat|get rid|from now on|forever|for good|permanently|going forward|from here on/i

/** The sentence judge, bound by `load` before the first draft. */
let overpromises: (sentence: string) => boolean

export default defineRule({
  meta: {
    id: 'no-overpromise',
    practice: 8,
    description: 'Do not guarantee outcomes you do not control; commit to your own actions and give hedged estimates.',
    category: 'conversation',
    severity: 'warn',
    fixable: false,
    hasSuggestions: false,
    requires: [],
    options: {},
    docs: `${DOCS_BASE}no-overpromise/README.md`,
  },
  async load() {
    ;({ overpromises } = await import('./judge.js'))
  },
  create(context) {
    // Most drafts have no cue word at all: one scan, then nothing per sentence.
    if (!CUE_WORD.test(context.text)) return
    const scan = scanText(context)
    for (const sentence of context.sentences()) {
      const part = scan.slice(sentence.start, sentence.end)
      if (!overpromises(part)) continue
      const start = sentence.start + (part.length - part.trimStart().length)
      const end = sentence.start + part.trimEnd().length
      context.report({
        start,
        end,
        actual: context.text.slice(start, end),
        message:
          'This promises an outcome you do not control; say what you will do and give an honest estimate instead ' +
          '(e.g. “I’ve escalated it, and the carrier usually delivers within 2 days”)',
      })
    }
  },
})

/** The draft lower-cased, with masked syntax blanked except numbers (so "100%" survives). */
function scanText(context: { text: string; masked: string; masks: readonly { start: number; end: number; kind: string }[] }): string {
  const { text, masked, masks } = context
  if (masks.length === 0) return scanCase(text)
  const parts: string[] = []
  let cursor = 0
  for (const mask of masks) {
    parts.push(text.slice(cursor, mask.start), mask.kind === 'id' ? text.slice(mask.start, mask.end) : masked.slice(mask.start, mask.end))
    cursor = mask.end
  }
  parts.push(text.slice(cursor))
  return scanCase(parts.join(''))
}
