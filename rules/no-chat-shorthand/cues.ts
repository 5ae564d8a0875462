/**
 * Context words that tell a letter used as a letter ("press K", "size U", "the
 * r key") from shorthand, and a quantity ("1 sec") from other uses. Lower case.
 */

/** A single letter right after one of these is the letter itself. */
export const letterBefore: readonly string[] = [
  'a', 'an', 'the', 'letter', 'letters', 'capital', 'lowercase', 'uppercase', 'small', 'big', 'initial',
  'key', 'keys', 'press', 'pressing', 'pressed', 'hit', 'hitting', 'tap', 'type', 'typing', 'typed', 'enter',
  'input', 'select', 'choose', 'pick', 'spell', 'spelled', 'spelt', 'shift', 'ctrl', 'control', 'alt', 'cmd',
  'command', 'fn', 'option', 'options', 'size', 'sizes', 'rated', 'rating', 'grade', 'plan', 'vitamin',
  'column', 'row', 'section', 'model', 'class', 'category', 'button', 'symbol', 'icon', 'marked', 'labelled',
  'labeled', 'label', 'channel', 'platform', 'gate', 'seat', 'zone', 'terminal', 'level', 'floor', 'block',
  'unit', 'building', 'apartment', 'apt', 'suite', 'route', 'line', 'bus', 'train', 'exit', 'aisle', 'bay',
  'door', 'wing', 'tier', 'variant', 'series', 'version', 'mode', 'setting', 'position', 'switch', 'drive',
  'program', 'language', 'pin', 'port', 'slot', 'box', 'field', 'cell', 'figure', 'appendix', 'part', 'item',
  'step', 'group', 'special',
]

/** A single letter right before one of these is the letter itself. */
export const letterAfter: readonly string[] = [
  'key', 'keys', 'button', 'buttons', 'shape', 'shaped', 'drive', 'tab', 'column', 'row', 'letter', 'grade',
  'rating', 'size', 'sizes', 'icon', 'symbol', 'lock', 'bracket', 'bend', 'cup', 'cups', 'train', 'line',
  'series', 'model', 'class', 'version', 'value', 'factor', 'score', 'section', 'block', 'wing', 'terminal',
  'gate', 'zone', 'level', 'floor', 'plan', 'type', 'mode', 'setting', 'port', 'slot', 'vitamin', 'channel',
]

/** "sec", "secs" are shorthand for seconds after a number or one of these. */
export const quantityBefore: readonly string[] = [
  'a', 'one', 'two', 'three', 'five', 'ten', 'few', 'couple', 'several', 'quick', 'half', 'more', 'another',
  'some', 'thirty', 'fifteen', 'twenty',
]

/** After "ur", these read as "you're" ("ur welcome", "ur all set"); anything else as "your". */
export const youreBefore: readonly string[] = [
  'welcome', 'right', 'correct', 'all', 'not', 'going', 'able', 'in', 'on', 'still', 'now', 'very', 'so', 'too',
  'being', 'getting', 'set', 'good', 'done', 'sure', 'free', 'eligible', 'covered', 'absolutely', 'definitely',
  'always', 'never', 'already', 'just', 'only', 'also', 'a', 'an', 'the', 'at', 'out', 'back', 'here', 'there',
  'due', 'entitled', 'ready', 'late', 'early', 'logged', 'signed', 'subscribed', 'enrolled', 'booked', 'looking',
  'trying', 'using', 'having', 'seeing', 'asking', 'talking', 'waiting',
]
