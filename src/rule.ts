/**
 * The rule contract. A rule is metadata plus a `create` function that visits one
 * draft; `defineRule` turns that into a unified plugin, so the same module runs in
 * the linter and on its own in any retext pipeline.
 */
import type { Root, Sentence, Word } from 'nlcst'
import type { Plugin, Processor } from 'unified'
import type { VFile } from 'vfile'
import type { NormalizedContext } from './context.js'
import { type DraftData, type EmoticonRef, type TreePiece, type WordRef, type SentenceRef, customerTextOfDraft, draftOf, lowerOf, pieceOf, sentencesOf, wordsOf } from './draft.js'
import { type Mask, maskAt } from './mask.js'
import { type OptionsOf, type OptionsSchema, ReplylintConfigError, describeValue, resolveOptions } from './options.js'
import { dictionaryText } from './dictionary.js'
import type { DictionaryData, LintFix, LintSuggestion, Severity } from './types.js'
import { splitsSurrogatePair } from './text.js'

export type RuleCategory = 'tone' | 'correctness' | 'conversation' | 'session'

/** What a rule needs from outside the draft; without it the rule stays silent. */
export type RuleNeed = 'transcript' | 'timestamps' | 'action' | 'agent' | 'dictionary'

export interface RuleMeta<S extends OptionsSchema = OptionsSchema> {
  /** Fixed id from DESIGN.md. */
  readonly id: string
  /** The live-chat practice (1-10) the rule enforces. */
  readonly practice: number
  readonly description: string
  readonly category: RuleCategory
  /** Severity in the recommended preset; 'off' keeps it out of that preset. */
  readonly severity: Severity
  readonly fixable: boolean
  readonly hasSuggestions: boolean
  readonly requires: readonly RuleNeed[]
  readonly options: S
  /** Link to the rule's docs page. */
  readonly docs: string
}

/** Resources built once per linter and shared by every rule. */
export interface RuleEnv {
  /** The team's words, lower-cased as given and as typed. */
  readonly words: ReadonlySet<string>
  /** Dictionary files as strings, for rules that need one. */
  readonly dictionary?: { readonly aff: string; readonly dic: string }
}

export interface ReportDescriptor {
  /** 0-based UTF-16 offsets into the draft, end exclusive. */
  start: number
  end: number
  message: string
  actual?: string
  expected?: string[]
  /** A safe autofix; only kept when the rule is declared fixable. */
  fix?: LintFix
  suggestions?: LintSuggestion[]
}

/** The draft and the rule's own settings: what a rule's `piece` hook sees besides the piece. */
export interface PieceContext<O, State = undefined> {
  /** The draft as written. */
  readonly text: string
  /** The draft with masked syntax replaced by filler: safe for regex scans. */
  readonly masked: string
  readonly masks: readonly Mask[]
  /** Normalized context, or undefined when the caller gave none. */
  readonly context: NormalizedContext | undefined
  readonly options: O
  readonly env: RuleEnv
  /** What `setup` built for this rule once per linter. */
  readonly state: State
}

export interface RuleContext<O, State = undefined, Found = unknown> extends PieceContext<O, State> {
  readonly file: VFile
  /**
   * The draft's tree. A draft longer than PARSE_SEGMENT_MAX is parsed in
   * segments whose trees are let go as the linter goes: there this is a root
   * with no children, and a rule that needs nodes reads them in its `piece` hook.
   */
  readonly tree: Root
  /** The mask overlapping [start, end), if any. */
  maskAt(start: number, end: number): Mask | undefined
  /** `masked` lower-cased with offsets kept (computed once per draft, shared by rules). */
  lower(): string
  /** Everything the customer wrote, lower-cased ('' without context; computed once per draft). */
  customerText(): string
  /** Word tokens outside masked syntax, in order (computed once per draft, shared by rules). */
  words(): readonly WordRef[]
  sentences(): readonly SentenceRef[]
  /** What the rule's `piece` hook returned for each piece of the draft, in order (empty without a hook). */
  readonly found: readonly Found[]
  report(descriptor: ReportDescriptor): void
}

export interface RuleDefinition<S extends OptionsSchema, State, Data = undefined, Found = undefined> {
  meta: RuleMeta<S>
  /**
   * The rule's language data, with `import()` of its own typed data modules
   * (static paths only). Runs once per process, before the first `setup`: browser
   * bundlers put what it imports in a chunk of its own, fetched only by linters
   * that enable the rule.
   */
  load?: () => Promise<Data>
  /** Once per linter (or plugin use): precompute tables from options, env and the loaded data. */
  setup?: (options: OptionsOf<S>, env: RuleEnv, data: Data) => State
  /**
   * For a rule that needs the tree's nodes (words and sentences are plain
   * records): once per parsed piece of the draft, in order, while that piece's
   * tree is alive. A draft is one piece; one longer than PARSE_SEGMENT_MAX is a
   * piece per segment, each let go before the next is parsed, so what the hook
   * keeps (its return value, `found` in `create`) is all that outlives it.
   */
  piece?: (piece: TreePiece, context: PieceContext<OptionsOf<S>, State>) => Found
  /** Once per draft, after every piece. */
  create: (context: RuleContext<OptionsOf<S>, State, Found>) => void
}

