/**
 * What marks a reply as joking. Sureness as in retext-profanities: 2 sure (only
 * ever humour), 1 likely (humour in almost every support reply), 0 maybe (often
 * humour, sometimes sincere; off unless `minSureness` is 0). Patterns follow
 * `Cue` in src/cues.ts: case-insensitive, from a word start to a word end,
 * bounded quantifiers only.
 */
import type { Cue, Sureness } from '../../src/cues.js'

export type JokeKind = 'laughter' | 'joke-marker' | 'pun' | 'wordplay' | 'aside'

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
/** A pun itself ("nacho average", "lettuce know"): needs re-wording, like an aside. */
const wordplay = (pattern: string, sureness: Sureness = 2): JokeCue => ({ pattern, sureness, kind: 'wordplay', removable: false })

/** Machines a joke gives a person's moods and wants: "the server needed a nap", "the printer is on strike". */
const MACHINE = String.raw`server|servers|system|systems|website|site|app|computer|computers|network|database|printer|robots?`

/** "needs some coffee beans", "its coffee grinder": coffee as the product a customer asks about, not a person's need. */
const NOT_A_COFFEE_PRODUCT = String.raw`(?![ -](?:beans?|grounds|grinders?|machines?|makers?|pods?|capsules?|filters?|cups?|mugs?|pots?|orders?|subscriptions?|blends?|bags?|deliver(?:y|ies)|shops?|products?|tables?|stains?)\b)`

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
  // "XD", "xD", "X-D" closing a remark (before an end mark or an emoji); not a model after a determiner ("the XD").
  laughter(String.raw`(?<![\p{L}\p{N}][-.]|\b(?:the|a|an|your|our|my|their|his|her|its|this|that|model|new|buy|order|ordered|get|got|with|for|of) )(?:x-?d{1,4})(?=\s*(?:[,.!?)]|$)|\s+[\uD83D\uD83E])`, 1),
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
  // Joke setups: "A man walks into a bar", "Why did the chicken cross the road?", "What do you call a…?".
  marker(String.raw`(?:walks?|walked|walking) into a bar(?! (?:code|stool|chart|graph|tab|menu|area|counter))`),
  marker(String.raw`(?<=\bwhy did the (?:\p{L}{2,20} ){1,3})cross the road`),
  marker(String.raw`(?<=\bwhat do you )call (?:a|an) (?:\p{L}{2,20}[ -]){0,5}\p{L}{2,20}\?(?=\s{0,3}(?:an? |the )?\p{Lu})`, 1),
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
  aside(String.raw`(?:need|needs|needed) (?:more |another |a stronger |some |a )?(?:coffee|cup of coffee|caffeine)${NOT_A_COFFEE_PRODUCT}`),
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

  // Self-deprecating comparisons: "I'm about as good with spreadsheets as my cat is", "as tech-savvy as a potato".
  aside(String.raw`(?:potato|potatoes|brick|rock|goldfish|cat|dog|sloth|hamster|caveman|dinosaur|grandma|granny)(?![\p{L}\p{N}_])(?<=\b(?:i'm|i am|i've always been|we're|we are|my \p{L}{2,20} (?:is|are)) (?:about |roughly |just |probably |honestly |only )?as \p{L}{2,20}(?:[ -]\p{L}{2,20})? (?:(?:with|at|in|on) (?:[\p{L}\u0027\u2019-]{1,20} ){1,3})?as (?:a |an |my |our |your )?\p{L}{3,10})(?: is| does| would be)?`),
  aside(String.raw`(?<=\bmy )(?:cooking|singing|dancing|handwriting|drawing|typing|driving|parallel parking|baking|gardening|jokes|puns|karaoke|sense of direction|sense of humou?r|dance moves) (?:is|are|was|were) (?:even |way |much |far |probably |somehow |still |honestly )?(?:worse|slower|flakier|buggier|less reliable|more unpredictable) than`),
  // "The good news is…; the bad news is…" played for a laugh: the bad news closes on a grimace.
  aside(String.raw`(?<=\bgood news[^\n]{1,160}\b(?:the )?)bad news(?: is)?[:,]? [^.!?\n]{1,100}?(?:\s|[.!])(?:\u{1F643}|\u{1F605}|\u{1F62C}|\u{1F937})`),

  // Comic hyperbole: "so late it nearly qualified for a pension", "older than the internet".
  aside(String.raw`so (?:late|slow|old|long|delayed|overdue|ancient|expensive|heavy|big|small|tiny|quiet|busy) (?:that )?(?:it|they|you|the (?:\p{L}{2,20} ){0,2}\p{L}{2,20}) (?:(?:nearly|almost|practically|probably|basically|just about|might|must|could|would|should)(?:'ve| have)? ){1,2}(?:qualif(?:y|ied|ies)|walked|walk|crawled|crawl|swum|swam|retired|retire|earned|collected|collect|drawn|draw|grown|grew|aged|celebrated|had (?:a birthday|grandkids|kids)|applied for|got (?:a|its|their) (?:pension|passport|degree)|gone (?:grey|gray)|fossili[sz]ed|evolved)`),
  aside(String.raw`(?<=\b(?:nearly|almost|practically|basically|probably) )(?:qualif(?:y|ied|ies|ying)|eligible) for (?:a |its |their |the )?(?:pension|retirement|a gold watch|social security|a bus pass)`, 1),
  aside(String.raw`(?<=\b(?:it|it's|it is|it was|that|this|parcel|package|order|delivery|ticket|request|email|reply) (?:is |was |must be |has been )?(?:now |nearly |almost |practically |basically )?)old enough to (?:vote|drink|drive|retire|have (?:kids|children)|start school|go to school)`),
  aside(String.raw`(?:older|slower|longer|ancient|old) (?:than|as) (?:the internet(?: itself)?|dirt|time itself|the hills|the pyramids|the dinosaurs|the stone age|the universe|the wheel|sliced bread|my grandma|my granny|my grandmother|methuselah|the sun|continental drift|a glacier|paint drying|(?:a |my |your )?(?:grandpa|grandad|granddad))`),
  aside(String.raw`(?:since|from) the (?:dawn of time|stone age|ice age|last ice age|jurassic (?:era|period)|dark ages|age of the dinosaurs)`),
  aside(String.raw`(?:i|we|you|they|it|he|she|the (?:courier|driver|postman|postie|mailman|parcel)) could(?:'ve| have) (?:walked|crawled|swum|swam|cycled|hopped|jogged|hand-carried|carried) (?:it |them |there |here |over |the \p{L}{2,20} ){0,2}(?:faster|quicker|sooner|by now|in less time|twice)`),
  aside(String.raw`could(?:'ve| have) (?:walked|crawled|swum|swam) (?:there|here|it|over|across|to (?:you|your door))`, 1),
  aside(String.raw`in (?:dog|internet|tech) years`),
  // Things on holiday: "your suitcase is still in Lisbon, apparently enjoying a longer vacation than you did".
  aside(String.raw`(?<=\b(?:suitcase|suitcases|luggage|bag|bags|parcel|package|order|delivery|shipment|box|letter)\b[^.!?\n]{0,60} )enjoying (?:a |an |its |their |some )?(?:longer |extended |little |nice |well-earned |quick )?(?:vacation|holiday|trip|tour|getaway|sightseeing|city break)`),
  // Absurd weight comparisons: "That sofa weighs more than my whole apartment".
  aside(String.raw`weighs? (?:more than|as much as|about as much as) (?:my|a|an|our|your) (?:whole |entire |small |baby |)?(?:apartment|flat|house|car|elephant|truck|horse|piano|fridge|planet|moon)`, 1),
  // The agent's own ineptitude played for a laugh: "I'm so bad at this game that I've never…".
  aside(String.raw`(?:i'm|i am) (?:so|really|terribly|hopelessly|famously) (?:bad|terrible|awful|hopeless|rubbish) at (?:this|that|the|my|our) (?:\p{L}{2,20} ){0,2}?(?:game|games|cooking|maths|math|directions|parking|technology|tech|spelling|puzzles?)(?: myself)? that`, 1),
  // Slow-animal comparisons: "moving at roughly the speed of a determined turtle", "slower than a sloth".
  aside(String.raw`speed of an? (?:\p{L}{3,15} )?(?:turtle|snail|sloth|tortoise|glacier|slug)s?`, 1),
  aside(String.raw`slower than an? (?:\p{L}{3,15} )?(?:turtle|snail|sloth|tortoise|glacier|slug)s?`, 1),
  aside(String.raw`(?:took|taking|takes|take) (?:longer than|about as long as|as long as) (?:a |the )?(?:glacier|ice age|geological era|sloth|snail|continental drift|paint (?:to dry|drying)|my (?:last )?(?:holiday|vacation))`),

  // Puns, mostly on food: "nacho average", "lettuce know", "olive it".
  wordplay(String.raw`nacho (?:average|problem|fault|typical|usual|ordinary|cheese)(?! (?:dip|sauce|platter|chips|tray|bar|flavou?r)\b)`),
  wordplay(String.raw`lettuce (?:know|help|fix|make|see|get|sort|take|check|do|be|just)`),
  wordplay(String.raw`olive (?:it|you|them|that)`),
  wordplay(String.raw`(?<=\b(?:we're|we are|you're|you are|i'm|i am|they're|they are|been|we've been|really|totally|definitely|now) )on a roll`, 1),
  wordplay(String.raw`(?:how|the way|way) the cookie crumbles`, 1),
  marker(String.raw`(?:hope|hoping|if|sorry,? if) (?:that's|that is|this is|it's|that was|this was|that wasn't|this wasn't|it wasn't|i'm not being|i'm not) (?:not )?(?:too |a bit |a little |overly |being )?(?:cheesy|corny|punny)`),
  marker(String.raw`(?:sorry,? |excuse the |forgive the |pardon the )(?:cheesy|corny|punny|terrible|bad|awful) (?:line|joke|one|pun|humou?r)`),
  marker(String.raw`(?<=\b(?:that was|that's|sorry,? that's|sorry,? that was|i know,? that's|ok,? that's) (?:a bit |a little |so |too |very |pretty |rather )?)(?:cheesy|corny|punny)(?=\s*(?:[.!,)\u2014]|$))`, 1),
  wordplay(String.raw`(?:donut|doughnut) (?:worry|worries|stress|panic|fret|forget|hesitate)`),
  wordplay(String.raw`orange you (?:glad|happy|pleased)`),
  wordplay(String.raw`water you (?:waiting for|doing|up to|looking for|thinking)`),
  wordplay(String.raw`taco (?:'bout|bout|about) (?:it|that|this)`),
  wordplay(String.raw`thanks a latte`),
  wordplay(String.raw`(?:egg-?cellent|egg-?cited|egg-?citing|egg-?stra|purr-?fect|purr-?fectly|paw-?some|paw-?sitive(?:ly)?|paws-?itive(?:ly)?|claw-?some|fur-?tastic|fur-?tunately|meow-?velous|hiss-?terical|un-?bee-?lievable|bee-?lieve|un-?brie-?lievable|brie-?lieve|tea-?riffic|tea-?rific|brew-?tiful|a-?maize-?ing|pho-?nomenal|grate-?ful|soup-er|shell-?ebrate|fin-?tastic|o-?fish-?ally|dough-?n't|un-?pho-?gettable)`),
  wordplay(String.raw`one in a melon`),
  wordplay(String.raw`berry (?:much|sorry|happy|excited|grateful)`),
  wordplay(String.raw`dill with it`),
  wordplay(String.raw`(?:you've got to be|you have to be|are you|you must be|you're|you are) kitten me`),
  wordplay(String.raw`(?<=\b(?:not|no|never|i'm|i am|we're|we are|i wasn't|i'm not|we're not|i kid you not,? (?:i'm )?) )kitten (?:you|ya|around)(?=\s*(?:[,.!;)\u2014-]|$))`),
  wordplay(String.raw`goat to be (?:kidding|joking)`),
  wordplay(String.raw`(?<=\b(?:you've|you have|we've|we have|i've|i have) )goat (?:to|this|it|you)(?! (?:farm|cheese|milk|yoghurt|yogurt|feed)\b)`),
  wordplay(String.raw`(?:(?<=\bno )kidding(?=[^\n]{0,100}\bgoats?\b)|(?<=\bgoats?\b[^\n]{1,100}\bno )kidding)`),
  wordplay(String.raw`sea you (?:soon|later|next time)`),
  wordplay(String.raw`espresso (?:my|our) (?:thanks|gratitude|apologies|appreciation|sympathy)`),
  wordplay(String.raw`grape (?:news|job|idea|question|choice)`),
  wordplay(String.raw`(?:you're|you are) (?:one )?(?:tea-?rific|grape|souper|egg-?cellent)`, 1),
  wordplay(String.raw`(?:we|i) (?:really )?(?:knead|kneaded) (?:to|you|your|a|some)`),
  wordplay(String.raw`(?:that's|that is|it's|it is|this is) (?:the )?(?:best|greatest) thing since sliced bread`, 1),
  wordplay(String.raw`(?:happy|sorry|sad|glad) (?:as|like) a (?:clam|pickle)`, 1),
  wordplay(String.raw`(?:in a|quite a|bit of a|such a|real) pickle`, 0),

  // Jokey idioms and asides about the company's own failings.
  aside(String.raw`time (?:really |sure |certainly )?flies when (?:you're|you are|we're|we are|one is|you're not|i'm|i am) having fun`, 2),
  aside(String.raw`(?<=\bor )(?:when|while) (?:you're|you are|you've been|you're stuck|you are stuck|waiting|stuck|on hold) (?:[\p{L}\u0027\u2019-]{1,20} ){0,3}(?:queue|queues|hold music|waiting list|wait list|on hold|support line|chat line)(?:,? apparently)?`, 1),
  aside(String.raw`(?<=\b(?:${MACHINE}|machines?|it|website's|system's|servers') (?:must have |must've |clearly |apparently |probably |just )?)(?:needed|needs|need|took|takes|take|was taking|were taking|is taking|are taking|went on|is on|are on|was on|were on|had|has|having|was having|were having|deserved|deserves) (?:a |an |its |their |some )?(?:little |quick |short |well-deserved |long |much-needed |extended )?(?:coffee break|tea break|nap|siesta|snooze|power nap|lunch break|holiday|vacation|day off|breather|beauty sleep|lie-in|sick day|duvet day|nap time)`),
  aside(String.raw`(?<=\b(?:${MACHINE}) (?:is|are|was|were|got|gets|seems|seem|seemed|must be|must have been|woke up|feels|felt) (?:a bit |a little |feeling |rather |very |clearly |apparently |still )?)(?:sleepy|lazy|hungry|thirsty|hungover|jet-lagged|jetlagged|in a mood|on strike|camera-shy|grumpy|cranky|sulky|moody|having a tantrum|throwing a tantrum|on holiday|on vacation)`),
  // Machines with a person's wants: "the stamp machine must have had its coffee", "it would rather be on vacation".
  aside(String.raw`(?<=\b(?:${MACHINE}|scanner|laptop|router|portal|machines?|it|they) (?:must have |must've |clearly |apparently |probably |finally |just )?(?:had|has|have|got|needs|needed|wants|wanted) )(?:its|their) (?:morning |first |daily )?(?:coffee|caffeine|espresso|cuppa|cup of coffee|cup of tea)${NOT_A_COFFEE_PRODUCT}`),
  aside(String.raw`(?<=\b(?:${MACHINE}|scanner|laptop|router|portal|machines?|it|they)(?: would|'d) )rather be (?:on (?:vacation|holiday|a beach|the beach)|at the beach|in bed|asleep|napping|sunbathing|anywhere else)`),
  aside(String.raw`(?:woke|wakes|woken) up on the wrong side of the (?:bed|server|rack)`),
  aside(String.raw`(?:our|the) (?:servers|system|website|app|computers?) (?:had|has|have) (?:had )?(?:a |one )?(?:too many|a few too many) (?:coffees|drinks|cups of coffee)`),
  aside(String.raw`(?:apparently|clearly|obviously),? (?:our|the) (?:queue|system|servers|website|app) (?:has|had|have) (?:other|different|its own) (?:plans|ideas)`),

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
