// The words that signal an event of each kind, as regex sources matched case-insensitively. Kept
// apart from the matching logic so that a reader can judge the vocabulary at a glance.
import { MONTH_SRC } from './calendar.js';
import type { EventKind } from './types.js';

export interface Trigger {
  kind: EventKind;
  re: RegExp;
  /** Only when the sentence gives a date: "told X on March 24" is a meeting, "told us that" is not. */
  needsDate?: boolean;
  /** Only after a demarche or request earlier in the paragraph: "Moratinos stated ..." answers it. */
  needsAsk?: boolean;
  /** Only with a controlled item named soon after: "shipped maraging steel". */
  needsItem?: boolean;
  /** Part of the conversation a paragraph tells of: it takes the date of the meeting told of before it. */
  conversation?: boolean;
}

const INFO = '(?:information|info|updates?|details|readouts?|intelligence|evidence|data|non-?papers?|nonpapers?|lists?|names|briefings?|reports?|findings|results|assessments?|(?:a\\s+)?cop(?:y|ies)|(?:the\\s+)?(?:full\\s+)?text|documents?|papers?|analysis|diplomatic\\s+notes?|notes?\\s+verbales?|(?:advance(?:d)?\\s+)?notifications?)';
const POINTS = '(?:d[eé]marches?|(?:talking\\s+)?points|messages?|concerns|invitations?|letters?|protests?|complaints?)';
const GIVE = '(?:shared|provided|provides|passed|conveyed|handed\\s+over|gave|delivered|presented|left|transmitted|sent|forwarded)';
const GOODS = '(?:goods|commodities|cargo|equipment|materials?|materiel|components?|parts|tons|tonnes|trucks|vehicles|missiles?|weapons|arms|munitions|ore|chemicals?|machines?|machinery|items|technology|shipments?|consignments?|fertilizer|fuel|oil|helicopters?|aircraft|airplanes?|planes?|boats?|vessels?|engines?|rifles?|guns?|ammunition|radars?)';

// What follows "called on" when it urges someone to act rather than names a call and its purpose.
const URGED = "(?=\\s+(?:[\\w.'’-]+\\s+){1,6}?to\\s+(?!(?:discuss|deliver|brief|raise|review|present|convey|express|introduce|share|pass|follow|seek|request|ask|urge|press|reiterate|thank|congratulate|offer|explain|outline|inform|bid|say|hear|learn|exchange|talk|meet|sign|mark|open|inaugurate)\\b)[a-z]+)";

// ... and when what it urges is to give something: "called on Beijing to provide an update" asks for it.
const ASKED_FOR = "(?=\\s+(?:[\\w.'’-]+\\s+){1,6}?to\\s+(?:provide|share|submit|report|respond|reply|answer|supply|send|hand\\s+over|return|explain|clarify)\\b)";

