/**
 * Instant-messaging shorthand agents type in chat, with the written-out form.
 *
 * - `token`: lower case, as the parser gives the word ("w/" and "b/c" keep their slash).
 * - `expansions`: what to write instead, most likely first; empty for reactions
 *   (lol, smh), which are best left out rather than spelled out.
 * - `meaning`: the long form, shown in the message and used to judge expansions.
 * - `fix`: autofix with `expansions[0]`; only where the token is never an English
 *   word, name or common acronym and the expansion is the only reading.
 * - `guard`: the token has other readings, so the rule checks context first:
 *   - `letter`: a single letter that may be a letter used as a letter ("U-turn", "size U", "press K").
 *   - `acronym`: in capitals it is an acronym (BC the province, NP, MSG, SEC); flagged in capitals
 *     only where it stands alone as a reply ("NP!", "TY - Chris").
 *   - `name`: capitalised it may be a name ("Ty from billing", "Kay, your order…"); flagged
 *     capitalised only at a sentence start, not before a comma or a verb ("Ty for waiting", not "Ty will call").
 *   - `quantity`: only shorthand after a number or quantity word ("1 sec", "a few secs").
 *   - `number`: a letter that, after a number, is a unit or era ("5 k", "300 bc").
 *   - `modifier`: before a noun it modifies it is something else ("2day shipping" is two-day shipping).
 */
export type ShorthandGuard = 'letter' | 'acronym' | 'name' | 'quantity' | 'number' | 'modifier'

export interface Shorthand {
  readonly token: string
  readonly expansions: readonly string[]
  readonly meaning: string
  readonly fix: boolean
  readonly guards?: readonly ShorthandGuard[]
}

const entry = (
  token: string,
  expansions: readonly string[],
  fix: boolean,
  guards?: readonly ShorthandGuard[],
  meaning = expansions[0] ?? token,
): Shorthand => (guards ? { token, expansions, meaning, fix, guards } : { token, expansions, meaning, fix })

/** Reactions: nothing to spell out, leave them out of a support reply. */
const reaction = (token: string, meaning: string): Shorthand => ({ token, expansions: [], meaning, fix: false })

export const shorthands: readonly Shorthand[] = [
  // Thanks, please, welcome
  entry('thx', ['thanks'], true),
  entry('thnx', ['thanks'], true),
  entry('thanx', ['thanks'], true),
  entry('thks', ['thanks'], true),
  entry('tnx', ['thanks'], true),
  entry('ty', ['thank you'], false, ['acronym', 'name']),
  entry('tyvm', ['thank you very much'], true),
  entry('tysm', ['thank you so much'], true),
  entry('pls', ['please'], true),
  entry('plz', ['please'], true),
  entry('plse', ['please'], true),
  entry('yw', ["you're welcome"], true),
  entry('np', ['no problem'], true, ['acronym']),
  entry('nbd', ['no big deal'], true),
  entry('sry', ['sorry'], true),
  entry('srry', ['sorry'], true),
  entry('soz', ['sorry'], true),
  // Agreement
  entry('k', ['okay'], false, ['letter', 'number']),
  entry('kk', ['okay'], true, ['acronym']),
  entry('kay', ['okay'], false, ['name']),
  // Pronouns and verbs
  entry('u', ['you'], false, ['letter']),
  entry('ur', ['your', "you're"], false, ['acronym', 'name']),
  entry('r', ['are'], false, ['letter']),
  entry('ya', ['you'], false, ['name']),
  entry('cya', ['see you'], true),
  entry('some1', ['someone'], true),
  entry('any1', ['anyone'], true),
  entry('every1', ['everyone'], true),
  // Because, with, without
  entry('bc', ['because'], false, ['acronym', 'number']),
  entry('b/c', ['because'], true),
  entry('cuz', ['because'], true),
  entry('coz', ['because'], true),
  entry('bcuz', ['because'], true),
  entry('bcoz', ['because'], true),
  entry('becuz', ['because'], true),
  entry('w/', ['with'], true),
  entry('w/o', ['without'], true),
  entry('tho', ['though'], true),
  entry('abt', ['about'], true),
  // Time
  entry('b4', ['before'], true, ['acronym']),
  entry('l8r', ['later'], true, ['acronym']),
  entry('l8', ['late'], true, ['acronym']),
  entry('w8', ['wait'], true, ['acronym']),
  entry('gr8', ['great'], true, ['acronym']),
  entry('2day', ['today'], true, ['modifier']),
  entry('2nite', ['tonight'], true),
  entry('2night', ['tonight'], true),
  entry('tonite', ['tonight'], true),
  entry('2moro', ['tomorrow'], true),
  entry('2morrow', ['tomorrow'], true),
  entry('tmrw', ['tomorrow'], true),
  entry('tmrow', ['tomorrow'], true),
  entry('tmw', ['tomorrow'], true),
  entry('rn', ['right now'], false, ['acronym']),
  entry('sec', ['second'], false, ['acronym', 'quantity']),
  entry('secs', ['seconds'], false, ['acronym', 'quantity']),
  entry('bday', ['birthday'], true),
  // Words
  entry('msg', ['message'], true, ['acronym']),
  entry('msgs', ['messages'], true, ['acronym']),
  entry('convo', ['conversation'], true),
  entry('convos', ['conversations'], true),
  entry('ppl', ['people'], true, ['acronym']),
  entry('prolly', ['probably'], true),
  entry('obv', ['obviously'], true),
  entry('obvs', ['obviously'], true),
  entry('ofc', ['of course'], true),
  entry('rly', ['really'], true),
  entry('srsly', ['seriously'], true),
  entry('nvm', ['never mind'], true),
  // Initialisms
  entry('afaik', ['as far as I know'], true),
  entry('afaict', ['as far as I can tell'], true),
  entry('iirc', ['if I remember correctly'], true),
  entry('fwiw', ["for what it's worth"], true),
  entry('imo', ['in my opinion'], true),
  entry('imho', ['in my opinion'], true, undefined, 'in my humble opinion'),
  entry('btw', ['by the way'], true),
  entry('tbh', ['to be honest'], true),
  entry('tbf', ['to be fair'], true),
  entry('idk', ["I don't know"], true),
  entry('idc', ["I don't mind"], false, undefined, "I don't care"),
  entry('ikr', ['I know'], false, undefined, 'I know, right?'),
  entry('lmk', ['let me know'], true),
  entry('brb', ["I'll be right back"], true, undefined, 'be right back'),
  entry('bbl', ["I'll be back later"], true, undefined, 'be back later'),
  entry('bbs', ["I'll be back soon"], false, ['acronym'], 'be back soon'),
  entry('gtg', ['I have to go'], true, undefined, 'got to go'),
  entry('g2g', ['I have to go'], true, ['acronym'], 'got to go'),
  entry('ttyl', ['talk to you later'], true),
  entry('ttys', ['talk to you soon'], true),
  entry('afk', ['away from the keyboard'], false),
  entry('irl', ['in person'], false, ['acronym'], 'in real life'),
  entry('hbu', ['how about you'], true),
  entry('wbu', ['what about you'], true),
  // Reactions
  reaction('lol', 'laughing out loud'),
  reaction('lolz', 'laughing out loud'),
  reaction('lmao', 'laughing my ass off'),
  reaction('lmfao', 'laughing my f—ing ass off'),
  reaction('rofl', 'rolling on the floor laughing'),
  reaction('omg', 'oh my god'),
  reaction('omfg', 'oh my f—ing god'),
  reaction('wtf', 'what the f—'),
  reaction('smh', 'shaking my head'),
  { ...reaction('jk', 'just kidding'), guards: ['acronym'] },
]