export interface RuleModule<S extends OptionsSchema = OptionsSchema> {
  readonly meta: RuleMeta<S>
  /**
   * unified/retext plugin: `.use(plugin, options)`. Used on its own (outside a
   * linter), the options also carry the team's `words` and, for a rule that
   * needs one, the `dictionary` files. Until the rule's data has loaded its
   * transformer is async (`process()`, `run()`); after `load()` it also runs
   * synchronously (`processSync()`, `runSync()`).
   */
  readonly plugin: Plugin<[(Partial<OptionsOf<S>> & PluginResources)?], Root>
  /** Loads the rule's data once per process (createLinter awaits it for every enabled rule). */
  load(): Promise<void>
  /** The rule has a `piece` hook: the linter hands it each segment's tree of a long draft. */
  readonly readsNodes: boolean
}

/** What a linter shares with its rules, given in a standalone plugin's options instead. */
export interface PluginResources {
  words?: string[]
  /** Hunspell .aff and .dic as strings or bytes (not a loader: a plugin is set up synchronously). */
  dictionary?: DictionaryData
}

/** Key under which the linter hands shared resources to rule plugins (`processor.data`). */
export const ENV_DATA_KEY = 'replylintEnv'

export const DOCS_BASE = 'https://github.com/replylint/replylint/blob/main/rules/'

/** Extra fields replylint puts on vfile messages. */
export interface ReplylintMessageFields {
  practice?: number
  fix?: LintFix
  suggestions?: LintSuggestion[]
  offset?: number
  endOffset?: number
}

export function defineRule<S extends OptionsSchema, State = undefined, Data = undefined, Found = undefined>(
  definition: RuleDefinition<S, State, Data, Found>,
): RuleModule<S> {
  const { meta, setup, create, piece } = definition
  const where = `replylint: rule "${meta.id}"`

  // The loaded data, once `load` has resolved; a failed load (a chunk that did not arrive) is retried on the next call.
  let loaded: { data: Data } | undefined = definition.load ? undefined : { data: undefined as Data }
  let loading: Promise<void> | undefined
  const load = (): Promise<void> => {
    if (loaded) return Promise.resolve()
    loading ??= definition.load!().then(
      (data) => {
        loaded = { data }
      },
      (error: unknown) => {
        loading = undefined
        throw error
      },
    )
    return loading
  }

  const plugin = function (this: Processor, rawOptions?: unknown) {
    const shared = (this.data as (key: string) => unknown)(ENV_DATA_KEY) as RuleEnv | undefined
    let given = rawOptions
    let env = shared
    if (!env) {
      // Used on its own in a retext pipeline: team words and the dictionary come in the options.
      const { words, dictionary, ...rest } = (rawOptions ?? {}) as Record<string, unknown>
      given = rawOptions === undefined ? undefined : rest
      env = { words: normalizeWords(words, `${where}: option "words"`), ...pluginDictionary(meta, dictionary, where) }
    }
    const options = resolveOptions(meta.options, given, where)
    const ruleEnv = env
    const build = (data: Data) => (setup ? setup(options, ruleEnv, data) : undefined) as State
    // This use's `piece` results per draft are kept under its own key (a rule may be used twice in one pipeline).
    const key = {}
    const visit = (draft: DraftData, tree: Root, state: State): Found =>
      piece!(pieceOf(draft, tree), { text: draft.text, masked: draft.masked, masks: draft.masks, context: draft.context, options, env: ruleEnv, state })
    const run = (state: State, tree: Root, file: VFile) => {
      const draft = draftOf(file)
      if (draft.phase === 'pieces') {
        // One segment of a long draft (the linter runs the rules on the whole draft after the last).
        if (piece) {
          const found = (draft.found ??= new Map()).get(key)
          if (found) found.push(visit(draft, tree, state))
          else draft.found.set(key, [visit(draft, tree, state)])
        }
        return
      }
      let found: readonly Found[] = NOTHING_FOUND
      if (piece) found = draft.phase === 'whole' ? ((draft.found?.get(key) as Found[] | undefined) ?? NOTHING_FOUND) : [visit(draft, tree, state)]
      create(makeContext(meta, tree, file, draft, options, ruleEnv, state, found))
    }

    if (loaded) {
      const state = build(loaded.data)
      return function transformer(tree: Root, file: VFile) {
        run(state, tree, file)
      }
    }
    // A plugin used before its data loaded: the first run waits for it (unified awaits a transformer's promise).
    let state: { value: State } | undefined
    const ready = load().then(() => {
      state = { value: build(loaded!.data) }
    })
    ready.catch(() => {}) // reported by the run that awaits it, not as an unhandled rejection
    return function transformer(tree: Root, file: VFile) {
      if (state) return void run(state.value, tree, file)
      return ready.then(() => run(state!.value, tree, file))
    }
  } as unknown as RuleModule<S>['plugin']

  return Object.freeze({ meta, plugin, load, readsNodes: piece !== undefined })
}

