/**
 * Unicode emoji as whole tokens. parse-english splits an emoji sequence across
 * nodes (a ZWJ family becomes three symbols, the VS16 of "❤️" sticks to the next
 * word, "🙂🙂" is one symbol), so rules could not see one emoji whole. This
 * sentence modifier merges each emoji sequence into one `EmoticonNode`, the node
 * type nlcst-emoticon-modifier already uses for ":)", so rules meet both the same
 * way. Offsets stay exact: new nodes are cut from the original text.
 *
 * No emoji table (gemoji is too heavy for the browser core): a sequence is
 * recognised from Unicode properties, every quantifier bounded.
 */
import type { Sentence, SentenceContent } from 'nlcst'

/** One emoji: a pictograph with emoji presentation (or forced by VS16 / a skin tone). */
const PICTOGRAPH = String.raw`(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}(?=\uFE0F|\p{Emoji_Modifier}))\uFE0F?\p{Emoji_Modifier}?`
/** Flags, keycaps, tag sequences (subdivision flags) and ZWJ sequences. */
const EMOJI_SEQUENCE = String.raw`\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|${PICTOGRAPH}[\u{E0020}-\u{E007E}]{0,8}\u{E007F}?(?:\u200D\p{Extended_Pictographic}\uFE0F?\p{Emoji_Modifier}?){0,8}`

/** A whole emoji sequence at `lastIndex`. */
const emojiAt = new RegExp(EMOJI_SEQUENCE, 'uy')
/** Global form, for scanning text. */
export const emojiPattern = new RegExp(EMOJI_SEQUENCE, 'gu')
/** Cheap pre-test: could this node's text hold (part of) an emoji? */
const mayHoldEmoji = /[\p{Extended_Pictographic}\p{Regional_Indicator}]|\u200D|\uFE0F|\u20E3/u

type Node = SentenceContent & { value?: string; children?: Array<{ value: string }> }

/** Merge emoji sequences in a sentence into `EmoticonNode`s (a parse-latin sentence plugin). */
export function emojiModifier(sentence: Sentence): void {
  const children = sentence.children as Node[]
  let out: Node[] | undefined
  let copied = 0
  for (let index = 0; index < children.length; index++) {
    if (!mayHoldEmoji.test(textOf(children[index]!))) continue
    // The run of adjacent non-space nodes around it: an emoji may span several.
    let first = index
    while (first > copied && children[first - 1]!.type !== 'WhiteSpaceNode') first--
    let last = index
    while (last + 1 < children.length && children[last + 1]!.type !== 'WhiteSpaceNode') last++
    const rebuilt = rebuildRun(children.slice(first, last + 1))
    if (rebuilt) {
      // Build the new child list in one pass (no splice with spread: a run may hold 100,000 emoji).
      out ??= []
      for (let i = copied; i < first; i++) out.push(children[i]!)
      for (const node of rebuilt) out.push(node)
      copied = last + 1
    }
    index = last
  }
  if (!out) return
  for (let i = copied; i < children.length; i++) out.push(children[i]!)
  children.length = 0
  for (const node of out) children.push(node)
}

function textOf(node: Node): string {
  if (typeof node.value === 'string') return node.value
  let text = ''
  for (const child of node.children ?? []) text += child.value ?? ''
  return text
}

interface Piece {
  node: Node
  start: number
  end: number
  text: string
}

/** The run's nodes with emoji sequences merged, or undefined when it holds no emoji. */
function rebuildRun(run: Node[]): Node[] | undefined {
  const pieces: Piece[] = []
  let text = ''
  for (const node of run) {
    const start = node.position?.start.offset
    const value = textOf(node)
    if (start === undefined) return undefined
    pieces.push({ node, start, end: start + value.length, text: value })
    text += value
  }
  const origin = pieces[0]!.start
  const emoji: Array<[number, number]> = []
  for (let at = 0; at < text.length; ) {
    emojiAt.lastIndex = at
    const match = emojiAt.exec(text)
    if (match && match[0].length > 0) {
      emoji.push([at, at + match[0].length])
      at += match[0].length
    } else {
      at += text.codePointAt(at)! > 0xffff ? 2 : 1
    }
  }
  if (emoji.length === 0) return undefined

  const line = run[0]!.position!.start.line
  const column = run[0]!.position!.start.column
  const point = (offset: number) => ({ line, column: column + offset - origin, offset })
  const out: Node[] = []
  let cursor = 0
  let next = 0
  const keep = (from: number, to: number): void => {
    // Text between emoji: keep whole original nodes, cut the ones an emoji split.
    // Calls come in text order, so a cursor over the pieces keeps this linear.
    while (next < pieces.length && pieces[next]!.end - origin <= from) next++
    for (let at = next; at < pieces.length && pieces[at]!.start - origin < to; at++) {
      const piece = pieces[at]!
      const start = Math.max(from, piece.start - origin)
      const end = Math.min(to, piece.end - origin)
      if (start >= end) continue
      if (start === piece.start - origin && end === piece.end - origin) {
        out.push(piece.node)
        continue
      }
      const value = text.slice(start, end)
      const position = { start: point(origin + start), end: point(origin + end) }
      if (piece.node.type === 'WordNode') {
        out.push({ type: 'WordNode', children: [{ type: 'TextNode', value, position }], position } as Node)
      } else {
        out.push({ type: piece.node.type, value, position } as Node)
      }
    }
  }
  for (const [start, end] of emoji) {
    keep(cursor, start)
    out.push({
      type: 'EmoticonNode',
      value: text.slice(start, end),
      position: { start: point(origin + start), end: point(origin + end) },
    } as Node)
    cursor = end
  }
  keep(cursor, text.length)
  return out
}
