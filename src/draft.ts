/**
 * Per-draft state, kept on the vfile (`file.data`): the masked text, the line
 * index, the normalized context and the word list every rule shares. Computed
 * once per draft; rules read it, never rebuild it.
 */
import type { Root, Sentence, Word } from 'nlcst'
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

export interface WordRef {
  node: Word
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
  node: Sentence
  start: number
  end: number
  /** All words of the sentence in order, masked ones included (see `masked`). */
  words: WordRef[]
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
   * Set by the linter: rules' reports are collected here as plain records, not
   * as vfile messages (an Error each, with a stringified place), which on a
   * long draft with many messages were much of lint()'s allocation.
   */
  reports?: DraftReport[]
  /** Filled lazily by `sentencesOf`, for the tree it was computed from. */
  cache?: { tree: Root; sentences: SentenceRef[]; words: WordRef[] }
}

/** A rule's report as the linter collects it (offsets already clamped to whole characters). */
export interface DraftReport extends ReportDescriptor {
  ruleId: string
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
  return analyse(draft, tree).sentences
}

export function wordsOf(draft: DraftData, tree: Root): readonly WordRef[] {
  return analyse(draft, tree).words
}

function analyse(draft: DraftData, tree: Root): NonNullable<DraftData['cache']> {
  if (draft.cache && draft.cache.tree === tree) return draft.cache
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
      node,
      start: node.position?.start.offset ?? 0,
      end: node.position?.end.offset ?? 0,
      words: [],
    }
    for (const child of node.children) {
      if (child.type !== 'WordNode') continue
      const start = child.position?.start.offset ?? 0
      const end = child.position?.end.offset ?? start
      const ref: WordRef = {
        node: child,
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
  draft.cache = { tree, sentences, words }
  return draft.cache
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

