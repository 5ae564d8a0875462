/**
 * Parsing a draft into nlcst, bounded.
 *
 * parse-english and its plugins are linear on chat-sized text but not on
 * hostile text: the emoticon modifier splices inside one sentence (quadratic
 * in the sentence's length), and merging a 100k-symbol "word" (a@a@a@…) spreads
 * it into a function call and overflows the stack. So a long draft is parsed in
 * segments of at most PARSE_SEGMENT_MAX code units, cut at the best boundary
 * near the end of each window (a blank line, a line break, a sentence end, any
 * white space, and only as a last resort mid-token, never inside a surrogate
 * pair). Every position is shifted to the draft, so offsets stay exact. The
 * linter takes the segments one at a time (`parseSegments`): the rules that
 * need nodes see each segment's tree, which is then let go, so a long draft
 * never holds its whole tree; `parseBounded` joins them under one root for
 * callers that want the tree. Every draft a person types is far below the
 * limit and is parsed in one piece, exactly as before.
 */
import type { Root } from 'nlcst'
import type { LineIndex, Point } from './draft.js'

/** The longest text parsed in one piece (UTF-16 code units). */
export const PARSE_SEGMENT_MAX = 8192

export interface TextParser {
  parse(value: string): unknown
}

export function parseBounded(parser: TextParser, text: string, lines: LineIndex): Root {
  if (text.length <= PARSE_SEGMENT_MAX) return parser.parse(text) as Root
  const children: Root['children'] = []
  parseSegments(parser, text, lines, (tree) => {
    for (const child of tree.children) children.push(child)
  })
  return rootOf(children, text, lines)
}

/**
 * Parse `text` segment by segment, handing each segment's tree (positions
 * already the draft's) to `each` before the next is parsed: a caller that lets
 * each tree go keeps one segment's nodes alive at a time, not the draft's.
 */
export function parseSegments(parser: TextParser, text: string, lines: LineIndex, each: (tree: Root) => void): void {
  let start = 0
  while (start < text.length) {
    const end = segmentEnd(text, start)
    const tree = parser.parse(text.slice(start, end)) as Root
    shiftPositions(tree, start, end - start, lines)
    each(tree)
    start = end
  }
}

/** A root over the draft's whole range. */
export function rootOf(children: Root['children'], text: string, lines: LineIndex): Root {
  return {
    type: 'RootNode',
    children,
    position: { start: lines.point(0), end: lines.point(text.length) },
  } as Root
}

/** Where the segment starting at `start` ends (exclusive). */
export function segmentEnd(text: string, start: number): number {
  const limit = start + PARSE_SEGMENT_MAX
  if (limit >= text.length) return text.length
  // Look back over the second half of the window for the strongest boundary.
  const floor = start + (PARSE_SEGMENT_MAX >> 1)
  let lineBreak = -1
  let sentenceEnd = -1
  let space = -1
  for (let i = limit - 1; i >= floor; i--) {
    const code = text.charCodeAt(i)
    if (code === 10 || code === 13) {
      // A blank line ends a paragraph: the best cut there is.
      const before = text.charCodeAt(i - 1)
      if (before === 10 || before === 13) return i + 1
      if (lineBreak === -1) lineBreak = i + 1
    } else if (code === 32 || code === 9) {
      if (space === -1) space = i + 1
      if (sentenceEnd === -1) {
        const before = text.charCodeAt(i - 1)
        if (before === 46 || before === 33 || before === 63) sentenceEnd = i + 1
      }
    }
  }
  if (lineBreak !== -1) return lineBreak
  if (sentenceEnd !== -1) return sentenceEnd
  if (space !== -1) return space
  // No white space in half a window: cut the token, but keep a surrogate pair whole.
  const high = text.charCodeAt(limit - 1)
  const low = text.charCodeAt(limit)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? limit - 1 : limit
}

interface Positioned {
  position?: { start: Point; end: Point }
  children?: Positioned[]
}

/**
 * Move every node of a segment's tree to its place in the draft, and make the
 * tree lighter while at it: every object per node is garbage-collector work
 * (and the whole tree, for callers of `parseBounded`, stays alive at once).
 *
 * - Points: one object per offset, shared by every node that starts or ends
 *   there (parse-latin gives most nodes points of their own), with the draft's
 *   line and column from the line index.
 * - Positions: a child spanning exactly its parent's range (a word's text node)
 *   shares the parent's position object.
 *
 * Sharing is safe because points and positions are read, never written, once
 * the tree is built (parse-latin itself shares points between parents and
 * children). Iterative: trees can be wide.
 */
function shiftPositions(tree: Root, base: number, length: number, lines: LineIndex): void {
  const points: Array<Point | undefined> = new Array<Point | undefined>(length + 1)
  const canonical = (point: Point): Point => {
    const offset = point.offset
    // Already moved (a point or position shared with a node visited before)?
    const moved = offset - base
    if (moved >= 0 && moved <= length && points[moved] === point) return point
    const local = Math.min(Math.max(offset, 0), length)
    return (points[local] ??= lines.point(base + local))
  }
  const stack: Positioned[] = [tree as unknown as Positioned]
  while (stack.length > 0) {
    const node = stack.pop()!
    const position = node.position
    if (position) {
      position.start = canonical(position.start)
      position.end = canonical(position.end)
    }
    if (!node.children) continue
    for (const child of node.children) {
      const own = child.position
      if (position && own && own !== position) {
        own.start = canonical(own.start)
        own.end = canonical(own.end)
        if (own.start === position.start && own.end === position.end) child.position = position
      }
      stack.push(child)
    }
  }
}
