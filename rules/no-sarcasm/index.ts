/**
 * no-sarcasm (practice 6): irony and passive aggression read as contempt in
 * text, where the customer cannot hear the tone that might have softened them.
 *
 * Decides from cues in context, not single words: a phrase lexicon (per my last
 * message, as I already said, no offense but, good luck with that) with checks
 * where a phrase is only sarcastic in place ("Obviously you…" opening a
 * sentence; "Great." followed by a mishap, not by good news); eye-roll emoji;
 * scare quotes around the customer's words ("your 'urgent' request"); "/s".
 */
import { type CueIndex, type CueMatch, compileCues, removalFix, startsSentence, MIN_SURENESS_OPTION } from '../../src/cues.js'
import { DOCS_BASE, type RuleContext, type SentenceRef, defineRule } from '../../src/rule.js'
import type * as Lexicon from './cues.js'
import type { EyeRoll, SarcasmCue, SarcasmKind } from './cues.js'

/** The phrase lexicon and its context checks, bound by `load` before the first draft: a chunk of its own in browser bundles. */
let lexicon: typeof Lexicon

const WHY: Record<SarcasmKind, string> = {
  repetition: 'reads as passive-aggressive: it tells the customer they should have listened the first time; restate the point plainly',
  condescension: 'talks down to the customer; give the information without the judgement',
  irony: 'reads as sarcasm: in text the customer cannot hear that you mean well, and irony reads as mockery',
  dismissal: 'brushes the customer off; say what you can do instead',
}
const MARK_WHY = 'makes the sentence sarcastic: in text it reads as contempt for the customer'
const SCARE_WHY = 'doubt the customer’s words and read as sarcasm; drop the quotation marks'
const CLAIM_WHY = 'cast doubt on what is said to have happened and read as sarcasm; drop the quotation marks'
const SLASH_S_WHY = 'labels the remark as sarcasm, which reads as mockery in a support chat'
const EMOJI_VARIANT = /[\uFE0E\uFE0F]|\p{Emoji_Modifier}/gu

/**
 * Scare quotes: a possessive (or "so-called"), a short lower-case quoted phrase,
 * then the noun it qualifies: "your 'urgent' request". Bounded throughout.
 */
