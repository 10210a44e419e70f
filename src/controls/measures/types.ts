// The shape of a dated UN Security Council measure: what it covers, in which direction, from when to
// when, how binding it is, and the words it rests on.
import type { ItemClass } from '../types.js';

/**
 * prohibition: states shall prevent the supply; prior-approval: only with the Security Council's
 * (or the Procurement Channel's) case-by-case approval; notification: supply allowed after notifying
 * the Committee; conditional: prohibited if the exporting state determines the item would contribute
 * to the programme; vigilance: a non-binding call; asset-freeze: listed parties, decided by party
 * screening.
 */
export type MeasureKind = 'prohibition' | 'prior-approval' | 'notification' | 'conditional' | 'vigilance' | 'asset-freeze';

export type Direction = 'to' | 'from';

export interface Measure {
  id: string;
  /** ISO 3166-1 alpha-2 code of the country the measure is about. */
  country: string;
  resolution: string;
  paragraph: string;
  kind: MeasureKind;
  direction: Direction;
  scope: {
    /** Classes of goods covered; empty for measures on parties only. */
    classes: ItemClass[];
    /** Entries excluded by the text (1737 para 3(c): "except ... 19.A.3"). */
    exceptEntries?: string[];
    /** Classes carved out (1874 para 10: "except for small arms and light weapons"). */
    exceptClasses?: ItemClass[];
    listedParties?: boolean;
    text: string;
  };
  /** First day in force (inclusive). */
  from: string;
  /** First day no longer in force (exclusive); none while in force. */
  until?: string;
  citation: { quote: string; source: string };
  /** 'quoted': the words are in the excerpts at hand; 'knowledge': recalled, to be checked against the text. */
  verification: 'quoted' | 'knowledge';
  contested?: string;
  note?: string;
}