const SOURCES: Array<[EventKind, string, Partial<Trigger>?]> = [
  ['non-response', '(?:has|have|had)?\\s*(?:still\\s+)?(?:not|never)\\s+(?:yet\\s+)?(?:received|heard|gotten|got)\\s+(?:back|from|any|a\\s+(?:response|reply)|an\\s+(?:answer|update)|information|word|anything|a\\s+word)'],
  ['non-response', '(?:has|have|had|did)\\s+(?:still\\s+)?(?:not|never)\\s+(?:yet\\s+)?(?:responded|replied|answered|respond|reply|answer)'],
  ['non-response', 'no\\s+(?:response|reply|answer|word|information|update)\\s+(?:has|had|have)?\\s*(?:yet\\s+)?(?:been\\s+)?(?:received|provided|forthcoming|given)'],
  ['non-response', '(?:offered|gave|provided|had|has|have|received)\\s+no\\s+(?:\\w+\\s+)?(?:response|reply|answer)|(?:does|did|do)\\s*(?:not|n\'t)\\s+have\\s+(?:a|any)\\s+(?:\\w+\\s+)?(?:response|answer|reply)'],
  ['non-response', '(?:has|have|had)\\s+yet\\s+to\\s+(?:respond|reply|answer|provide|share)|failed\\s+to\\s+(?:respond|reply|answer|provide)|(?:still)\\s+(?:awaiting|waiting\\s+for)|pending\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+)?(?:letter|reply|response|answer|decision)\\s+from|without\\s+(?:a\\s+|any\\s+)?(?:response|reply)'],
  ['info-shared', `${GIVE}(?=[^.;]{0,60}?\\b${INFO}\\b)`],
  // "secured a tentative list of attendees", "obtained copies of the contracts": given to us.
  ['info-shared', `(?:received|receiving|obtained|secured|accepted)(?=\\s+(?:[\\w-]+\\s+){0,3}?${INFO}\\b)`],
  // "Attached to this cable are some pictures and further documentation", "to get a read-out on the
  // meeting", "the September 24 report to the IAEA": papers handed over, a readout sought, a report made to a body.
  ['info-shared', "attached\\s+(?:to\\s+this\\s+(?:cable|message|telegram)\\s+)?(?:are|is)\\b|get\\s+(?:a|his|her|their)\\s+read-?out|reports?\\s+to\\s+the\\s+(?=[A-Z])"],
  ['info-shared', `${INFO}\\b[^.;]{0,50}?\\b(?:shared|provided|passed|conveyed|handed\\s+over|given|delivered|presented|left|forwarded)\\b`],
  ['info-shared', '(?:been|was|were|is|are)\\s+(?:sharing|providing|passing)|alerted|briefed|recounted\\s+(?:for|to)|relayed|brief\\s+(?:him|her|them|us|me|post)\\b|informed\\s+(?:of|about)|press\\s+briefing|heard\\s+from'],
  // "offered his views", "offered the following thoughts" (not "offered to share": an offer).
  ['info-shared', 'offered\\s+(?:(?:his|her|their|our|the\\s+following|some|several|a\\s+few)\\s+)?(?:\\w+\\s+)?(?:thoughts|views|insights|observations|readouts?|assessments?)'],
  // ("When asked about ...": a question put, at a press briefing or an interview, not a request.)
  ['request', `called\\s+(?:on|upon)${ASKED_FOR}`],
  // "This is an Action Request", "PM/DTCC requests Post's assistance", "embassies have inquired about".
  ['request', 'action\\s+request|requests\\s+(?:that\\b|post\\b|posts?[\'’]s\\b|your\\b|the\\s+(?:embassy|mission)\\b|embassy[\'’]s\\b)|(?:in|en)quired\\s+(?:about|whether|into|after)'],
  // "In response to reftel vetting request, ...": the request the cable answers; "the general's urgent plea on munitions";
  // "Russian demands that the casks be returned".
  ['request', "^\\W*in\\s+response\\s+to\\s+(?:[\\w.'’-]+\\s+){0,4}?requests?|pleas?\\s+(?:for|on)|demand(?:s|ed)\\s+that"],
  ['request', '(?:(?<!when\\s)asked|requested|request(?:ing)?\\s+that|sought|seek|(?:is|are|was|were|been)\\s+seeking(?!\\s+to\\b)|appealed\\s+to|requests?\\s+for|request\\s+to|(?:received|made|sent|submitted|conveyed|delivered)\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?request)'],
  ['demarche', `(?:demarched|urge[sd]?|urging|pressed|protested|challenged|cautioned|warned|reminded|(?:delivered|presented|conveyed|passed|raised|made|left|gave|discussed|reviewed|reiterated|repeated|lodged|registered|deliver|present|convey|discuss|review|raise)\\b(?=[^.;]{0,50}?\\b${POINTS}\\b)|(?:expressed|conveyed|raised|voiced|outlined|identif(?:ied|ying)|reiterated|registered|echoed|stressed|underscored|emphasized|express|convey|raise|voice|reiterate|register|stress|underscore|emphasize)\\s+(?:[\\w.'’-]+\\s+){0,3}?concerns?)`],
  // "noted the importance of showing progress", "stressed that it was important to act": the need to act, put to someone.
  ['demarche', '(?:noted|stressed|emphasized|underscored|underlined|highlighted)\\s+(?:the\\s+)?importance\\s+of|(?:noted|stressed|emphasized|underscored)\\s+that\\s+it\\s+(?:was|is|would\\s+be)\\s+(?:important|essential|critical|vital|crucial)'],
  // "raised export control issues with the Secretary General".
  ['demarche', 'raised\\s+(?:[\\w-]+\\s+){0,3}?(?:issues?|concerns?|cases?|matters?|questions?)\\s+with'],
  // "spoke about Credit Europe and the need to target the insurance sector": the need to act, put to someone.
  ['demarche', '(?:stressed|emphasized|underscored|underlined|highlighted|stress|emphasize|underscore|spoke\\s+(?:about|of))\\b(?=[^.;]{0,150}?\\bthe\\s+need\\s+(?:to|for)\\b)'],
  // "called on the minister to resign" (not "called on the minister to discuss the visit": a call).
  ['demarche', `called\\s+(?:on|upon)(?!${ASKED_FOR})${URGED}`],
  // "called for the U.S. and the international community to speak with a moral voice".
  ['demarche', "called\\s+for\\s+(?:[\\w.'’-]+\\s+){1,6}?to\\s+(?!be\\b)[a-z]+"],
  // "encouraged the USG to focus on ...", not "encouraged by the progress".
  ['demarche', '(?:encouraged|encouraging)\\s+(?!by\\b)(?:[\\w.\'’-]+\\s+){1,5}?to\\s+(?!be\\b)[a-z]+'],
  ['demarche', '(?:pushed|pushing)\\s+(?:hard\\s+)?(?:on|for)|weigh(?:ed)?\\s+in\\s+with|raised\\s+(?:this|the)\\s+(?:case|issue|matter)|raised\\s+with'],
  // "information requested in ref A", "as requested in reftel": the cable answers an earlier ask.
  ['response', '(?:requested|tasked)\\s+(?:in|by)\\s+(?:ref(?:tel)?s?|the\\s+department)\\b'],
  // "in response to our request" (not "in response to the riots": only an ask or a demarche is answered).
  ['response', '(?:responded|replied|answered|in\\s+response(?!\\s+to\\b)|in\\s+response\\s+to\\s+(?:[\\w.\'’-]+\\s+){0,4}?(?:requests?|d[eé]marches?|letters?|quer(?:y|ies)|inquir(?:y|ies)|questions?|points|ref(?:tel)?s?|notes?|concerns|appeals?|calls?|messages?|proposals?|invitations?)\\b|provided\\s+(?:a|an|the)\\s+(?:response|reply|answer))'],
  // "provided an update": information shared, and a response when something was asked before it.
  ['response', 'provided\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+)?update', { needsAsk: true }],
  ['response', '(?:said|stated|indicated|noted|agreed|welcomed|appreciated|acknowledged|assured|promised|undertook|emphasized|explained|confirmed|told|informed|pointed\\s+out|stressed|(?:was|were)\\s+receptive)', { needsAsk: true }],
  // "agreed with USG concern about the risk": a reply to a concern conveyed before.
  ['response', "(?:agreed|concurred)\\s+with\\s+(?:the\\s+)?(?:USG|U\\.S\\.|US|our|Washington['’]s|American)\\s+(?:[\\w-]+\\s+)?(?:concerns?|views?|assessment|position)"],
  // "the minister told post", "told the Ambassador": a conversation with the mission, dated or not;
  // "asked emboffs to ...", "informed the Ambassador", "told us": an act addressed to the mission.
  ['meeting', '(?:told|asked|informed|assured|briefed|reminded|raised\\s+(?:\\w+\\s+)?with|complained\\s+to)\\s+(?:post|us|poloffs?|econoffs?|emboffs?|pol\\s?couns|econcouns|(?:the\\s+)?(?:ambassador|charg[eé]|dcm|embassy|datt))', { conversation: true }],
  ['meeting', `(?:toured|reached\\s+(?:[\\w.'’-]+\\s+){1,3}?by\\s+(?:tele)?phone|spoke\\s+by\\s+(?:tele)?phone|(?:tele)?phoned|met\\s+with|met|meetings?\\s+with|meet\\s+with|called\\s+on(?!${URGED})|held\\s+talks|talks\\s+with|consultations\\s+(?:with|between)|visited|a\\s+(?:courtesy\\s+)?call\\s+on)`],
  // "During both meetings, the Director discussed ...", "Conoff began the meeting by ...": meetings held.
  ['meeting', 'during\\s+(?:both|the|recent|these|those|our|his|her|their)\\s+(?:[\\w-]+\\s+)?meetings?\\b(?!\\s+(?:of|on)\\b)|(?:began|opened|ended|closed)\\s+the\\s+meeting'],
  // "Minister Fakhro told Treasury DepSec Kimmitt he was pleased": an official told another, by title.
  ['meeting', '(?<=[A-Za-z]\\s)told\\s+(?:the\\s+)?(?:[A-Z][\\w/.-]*\\s+){0,3}?(?:Secretary|DepSec|Ambassador|Minister|Director|Senator|Congressman|Codel|CODEL|A/S|U/S|Under\\s+Secretary|Assistant\\s+Secretary)\\b', { conversation: true }],
  // "Team Leader Catherine Inglehearn said November 14": a conversation on that day.
  ['meeting', `(?<=[A-Za-z]\\s)said(?=\\s+(?:on\\s+)?${MONTH_SRC}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[.,;:]|that\\b|$))`, { needsDate: true }],
  ['meeting', '(?:told|spoke\\s+(?:with|to)|confirmed\\s+to|briefed|hosted|discussed|attended|meetings?(?!\\s+of\\b)|(?:plenary|bilateral|working|closed|private|brief)\\s+sessions?|call\\s+on|talks|(?:an?|the|[\\w.]+[\'’]s)\\s+(?:(?:official|state|working|courtesy)\\s+)?(?:call|visit|briefing|dinner|lunch|tour)|(?<=[\'’]s\\s+[A-Z][a-z]+\\.?\\s+\\d{1,4}\\s+)visit|(?<=\\b(?:their|his|her|its|our|the|a)\\s+(?:[A-Z][a-z]+\\.?\\s+)?(?:\\d{1,4}\\s+)?)tour(?=\\s+of\\b)|(?<=\\b(?:their|his|her|its|our)\\s+[A-Z][a-z]+\\.?\\s+\\d{1,2}(?:-\\d{1,2})?\\s+)visit)', { needsDate: true }],
  ['shipment', `(?:shipped|shipping|shipments?|exported|exports?\\s+of|exporting|transferred|transfers?\\s+of|deliver(?:ed|y|ies)|supplied|supplying|sold|sales?\\s+of|procured|procurement\\s+of|purchased|transshipped|transshipment|consignments?)(?=[^.;]{0,80}?\\b${GOODS}\\b)`],
  ['shipment', '(?:shipped|shipping|shipments?|exported|exporting|transferred|delivered|supplied|supplying|sold|procured|purchased|transshipped)', { needsItem: true }],
  // "companies that have provided commodities to Iranian entities": goods provided.
  ['shipment', `provided\\s+(?:[\\w-]+\\s+){0,2}?${GOODS}\\s+to\\b`],
  ['shipment', `${GOODS}\\b[^.;]{0,60}?\\b(?:shipped|exported|transferred|delivered|supplied|sold|transshipped|shipments?)`],
  ['designation', '(?:designated(?!\\s+for\\b)|designation|sanctioned|imposed\\s+(?:\\w+\\s+)?sanctions|added\\s+to\\s+the\\s+(?:entity\\s+list|sdn)|penalt(?:y|ies)\\s+on|blocked\\s+the\\s+assets|freezing\\s+the\\s+assets|froze\\s+the\\s+assets)'],
];

