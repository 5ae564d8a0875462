/**
 * Per-draft state, kept on the vfile (`file.data`): the masked text, the line
 * index, the normalized context and the word list every rule shares. Computed
 * once per draft; rules read it, never rebuild it.
 */
import type { Root, Sentence } from 'nlcst'
import type { VFile } from 'vfile'
import { type Mask, maskAt, maskSyntax } from './mask.js'
import { type NormalizedContext, customerTextOf } from './context.js'
import { scanCase } from './text.js'
import type { ReportDescriptor } from './rule.js'

export interface Point {
  line: number
  column: number
  offset: number
}

export interface LineIndex {
  /** 1-based line and column (UTF-16 units) of a 0-based offset. */
  point(offset: number): Point
}

/*
 * Words and sentences are plain records, without their nodes: a long draft is
 * parsed in segments and each segment's tree is let go once the rules that
 * need nodes have seen it (a rule's `piece` hook), so what stays alive for the
 * whole lint is these records, not a tree of a million nodes.
 */
export interface WordRef {
  /** The word as written in the draft. */
  value: string
  start: number
  end: number
  /** Inside (or touching) masked syntax. */
  masked: boolean
  sentence: SentenceRef
  /** Index among the sentence's words (masked ones included). */
  index: number
}

export interface SentenceRef {
  start: number
  end: number
  /** All words of the sentence in order, masked ones included (see `masked`). */
  words: WordRef[]
  /** The sentence's emoticons and emoji (its EmoticonNode children), in order. */
  emoticons: readonly EmoticonRef[]
}

export interface EmoticonRef {
  start: number
  end: number
  /** The type of the next sibling in the sentence that is not white space (undefined at its end). */
  next: string | undefined
}

/** One parsed piece of a draft (the whole draft, or one segment of a long one) while its tree is alive. */
export interface TreePiece {
  tree: Root
  /** The piece's sentences, in order. */
  sentences: readonly SentenceRef[]
  /** Each sentence's node, beside `sentences`; its WordNode children are the sentence's `words`, in order. */
  nodes: readonly Sentence[]
  /** The piece's words outside masked syntax, in order. */
  words: readonly WordRef[]
}

export interface DraftData {
  text: string
  masked: string
  masks: Mask[]
  context: NormalizedContext | undefined
  lines: LineIndex
  /** `masked`, lower-cased with offsets kept; built on first use, shared by every rule. */
  lower?: string
  /** What the customer wrote (this chat, earlier chats, customer fields), lower-cased; built on first use. */
  customerText?: string
  /**
   * Set by the linter: rules' reports go here, not into vfile messages (an
   * Error each, with a stringified place, which on a long draft with many
   * messages were much of lint()'s allocation), and are shaped as they come.
   */
  reports?: ReportSink
  /** Filled lazily by `sentencesOf`, for the tree it was computed from (or by the linter, for a draft parsed in segments). */
  cache?: TreePiece
  /**
   * Set by the linter while it parses a long draft segment by segment: 'pieces'
   * while rules' `piece` hooks see each segment's tree, 'whole' when the rules
   * then run on the whole draft (its tree gone, its words and sentences in `cache`).
   */
  phase?: 'pieces' | 'whole'
  /** What rules' `piece` hooks returned for each segment, per rule use (see `defineRule`). */
  found?: Map<object, unknown[]>
}

/** Takes rules' reports as they come (offsets already clamped to whole characters). */
export interface ReportSink {
  add(ruleId: string, report: ReportDescriptor, start: number, end: number): void
}

export const DRAFT_DATA_KEY = 'replylintDraft'
export const CONTEXT_DATA_KEY = 'replylintContext'

export function createDraft(text: string, context: NormalizedContext | undefined): DraftData {
  const draft: DraftData = { text, masked: '', masks: [], context, lines: lineIndex(text) }
  const masked = maskSyntax(text, context ? { customerText: () => customerTextOfDraft(draft) } : {})
  draft.masked = masked.masked
  draft.masks = masked.masks
  return draft
}

