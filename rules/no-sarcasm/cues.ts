/**
 * Phrases that make a reply sarcastic, ironic or passive-aggressive. Sureness
 * as in retext-profanities: 2 sure (never sincere in a support reply), 1 likely,
 * 0 maybe (off unless `minSureness` is 0). Patterns follow `Cue` in
 * src/cues.ts. `when` names a check on the context the phrase needs before it
 * counts (see index.ts); `rewrite` is a neutral replacement ('' = delete it).
 */
import type { Cue, Sureness } from '../../src/cues.js'

export type SarcasmKind = 'repetition' | 'condescension' | 'irony' | 'dismissal'

export type SarcasmCheck =
  /** The phrase opens its sentence. */
  | 'sentence-start'
  /**
   * A bare positive exclamation opening its sentence, then a mishap with no sincere
   * turn in between: in the same sentence ("Great, the parcel is lost again") or in
   * a next sentence that recaps ("Lovely. So the courier lost it.").
   */
  | 'mishap-follows'
  /** As 'mishap-follows' for "Oh great" and the like, where a letdown (another, again) is enough. */
  | 'letdown-follows'
  /** "Again," or "Once again," opening a sentence that restates a point, not one that thanks or apologises. */
  | 'restates'
  /** Praise whose sentence goes on to a blunder or mishap ("Great job deleting the backup"). */
  | 'blunder-follows'
  /** A sure-sounding adverb opening a sentence that says the customer failed to read or try ("Clearly the email went unread"). */
  | 'failure-follows'
  /** "Interesting that…" opening a sentence that goes on to contradict the customer ("…, since the scale says 2 kg"). */
  | 'contradiction-follows'
  /** A reproach only when the sentence does not go on to offer help or thanks ("Like I said earlier, I'm happy to help"). */
  | 'not-courtesy'
  /** "Right, because…" whose because-clause runs to the sentence's end: no main clause follows, so it mocks. */
  | 'clause-ends'
  /**
   * "Friendly reminder that…": a reproach when the sentence points at where it was
   * already written (website, FAQ, your email), or, for a "friendly"/"gentle" reminder,
   * when it is no reminder of an upcoming date (appointment, renewal, tomorrow).
   */
  | 'reproach-reminder'

export interface SarcasmCue extends Cue {
  readonly kind: SarcasmKind
  readonly when?: SarcasmCheck
  readonly rewrite?: string
}

const cue = (kind: SarcasmKind, pattern: string, sureness: Sureness, extra: Partial<SarcasmCue> = {}): SarcasmCue => ({
  pattern,
  sureness,
  kind,
  ...extra,
})

const SAID = String.raw`(?:said|stated|mentioned|explained|told you|pointed out|noted|advised|clarified|confirmed)`
const MANY = String.raw`(?:several|multiple|many|numerous|countless|a few|a couple of|two|three|four|five|\d{1,2}) (?:separate |different |previous |other )?(?:times|emails|e-mails|messages|replies|chats|calls|occasions|tickets)`
const OVER = String.raw`(?:repeatedly|more than once|over and over|again and again|time and (?:time )?again|so many times|twice|three times|thrice)`
/** When the point was already made: the part that turns a reference into a reproach. */
const BEFORE = String.raw`(?:(?:already|just|previously) )?(?:(?:to you|you) )?(?:before|earlier|previously|already|above|just now|a (?:moment|minute|second|few minutes) ago|(?:a few|a couple of|several|two|three|\d{1,2}) (?:messages|replies|emails|minutes|times) (?:ago|now|already)|at the (?:very )?(?:beginning|start|outset)|(?:in|on) my (?:very )?(?:last|previous|earlier|prior|first) (?:message|reply|email|response|note|answer)|${MANY}|${OVER})`
const ORDINAL = String.raw`(?:second|third|fourth|fifth|sixth|tenth|hundredth|umpteenth|nth|millionth|\d{1,2}(?:st|nd|rd|th))`

