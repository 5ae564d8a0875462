/**
 * What marks a reply as joking. Sureness as in retext-profanities: 2 sure (only
 * ever humour), 1 likely (humour in almost every support reply), 0 maybe (often
 * humour, sometimes sincere; off unless `minSureness` is 0). Patterns follow
 * `Cue` in src/cues.ts: case-insensitive, from a word start to a word end,
 * bounded quantifiers only.
 */
import type { Cue, Sureness } from '../../src/cues.js'

export type JokeKind = 'laughter' | 'joke-marker' | 'pun' | 'aside'

export interface JokeCue extends Cue {
  readonly kind: JokeKind
  /** Whether deleting the cue leaves a neutral reply (laughter, "jk"); asides need re-wording. */
  readonly removable: boolean
  /** 'sentence-start': the cue counts only opening its sentence ("Kidding, …", "Heh, …"). */
  readonly when?: 'sentence-start'
}

const laughter = (pattern: string, sureness: Sureness = 2): JokeCue => ({ pattern, sureness, kind: 'laughter', removable: true })
const marker = (pattern: string, sureness: Sureness = 2): JokeCue => ({ pattern, sureness, kind: 'joke-marker', removable: true })
const pun = (pattern: string, sureness: Sureness = 2): JokeCue => ({ pattern, sureness, kind: 'pun', removable: true })
const aside = (pattern: string, sureness: Sureness = 1): JokeCue => ({ pattern, sureness, kind: 'aside', removable: false })