/** The draft's masked text lower-cased (offsets kept), computed once per draft. */
export function lowerOf(draft: DraftData): string {
  return (draft.lower ??= scanCase(draft.masked))
}

/** The customer's words, lower-cased, computed at most once per draft ('' without context). */
export function customerTextOfDraft(draft: DraftData): string {
  return (draft.customerText ??= draft.context ? customerTextOf(draft.context) : '')
}

/** The draft data on a file; built on first use when a rule runs outside the linter. */
export function draftOf(file: VFile): DraftData {
  const data = file.data as Record<string, unknown>
  let draft = data[DRAFT_DATA_KEY] as DraftData | undefined
  if (!draft) {
    const context = data[CONTEXT_DATA_KEY] as NormalizedContext | undefined
    draft = createDraft(String(file.value ?? ''), context)
    data[DRAFT_DATA_KEY] = draft
  }
  return draft
}

export function sentencesOf(draft: DraftData, tree: Root): readonly SentenceRef[] {
  return pieceOf(draft, tree).sentences
}

export function wordsOf(draft: DraftData, tree: Root): readonly WordRef[] {
  return pieceOf(draft, tree).words
}

/** The words and sentences of `tree`, computed once per tree and draft. */
export function pieceOf(draft: DraftData, tree: Root): TreePiece {
  if (draft.cache && draft.cache.tree === tree) return draft.cache
  return (draft.cache = analyse(draft, tree))
}

const NO_EMOTICONS: readonly EmoticonRef[] = Object.freeze([])

/** Words and sentences of a tree (the whole draft's, or one segment's). */
export function analyse(draft: DraftData, tree: Root): TreePiece {
  const sentences: SentenceRef[] = []
  const words: WordRef[] = []
  // Iterative walk: a 1 MB draft must not overflow the stack.
  const stack: Array<{ children: unknown[] }> = [tree]
  const found: Sentence[] = []
  while (stack.length > 0) {
    const parent = stack.pop()!
    for (let i = parent.children.length - 1; i >= 0; i--) {
      const child = parent.children[i] as { type: string; children?: unknown[] }
      if (child.type === 'SentenceNode') found.push(child as unknown as Sentence)
      else if (child.children) stack.push(child as { children: unknown[] })
    }
  }
  found.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
  for (const node of found) {
    const sentence: SentenceRef = {
      start: node.position?.start.offset ?? 0,
      end: node.position?.end.offset ?? 0,
      words: [],
      emoticons: NO_EMOTICONS,
    }
    const children = node.children
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!
      if (child.type === 'EmoticonNode') {
        const start = child.position?.start.offset
        const end = child.position?.end.offset
        if (start === undefined || end === undefined) continue
        let after = i + 1
        while (after < children.length && children[after]!.type === 'WhiteSpaceNode') after++
        const emoticon: EmoticonRef = { start, end, next: children[after]?.type }
        if (sentence.emoticons === NO_EMOTICONS) sentence.emoticons = [emoticon]
        else (sentence.emoticons as EmoticonRef[]).push(emoticon)
        continue
      }
      if (child.type !== 'WordNode') continue
      const start = child.position?.start.offset ?? 0
      const end = child.position?.end.offset ?? start
      const ref: WordRef = {
        value: draft.text.slice(start, end),
        start,
        end,
        masked: maskAt(draft.masks, start, end) !== undefined,
        sentence,
        index: sentence.words.length,
      }
      sentence.words.push(ref)
      if (!ref.masked) words.push(ref)
    }
    sentences.push(sentence)
  }
  return { tree, sentences, nodes: found, words }
}

export function lineIndex(text: string): LineIndex {
  let starts: number[] | undefined
  return {
    point(offset) {
      if (!starts) {
        starts = [0]
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i)
          if (code === 10) starts.push(i + 1)
          else if (code === 13) {
            if (text.charCodeAt(i + 1) === 10) i++
            starts.push(i + 1)
          }
        }
      }
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const mid = (low + high + 1) >>> 1
        if (starts[mid]! <= offset) low = mid
        else high = mid - 1
      }
      return { line: low + 1, column: offset - starts[low]! + 1, offset }
    },
  }
}