const SCARE_QUOTE =
  /(?<![\p{L}\p{N}])([Yy]our|[Tt]heir|[Hh]is|[Hh]er|[Ss]o-called|[Aa]nother|[Tt]he|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose)\s{1,3}(['"\u2018\u201C])(\p{Ll}[\p{L}' -]{0,38}?)(['"\u2019\u201D])(?=(?:\s{1,3}(\p{L}{1,30}))?)/gu
const CLOSING: Record<string, string> = { "'": "'", '"': '"', '\u2018': '\u2019', '\u201C': '\u201D' }
export default defineRule({
  meta: {
    id: 'no-sarcasm',
    practice: 6,
    description: 'Disallow sarcasm, irony and passive aggression: "Oh great, another…", "Per my last message", scare quotes.',
    category: 'tone',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    requires: [],
    options: {
      minSureness: MIN_SURENESS_OPTION,
    },
    docs: `${DOCS_BASE}no-sarcasm/README.md`,
  },
  async load() {
    lexicon = await import('./cues.js')
  },
  setup(options) {
    return {
      minSureness: options.minSureness,
      cues: compileCues(lexicon.sarcasmCues, options.minSureness, 'replylint: rule "no-sarcasm"'),
      marks: new Map(lexicon.sarcasmMarks.filter((m) => m.sureness >= options.minSureness).map((m) => [m.value, m])),
    }
  },
  create(context) {
    const { text, masked, state } = context
    const remarks: Array<[number, number]> = []
    let covered = 0
    for (const found of state.cues.match(masked, context.words(), acceptInContext)) {
      // One message per remark: a second cue inside a sentence already reported adds nothing.
      if (found.start < covered) continue
      const actual = text.slice(found.start, found.end)
      // A repetition marker is a phrase ("Per my last message"); an ironic or condescending remark is its whole sentence.
      let start = found.start
      let end = found.end
      if (found.cue.kind === 'repetition') {
        if (masked[end] === ':') end++
      } else {
        start = sentenceStart(masked, found.start, covered)
        end = sentenceEnd(masked, found.end)
      }
      const { rewrite } = found.cue
      let suggestion
      if (rewrite === '') suggestion = { message: `Remove “${actual}”`, fix: removalFix(text, found.start, found.end) }
      else if (rewrite !== undefined) {
        const replacement = startsSentence(found.word) ? rewrite.charAt(0).toUpperCase() + rewrite.slice(1) : rewrite
        suggestion = { message: `Write “${replacement}”`, fix: { range: [found.start, found.end] as [number, number], text: replacement } }
      }
      covered = end
      remarks.push([start, end])
      context.report({
        start,
        end,
        message: `“${actual}” ${WHY[found.cue.kind]}`,
        actual,
        ...(suggestion ? { expected: [suggestion.fix.text], suggestions: [suggestion] } : {}),
      })
    }

    // Eye-roll emoji are all astral pictographs; quotes that can scare follow a space and open on a lower-case letter.
    if (state.marks.size > 0 && ASTRAL_PICTOGRAPH.test(text)) reportMarks(context, remarks)
    if (QUOTE_OPENING.test(text)) reportClaimQuotes(context, reportScareQuotes(context))
    if (masked.includes('/s')) reportSlashS(context)
  },
})

interface SarcasmState {
  minSureness: number
  cues: CueIndex<SarcasmCue>
  marks: ReadonlyMap<string, EyeRoll>
}
type Context = RuleContext<{ readonly minSureness: number }, SarcasmState>

/** An apology before the repeated trouble makes "Great." a sigh shared with the customer, not a jab. */
const regret = /\b(?:sorry|apolog\w*|unfortunately|afraid|i['’]ll|we['’]ll|let me)\b/i
/** Negation or a loss claim inside quotes: the customer's claim quoted back in doubt ("that 'never arrived'"). */
const QUOTED_CLAIM = /\b(?:never|not|didn['’]t|wasn['’]t|isn['’]t|doesn['’]t|no|nothing|none)\b/i
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those'])
/** Verbs that define a quoted term rather than doubt it. */
const DEFINING: ReadonlySet<string> = new Set(['is', 'are', 'means', 'mean', 'refers', 'stands', 'covers', 'applies', 'option', 'setting'])
const ASTRAL_PICTOGRAPH = /[\uD83D\uD83E]/
const QUOTE_OPENING = /\s['"\u2018\u201C]\p{Ll}/u

/** The context checks a cue names (`when`). */
function acceptInContext(found: CueMatch<SarcasmCue>, masked: string): boolean {
  switch (found.cue.when) {
    case undefined:
      return true
    case 'sentence-start':
      return startsSentence(found.word)
    case 'mishap-follows':
      return startsSentence(found.word) && followedByMishap(masked, found.end, false)
    case 'letdown-follows':
      return startsSentence(found.word) && followedByMishap(masked, found.end, true)
    case 'restates':
      return startsSentence(found.word) && !lexicon.courtesy.test(masked.slice(found.end, found.end + 40))
    case 'not-courtesy':
      return !lexicon.courtesy.test(masked.slice(found.end, found.end + 40))
    case 'clause-ends':
      return startsSentence(found.word) && !/[,;:]/.test(sentenceFrom(masked, found.end))
    case 'blunder-follows':
      return followedBy(masked, found.end, lexicon.blunder)
    case 'failure-follows':
      return startsSentence(found.word) && lexicon.failure.test(sentenceFrom(masked, found.end))
    case 'reproach-reminder':
      return reproachingReminder(found, masked)
    case 'contradiction-follows':
      return startsSentence(found.word) && lexicon.contradiction.test(sentenceFrom(masked, found.end))
  }
}

/** A softened reminder ("Friendly reminder that…") is gentle only about what is coming up. */
const SOFTENED = /^(?:just )?(?:a |as a )?(?:friendly|gentle|kind|polite|small|little)\b/i

/**
 * A reminder opening its sentence reproaches when the sentence points at where it
 * was already written ("…is in the FAQ"), or when it is a "friendly"/"gentle" one
 * about no upcoming date ("Just a reminder that your appointment is tomorrow" is sincere).
 */
function reproachingReminder(found: CueMatch<SarcasmCue>, masked: string): boolean {
  if (!startsSentence(found.word)) return false
  const sentence = sentenceFrom(masked, found.end)
  if (lexicon.writtenSource.test(sentence)) return true
  return SOFTENED.test(masked.slice(found.start, found.end)) && !lexicon.upcoming.test(sentence)
}

/** The rest of the sentence after `end` says `what`, with no sincere turn before it. */
function followedBy(masked: string, end: number, what: RegExp): boolean {
  const window = sentenceFrom(masked, end)
  const hit = what.exec(window)
  return hit !== null && !lexicon.sincereTurn.test(window.slice(0, hit.index))
}

function reportMarks(context: Context, remarks: ReadonlyArray<readonly [number, number]>): void {
  const { text, masked, state } = context
  for (const sentence of context.sentences()) {
    for (const { start, end } of sentence.emoticons) {
      if (context.maskAt(start, end)) continue
      const value = text.slice(start, end)
      const mark = state.marks.get(value.replace(EMOJI_VARIANT, ''))
      if (!mark) continue
      // An eye-roll closing a remark already reported adds nothing new.
      if (remarks.some(([from, to]) => from <= start && to >= end)) continue
      const from = remarkStart(masked, sentence, start)
      context.report({
        start: from,
        end,
        message: `“${value}” (${mark.name}) ${MARK_WHY}`,
        actual: value,
        expected: [''],
        suggestions: [{ message: `Remove “${value}”`, fix: removalFix(text, start, end) }],
      })
    }
  }
}

/** Whether the customer wrote these words in this chat, an earlier one or the customer fields. */
function customerSaid(context: Context, words: string): boolean {
  return context.context !== undefined && context.customerText().includes(words.toLowerCase())
}

function reportScareQuotes(context: Context): Array<[number, number]> {
  const reported: Array<[number, number]> = []
  const { text, state } = context
  SCARE_QUOTE.lastIndex = 0
  for (const match of text.matchAll(SCARE_QUOTE)) {
    const [, owner, open, content, close, following] = match as unknown as [string, string, string, string, string, string?]
    if (CLOSING[open] !== close) continue
    if (content.trim() !== content || content.split(' ').length > 3) continue
    const next = (following ?? '').toLowerCase()
    const openAt = match.index + match[0].length - content.length - 2
    const contentAt = openAt + 1
    // The customer's own words, a word customers insist on, or "another 'x'" (what keeps coming back), quoted in doubt.
    const lowerOwner = owner.toLowerCase()
    const theirs = customerSaid(context, content)
    const doubted = lowerOwner === 'so-called' || lowerOwner === 'another' || theirs || lexicon.DOUBTED_WORDS.has(content.toLowerCase()) || QUOTED_CLAIM.test(content)
    if (lexicon.LABEL_NOUNS.has(next) && lowerOwner !== 'so-called') continue
    // After a plain determiner a quoted term is often just named ("the 'grace period' is…"): only a doubted word or a quoted claim scares.
    if (DETERMINERS.has(lowerOwner) && (!(lexicon.DOUBTED_WORDS.has(content.toLowerCase()) || QUOTED_CLAIM.test(content)) || DEFINING.has(next))) continue
    // A third party's quoted name ("their 'express' service") is only a scare quote when it doubts.
    if (lowerOwner !== 'your' && lowerOwner !== 'so-called' && !doubted) continue
    // Without a doubted word, only a quoted word qualifying a noun is a scare quote ("your 'quick question' turned" is not a label).
    if (!doubted && (next === '' || lexicon.FUNCTION_WORDS.has(next) || next.endsWith('ly'))) continue
    const sureness = doubted ? 2 : 1
    if (sureness < state.minSureness) continue
    const start = match.index
    const end = contentAt + content.length + 1
    let nounAt = end
    while (following && /\s/.test(text[nounAt] ?? '')) nounAt++
    // The message covers the noun the quotes qualify, when there is one.
    const phrase = text.slice(start, following && !lexicon.FUNCTION_WORDS.has(next) ? nounAt + following.length : end)
    reported.push([openAt, end])
    context.report({
      start,
      end: start + phrase.length,
      message: `The quotation marks in “${phrase}” ${SCARE_WHY}`,
      actual: phrase,
      expected: [text.slice(start, openAt) + content],
      suggestions: [{ message: `Write “${content}” without quotation marks`, fix: { range: [openAt, end], text: content } }],
    })
  }
  return reported
}

/**
 * Scare quotes around a claim, wherever they stand: one or two lower-case words in
 * quotes, one of them a claim word ("the courier 'definitely' rang", "it is 'fixed'").
 * Bounded throughout; the content is checked in code.
 */
const CLAIM_QUOTE = /(?<![\p{L}\p{N}'\u2019])(['"\u2018\u201C])(\p{Ll}[\p{L}'\u2019-]{0,24}(?: [\p{L}'\u2019-]{1,25})?)(['"\u2019\u201D])(?![\p{L}\p{N}])/gu

const OWNER_BEFORE = /(?:^|[^\p{L}])(?:your|their|his|her|so-called|another|the|that|this|these|those|a|an|our|my|its)\s{1,3}$/iu

function reportClaimQuotes(context: Context, reported: ReadonlyArray<readonly [number, number]>): void {
  const { text, masked, state } = context
  for (const match of text.matchAll(CLAIM_QUOTE)) {
    const [quoted, open, content, close] = match as unknown as [string, string, string, string]
    if (CLOSING[open] !== close) continue
    const start = match.index
    const end = start + quoted.length
    if (reported.some(([from, to]) => from < end && to > start)) continue
    const words = content.toLowerCase().split(' ')
    let sureness = -1
    for (const word of words) sureness = Math.max(sureness, lexicon.CLAIM_WORDS.get(word) ?? -1)
    if (sureness < 0 || sureness < state.minSureness) continue
    // Not inside a URL, code or placeholder; not the customer's own words quoted back (masked as their quote).
    const mask = context.maskAt(start + 1, end - 1)
    if (mask && mask.kind !== 'quote') continue
    if (customerSaid(context, content)) continue
    // A label or value named, not doubted: after "click", "says", "marked as", a colon; before "button", "status".
    const before = masked.slice(Math.max(0, start - 40), start)
    if (lexicon.LABEL_BEFORE.test(before)) continue
    // After a possessive or determiner ("their 'missing parcel' claim") the possessive check above has decided.
    if (OWNER_BEFORE.test(before)) continue
    const next = /^\s{1,3}(\p{L}{1,30})/u.exec(text.slice(end, end + 34))?.[1]?.toLowerCase() ?? ''
    if (lexicon.LABEL_NOUNS.has(next) || next === 'version' || next === 'state' || next === 'stage') continue
    context.report({
      start,
      end,
      message: `The quotation marks in “${quoted}” ${CLAIM_WHY}`,
      actual: quoted,
      expected: [content],
      suggestions: [{ message: `Write “${content}” without quotation marks`, fix: { range: [start, end], text: content } }],
    })
  }
}

function reportSlashS(context: Context): void {
  const { text, masked } = context
  for (let at = masked.indexOf('/s'); at !== -1; at = masked.indexOf('/s', at + 2)) {
    const before = at === 0 ? ' ' : masked[at - 1]!
    const after = masked[at + 2] ?? ' '
    if (!/\s/.test(before) || !/[\s.!?)]/.test(after) || context.maskAt(at, at + 2)) continue
    context.report({
      start: at,
      end: at + 2,
      message: `“/s” ${SLASH_S_WHY}`,
      actual: '/s',
      expected: [''],
      suggestions: [{ message: 'Remove “/s”', fix: removalFix(text, at, at + 2) }],
    })
  }
}

/**
 * After a positive exclamation ending at `end`: a mishap with no sincere turn
 * before it, in the rest of the sentence (after a comma or dash) or in the next
 * sentence when that one recaps ("So…", "Now…"; any next sentence after "Oh great").
 */
function followedByMishap(masked: string, end: number, loose: boolean): boolean {
  let at = end
  while (masked[at] === ' ') at++
  const mark = masked[at]
  let window: string
  if (mark === ',' || mark === ';' || mark === '\u2014' || mark === '\u2013' || mark === '-' || mark === '\u2026') {
    window = sentenceFrom(masked, at + 1)
  } else if (mark === '.' || mark === '!') {
    while (masked[at] === '.' || masked[at] === '!') at++
    window = sentenceFrom(masked, at)
    // "Great. Yet another reset." needs no recap: the same trouble again says it.
    const again = lexicon.repeatTrouble.exec(window)
    if (again && !regret.test(window.slice(0, again.index))) return true
    if (!loose && !lexicon.recap.test(window)) return false
  } else {
    return false
  }
  const hit = lexicon.mishap.exec(window) ?? (loose ? lexicon.letdown.exec(window) : null)
  if (!hit) return false
  return !lexicon.sincereTurn.test(window.slice(0, hit.index))
}

/** The end of the sentence `from` is in, its end mark included (at most 300 characters on). */
function sentenceEnd(masked: string, from: number): number {
  let to = from
  while (to < masked.length && to - from < 300) {
    const char = masked[to]!
    if (char === '\n') break
    if (char === '.' || char === '!' || char === '?') {
      while (masked[to] === '.' || masked[to] === '!' || masked[to] === '?') to++
      // "a.m." and "e.g." do not end a sentence; a mark before space or the end does.
      if (to >= masked.length || /\s/.test(masked[to]!)) break
      continue
    }
    to++
  }
  while (to > from && /\s/.test(masked[to - 1]!)) to--
  return to
}

/** Where the sentence holding `at` starts (after `floor`, at most 200 characters back), leading space skipped. */
function sentenceStart(masked: string, at: number, floor: number): number {
  let from = at
  while (from > floor && at - from < 200) {
    const char = masked[from - 1]!
    if (char === '\n' || ((char === '.' || char === '!' || char === '?') && /\s/.test(masked[from] ?? ''))) break
    from--
  }
  while (from < at && /\s/.test(masked[from]!)) from++
  return from
}

/** Text from `from` to the end of its sentence, at most 160 characters. */
function sentenceFrom(masked: string, from: number): string {
  let to = from
  while (to < masked.length && to - from < 160) {
    const char = masked[to]!
    if ((char === '.' || char === '!' || char === '?' || char === '\n') && to > from + 1) break
    to++
  }
  return masked.slice(from, to)
}

function remarkStart(masked: string, sentence: SentenceRef, markStart: number): number {
  let at = markStart
  while (at > sentence.start && !'.!?\n'.includes(masked[at - 1]!)) at--
  while (at < markStart && /\s/.test(masked[at]!)) at++
  return at
}
