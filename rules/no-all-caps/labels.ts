/**
 * Cues that a capitalised word is a label the agent is naming, not emphasis:
 * a button or menu item ("click SAVE", "the SUBMIT button"), a status or an
 * on-screen message ("it shows PENDING"), a promo code, an address typed in
 * capitals ("12 HIGH STREET"). Lower case.
 */

/** A capitalised word right after one of these names a control, status or code. */
export const labelBefore: readonly string[] = [
  'click', 'clicking', 'clicked', 'tap', 'tapping', 'tapped', 'press', 'pressing', 'pressed', 'hit', 'select',
  'selecting', 'selected', 'choose', 'choosing', 'chose', 'toggle', 'labelled', 'labeled', 'marked', 'called',
  'named', 'titled', 'says', 'said', 'reads', 'read', 'shows', 'showing', 'displays', 'displaying', 'status',
  'code', 'promo', 'coupon', 'keyword', 'key', 'button', 'tab', 'menu', 'option', 'field', 'word', 'reply',
  'text', 'message', 'error', 'open', 'opening', 'under', 'go', 'navigate', 'head', 'scroll', 'switch',
]

/** A capitalised word right before one of these is the name of a control. */
export const labelAfter: readonly string[] = [
  'button', 'buttons', 'tab', 'tabs', 'menu', 'option', 'options', 'link', 'icon', 'screen', 'page', 'field',
  'key', 'keys', 'toggle', 'setting', 'settings', 'section', 'checkbox', 'dropdown', 'folder', 'panel', 'window',
  'dialog', 'prompt', 'banner', 'label', 'column', 'status', 'code', 'mode', 'plan', 'plans', 'tier', 'member',
  'members', 'membership', 'package', 'subscription', 'edition', 'card', 'bundle', 'pass', 'rewards', 'program',
]

/** Emphasis words that shout even where a label cue stands: "click NOW", "select ALL of them". */
export const alwaysEmphasis: readonly string[] = [
  'not', 'never', 'only', 'all', 'exactly', 'very', 'must', 'always', 'absolutely', 'immediately', 'now', 'please',
  'really', 'so', 'both', 'every', 'any', 'important', 'urgent', 'again', 'still', "don't", "do", 'no',
]

/** A capitalised passage opening with one of these is shouting even where a label cue stands: "PLEASE READ". */
export const shoutedOpeners: readonly string[] = [
  'please', 'do', "don't", 'not', 'never', 'must', 'always', 'only', 'important', 'urgent', 'warning', 'stop', 'read',
]

/** Street and box words: a capitalised run with one of these and a number is an address. */
export const addressWords: readonly string[] = [
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'dr', 'way', 'close', 'court', 'place',
  'boulevard', 'blvd', 'highway', 'hwy', 'terrace', 'crescent', 'square', 'box', 'apt', 'apartment', 'suite',
  'floor', 'unit', 'flat', 'parkway', 'pkwy', 'circle', 'row', 'gardens', 'grove', 'hill', 'park', 'route',
]
