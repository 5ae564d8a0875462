/**
 * The layers under the CLI: Markdown/HTML to prose, suppression directives,
 * the position-keeping JSON reader and its escape-aware map, YAML alignment.
 */
import { describe, expect, it } from 'vitest'
import { offsetBelow } from '../../src/cli/mapped.js'
import { isSuppressed, toProse } from '../../src/cli/markup.js'
import { parseJson } from '../../src/cli/sources/json.js'
import { parseYaml } from '../../src/cli/sources/yaml.js'
import { InputError, type SourceNode } from '../../src/cli/sources/tree.js'

describe('Markdown and HTML to prose', () => {
  it('drops syntax and keeps prose, with a map back to every kept character', () => {
    const md =
      '# Title ##\n\n> **Bold** and _it_ and snake_case and `code NOW`\n- item one\n2. item [two](http://x.y/z "t")\n- [ ] task ![img](a.png)\n\n' +
      '| a | b |\n|---|:-:|\n| c | d |\n\n<!--\nmulti NOW\n-->\nafter <span class="x">tag</span> \\*esc\\* <https://a.b/c>\n---\n[ref]: http://x\n~~~js\ncode\n~~~\n'
    const prose = toProse(md, 'markdown').mapped
    expect(prose.text).toBe(
      'Title \n\nBold and it and snake_case and `code NOW`\nitem one\nitem two\ntask \n\n  a   b  \n\n  c   d  \n\n\n\n\nafter tag *esc* https://a.b/c\n\n\n\n\n\n',
    )
    for (const word of ['Title', 'Bold', 'snake_case', 'two', 'tag', 'esc']) {
      const at = prose.text.indexOf(word)
      expect(md.slice(offsetBelow(prose, at), offsetBelow(prose, at) + word.length)).toBe(word)
    }
  })

  it('strips HTML tags, decodes entities, skips scripts and keeps Intercom placeholders as placeholders', () => {
    const html = '<p>Hi&nbsp;there &amp; don&#39;t</p><br/><script>x()</script><p>Bye <attribute key="a"/></p>'
    const prose = toProse(html, 'html').mapped
    expect(prose.text).toBe("\nHi there & don't\n\n \nBye {{attribute}}\n")
    expect(offsetBelow(prose, prose.text.indexOf('Bye'))).toBe(html.indexOf('Bye'))
  })

  it('reads directives with rule lists and reasons; a comment that is not a directive is just dropped', () => {
    const raw = 'a <!-- replylint-disable no-all-caps, spelling -- legacy -->\nb\n<!-- replylint-enable -->\n<!-- a note -->c'
    const { directives, mapped } = toProse(raw, 'text')
    expect(directives.map((d) => [d.kind, d.line, d.rules && [...d.rules]])).toEqual([
      ['disable', 1, ['no-all-caps', 'spelling']],
      ['enable', 3, null],
    ])
    expect(mapped.text).toBe('a \nb\n\nc')
    const b = raw.indexOf('\nb') + 1
    expect(isSuppressed(directives, 'no-all-caps', b, 2)).toBe(true)
    expect(isSuppressed(directives, 'grammar', b, 2)).toBe(false)
    expect(isSuppressed(directives, 'no-all-caps', raw.length - 1, 4)).toBe(false)
  })
})

describe('JSON reader', () => {
  const strings = (node: SourceNode): Extract<SourceNode, { kind: 'string' }>[] =>
    node.kind === 'string' ? [node] : node.kind === 'array' ? node.items.flatMap(strings) : node.kind === 'object' ? node.entries.flatMap(([, v]) => strings(v)) : []

  it('decodes like JSON.parse and maps decoded offsets to source offsets through escapes', () => {
    const text = '{"a": ["x\\n\\"y\\u00e9z\\ud83d\\ude00!", 1.5e3, true, null, {"b": []}]}'
    const root = parseJson(text)
    const [value] = strings(root)
    expect(value!.value).toBe(JSON.parse(text).a[0])
    const mapped = value!.source().mapped
    // x \n " y é z 😀(2 units) !
    const sourceOf = (char: string, nth = 0) => offsetBelow(mapped, indexOfNth(mapped.text, char, nth))
    expect(text.slice(sourceOf('y'), sourceOf('y') + 1)).toBe('y')
    expect(text.slice(sourceOf('é'), sourceOf('é') + 6)).toBe('\\u00e9')
    expect(text.slice(sourceOf('!'), sourceOf('!') + 1)).toBe('!')
    expect(offsetBelow(mapped, mapped.text.length)).toBe(text.indexOf('!') + 1)
  })

  it('names the problem and the offset for malformed input', () => {
    const cases: Array<[string, string, number]> = [
      ['[1, 2,]', 'expected a value', 6],
      ['{"a" 1}', "expected ':'", 5],
      ['{"a": 1', "expected ',' or '}'", 7],
      ['["a\\x"]', 'expected a valid escape', 4],
      ['["a\nb"]', 'no raw control character', 3],
      ['[1] 2', 'expected the end of the file', 4],
      ['["\\u12G4"]', 'four hex digits', 4],
    ]
    for (const [text, message, offset] of cases) {
      try {
        parseJson(text)
        expect.unreachable(text)
      } catch (error) {
        expect(error, text).toBeInstanceOf(InputError)
        expect((error as InputError).message, text).toContain(message)
        expect((error as InputError).offset, text).toBe(offset)
      }
    }
  })

  it('stays linear and iterative on deep or long input', () => {
    expect(() => parseJson('['.repeat(100_000) + ']'.repeat(100_000))).toThrow(/nested deeper than 1000/)
    const big = JSON.stringify(Array.from({ length: 50_000 }, (_, i) => ({ id: i, text: `reply ${i} \n "q"` })))
    const start = performance.now()
    const root = parseJson(big)
    expect(performance.now() - start).toBeLessThan(2000)
    expect(strings(root)).toHaveLength(50_000)
  })
})

function indexOfNth(text: string, char: string, nth: number): number {
  let at = -1
  for (let i = 0; i <= nth; i++) at = text.indexOf(char, at + 1)
  return at
}

describe('YAML alignment', () => {
  it('maps folded, literal, single- and double-quoted scalars to their source characters', () => {
    const text = "a: >-\n  one two\n  three\nb: |\n  x\n  yes\nc: 'it''s here'\nd: \"tab\\there\"\n"
    const root = parseYaml(text)
    if (root.kind !== 'object') throw new Error('expected a map')
    const check = (key: string, word: string) => {
      const node = root.entries.find(([k]) => k === key)![1] as Extract<SourceNode, { kind: 'string' }>
      const mapped = node.source().mapped
      const at = offsetBelow(mapped, node.value.indexOf(word))
      expect(text.slice(at, at + word.length), `${key}: ${word}`).toBe(word)
    }
    check('a', 'three')
    check('b', 'yes')
    check('c', 'here')
    check('d', 'here')
  })

  it('reports malformed YAML with its position', () => {
    expect(() => parseYaml('a: [1, 2\nb: c')).toThrow(InputError)
  })
})
