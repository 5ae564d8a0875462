import { describe, expect, it } from 'vitest'
import { MASK_FILLER, type MaskKind, maskSyntax } from '../../src/mask.js'

/** The masked spans of `text` as [kind, text] pairs. */
function spans(text: string, customerText?: string): Array<[MaskKind, string]> {
  return maskSyntax(text, customerText ? { customerText } : {}).masks.map((m) => [m.kind, text.slice(m.start, m.end)])
}

describe('maskSyntax', () => {
  it.each([
    ['Hi {{ticket.requester.first_name}}, thanks', 'placeholder', '{{ticket.requester.first_name}}'],
    ["Hi {{user.name | fallback: 'there'}}!", 'placeholder', "{{user.name | fallback: 'there'}}"],
    ['Hi {%customer.firstName,fallback=there%}!', 'placeholder', '{%customer.firstName,fallback=there%}'],
    ['Dear {!Contact.FirstName},', 'placeholder', '{!Contact.FirstName}'],
    ['Hello [[MISSING TOKEN]] there', 'placeholder', '[[MISSING TOKEN]]'],
    ['Your code is {{1}}.', 'placeholder', '{{1}}'],
    ['Hi {first_name}, welcome', 'placeholder', '{first_name}'],
    ['Dear [Customer Name], thanks', 'placeholder', '[Customer Name]'],
    ['Run `npm ci` first', 'code', '`npm ci`'],
    ['See https://help.example.com/a/b?c=1.', 'url', 'https://help.example.com/a/b?c=1'],
    ['Visit www.example.org, then log in', 'url', 'www.example.org'],
    ['Go to support.acme.com/returns for a label', 'url', 'support.acme.com/returns'],
    ['Email jane.doe+orders@site.co.uk today', 'email', 'jane.doe+orders@site.co.uk'],
    ['Thanks @JaneDoe!', 'mention', '@JaneDoe'],
    ['Order AB12CD9 shipped', 'id', 'AB12CD9'],
    ['Error E404 again', 'id', 'E404'],
    ['Ticket #12345 is open', 'id', '#12345'],
    ['It costs $25.00 today', 'id', '$25.00'],
    ['Open /settings/account/privacy now', 'path', '/settings/account/privacy'],
    ['I attached invoice.pdf for you', 'file', 'invoice.pdf'],
    ['Thanks for waiting ^SR', 'signoff', '^SR'],
    ['We will look into it. -JM', 'signoff', '-JM'],
    ['Let me know how that goes.\n\nRoopa-HP Social Media Support.', 'signoff', 'Roopa'],
    ['Thanks for waiting!\nDanna – Acme Care', 'signoff', 'Danna'],
    ['Tag #BlackFriday deals', 'hashtag', '#BlackFriday'],
  ] as const)('%s', (text, kind, span) => {
    expect(spans(text)).toContainEqual([kind, span])
  })

  it.each([
    ['I can help b4 noon, gr8', 'short letter-digit words stay visible to rules'],
    ['It has 5GB and 2FA', 'numbers with units'],
    ['Use e.g. the app, i.e. the new one, etc.', 'abbreviations are prose'],
    ['Is it and/or both?', 'a single slash is prose'],
    ['The "urgent" flag is set', 'a one-word quote that is not the customer’s'],
  ])('leaves %s alone (%s)', (text) => {
    expect(spans(text)).toEqual([])
  })

  it('masks a quoted phrase, and a one-word quote only when the customer wrote it', () => {
    expect(spans('You said "the app keeps crashing" earlier.')).toEqual([['quote', 'the app keeps crashing']])
    expect(spans('About your "urgent" request', 'this is urgent!')).toEqual([['quote', 'urgent']])
  })

  it('keeps offsets: the masked text has the same length, filler only inside masks', () => {
    const text = 'Hi {{name}} 👋🏽, see https://x.io/a. Thanks!'
    const { masked, masks } = maskSyntax(text)
    expect(masked.length).toBe(text.length)
    expect(masked.slice(3, 11)).toBe(MASK_FILLER.repeat(8))
    for (let i = 0; i < text.length; i++) {
      const inside = masks.some((m) => i >= m.start && i < m.end)
      if (!inside) expect(masked[i]).toBe(text[i])
    }
  })

  it('merges overlapping spans into one', () => {
    const { masks } = maskSyntax('Link: `https://example.com/x` ok')
    expect(masks).toEqual([{ start: 6, end: 29, kind: 'code' }])
  })

  it('stays fast on hostile runs (bounded patterns)', () => {
    for (const unit of ['{', '{{', '.', 'a.', '@a', '"', '`', '[[', 'x']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length))
      const start = performance.now()
      maskSyntax(text)
      expect(performance.now() - start, unit).toBeLessThan(2_000)
    }
  })
})
