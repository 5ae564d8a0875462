/**
 * Chat shorthand and interjections the spelling rule leaves alone: it is `no-chat-shorthand`'s
 * to flag (with the written-out form), and one message per token is enough.
 */
export const shorthandTokens: readonly string[] = [
  'thx', 'thnx', 'thanx', 'tx', 'ty', 'tyvm', 'pls', 'plz', 'plse', 'lol', 'lmao', 'lmfao', 'rofl', 'brb', 'bbl',
  'afaik', 'gtg', 'g2g', 'idk', 'idc', 'imo', 'imho', 'btw', 'tbh', 'np', 'nvm', 'u', 'ur', 'r', 'k', 'kk', 'omg',
  'ttyl', 'smh', 'jk', 'fyi', 'cya', 'ppl', 'msg', 'msgs', 'convo', 'convos', 'sry', 'srry', 'pic', 'pics',
  'acct', 'acc', 'appt', 'asap', 'bc', 'cuz', 'coz', 'tho', 'thru', 'w/e', 'wbu', 'hbu', 'ikr', 'irl', 'nm',
  'obv', 'obvs', 'prob', 'probs', 'rn', 'tmrw', 'tmr', 'tomoz', 'yw', 'wanna', 'gonna', 'gotta', 'kinda',
  'sorta', 'dunno', 'lemme', 'gimme', 'ya', 'yep', 'yup', 'nope', 'yeah', 'hmm', 'hm', 'uh', 'um', 'umm', 'ah',
  'aw', 'o', 'oo', 'ooh', 'argh', 'ugh', 'eek', 'yay', 'woo', 'oops', 'whoops', 'haha', 'hahaha', 'hehe', 'xoxo', 'xo', 'bday', 'gf', 'bf', 'dm', 'dms', 'pm', 'pms',
]
