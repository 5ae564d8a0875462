/**
 * The engine: one frozen processor per linter, one parse per draft, every
 * enabled rule visiting the same tree, messages shaped into plain JSON objects.
 */
import type { Root } from 'nlcst'
import { emoticonModifier } from 'nlcst-emoticon-modifier'
import { ParseEnglish } from 'parse-english'
import { type Processor, unified } from 'unified'
import { VFile } from 'vfile'
import { type ResolvedRule, resolveRules, validateLinterOptions } from './config.js'
import { type NormalizedContext, normalizeContext } from './context.js'
import { resolveDictionary } from './dictionary.js'
import { emojiModifier } from './emoji.js'
import { CONTEXT_DATA_KEY, DRAFT_DATA_KEY, type DraftData, type SentenceRef, type WordRef, analyse, createDraft } from './draft.js'
import { applyFixes } from './fix.js'
import { MessageShaper } from './message.js'
import { PARSE_SEGMENT_MAX, parseSegments, rootOf } from './parse.js'
import { ReplylintConfigError, describeValue } from './options.js'
import { ENV_DATA_KEY, type RuleEnv, type RuleModule, normalizeWords } from './rule.js'
import type { DictionaryLoader, LintContext, LintResult, LinterOptions } from './types.js'
import { registry } from '../rules/index.js'

export interface Linter {
  /** Lint one draft. Synchronous; safe to call on every keystroke. */
  lint(draft: string, context?: LintContext): LintResult
  /** The draft with every safe fix applied (idempotent). */
  fix(draft: string, context?: LintContext): string
  /** The rules this linter runs, with their resolved severity. */
  readonly rules: ReadonlyArray<{ id: string; severity: 'info' | 'warn' | 'error' }>
}

export interface EngineDefaults {
  /** Used when the options name no dictionary and a rule needs one (the Node entry's dictionary-en). */
  dictionary?: DictionaryLoader
}

const EMPTY_RESULT: LintResult = Object.freeze({ messages: [], errorCount: 0, warningCount: 0, infoCount: 0 }) as LintResult

export const ruleRegistry: ReadonlyMap<string, RuleModule> = new Map(registry.map((rule) => [rule.meta.id, rule]))

export async function createEngine(rawOptions: unknown, defaults: EngineDefaults = {}): Promise<Linter> {
  const options: LinterOptions = validateLinterOptions(rawOptions)
  const enabled = resolveRules(ruleRegistry, options)
  const words = normalizeWords(options.words, 'replylint: words')

  const needsDictionary = enabled.filter((r) => r.rule.meta.requires.includes('dictionary'))
  const source = needsDictionary.length > 0 ? (options.dictionary ?? defaults.dictionary) : undefined
  if (needsDictionary.length > 0 && !source) {
    throw new ReplylintConfigError(
      `replylint: rule "${needsDictionary[0]!.rule.meta.id}" needs a dictionary: pass options.dictionary ` +
        '({aff, dic} as strings or bytes, or a function that loads them), import createLinter from "replylint" in Node, ' +
        `or turn the rule off`,
    )
  }
  // Each enabled rule's language data (a chunk of its own in browser bundles), fetched beside the
  // dictionary, so lint() stays synchronous.
  const loadingRules = Promise.all(enabled.map(({ rule }) => rule.load()))
  loadingRules.catch(() => {}) // awaited below; a failed dictionary load must not leave it unhandled
  const dictionary: RuleEnv['dictionary'] = source ? await resolveDictionary(source) : undefined

  const env: RuleEnv = Object.freeze({ words, ...(dictionary ? { dictionary } : {}) })
  await loadingRules
  return new Engine(enabled, env)
}

class Engine implements Linter {
  readonly rules: Linter['rules']
  readonly #processor: Processor<Root, Root, Root>
  readonly #parser: ParseEnglish
  readonly #enabled: ReadonlyMap<string, ResolvedRule>
  /** Some enabled rule has a `piece` hook: each segment of a long draft goes through the rules. */
  readonly #readsNodes: boolean

  constructor(enabled: ResolvedRule[], env: RuleEnv) {
    this.#enabled = new Map(enabled.map((r) => [r.rule.meta.id, r]))
    this.#readsNodes = enabled.some((r) => r.rule.readsNodes)
    this.rules = Object.freeze(enabled.map((r) => Object.freeze({ id: r.rule.meta.id, severity: r.severity })))
    let processor = unified().data(ENV_DATA_KEY as never, env as never) as unknown as Processor<Root, Root, Root>
    for (const { rule, options } of enabled) {
      processor = processor.use(rule.plugin as never, options as never) as unknown as Processor<Root, Root, Root>
    }
    this.#processor = processor.freeze() as Processor<Root, Root, Root>
    this.#parser = new ParseEnglish()
    // Emoticons (:P) and emoji (😂, 👍🏽, 👨‍👩‍👧) become whole EmoticonNodes.
    this.#parser.tokenizeSentencePlugins.unshift(emoticonModifier as never, emojiModifier as never)
  }

  lint(draft: string, context?: LintContext): LintResult {
    if (typeof draft !== 'string') {
      throw new TypeError(`replylint: lint() expects the draft as a string, got ${describeValue(draft)}`)
    }
    const normalized = normalizeContext(context)
    if (draft.length === 0) return { ...EMPTY_RESULT, messages: [] }
    return this.#run(draft, normalized)
  }

  fix(draft: string, context?: LintContext): string {
    if (typeof draft !== 'string') {
      throw new TypeError(`replylint: fix() expects the draft as a string, got ${describeValue(draft)}`)
    }
    const normalized = normalizeContext(context)
    return applyFixes(draft, (text) => (text.length === 0 ? EMPTY_RESULT : this.#run(text, normalized)))
  }

  #run(text: string, context: NormalizedContext | undefined): LintResult {
    const draft: DraftData = createDraft(text, context)
    const shaper = new MessageShaper(draft, this.#enabled)
    draft.reports = shaper
    const file = new VFile({ value: text, data: { [DRAFT_DATA_KEY]: draft, [CONTEXT_DATA_KEY]: context } })
    if (draft.masked.length <= PARSE_SEGMENT_MAX) this.#processor.runSync(this.#parser.parse(draft.masked) as Root, file)
    else this.#runSegmented(draft, file)
    return shaper.result()
  }

  /**
   * A long draft, one segment at a time: each segment's tree is analysed into
   * plain word and sentence records and shown to the rules' `piece` hooks, then
   * let go before the next segment is parsed; the rules then run on the whole
   * draft's records. Holding the whole tree (about a million nodes for 1 MB)
   * until the rules had run made the garbage collector copy it between
   * generations, and lint() slower per KB the longer the draft.
   */
  #runSegmented(draft: DraftData, file: VFile): void {
    const sentences: SentenceRef[] = []
    const words: WordRef[] = []
    draft.phase = 'pieces'
    parseSegments(this.#parser, draft.masked, draft.lines, (tree) => {
      const piece = analyse(draft, tree)
      for (const sentence of piece.sentences) sentences.push(sentence)
      for (const word of piece.words) words.push(word)
      if (!this.#readsNodes) return
      draft.cache = piece
      this.#processor.runSync(tree, file)
    })
    const root = rootOf([], draft.masked, draft.lines)
    draft.cache = { tree: root, sentences, nodes: [], words }
    draft.phase = 'whole'
    this.#processor.runSync(root, file)
  }
}
