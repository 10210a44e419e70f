// The list of text views (cable_views, see text-rowid.ts) as compact columns in memory, for browsing
// without a text match: which cables a reader sees some text of is then a loop over typed arrays
// instead of a scan of cable_views with the visibility test in SQL and its result parsed back
// (25-33 ms a browse on a 100,000-cable store; the loop takes about a millisecond). Loaded once and
// kept while no connection has written, as the facet chunks are (facet-store.ts).
import type Sqlite from 'better-sqlite3';
import { DAY_BITS, FULL_VIEW_BIT, MASK_BITS, type ViewSelector } from '../../access/reader-class.js';
import { parseIntList } from '../int-list.js';
import { PK_SHIFT } from './text-rowid.js';

const DAY_MASK = (1 << DAY_BITS) - 1;
const FULL = 1 << FULL_VIEW_BIT;

export class ViewList {
  private pks = new Int32Array(0);
  private days = new Uint32Array(0);
  private masks = new Uint16Array(0);
  private cachedAt: string | null = null;

  /** `generation` counts this connection's own writes, which PRAGMA data_version does not see. */
  constructor(
    private readonly db: Sqlite.Database,
    private readonly generation: () => number = () => 0,
  ) {}

  /**
   * The pk of every view this reader sees, in rowid order (so ascending pks), as the SQL test
   * visibleViewSql (text-rowid.ts) selects them: the full view from the declassification day on,
   * before it the view with the reader's class bit; the owner always sees the full view.
   */
  visiblePks(view: ViewSelector): number[] {
    this.load();
    const { pks, days, masks } = this;
    const out: number[] = [];
    if (view.readerClass === null) {
      for (let i = 0; i < pks.length; i += 1) if (((masks[i] as number) & FULL) !== 0) out.push(pks[i] as number);
      return out;
    }
    const asOf = Math.trunc(view.asOfDay);
    const bit = 1 << Math.trunc(view.readerClass);
    for (let i = 0; i < pks.length; i += 1) {
      const wanted = (days[i] as number) <= asOf ? FULL : bit;
      if (((masks[i] as number) & wanted) !== 0) out.push(pks[i] as number);
    }
    return out;
  }

  private load(): void {
    const version = `${String(this.db.pragma('data_version', { simple: true }))}:${this.generation()}`;
    if (version === this.cachedAt) return;
    // Three lists from one scan (rowid order), each a comma-separated string: far cheaper than a row
    // per view. The parts are small integers, so nothing passes 2^53 on the way.
    const row = this.db
      .prepare<[], { pk: string | null; day: string | null; mask: string | null }>(
        `SELECT group_concat(rid >> ${PK_SHIFT}) AS pk, group_concat((rid >> ${MASK_BITS}) & ${DAY_MASK}) AS day,
          group_concat(rid & ${(1 << MASK_BITS) - 1}) AS mask FROM cable_views`,
      )
      .get();
    this.pks = Int32Array.from(parseIntList(row?.pk));
    this.days = Uint32Array.from(parseIntList(row?.day));
    this.masks = Uint16Array.from(parseIntList(row?.mask));
    this.cachedAt = version;
  }
}