export const jokeCues: readonly JokeCue[] = [
  // Laughter, stretched forms included (hahahaha, lolol, lmaooo); a lone "ha" or "heh" is a maybe.
  laughter(String.raw`(?:ha|aha|baha|bwaha|mwaha|muaha)(?:[ -]?ha){1,12}h?`),
  laughter(String.raw`ah(?:ah){1,12}h?`),
  laughter(String.raw`he(?:[ -]?he){1,12}h?`),
  laughter(String.raw`(?:tee|te)[ -]?hee`),
  laughter(String.raw`lo(?:lo){0,6}l(?:z|s)?`),
  laughter(String.raw`lulz`),
  laughter(String.raw`lmf?ao{1,8}`),
  laughter(String.raw`rofl(?:mao)?(?:lol)?`),
  laughter(String.raw`heh`, 0),
  laughter(String.raw`(?:ha|hah)(?=\s*!)`, 1),
  laughter(String.raw`(?:ha|hah)(?=\s*\.)`, 0),
  laughter(String.raw`(?:laughs|chuckles|giggles|snickers)(?=\*)`),
  // A lone "Ha," "Heh." opening a sentence, or closing one after a comma ("…unlike me, ha."), is a laugh.
  { ...laughter(String.raw`(?:ha|hah|heh|hehe)(?=\s*[,!.—]|\s*$)`, 1), when: 'sentence-start' },
  // Capital "XD" is no emoticon to the tokenizer; opening a sentence before a word that is no verb or number, it laughs.
  { ...laughter(String.raw`xd{1,4}(?=\s*(?:[,.!]|$)|\s+(?!(?:is|was|has|are|were|will|can|does|comes|costs|model|series|version|camera|pro|plus|max)\b)[^\d\s-])`, 1), when: 'sentence-start' },
  laughter(String.raw`(?<=, )(?:ha|hah|heh)(?=\s*(?:[.!)]|$))`, 1),
  laughter(String.raw`(?<=\()(?:ha|hah|heh|lol)(?=\))`, 1),

  // Saying that it was a joke.
  marker(String.raw`(?:just|only|i'm|i am|im) (?:kidding|joking|teasing)(?! around| about)`),
  marker(String.raw`(?:jk|j/k)`),
  marker(String.raw`kidding(?=\s*!)`),
  { ...marker(String.raw`(?:kidding|joking|jk)(?=\s*[,.—]|\s*$)`), when: 'sentence-start' },
  marker(String.raw`(?:all )?(?:jokes?|joking|kidding) aside`),
  marker(String.raw`i kid(?=\s*[,.!])`, 1),
  marker(String.raw`(?:that's|that is) what she said`),
  marker(String.raw`knock,? knock`),
  marker(String.raw`(?:dad|cheesy|corny|bad|terrible|lame) (?:joke|pun)s?`),
  marker(String.raw`insert (?:\w{1,15} )?(?:joke|pun) here`),
  marker(String.raw`(?:i'll|i will) be here all week`),
  marker(String.raw`see what i did there`),
  marker(String.raw`beep[ -]boop`),
  marker(String.raw`(?:i'd|i would|let me) tell you a joke`),
  marker(String.raw`no \p{L}{2,20} (?:were|was) harmed`),

  // Pointing out a pun.
  pun(String.raw`no pun intended`),
  pun(String.raw`pun (?:very much |fully |totally |definitely )?intended`),
  pun(String.raw`(?:pardon|excuse|forgive) (?:the|my) puns?`),
  pun(String.raw`if you (?:will|'ll) (?:pardon|excuse|forgive) the puns?`),
  pun(String.raw`pun alert`),
  pun(String.raw`(?<=, )if you will(?=\s*(?:[.!)]|$))`, 1),
  pun(String.raw`(?:if you'll|if you will) pardon the expression`, 1),

  // Joking asides and self-deprecating quips agents reach for.
  aside(String.raw`(?:coffee|caffeine)(?: (?:has|hasn't|has not|hadn't|had not|didn't|did not|has yet to|still hasn't))?(?: quite| fully)? kick(?:ed)? in`),
  aside(String.raw`(?:before|until) my (?:first |morning |second |third )?(?:coffee|cup of coffee|caffeine)`),
  aside(String.raw`(?:need|needs|needed) (?:more |another |a stronger |some |a )?(?:coffee|cup of coffee|caffeine)`),
  aside(String.raw`(?:need|needs|needed) (?:a|an) (?:vacation|holiday|nap|siesta|spa day)`),
  aside(String.raw`(?:having|had|has|having quite) (?:a bit of |quite |such )?a (?:monday|case of the mondays)`),
  aside(String.raw`(?:classic|typical) monday`),
  aside(String.raw`(?:i |that )?(?:laughed|chuckled|giggled|lol'd|lold) (?:at that|out loud|so hard|more than i should)`),
  aside(String.raw`(?:made|makes|make) me (?:laugh|chuckle|giggle|lol)`),
  aside(String.raw`cracked me up`),
  aside(String.raw`(?:on|taking|took|taken|takes) (?:a|the) scenic (?:route|tour)(?! (?:option|service|fee))`),
  aside(String.raw`plot twist`),
  aside(String.raw`(?<=\b(?:is|are|be|seems|seem) )(?:possessed|haunted|cursed)`),
  aside(String.raw`(?:mondays?|monday mornings?),? (?:am i right|right)\?`),
  aside(String.raw`(?:i'm|i am) (?:clearly |obviously |definitely |certainly )?(?:not|no) (?:a )?(?:morning person|mind reader|magician|wizard|miracle worker|rocket scientist)`),
  aside(String.raw`(?:slower|faster|older|bigger|longer|louder) than (?:a |my |your )?(?:snail|turtle|sloth|speeding bullet|dial-up|molasses|grandma|granny|dinosaur|tortoise)`),
  aside(String.raw`even my (?:grandma|granny|grandmother|cat|dog|toddler|kids?) (?:could|can|would)`),
  aside(String.raw`just call me (?:the |a |your )?`),
  aside(String.raw`(?<=\b(?:refund|password|delivery|parcel|tech|wifi|wi-fi|printer|billing|order|shipping|update) )(?:fairy|whisperer|ninja)`),
  aside(String.raw`(?:we|i) (?:promise |swear )?(?:we |i )?(?:don't|do not) bite`),
  aside(String.raw`(?:pinky promise|scout's hono(?:u)?r|cross my heart)`),
  aside(String.raw`computer says no`),
  // Self-deprecating asides in brackets or after a comma.
  aside(String.raw`(?<=\()(?:same|me too|relatable|don't we all|aren't we all|who knew|story of my life|not that i'm (?:bitter|jealous|counting)|i wish)(?:,? (?:honestly|tbh|really|ha|haha|lol))?(?=\))`),
  aside(String.raw`(?<=\(|, )unlike (?:me|us|myself|my (?:\p{L}{2,20} ){0,2}\p{L}{2,20})(?=\s*(?:[,.!)]|$))`),
  aside(String.raw`if i (?:do |may )?say so myself`),
  aside(String.raw`(?<=\()(?:isn't it always|aren't we all|don't we all|which is (?:very|a lot|never|always|often)|as one does|as you do|no judge?ment|just saying|not (?:bragging|that i'm bragging)|humble ?brag)(?=\))`),
  aside(String.raw`my (?:cat|dog|grandma|granny|grandmother|toddler|kid|kids|goldfish|hamster|nan) (?:could|can|would)(?:'ve| have)? (?:done|do|fixed|fix|figured|managed|handled)`),
  pun(String.raw`or should i say`, 1),
  aside(String.raw`(?<=\()(?:there isn't|there is not|it isn't|it's not|it is not|it wasn't|they don't|they aren't|it doesn't|i wasn't|i don't|spoiler: (?:it|there|they) (?:isn't|wasn't|aren't|doesn't))(?=\))`),
  aside(String.raw`(?<=\()(?:finally|at last|obviously|of course)(?:,? right)?\?(?=\))`),
  aside(String.raw`(?<!\b(?:no|any|a single) )(?:vendetta|grudge) against (?:you|me|us)`),
  aside(String.raw`(?:plotting|conspiring|scheming) against (?:you|me|us)`),
  aside(String.raw`(?:don't|do not) tell anyone,? but`),
  aside(String.raw`(?<=\b(?:having|had|has|going through) (?:a|an|its|their|some sort of|a bit of an?) )(?:existential|identity|midlife|mid-life) crisis`),
  aside(String.raw`(?:stronger|weaker|slower|faster|older|bigger|longer|louder|smarter|better|worse) than my (?:morning |first |second |usual )?(?:coffee|tea|cat|dog|grandma|granny|wifi|wi-fi|laptop|brain|memory|jokes?|cooking|singing|handwriting)`),
  aside(String.raw`(?<=, |\()(?:am i right|amirite|right guys|don't you think)\?`),
  aside(String.raw`amirite`, 2),
  aside(String.raw`nothing (?:quite |really )?says (?:\p{L}{1,20}[ -]){1,4}(?:quite )?like`, 2),
  aside(String.raw`(?:said|says) no one ever`, 2),
  aside(String.raw`(?:living|lives|lived) (?:its|their|his|her) best life`),
  marker(String.raw`(?:wink|winks|cough|ahem|nudge)(?=\*)`),
  marker(String.raw`(?:wink,? wink|nudge,? nudge)`),
  marker(String.raw`(?:insert|cue) (?:dramatic|sad|happy|victory|celebratory) (?:music|drumroll|applause)`),
  marker(String.raw`drum ?roll,? please`),
  aside(String.raw`(?:throw|chuck|toss|hurl) (?:it|your|the) (?:\p{L}{2,20} )?out (?:of )?the window`),
  aside(String.raw`(?<=\band )i (?:are|were) both (?:a bit |a little |just |still )?(?:slow|tired|sleepy|confused|lost|having|running|struggling)`),
  aside(String.raw`on (?:our|my|its|their) best behaviou?r`),
  aside(String.raw`(?<=\b(?:a|an) (?:bit of a |real |little )?)(?:night owl|drama queen|diva|party animal)(?!\s+(?:special|discount|deal|rate|fare|flight|shift|service|menu|offer|plan|option|slot|hours?|delivery|package))`),
  aside(String.raw`(?:has|have|had) (?:a )?minds? of (?:its|their) own`),
  aside(String.raw`(?:feeling|being) (?:a bit |a little |rather |very )?(?:shy|camera-shy|moody|grumpy|cranky|sulky|dramatic|a diva)`),
  aside(String.raw`(?:decided|decides|wanted|wants) to (?:take|have) (?:a|an) (?:little )?(?:nap|siesta|snooze|coffee break|vacation|holiday|day off|lie-in)`),
  aside(String.raw`(?:having|had|has) (?:a|an) (?:bad hair day|off day|senior moment|moment of its own)`),
  aside(String.raw`(?:gremlins?|hamsters? (?:on|in) (?:the|a|their|our) wheels?|(?:little|tech|magic|busy|shipping|warehouse) elves)`),
  aside(String.raw`(?<=\bthe )(?:tech|tech support|computer|internet|wifi|wi-fi|printer|server|shipping|delivery|login|weather|coffee) gods`),
  aside(String.raw`mercury (?:is |being |must be )?(?:in )?retrograde`),
  aside(String.raw`blame (?:it on )?(?:the )?(?:gremlins|mondays?|mercury|the cat|the intern)`),
  aside(String.raw`more \p{L}{2,20}(?: \p{L}{2,20})? than (?:my|our) (?:entire |whole |own |local )?\p{L}{2,20}`),
  aside(String.raw`(?:consider|think of) (?:it|this) (?:as )?(?:a |an |some )?(?:bonus|free|extra|little|surprise) (?:time|workout|exercise|cardio|vacation|holiday|adventure|treat|practice|leg day)`),
  aside(String.raw`bonus time (?:for|to)`),
  aside(String.raw`(?:go|going) easy on the \p{L}{2,20}(?: \p{L}{2,20})? next time`),
  aside(String.raw`(?:don't|do not|please don't) tell (?:my|our|the) (?:boss|manager|supervisor|team lead)`),
  aside(String.raw`(?:our|my) little secret`),
  aside(String.raw`(?:it's|it is) not you,? (?:it's|it is) (?:me|us)`),
  aside(String.raw`famous last words`),
  aside(String.raw`(?:not|isn't|wasn't) the sharpest (?:tool|knife|pencil)`),
  aside(String.raw`brain (?:fart|freeze)`),
  aside(String.raw`(?<=\b(?:your|my) )(?:wallet|bank account|bank balance|credit card)(?: will| is going to| might)? (?:thank|hate|cry|weep|scream|forgive)`),
  aside(String.raw`get it\?`, 0),
  aside(String.raw`(?:bad|silly|little|tiny) joke`, 0),
]