const NOTHING_FOUND: readonly never[] = Object.freeze([])

/** A standalone plugin's `dictionary` option, decoded; required by rules that need one. */
function pluginDictionary(meta: RuleMeta, dictionary: unknown, where: string): Pick<RuleEnv, 'dictionary'> {
  const needed = meta.requires.includes('dictionary')
  if (dictionary === undefined) {
    if (!needed) return {}
    throw new ReplylintConfigError(
      `${where} needs a dictionary when used as a plugin: .use(plugin, { dictionary: { aff, dic } }) ` +
        `with the Hunspell files as strings or bytes (in Node, import dictionary from 'dictionary-en')`,
    )
  }
  if (typeof dictionary === 'function') {
    throw new ReplylintConfigError(`${where}: option "dictionary" must be the files {aff, dic}, not a loader (a plugin is set up synchronously)`)
  }
  if (typeof dictionary !== 'object' || dictionary === null) {
    throw new ReplylintConfigError(`${where}: option "dictionary" must be {aff, dic} (strings or bytes), got ${describeValue(dictionary)}`)
  }
  if (!needed) return {}
  const { aff, dic } = dictionary as Record<string, unknown>
  return { dictionary: Object.freeze({ aff: dictionaryText(aff, 'aff'), dic: dictionaryText(dic, 'dic') }) }
}

/** The most team words a linter accepts (a config from JSON cannot make it hold more). */
export const MAX_WORDS = 100_000

export function normalizeWords(words: unknown, where: string): ReadonlySet<string> {
  if (words === undefined) return new Set()
  if (!Array.isArray(words) || words.length > MAX_WORDS || !words.every((word) => typeof word === 'string')) {
    throw new ReplylintConfigError(`${where} must be an array of at most ${MAX_WORDS} strings, got ${describeValue(words)}`)
  }
  const set = new Set<string>()
  for (const word of words as string[]) {
    const trimmed = word.trim()
    if (!trimmed) continue
    set.add(trimmed)
    set.add(trimmed.toLowerCase())
  }
  return set
}

function makeContext<O, State, Found>(
  meta: RuleMeta,
  tree: Root,
  file: VFile,
  draft: DraftData,
  options: O,
  env: RuleEnv,
  state: State,
  found: readonly Found[],
): RuleContext<O, State, Found> {
  return {
    file,
    tree,
    text: draft.text,
    masked: draft.masked,
    masks: draft.masks,
    context: draft.context,
    options,
    env,
    state,
    maskAt: (start, end) => maskAt(draft.masks, start, end),
    lower: () => lowerOf(draft),
    customerText: () => customerTextOfDraft(draft),
    words: () => wordsOf(draft, tree),
    sentences: () => sentencesOf(draft, tree),
    found,
    report: (descriptor) => report(file, draft, meta, descriptor),
  }
}

function report(file: VFile, draft: DraftData, meta: RuleMeta, d: ReportDescriptor): void {
  const length = draft.text.length
  // A range never splits a surrogate pair, whatever bound a rule's scan hit: widen it to whole characters.
  let start = clamp(d.start, 0, length)
  if (splitsSurrogatePair(draft.text, start)) start--
  let end = clamp(d.end, start, length)
  if (splitsSurrogatePair(draft.text, end)) end++
  if (draft.reports) {
    // Shaped now, copying what it keeps: the rule's descriptor is garbage at once rather than held
    // (and copied by the collector) until the lint ends, which on a draft with many messages was much of its cost.
    draft.reports.add(meta.id, d, start, end)
    return
  }
  // VFileMessage is an Error: skip capturing a stack nobody reads (it dominated lint() on drafts with messages).
  const stackLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: ReturnType<VFile['message']>
  try {
    message = file.message(d.message, {
      place: { start: draft.lines.point(start), end: draft.lines.point(end) },
      ruleId: meta.id,
      source: 'replylint',
    })
  } finally {
    Error.stackTraceLimit = stackLimit
  }
  const fields = message as typeof message & ReplylintMessageFields
  message.url = meta.docs
  message.fatal = meta.severity === 'error' ? true : meta.severity === 'warn' ? false : undefined
  fields.practice = meta.practice
  fields.offset = start
  fields.endOffset = end
  if (d.actual !== undefined) message.actual = d.actual
  if (d.expected !== undefined) message.expected = d.expected
  if (d.fix) fields.fix = d.fix
  if (d.suggestions && d.suggestions.length > 0) fields.suggestions = d.suggestions
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), min), max) : min
}

export type { WordRef, SentenceRef, EmoticonRef, TreePiece, Sentence, Word }