export const sarcasmCues: readonly SarcasmCue[] = [
  // Repetition thrown back at the customer.
  cue('repetition', String.raw`(?:as )?per my (?:last|previous|earlier|prior|first) (?:message|email|e-mail|reply|response|note|comment|chat|answer)`, 2, { rewrite: '' }),
  cue('repetition', String.raw`as (?:i|we)(?:'ve| have)? (?:already|now|just) ${SAID}`, 2, { rewrite: '' }),
  cue('repetition', String.raw`as (?:(?:i|we)(?:'ve| have)? )?(?:now |already |previously )?${SAID}(?: to you)?(?: (?:now|already|before|earlier))?(?: (?:in|on|over))? (?:${MANY}|${OVER})(?: now| already)?`, 2, { rewrite: '' }),
  cue('repetition', String.raw`as (?:i|we)(?:'ve| have)? ${SAID} (?:before|earlier|previously|above)`, 1, { rewrite: '' }),
  cue('repetition', String.raw`as (?:already|previously) ${SAID}`, 1, { rewrite: '' }),
  cue('repetition', String.raw`like i (?:already|just) (?:said|told you|mentioned|explained)`, 2, { rewrite: '' }),
  cue('repetition', String.raw`like (?:i|we)(?:'ve| have) (?:already|previously) ${SAID}`, 2, { rewrite: '' }),
  cue('repetition', String.raw`like i (?:said|told you|mentioned|explained)`, 0, { rewrite: '' }),
  cue('repetition', String.raw`(?:again|once again|once more),? (?:for the ${ORDINAL} time|as i (?:said|mentioned))`, 2, { rewrite: '' }),
  cue('repetition', String.raw`for the ${ORDINAL} time(?=\s*[,:;\u2014-])`, 2, { when: 'sentence-start', rewrite: '' }),
  // Mock thanks for being told again: "Thank you for letting me know for the fourth time."
  cue('repetition', String.raw`(?:letting (?:me|us) know|telling (?:me|us)|reminding (?:me|us)|pointing (?:that|it) out|mentioning (?:it|that)) (?:again )?for the ${ORDINAL} time`, 2),
  // Mock willingness: "Happy to repeat myself: your contract ends on March 3."
  cue('repetition', String.raw`(?:happy|glad|more than happy|always happy|delighted) to repeat myself`, 1),
  cue('repetition', String.raw`(?:i'll|i will|let me) (?:say|explain|repeat) (?:this|it|that|myself) (?:slowly|one (?:more|last) time|once more)`, 1),
  cue('repetition', String.raw`(?:i'll|i will) (?:say|repeat) (?:this|it|that|myself) again(?!\s+(?:because|as|since|so that)\b)`, 1, { when: 'sentence-start' }),
  cue('repetition', String.raw`let me (?:say|explain|repeat) (?:this|it|that) again`, 0),
  cue('repetition', String.raw`(?:i'm|i am) not sure how (?:else|many more times) (?:to|i can) (?:explain|say|put|phrase) (?:this|it|that)`, 2),
  cue('repetition', String.raw`(?:i )?(?:don't|do not) know how (?:else|many more times) (?:to|i can) (?:explain|say|put) (?:this|it|that)`, 2),
  cue('repetition', String.raw`how many (?:more )?times (?:do|must|will|have|should) (?:i|we)`, 2),
  cue('repetition', String.raw`(?:(?:since|because|as) (?:this|it|that) )?(?:seems|seem|appears|continues) to keep (?:getting|being) (?:missed|ignored|overlooked|lost)`, 2),
  cue('repetition', String.raw`keeps? (?:getting|being) (?:missed|ignored|overlooked)`, 2),
  cue('repetition', String.raw`(?:reread|re-read|scroll up to|go back and read) (?:my|the|our) (?:previous|last|earlier|above) (?:message|reply|email|answer|response)`, 1),
  cue('repetition', String.raw`read (?:my|our) (?:previous|last|earlier) (?:message|reply|email|answer|response) again`, 2),
  // Any "like/as I said + when" form: the "when" makes the reference a reproach.
  cue('repetition', String.raw`(?:just )?like (?:i|we)(?:'ve| have)? (?:already |previously |just )?${SAID}(?: to you| you)? ${BEFORE}`, 2, { when: 'not-courtesy', rewrite: '' }),
  cue('repetition', String.raw`as (?:i|we)(?:'ve| have)? (?:already |previously )?${SAID}(?: to you| you)? (?:at the (?:very )?(?:beginning|start|outset)|(?:a few|a couple of|several|two|three|\d{1,2}) (?:messages|replies|emails|minutes) ago|in my (?:last|previous|earlier|prior|first) (?:message|reply|email|response|note|answer))`, 2, { rewrite: '' }),
  cue('repetition', String.raw`as (?:has|had|was|is) (?:already |previously )?(?:been )?(?:already |previously )?(?:said|stated|mentioned|explained|pointed out|noted|advised|clarified)`, 1, { rewrite: '' }),
  cue('repetition', String.raw`(?:just )?as (?:i|we)(?:'ve| have)? (?:already |previously |just )?${SAID}(?: to you| you)? ${BEFORE}`, 1, { when: 'not-courtesy', rewrite: '' }),
  cue('repetition', String.raw`(?:i've|i have|we've|we have) (?:now |already )?(?:explained|said|told you|mentioned|stated|answered|covered|gone over|repeated|clarified) (?:this|that|it)(?: to you)?(?: (?:already|now))? (?:${MANY}|${OVER})`, 2),
  cue('repetition', String.raw`(?:let me|i'll|i will|i'm going to|i am going to|allow me to) repeat (?:myself|what i (?:said|wrote))`, 2),
  cue('repetition', String.raw`(?:please |kindly )?refer (?:back )?to my (?:previous|last|earlier|prior|first|above|original) (?:message|reply|email|e-mail|response|note|answer|comment)s?`, 1),
  // "Kindly refer to the three emails we've already sent", "see the messages I have already sent you".
  cue('repetition', String.raw`(?:please |kindly )?(?:refer (?:back )?to|see|check|read|re-read|reread|look at) (?:the|my|our) (?:${MANY}|(?:previous|earlier|prior|many|numerous|several|multiple) (?:emails|e-mails|messages|replies|responses|letters|notices|reminders)) (?:that )?(?:i|we)(?:'ve| have) already sent(?: you)?`, 2, { rewrite: '' }),
  cue('repetition', String.raw`the answer (?:still )?(?:hasn't|has not|won't|will not|isn't going to) (?:changed?|be any different)`, 1),
  cue('repetition', String.raw`(?:go(?:ing)? over|explain(?:ing)?|repeat(?:ing)?|say(?:ing)?|walk(?:ing)? you through|run(?:ning)? through|go(?:ing)? through|clarify(?:ing)?) (?:it|this|that|them|the steps|the process|myself)(?: for you| again)? (?:for )?(?:a|the) ${ORDINAL} time`, 2),
  cue('repetition', String.raw`(?:explain|repeat|say|go over|state|clarify) (?:it|this|that|myself)(?: for you)? (?:once again|yet again|one more time)(?=\s*[:,.!;\u2014-])`, 1),
  cue('repetition', String.raw`(?:i'll|i will|let me|i can) (?:type|write|talk|speak|go|explain it|say it) (?:a (?:bit|little) )?(?:more )?slow(?:er|ly)`, 2),
  cue('repetition', String.raw`(?:once again|again|once more),`, 1, { when: 'restates' }),
  cue('condescension', String.raw`(?:smaller|small|tiny|little|shorter) words`, 2),
  cue('condescension', String.raw`(?:i'll|i will|let me|i'll try to|i will try to) use (?:simpler|easier|plainer) words`, 1),
  cue('condescension', String.raw`(?:break (?:it|this|that) down|explain (?:it|this|that)|put (?:it|this|that)|spell (?:it|this|that) out|go through (?:it|this|that)) (?:(?:really|very|nice and|super|extra|reeeally) (?:simply|slowly)|(?:simply|slowly) for you)`, 2),
  cue('repetition', String.raw`(?:let me|i'll|i will|i'm going to) spell (?:it|this|that) out`, 2),
  cue('repetition', String.raw`if you (?:had|'d) (?:bothered to |actually |just |even )?(?:read|checked|looked at|scrolled)`, 1),
  cue('repetition', String.raw`did you (?:even|actually) (?:read|look|check|try|open|see)`, 2),
  cue('repetition', String.raw`what part of (?:[^\s.!?]{1,20} ){1,6}?(?:don't|do not|didn't|did not) you (?:understand|get)`, 2),
  cue('repetition', String.raw`(?:i'm|i am) not sure (?:what|which) part (?:of|you)`, 2),

  // Talking down to the customer.
  cue('condescension', String.raw`not to state the obvious`, 2, { rewrite: '' }),
  cue('condescension', String.raw`state the obvious`, 1),
  cue('condescension', String.raw`no offen[cs]e,? but`, 2, { rewrite: '' }),
  cue('condescension', String.raw`with (?:all )?due respect`, 1, { rewrite: '' }),
  cue('condescension', String.raw`(?:i )?hate to break it to you`, 1, { rewrite: '' }),
  cue('condescension', String.raw`news ?flash`, 2, { rewrite: '' }),
  cue('condescension', String.raw`(?:obviously|clearly|evidently),? you(?:'ve| have)? (?:didn't|did not|don't|do not|haven't|have not|hadn't|weren't|aren't|can't|cannot|couldn't|missed|forgot|skipped|ignored|overlooked|never|need to|have to|should(?:'ve| have)?|were (?:told|supposed)|must have|misread|misunderstood)`, 2, { when: 'sentence-start', rewrite: 'you' }),
  cue('condescension', String.raw`(?:obviously|clearly|evidently),? you(?:'ll| will|'d| would)? (?:need to|have to|need|must|should|have got to|'ve got to|gotta|will need|would need|would have to|cannot|can't|won't)`, 2, { when: 'sentence-start' }),
  cue('condescension', String.raw`(?:obviously|clearly|evidently),? you`, 0, { when: 'sentence-start', rewrite: 'you' }),
  cue('condescension', String.raw`you(?:'ll|'d| will| would)? (?:obviously|clearly|evidently) (?:need|needs|needed|have to|has to|had to|must|should|have got to|can't|cannot|won't|will need|would need|would have to|will have to)`, 2),
  cue('condescension', String.raw`you (?:obviously|clearly|evidently) (?:didn't|did not|don't|do not|haven't|have not|hadn't|weren't|missed|forgot|skipped|ignored|overlooked|never)`, 2),
  cue('condescension', String.raw`as you (?:can )?(?:obviously|clearly) (?:see|know|should know)`, 1),
  cue('condescension', String.raw`(?:explained|stated|written|spelled out|listed|covered|shown|printed) (?:right|clearly|literally|plainly) (?:there )?(?:on|in|at) (?:the )?(?:first|front|very first|top|same|home) (?:page|line|paragraph|screen|step)`, 1),
  cue('condescension', String.raw`(?:clearly|evidently|obviously|apparently),?`, 1, { when: 'failure-follows' }),
  cue('condescension', String.raw`you (?:do|did) (?:realise|realize|understand)(?! (?:that )?you(?:'re| are)? (?:can|could|may|entitled|eligible|welcome|covered|free))`, 2),
  cue('condescension', String.raw`you do know(?: that)?(?=[^.!?\n]{1,120}, right\?)`, 2),
  cue('condescension', String.raw`(?:once|when|after|if) you(?:'ve| have| had|'d)? (?:actually|finally|even) (?:tried|read|checked|done|followed|looked|opened|bothered|restarted|scrolled)`, 2),
  cue('condescension', String.raw`literally (?:right )?(?:there |here )?(?:on|in|at) (?:the )?(?:very )?(?:first|front|top|home|main|same) (?:screen|page|line|paragraph|step|tab|menu)`, 2),
  cue('condescension', String.raw`literally (?:right )?(?:there |here )?(?:on|in|at) (?:the|your|our) (?:very )?(?:\p{L}{1,15} )?(?:screen|page|line|paragraph|tab|menu|title|heading|headline|banner|sentence|email|subject line|box|receipt|label|manual|invoice)`, 1),
  cue('condescension', String.raw`literally the (?:very )?(?:first|top|biggest|only|main) (?:thing|line|button|option|item|link|step|sentence)`, 2),
  cue('condescension', String.raw`literally the (?:\p{L}{1,15} ){1,2}(?:button|link|option|tab|icon|box|banner)`, 1),
  cue('condescension', String.raw`(?<=\bnot (?:exactly )?)rocket science`, 2),
  cue('condescension', String.raw`(?:maybe|perhaps) (?:next time )?(?:try|consider|start by) (?:reading|checking|looking at|opening)`, 2),
  cue('condescension', String.raw`(?:it's|it is) almost (?:like|as if)`, 2),
  cue('condescension', String.raw`(?:glad|nice|good|great) (?:to see )?(?:that )?you finally (?:decided|managed|got around|bothered|read|found)`, 2),
  cue('condescension', String.raw`you finally (?:decided|bothered|got around) to`, 1),
  cue('condescension', String.raw`interesting (?:that|how) you (?:only|just|suddenly|never|now)`, 2),
  cue('condescension', String.raw`(?:clearly|apparently|obviously) (?:[\p{L}\u0027\u2019]{1,20} ){1,4}(?:doesn't|does not|don't|do not) apply to you`, 2),
  cue('condescension', String.raw`(?:yeah|yes),? no,`, 2, { when: 'sentence-start' }),
  // Mock sympathy for a trivial wait: "I know waiting three whole minutes is really hard."
  cue('irony', String.raw`(?<=\b(?:two|three|four|five|[1-5]|a few|a couple of) )whole (?:seconds|minutes)`, 1),
  // Mock gladness that the customer finally did the obvious: "I'm so glad you've decided to read the instructions now."
  cue('irony', String.raw`(?:glad|happy|nice|great|good)(?: to see)?(?: that)? you(?:'ve| have)? (?:finally |now )?decided to (?:read|follow|look at|open) (?:the|our|my) (?:instructions|manual|guide|steps|faq|emails?|messages?|article|help (?:page|article))`, 1),
  // Mock belief in an excuse: "I'm sure all 47 of your reports were completely accidental."
  cue('irony', String.raw`(?:i'm|i am) sure (?:all|every one|each|both|none)(?: [\p{L}\p{N}\u0027\u2019]{1,15}){0,5} (?:were|was) (?:all )?(?:completely|totally|entirely|purely|just|perfectly) (?:accidental|accidents?|coincidental|a coincidence|coincidences|innocent|unintentional|honest mistakes?|an honest mistake)`, 1),
  cue('irony', String.raw`(?:i'm|i am) sure (?:it|that|this|they) (?:was|were) (?:all )?(?:completely|totally|entirely|purely) (?:accidental|coincidental|a coincidence|unintentional)`, 1),
  cue('condescension', String.raw`(?:i'm|i am) sure you (?:(?:did|have|were|tried)(?=\s*[.!,])|did (?:read|check|look|try|follow|see|open|restart|scroll|notice|understand)|(?:read|checked|studied) every (?:word|line|page|single word|last word))`, 1),
  cue('condescension', String.raw`(?:(?:i'm|i am) )?not sure what (?:else )?you (?:expected|were expecting)`, 2),
  cue('condescension', String.raw`what (?:else )?did you expect`, 2),
  cue('condescension', String.raw`no need to (?:shout|yell|scream|be rude|get upset|get angry|use capitals)`, 2),
  cue('condescension', String.raw`(?:please |just )?calm down`, 1),
  cue('irony', String.raw`funny (?:how|that) (?:you|it|this|that|the)`, 1, { when: 'sentence-start' }),
  cue('irony', String.raw`must be nice(?! and)(?=\s*(?:[.!]|to\b))`, 2),
  cue('irony', String.raw`thanks for the (?:lecture|lesson|essay|novel|sermon)`, 2),
  cue('irony', String.raw`(?:i'll|i will|let me) (?:alert|call|notify) the (?:media|press|news)`, 2),
  cue('irony', String.raw`stop the presses`, 2),
  cue('irony', String.raw`(?:what else is new|tell me something i (?:don't|do not) know)`, 2),
  cue('irony', String.raw`(?:well,? )?that went (?:well|great|smoothly)(?=\s*(?:\.|$))`, 1, { when: 'sentence-start' }),
  cue('irony', String.raw`(?:nice|kind|good|thoughtful|sweet|lovely|gracious|generous) of you to (?:finally|eventually|at last|actually|get back to us at last|bother|grace us|show up|join us at last)`, 2),
  cue('condescension', String.raw`(?:believe it or not|surprisingly enough),? (?:the|it|this|you)`, 0),

  // Mock praise for the customer's mistake.
  cue('irony', String.raw`(?:that's|that is|that was|this is|what) (?:certainly|definitely|quite|truly|surely|such) (?:a|an|one) (?:creative|novel|unique|interesting|innovative|original|bold|brave|inventive|unusual|imaginative|unconventional) (?:way|approach|method|strategy|take|interpretation|use|idea|choice|reading|move)`, 2),
  cue('irony', String.raw`(?:that's|that is|that was|what) (?:a|an|one) (?:creative|novel|unique|interesting|innovative|original|bold|brave|inventive|unusual|imaginative|unconventional) (?:way|approach|method|strategy|interpretation|use|reading) (?:to|of)`, 1),
  cue('irony', String.raw`(?:bold|brave|daring) (?:strategy|move|choice|decision)`, 1, { when: 'blunder-follows' }),
  cue('irony', String.raw`(?:(?:well|oh|wow),? )?(?:that's|that is|that was) one way to`, 1, { when: 'blunder-follows' }),
  cue('irony', String.raw`(?:congrats|congratulations|well done|bravo|kudos) (?:on|for)`, 1, { when: 'blunder-follows' }),
  cue('irony', String.raw`(?:i'm|i am) sure (?:the|your|our|that|this|my|their|his|her) (?:\p{L}{1,20} ){0,2}(?:was|were|must have been|would have been|would've been|must have|just|really|absolutely)? ?(?:absolutely |just |really |so |very |positively )?(?:thrilled|delighted|overjoyed|ecstatic|elated|tickled pink|chuffed|over the moon|loved|enjoyed|adored)(?! (?:to (?:hear|read|receive|get|see)|with|by|about) (?:your|the|such|those|these) (?:compliment|feedback|kind|lovely|review|message|note|words|praise|gift|flowers|thanks|card|photos?))`, 1),
  cue('irony', String.raw`(?<=\b(?:a|for|real|truly|absolute) )(?:gripping|riveting|thrilling|captivating|enthralling|edge-of-your-seat) (?:read|reading|story|novel|bedtime reading)`, 2),
  cue('irony', String.raw`(?<=\b(?:a|real|absolute) )page-?turner`, 2),
  cue('irony', String.raw`(?:thank you|thanks)(?: (?:so|very|ever so) much| a lot| a million| a bunch| heaps)? for (?:(?:so |completely |totally |conveniently )?)(?:closing|ignoring|breaking|losing|missing|overlooking|forgetting|skipping|deleting|wiping|not reading|not checking|not replying|not telling|not letting|not mentioning|hanging up|yelling|shouting|wasting)`, 1),
  // Thanks for something too late: indexed on the lateness (rare), the thanks checked behind it (common words stay cheap).
  cue('irony', String.raw`(?:after the fact|at the (?:very )?last (?:minute|second)|before i could|too late|(?<=\b(?:a|one|two|three|four|five|six|seven|several) (?:days?|weeks?|months?|hours?) )late)(?<=\b(?:thanks|thank you)\b[^.!?\n]{1,60})`, 2),
  cue('irony', String.raw`(?:gee|gosh),? thanks`, 2),
  // Thanks or praise for the basics, marked by "actually", "finally", "this time".
  cue('irony', String.raw`(?:thanks|thank you)(?: (?:so|very|ever so) much| a lot| a million| a bunch| heaps)? for (?:actually|finally|at last|eventually|bothering to) \p{L}{2,20}`, 2),
  cue('irony', String.raw`(?:thanks|thank you)(?: (?:so|very|ever so) much| a lot| a million| a bunch| heaps)? for \p{L}{2,20}ing (?:[\p{L}\u0027\u2019-]{1,20} ){0,5}this time(?=\s*(?:[.!,;)\u2014-]|around|$))`, 1),
  cue('irony', String.raw`(?:nice|kind|good|great|glad|lovely|wonderful) (?:to see |to hear |that )?you(?:'ve| have)? (?:actually|finally|at last) (?:read|checked|looked|opened|followed|replied|responded|answered|bothered|tried|scrolled|logged in|decided|found)`, 2),
  cue('irony', String.raw`(?:just )?(?:peachy|dandy)(?=\s*[.!])`, 2),
  cue('irony', String.raw`(?:(?:well|oh),? )?(?:that's|that is) just (?:great|perfect|wonderful|fantastic|brilliant|lovely|marvell?ous|super)`, 2, { when: 'letdown-follows' }),
  cue('irony', String.raw`(?:oh,? )?because (?:that's|that has|this has|that) never happened before`, 2),
  cue('condescension', String.raw`believe it or not,? (?:the|it|this|our|your) (?:\p{L}{1,20} ){0,3}(?:explains|says|covers|mentions|shows|lists|tells|answers)`, 2),
  cue('irony', String.raw`cool story(?:,? (?:bro|though))?`, 2),
  cue('irony', String.raw`(?:how )?(?:interesting|fascinating|curious|funny) (?:that|how)`, 1, { when: 'contradiction-follows' }),
  cue('irony', String.raw`(?:what|such) an? (?:brilliant|great|clever|genius|smart|wonderful|fantastic|bright|lovely|fine|excellent) (?:idea|move|plan|decision|choice|thought)`, 1, { when: 'blunder-follows' }),
  cue('irony', String.raw`(?:great|nice|good|excellent|fantastic|brilliant|stellar|wonderful|fine|splendid|genius|clever|smart) (?:job|work|going|move|call|thinking|effort|plan|idea|strategy|decision|choice)`, 1, { when: 'blunder-follows' }),
  cue('irony', String.raw`(?:lovely|great|nice|wonderful|fantastic|delightful|always a pleasure) to (?:see|hear|find|read)`, 1, { when: 'blunder-follows' }),
  // "It's not like…", "…would have been too much to ask", "What could possibly go wrong".
  cue('irony', String.raw`(?<=\bwould(?:'ve| have)? been (?:way |far |just |a bit )?|\bwould be (?:way |far |just |a bit )?)(?:too much to ask|asking (?:too much|a bit much|a lot))`, 2),
  cue('irony', String.raw`(?:no rush|no hurry|take your time|don't mind us)[,.]? (?:(?:it's|it is|it isn't|it is not) )?not (?:like|as if|as though)`, 2),
  cue('irony', String.raw`(?:it's|it is|it isn't) not (?:like|as if|as though) (?:(?:i|we|anyone|anybody|everyone|everybody|someone|nobody|no one|there)(?!\s(?:don't|do not|want|wanted|care|mind)\b)(?=\s)|(?:the|this|that|our|your) (?:\p{L}{1,20} ){0,2}(?:exists?|existed|is|was|were|has|had|takes?|took|hides?|is hidden|says?|said|costs?|matters?)\b)`, 1, { when: 'sentence-start' }),
  cue('irony', String.raw`not (?:like|as if) (?:anyone|anybody|everyone|everybody|someone|nobody|no one) (?:else )?(?:is|was|has|had|needs?|cares?|would|could|is waiting|was waiting)`, 2),
  cue('irony', String.raw`what could (?:possibly )?go wrong`, 2),
  cue('irony', String.raw`(?:heaven|god|goodness) forbid`, 2),
  // Irony: saying the opposite of what is meant.
  cue('irony', String.raw`(?:oh|well|just|wow),? (?:great|wonderful|lovely|perfect|fantastic|brilliant|marvell?ous|super|terrific|splendid|joy|goody|fun)`, 2, { when: 'letdown-follows' }),
  cue('irony', String.raw`(?:great|wonderful|lovely|perfect|fantastic|brilliant|marvell?ous|super|terrific|splendid|awesome|excellent|nice|cool)`, 2, { when: 'mishap-follows' }),
  cue('irony', String.raw`(?:oh )?(?:joy|goody|yay|hooray)`, 1, { when: 'letdown-follows' }),
  cue('irony', String.raw`how (?:convenient|lovely|wonderful|fun|nice)(?=\s*[.!])`, 2, { when: 'sentence-start' }),
  cue('irony', String.raw`(?:don't|do not) you (?:just )?love (?:it )?when`, 2),
  cue('irony', String.raw`(?:gotta|got to|you've got to|you have to) love (?:it|that|when)`, 1),
  cue('irony', String.raw`love that for (?:you|me|us)`, 2),
  cue('irony', String.raw`just what (?:you|we|i|everyone) (?:needed|need|wanted)`, 0),
  cue('irony', String.raw`(?:wow|well|oh|gee|my),? what a (?:surprise|shock|shocker)`, 2),
  cue('irony', String.raw`what a shocker`, 1),
  cue('irony', String.raw`what a coincidence`, 0),
  cue('irony', String.raw`surprise,? surprise`, 2),
  cue('irony', String.raw`(?:colou?r|call) me (?:surprised|shocked)`, 2),
  cue('irony', String.raw`shocking,? i know`, 2),
  cue('irony', String.raw`shocker(?=\s*[.!,])`, 1, { when: 'sentence-start' }),
  cue('irony', String.raw`big surprise(?=\s*[.!,])`, 1),
  cue('irony', String.raw`who (?:would|could|'d)(?:'ve| have)? (?:thought|guessed)`, 0),
  cue('irony', String.raw`imagine that(?=\s*[.!])`, 1),
  cue('irony', String.raw`go figure`, 1),
  cue('irony', String.raw`(?:sure|yeah|right|oh sure|oh yeah|oh yes),? because (?:that|this|everyone|everybody|nobody|no one|obviously|clearly|apparently)`, 2, { when: 'sentence-start' }),
  cue('irony', String.raw`(?:sure|yeah|right|oh sure|oh yeah|oh yes),? because (?:we|i)`, 1, { when: 'sentence-start' }),
  cue('irony', String.raw`(?:sure|yeah|right|oh sure|oh yeah|oh yes|oh right),? because(?! of\b)`, 1, { when: 'clause-ends' }),
  cue('irony', String.raw`because that (?:always|never fails to|ever) (?:works?|helps?|goes well)`, 2),
  cue('irony', String.raw`because that (?:worked|went) (?:so|really) well`, 2),
  cue('irony', String.raw`yeah,? right`, 1),
  cue('irony', String.raw`(?:riii{1,8}ght|suuu{0,8}re{1,8})`, 1),
  cue('irony', String.raw`(?:well|oh|wow),? (?:that's|that is) (?:one|a) (?:way|creative way|novel way|unique way|interesting way) to`, 2),
  cue('irony', String.raw`(?:that's|that is) (?:one|a) (?:creative|novel|unique|interesting) way to`, 1),
  cue('irony', String.raw`(?:congratulations|congrats|well done|nice going|nice job|good job|bravo),? you(?:'ve| have)? (?:managed to|somehow|successfully|found the (?:one|only)|broken|deleted|locked yourself)`, 2),
  // Mock praise for finding out the obvious: "Congratulations, you've discovered that leases have end dates."
  cue('irony', String.raw`(?:congratulations|congrats|well done|nice going|bravo),? you(?:'ve| have)? (?:just |finally )?(?:discovered|found out|figured out|worked out|learned|learnt|realised|realized|noticed) (?:that|how|what|why)`, 1),
  cue('irony', String.raw`(?:i'm|i am) sure (?:[^\s.!?]{1,20} ){0,6}will drop everything`, 2),
  cue('irony', String.raw`(?:i'm sure|i guess|of course|naturally) (?:it's|it is|that's|that is) (?:all )?(?:our|my) fault`, 2),
  cue('irony', String.raw`(?:oh sure|oh yeah|sure|right),? (?:i'll|i will|we'll|we will|let me) just`, 2, { when: 'sentence-start' }),
  cue('irony', String.raw`just magically`, 2),
  cue('irony', String.raw`(?:thanks|thank you)(?: so much| a lot| very much)? for (?:waiting until|(?:letting (?:us|me) know|telling (?:us|me)|informing (?:us|me)|mentioning (?:it|that|this)) (?:(?:only )?after|only (?:now|once|when|today)|now(?=\s*[.!]))|(?:mentioning|flagging|pointing out|reporting|noticing) (?:[^\s.!?]{1,20} ){1,5}only (?:after|now|once|when|today))`, 2),
  cue('irony', String.raw`just wow(?=\s*[.!])`, 2),
  cue('irony', String.raw`you(?:'ve| have)? (?:found|discovered|managed to find) the (?:one|only) \p{L}{2,20} (?:that|which|we|you)`, 2),
  cue('irony', String.raw`thanks for nothing`, 2),
  cue('irony', String.raw`sorry,? not sorry`, 2),

  // Exasperation at having to explain again.
  cue('repetition', String.raw`not sure how (?:else|many more times|many (?:more |other |different )?ways) (?:to|i can|i could|we can) (?:explain|say|put|phrase|word|tell|describe)(?: (?:this|it|that))?`, 2, { when: 'sentence-start' }),
  cue('repetition', String.raw`(?:i )?(?:don't|do not|dunno) know how (?:else|many more times|many (?:more |other |different )?ways|many times) (?:to|i can|i could|i have to|i need to|we can) (?:explain|say|put|phrase|word|tell|describe|repeat)(?: (?:this|it|that))?`, 2),
  cue('repetition', String.raw`how (?:else|many (?:more |other |different )?ways) (?:can|could|do|should|must) (?:i|we) (?:explain|say|put|phrase|word|tell|describe) (?:this|it|that)`, 2),
  cue('repetition', String.raw`(?:there are|there's|there is) only so many (?:ways|times) (?:i|we|one) can (?:explain|say|put|repeat|phrase)`, 2),
  cue('repetition', String.raw`(?<=\b(?:not sure|(?:don't|do not) know|no idea|unsure) how much )clearer (?:[^\s.!?]{1,20} ){0,5}?(?:could|can|would|should)(?: possibly)? (?:be|get|have been|make (?:it|this|that))`, 2),
  cue('repetition', String.raw`(?<=\b(?:couldn't|could not|can't|cannot)(?: possibly)? (?:be|get|have been) (?:any |much )?)clearer(?=\s*(?:[.!:;,\u2014-]|$))`, 1),
  cue('repetition', String.raw`(?:i )?(?:can't|cannot|can not|couldn't) (?:make|explain|put|say) (?:it|this|that) (?:any )?(?:clearer|simpler|plainer|more (?:clearly|simply|plainly|clear|simple))`, 2),
  cue('repetition', String.raw`for the (?:last|final|very last|hundredth|millionth) time(?=\s*[,:;\u2014-])`, 2, { when: 'sentence-start', rewrite: '' }),
  cue('repetition', String.raw`(?:say|saying|tell|telling|explain|explaining|repeat|repeating|ask|asking|said|told|explained|repeated) (?:(?:this|it|that|you|myself) )?(?:(?:this|it|that) )?for the (?:last|final|very last|hundredth|millionth) time`, 2),

  // Singling the customer out: everyone else manages.
  cue('condescension', String.raw`(?:works?|worked|working|is working|runs|ran) (?:perfectly |fine |just fine |well |without (?:a |any )?(?:problem|issue|hitch)s? )?for (?:everyone|everybody|all (?:of )?(?:our |the |other )?(?:other )?(?:customers|users|clients))(?: else)?,? (?:but|except|apart from|other than|besides)(?: for)? you`, 2),
  cue('condescension', String.raw`(?:works?|worked|working|is working) (?:perfectly |fine |just fine |well )?for (?:everyone|everybody) else`, 1),
  cue('condescension', String.raw`you(?:'re| are| seem to be| appear to be| must be) (?:literally |honestly |actually |really |genuinely )?the only (?:one|person|customer|user|client)(?: (?:who(?:'s| is| has)?|that(?:'s| is| has)?))? (?:having|reporting|seeing|experiencing|getting|with (?:this|that|the|a|any)|who (?:can't|cannot|doesn't)|struggling|complaining|confused|unable|stuck|had|ever had)`, 2),
  cue('condescension', String.raw`(?:no one|nobody|no other (?:customers?|users?|clients?|people)) (?:else )?(?:seems to|appears to|seem to|appear to|has|have|had|is|ever|has ever|is having|are having) (?:have |had |having |ever )?(?:any |a )?(?:trouble|problems?|issues?|difficulty|difficulties|complaints?|complained|struggled?|struggling|confused|a problem|an issue)(?! (?:reported|so far|yet|recorded|logged)\b)`, 1),
  cue('condescension', String.raw`(?:everyone|everybody) else (?:seems to |appears to |is able to |has been able to |somehow )?(?:manages?|managed|figures? (?:it|this) out|figured (?:it|this) out|gets? it|got it|understands?|understood|copes?|coped|handles?|handled)`, 1),

  // Reminders of what the customer should have read.
  cue('repetition', String.raw`(?:just )?(?:a |as a )?(?:friendly|gentle|quick|kind|polite|small|little) reminder(?: that|,|:)?`, 1, { when: 'reproach-reminder' }),
  cue('repetition', String.raw`(?:just )?(?:a |as a )?reminder(?: that|,|:)?`, 1, { when: 'reproach-reminder' }),
  cue('condescension', String.raw`as (?:clearly |plainly |explicitly |already |very clearly )?(?:stated|mentioned|explained|noted|listed|written|shown|outlined|indicated|displayed|advertised|specified|described|detailed) (?:on|in) (?:our|the) (?:website|web site|site|homepage|home page|faqs?|product page|product listing|listing|product description|item description|description|help (?:page|centre|center|section)|checkout(?: page)?)`, 1, { rewrite: '' }),
  cue('condescension', String.raw`as (?:clearly|plainly|explicitly|very clearly) (?:stated|mentioned|explained|noted|listed|written|shown|outlined|indicated|specified|described) (?:on|in|at)`, 2, { rewrite: '' }),
  cue('condescension', String.raw`(?:which|this|that|it|as) (?:is|was|are|were|has been|had been)(?: all)? (?:clearly|plainly|explicitly|very clearly|quite clearly|plainly and clearly) (?:stated|explained|written|mentioned|listed|shown|marked|labell?ed|noted|outlined|displayed|spelled out|spelt out|set out|printed|specified|described)`, 2),
  cue('condescension', String.raw`(?<=\b(?:website|site|page|faqs?|email|e-mail|description|listing|terms|policy|manual|guide|instructions|label|box|receipt|invoice|confirmation|article) )(?:clearly|plainly|explicitly) (?:states|stated|says|said|explains|explained|mentions|mentioned|lists|listed|shows|showed)`, 1),

  // Brushing the customer off.
  cue('dismissal', String.raw`good luck with that(?!\s+\p{L})`, 2),
  cue('dismissal', String.raw`(?:not|isn't|is not) (?:really )?my problem`, 1),
  cue('dismissal', String.raw`(?:not|isn't|is not) (?:really )?my (?:fault|department)`, 0),
  cue('dismissal', String.raw`deal with it(?=\s*[.!]|$)`, 0),
  cue('dismissal', String.raw`(?:whatever|fine), (?:you|as you) (?:say|wish)`, 1),
  cue('dismissal', String.raw`if you say so`, 1),
  cue('dismissal', String.raw`(?:it is|it's) what it is`, 0),
]