export interface EmojiCue {
  /** Without VS16 and skin tone. */
  readonly value: string
  readonly sureness: Sureness
  readonly name: string
  /** A grin that is also warmth: it counts only closing a remark with no warm words ("Thanks! 😄" passes). */
  readonly grin?: true
}

/**
 * Laughing, winking and tongue-out emoji and emoticons. Smiles (🙂 😊 :) ^_^) are
 * warmth, not humour, and are not here.
 */
export const humourEmoji: readonly EmojiCue[] = [
  { value: '😂', sureness: 2, name: 'tears of joy' },
  { value: '🤣', sureness: 2, name: 'rolling on the floor laughing' },
  { value: '😹', sureness: 2, name: 'cat with tears of joy' },
  { value: '😆', sureness: 2, name: 'grinning squinting face' },
  { value: '😜', sureness: 2, name: 'winking face with tongue' },
  { value: '😝', sureness: 2, name: 'squinting face with tongue' },
  { value: '😛', sureness: 2, name: 'face with tongue' },
  { value: '🤪', sureness: 2, name: 'zany face' },
  { value: '🤡', sureness: 1, name: 'clown' },
  { value: '😉', sureness: 1, name: 'winking face' },
  { value: '😅', sureness: 1, name: 'grinning face with sweat' },
  { value: '🤭', sureness: 1, name: 'face with hand over mouth' },
  { value: '💀', sureness: 1, name: 'skull' },
  { value: '😁', sureness: 1, name: 'beaming face', grin: true },
  { value: '😄', sureness: 1, name: 'grinning face with smiling eyes', grin: true },
  { value: '😃', sureness: 0, name: 'grinning face with big eyes', grin: true },
  { value: '🙈', sureness: 0, name: 'see-no-evil monkey' },
  { value: ':P', sureness: 2, name: 'tongue-out emoticon' },
  { value: ':-P', sureness: 2, name: 'tongue-out emoticon' },
  { value: ':p', sureness: 2, name: 'tongue-out emoticon' },
  { value: ':-p', sureness: 2, name: 'tongue-out emoticon' },
  { value: '=P', sureness: 2, name: 'tongue-out emoticon' },
  { value: '=p', sureness: 2, name: 'tongue-out emoticon' },
  { value: ';P', sureness: 2, name: 'winking tongue-out emoticon' },
  { value: ';p', sureness: 2, name: 'winking tongue-out emoticon' },
  { value: ';-P', sureness: 2, name: 'winking tongue-out emoticon' },
  { value: 'xD', sureness: 2, name: 'laughing emoticon' },
  { value: 'XD', sureness: 2, name: 'laughing emoticon' },
  { value: 'xd', sureness: 1, name: 'laughing emoticon' },
  { value: ":'D", sureness: 2, name: 'laughing emoticon' },
  { value: ":'-D", sureness: 2, name: 'laughing emoticon' },
  { value: ';)', sureness: 1, name: 'winking emoticon' },
  { value: ';-)', sureness: 1, name: 'winking emoticon' },
  { value: ';D', sureness: 1, name: 'winking emoticon' },
  { value: ';-D', sureness: 1, name: 'winking emoticon' },
  { value: ':D', sureness: 0, name: 'grinning emoticon' },
  { value: ':-D', sureness: 0, name: 'grinning emoticon' },
]

/** Words of warmth or good news: a grin closing them is friendliness, not a joke. */
export const warmth =
  /\b(?:thank\w*|welcome|happy|glad|pleasure|love[ds]?|great|good|nice|lovely|wonderful|awesome|enjoy\w*|hope|wish|have a|congrat\w*|hi|hello|hey|cheers|all set|on (?:its|the|their) way|shipped|done|sorted|fixed|resolved|approved|refunded|arriv\w*|fun|excit\w*|yay|hooray|woo\w*|best|perfect|brilliant|amazing|fantastic|beautiful|cool|congrats|birthday|holiday|weekend|celebrat\w*)\b/i
