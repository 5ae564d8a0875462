/**
 * The static rule registry: the only way src/ reaches rules. Order is the order
 * rules run and are listed in docs (DESIGN.md's order). Each rule is also exported
 * as a retext plugin.
 */
import type { RuleModule } from '../src/rule.js'
import noAllCaps from './no-all-caps/index.js'
import noChatShorthand from './no-chat-shorthand/index.js'
import noJokes from './no-jokes/index.js'
import noSarcasm from './no-sarcasm/index.js'
import noExcessivePunctuation from './no-excessive-punctuation/index.js'
import spelling from './spelling/index.js'
import grammar from './grammar/index.js'
import noRepeatRequest from './no-repeat-request/index.js'
import promptReply from './prompt-reply/index.js'
import conciseReply from './concise-reply/index.js'
import maxConcurrentChats from './max-concurrent-chats/index.js'
import statusUpdate from './status-update/index.js'
import noOverpromise from './no-overpromise/index.js'
import transferNotice from './transfer-notice/index.js'
import channelSwitch from './channel-switch/index.js'

export const registry: readonly RuleModule[] = [
  noAllCaps,
  noChatShorthand,
  noJokes,
  noSarcasm,
  noExcessivePunctuation,
  spelling,
  grammar,
  noRepeatRequest,
  promptReply,
  conciseReply,
  maxConcurrentChats,
  statusUpdate,
  noOverpromise,
  transferNotice,
  channelSwitch,
]

/** retext plugins: `unified().use(retextEnglish).use(noAllCapsPlugin)`. */
export const noAllCapsPlugin = noAllCaps.plugin
export const noChatShorthandPlugin = noChatShorthand.plugin
export const noJokesPlugin = noJokes.plugin
export const noSarcasmPlugin = noSarcasm.plugin
export const noExcessivePunctuationPlugin = noExcessivePunctuation.plugin
export const spellingPlugin = spelling.plugin
export const grammarPlugin = grammar.plugin
export const noRepeatRequestPlugin = noRepeatRequest.plugin
export const promptReplyPlugin = promptReply.plugin
export const conciseReplyPlugin = conciseReply.plugin
export const maxConcurrentChatsPlugin = maxConcurrentChats.plugin
export const statusUpdatePlugin = statusUpdate.plugin
export const noOverpromisePlugin = noOverpromise.plugin
export const transferNoticePlugin = transferNotice.plugin
export const channelSwitchPlugin = channelSwitch.plugin
