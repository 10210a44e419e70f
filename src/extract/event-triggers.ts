// The words that signal an event of each kind, as regex sources matched case-insensitively. Kept
// apart from the matching logic so that a reader can judge the vocabulary at a glance.
import type { EventKind } from './types.js';

export interface Trigger {
  kind: EventKind;
  re: RegExp;
}

const INFO = '(?:information|info|details|intelligence|evidence|data|non-?papers?|a list|lists|briefings?|reports?|findings|results)';

const SOURCES: Array<[EventKind, string]> = [
  ['non-response', `(?:(?:has|have|had)\\s+)?(?:still\\s+)?(?:not|never)\\s+(?:yet\\s+)?(?:received|heard|gotten|got|responded|replied|answered|provided|shared)`],
  ['non-response', `no\\s+(?:response|reply|answer|word|information|update)\\s+(?:has|had|have)?\\s*(?:yet\\s+)?(?:been\\s+)?(?:received|provided|forthcoming|given)`],
  ['non-response', `(?:has|have|had)\\s+yet\\s+to\\s+(?:respond|reply|answer|provide|share|receive)|failed\\s+to\\s+(?:respond|reply|answer|provide)|(?:still|are|is)\\s+(?:awaiting|waiting\\s+for)|without\\s+(?:a\\s+|any\\s+)?(?:response|reply)|did\\s+not\\s+(?:respond|reply|answer)`],
  ['info-shared', `(?:shared|provided|passed|conveyed|handed\\s+over|gave|delivered|presented|briefed)(?=[^.;]{0,80}?\\b${INFO})`],
  ['info-shared', `(?:${INFO})\\b[^.;]{0,60}?\\b(?:shared|provided|passed|conveyed|handed\\s+over|given|delivered|presented)\\b`],
  ['info-shared', `(?:been|was|were|is|are)\\s+(?:sharing|providing|passing)`],
  ['request', `(?:asked|requested|request(?:ing)?\\s+that|sought|called\\s+(?:on|upon)|appealed\\s+to|requests?\\s+for|request\\s+to)`],
  ['demarche', `(?:demarched|d[eé]marches?|urge[sd]?|urging|delivered\\s+(?:the\\s+|our\\s+)?(?:points|message|demarche)|pressed|protested|raised\\s+(?:our\\s+|the\\s+)?concerns?|expressed\\s+(?:our\\s+|strong\\s+)?concerns?)`],
  ['response', `(?:responded|replied|answered|in\\s+response|informed\\s+(?:us|the\\s+embassy|post|embassy|the\\s+charge|the\\s+ambassador)|provided\\s+(?:a|an|the)\\s+(?:response|reply|answer|update))`],
  ['meeting', `(?:met\\s+with|met|meeting\\s+with|meet\\s+with|called\\s+on|held\\s+talks|talks\\s+with|consultations\\s+with)`],
  ['shipment', `(?:shipped|shipping|shipments?|exported|exports?\\s+of|exporting|transferred|transfers?\\s+of|delivered|deliver(?:y|ies)\\s+of|supplied|supplying|sold|sales?\\s+of|procured|procurement\\s+of|purchased|transshipped|transshipment|consignments?|cargo)`],
  ['designation', `(?:designated|designation|sanctioned|imposed\\s+sanctions|sanctions\\s+on|added\\s+to\\s+the\\s+(?:entity\\s+list|sdn)|penalt(?:y|ies)\\s+on|blocked\\s+the\\s+assets)`],
];

export const TRIGGERS: Trigger[] = SOURCES.map(([kind, src]) => ({ kind, re: new RegExp(`\\b${src}\\b`, 'gi') }));

/** Words before a trigger that make it unreal: "to share", "would provide", "should not ship". */
export const IRREALIS = /\b(?:to|will|would|should|could|may|might|must|shall|can|cannot|not|never|importance\s+of|need\s+to|want\s+to|wants\s+to|if|whether|hopes?\s+to|plans?\s+to)\s+(?:\w+\s+)?$/i;