export interface EyeRoll {
  /** Without VS16 and skin tone. */
  readonly value: string
  readonly sureness: Sureness
  readonly name: string
}

/** Emoji and marks that say "I don't mean this" or "I can't believe you". */
export const sarcasmMarks: readonly EyeRoll[] = [
  { value: '🙄', sureness: 2, name: 'eye-roll emoji' },
  { value: '😒', sureness: 1, name: 'unamused face' },
  { value: '😑', sureness: 1, name: 'expressionless face' },
  { value: '🤦', sureness: 1, name: 'facepalm' },
  { value: '🤦‍♂', sureness: 1, name: 'facepalm' },
  { value: '🤦‍♀', sureness: 1, name: 'facepalm' },
  { value: '😏', sureness: 1, name: 'smirk' },
  { value: '🙃', sureness: 1, name: 'upside-down face' },
]

/** A mishap: what a sincere "Great!" is never followed by. Matched on the masked text after the exclamation. */
export const mishap =
  /\b(?:yet again|never|no one|nobody|broke|broken|lost|loses|failed|fails|crashed|crashes|wrong|delayed|stolen|missing|ruined|damaged|deleted|worse|handed (?:it|them) to|gave (?:it|them) to|to a neighbou?r|(?:won['’]t|wont|can['’]t|doesn['’]t|does not|will not) even|locked(?: out)?|blocked|frozen|suspended|charged twice|double[- ]charged|back to (?:square one|the (?:start|beginning|drawing board))|stopped working|not working|no longer works|either|(?:so|and) you (?:didn['’]t|did not|never|forgot|haven['’]t|have not))\b/i

/** What a next sentence need not recap to mock a bare "Great.": the same trouble over again. */
export const repeatTrouble =
  /^\s*another (?:\w{1,20} ){0,2}(?:request|error|problem|issue|complaint|ticket|delay|failure|reset|outage|glitch|mix-up|mistake|crash)\b|\b(?:yet (?:another|again)|back to (?:square one|the (?:start|beginning|drawing board)|where we (?:started|began))|the same \w{1,20}(?: \w{1,20})?,? again|all over again|(?:of|with) the (?:exact |very )?same (?:old )?(?:error|problem|issue|mistake|question|story|fault)|start (?:over|again|from scratch)|the (?:exact |very )?same \w{1,20}(?: \w{1,20})?,? as (?:before|last \w{1,10}|yesterday|always)|once again|(?:here we go|and) again|for the (?:second|third|fourth|fifth|nth|umpteenth) time)\b/i

/** What the customer got wrong, after mock praise ("Great job deleting…"). */
export const blunder =
  /\b(?:delet(?:e|es|ed|ing)|ignor(?:e|es|ed|ing)|break(?:s|ing)?|broke|los(?:e|es|t|ing)|wip(?:e|es|ed|ing)|(?:the|that) (?:one|only) \w{1,20} (?:that|which) (?:breaks|wipes|deletes|voids|locks)|pour(?:ed|ing)?|spill(?:ed|ing)?|drop(?:ped|ping)|forg(?:et|ot|etting)|skip(?:ped|ping)|miss(?:ed|ing)|overlook(?:ed|ing)|lock(?:ed|ing)? (?:yourself|yourselves) out|cancel(?:l?ed|l?ing)|twice|wrong|unplug\w*|void\w*|overwr[io]t\w*|throw\w* (?:it |them )?away|shar(?:e|ed|ing) your password|mid-update|during the update|for the (?:second|third|fourth|fifth|nth|umpteenth) time|without (?:reading|checking|asking|backing up)|not reading)\b/i

/** The customer failed to read, open or try, after "Clearly" and the like. */
export const failure =
  /\b(?:unread|unopened|went ignored|(?:nobody|no one|not one person) (?:read|opened|checked|looked)|went (?:straight |right )?(?:to|in|into) the (?:bin|trash|spam|void|recycle bin)|too (?:long|hard|complicated|difficult|much) to (?:read|follow|open|check|understand)|ignored|overlooked|skipped|missed|never (?:read|opened|checked|looked|bothered|tried)|(?:didn['’]t|did not|don['’]t|do not|haven['’]t|have not|hasn['’]t|has not|wasn['’]t|was not|weren['’]t|were not) (?:even |actually )?(?:read|open|check|look|bother|follow|tr(?:y|ied)|see|notice|scroll)\w*|not (?:read|opened|checked))\b/i

/** What "Interesting that…" goes on to when it contradicts: a reason or a turn. */
export const contradiction = /(?:,\s*|\s)(?:since|given that|considering|when|yet|but|although|even though|because|while|the (?:moment|minute|day|second)|right (?:after|when|before)|just (?:as|after|when)|as soon as|only after)\b/i

/** After "Oh great" a mere letdown is enough. */
export const letdown = /\b(?:another|again|more|still|even)\b/i

/** How a next sentence recaps the mishap the exclamation mocks: "So…", "Now…", "Apparently…". */
export const recap = /^\s*(?:so|now|and now|apparently|of course|naturally|turns out|because)\b/i

/** A sincere turn between the exclamation and the mishap: the agent acting, apologising or reporting success. */
export const sincereTurn =
  /\b(?:i|we|i['’]ve|i['’]ll|i['’]m|we['’]ve|we['’]ll|we['’]re|let['’]s|let me|sorry|apolog\w*|unfortunately|sadly|afraid|thanks|thank|glad|happy|worked|works|working|fixed|resolved|approved|confirmed|unlocked|sorted|done|back|news|question|idea|choice|catch|point|job|work)\b|[?]/i

/** What opens a sentence that thanks or apologises: "Once again, thank you…" is sincere. */
export const courtesy = /^[\s,]*(?:(?:i['’]ll|i will|we['’]ll|we will|i['’]ve|i have|we['’]ve|we have) (?:now |also |just |already )?(?:send|sent|email|keep|make sure|follow|update|call|get|let|check|look|escalat|book|arrang|process|refund|issu|appl)|(?:i['’]m|i am|we['’]re|we are|i['’]d|we['’]d) (?:always |more than |really |very |so )?(?:happy|glad|here|be happy|be glad)|thank|thanks|sorry|my apologies|apolog|(?:i|we) (?:do |really |truly |sincerely )?apologi[sz]e|i'm sorry|i['’]m (?:so |really )?sorry|welcome|happy|glad|great|please accept|congrat)/i

/** Where the point was already written down: what makes a reminder a reproach. */
export const writtenSource =
  /\b(?:(?:on|in|at) (?:our|the|your|my) (?:\w{1,15} )?(?:website|web site|site|homepage|home page|faqs?|help (?:page|centre|center|section|article)|product (?:page|description|listing)|listing|description|terms|t&cs|policy|policies|email|e-mail|confirmation|receipt|invoice|order confirmation|manual|guide|instructions|welcome (?:email|pack)|previous (?:message|reply|email)|last (?:message|reply|email)|messages? above|chat above)|(?:clearly|plainly|already|explicitly) (?:stated|written|listed|explained|mentioned|shown|marked|labell?ed|printed)|(?:as|which) (?:is|was) (?:stated|written|listed|explained|mentioned))\b/i

/** A reminder of something coming up: an appointment, a renewal, a date. */
export const upcoming =
  /\b(?:tomorrow|tonight|today|next (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|appointment|booking|reservation|renew(?:s|al|ing)?|expir(?:e|es|y|ing)|due|starts?|begins?|ends|closes?|deadline|payment date|billing date|meeting|webinar|session|visit|engineer|technician|\d{1,2}(?::\d{2})? ?(?:a\.?m\.?|p\.?m\.?)|\d{1,2}(?:st|nd|rd|th)|january|february|march|april|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.? (?:\d{1,2}|x{1,2})|by (?:the )?end of|by midnight|by noon|midnight|noon|late fee|overdue|(?:this|that) (?:month|year|week))\b/i

// Scare quotes (see index.ts).

/** Nouns that follow quoted interface labels and statuses ("your 'spam' folder"). */
export const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'button', 'buttons', 'tab', 'tabs', 'menu', 'link', 'links', 'option', 'options', 'setting', 'settings', 'field', 'fields',
  'page', 'folder', 'folders', 'status', 'label', 'section', 'screen', 'box', 'icon', 'role', 'plan', 'tier', 'mode', 'filter',
  'column', 'list', 'tag', 'tags', 'category', 'toggle', 'switch', 'panel', 'view', 'card', 'step', 'message', 'error', 'prompt',
  'notification', 'banner', 'app', 'account', 'profile', 'file', 'subscription', 'package', 'bundle', 'feature', 'widget',
])
/** Words that are no noun: after them the quoted phrase is a term being named, unless it is a doubted word. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'means',
  'and', 'or', 'but', 'to', 'in', 'on', 'at', 'of', 'for', 'from', 'with', 'by', 'as', 'so', 'then', 'if', 'that', 'which',
])
/** Words customers put in capitals and agents then quote back in doubt. */
export const DOUBTED_WORDS: ReadonlySet<string> = new Set([
  'urgent', 'broken', 'emergency', 'quick', 'simple', 'easy', 'important', 'faulty', 'damaged', 'defective', 'problem', 'issue',
  'mistake', 'error', 'bug', 'expert', 'research', 'complaint', 'missing', 'late', 'priority', 'serious', 'wrong', 'lost',
  'stolen', 'scam', 'fraud', 'refund', 'fix', 'help', 'help desk', 'investigation', 'hack', 'hacked', 'accident', 'accidental',
  'feedback', 'patience', 'effort', 'concern', 'apology', 'understanding', 'crisis', 'disaster', 'evidence', 'proof',
])

/**
 * Claim words agents put in scare quotes to doubt what someone says happened: "the
 * courier 'definitely' rang", "it's 'fixed' now". Adverbs are sure (no label is ever
 * one); the rest are likely, and pass after a label verb or before a label noun.
 */
export const CLAIM_WORDS: ReadonlyMap<string, Sureness> = new Map<string, Sureness>([
  ...(['definitely', 'certainly', 'really', 'actually', 'totally', 'completely', 'supposedly', 'apparently', 'allegedly', 'honestly',
    'accidentally', 'genuinely', 'properly', 'carefully', 'literally', 'somehow', 'always', 'never'] as const).map((w) => [w, 2] as [string, Sureness]),
  ...(['fixed', 'working', 'works', 'worked', 'lost', 'broken', 'delivered', 'missing', 'damaged', 'faulty', 'resolved', 'sent',
    'shipped', 'tried', 'checked', 'read', 'followed', 'urgent', 'emergency', 'stolen', 'hacked', 'wrong', 'late', 'quick', 'simple',
    'easy', 'expert', 'help', 'helped', 'helpful', 'accident', 'mistake', 'cancelled', 'canceled', 'returned', 'posted', 'rang',
    'called', 'attempted', 'tested', 'restarted', 'reset', 'updated', 'correct', 'correctly', 'unused', 'genuine', 'new', 'original',
    'arrived', 'received', 'signed', 'knocked', 'waited', 'asap', 'immediately', 'soon', 'fast', 'express', 'priority',
    'vanished', 'disappeared', 'glitch', 'glitched', 'crashed', 'froze', 'malfunctioned'] as const).map((w) => [w, 1] as [string, Sureness]),
])

/** What names a quoted label or value rather than doubting it: "click 'save'", "the status says 'delivered'", "Status: 'lost'". */
export const LABEL_BEFORE =
  /(?:\b(?:click(?:s|ed|ing)?(?: on)?|tap(?:ped)?(?: on)?|press(?:ed)?|hit|select(?:ed)?|choose|chose|pick(?:ed)?|open(?:ed)?|enter(?:ed)?|typed?|search(?:ed)? for|look for|find|says?|said|saying|shows?|showed|showing|shown|reads?|reading|displays?|displayed|(?:marked|listed|appears?|saved|known|such|flagged|tagged|set|classed|classified|recorded|logged|registered|shows?|showing|showed) as|mark(?: it)? as|labell?ed|called|named|titled|entitled|(?:set|changed?|switch(?:ed)?|turn(?:ed)?|toggled?|updated?)(?: [\w\u0027\u2019-]{1,15}){0,3} to|(?:mean|means|meant) by|defin(?:e|es|ed|ing)|refers? to|stands? for|status(?: is| was| of| reads| says| shows)?|options?|buttons?|tabs?|links?|fields?|words?|terms?|phrases?|reply(?: with)?|respond(?: with)?|answer(?: with)?|text(?: with)?|write|wrote|written|put|spell(?:ed)?|means?|meaning|under|from|filter(?:ed)? by|sort(?:ed)? by|keyword|message|error|code|mode|setting)\s{0,3}|[:=([]\s{0,3})$/i