export const TRIGGERS: Trigger[] = SOURCES.map(([kind, src, extra]) => ({ kind, re: new RegExp(`\\b${src}\\b`, 'gi'), ...extra }));

/** Words just before a trigger that make it unreal: "to share", "would provide", "should not ship". */
export const IRREALIS = /\b(?:to|will|would|should|could|may|might|must|shall|can|cannot|not|never|seldom|rarely|hardly|your|importance\s+of|need\s+to|want\s+to|wants\s+to|if|whether|hopes?\s+to|plans?\s+to)\s+(?:\w+\s+){0,2}$/i;

/** Words earlier in the same clause that make a designation, shipment or meeting a plan or a condition. */
export const UNREAL_CLAUSE = /\b(?:will|would|could|should|might|if|once|unless|expected|likely|planned|scheduled|proposed|possible|potential|future|upcoming|intends?|intention)\b/i;

/**
 * Words just before a shipment that stop it or only talk of it: "prohibited the sale of", "refusal
 * of the sale", "would not approve the export", "promoting sales of", "negotiating the sale of".
 */
export const BLOCKED = /\b(?:promot\w*|pursu\w*|negotiat\w*|discuss\w*|explor\w*|propos\w*|prohibit\w*|ban(?:s|ned|ning)?|block\w*|refus\w*|den(?:y|ies|ied|ial)|bar(?:s|red|ring)?|approv\w*|halt\w*|stop\w*|prevent\w*)(?:\s+of)?\s+(?:(?:the|a|an|any|further|its|their|this|that)\s+)?(?:\w+\s+)?$/i;

/** Who speaks for the US side: their "said" is not a response to their own demarche. */
export const OWN_SIDE = /\b(?:we|our|us|embassy|post|ambassador|charge|dcm|poloff|econoff|pol\s?couns|econcouns|esthoff|emboff|usg|u\.s\.|united states|washington|department)\b/i;
