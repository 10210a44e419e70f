// The in-memory paths of a browse give what the SQL they replace gave: the views a reader sees
// (ViewList against visibleViewSql), the newest page (against a full sort) and the integer lists.
import Sqlite from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEVER, type ViewSelector } from '../../access/reader-class.js';
import { FacetChunk, SLOTS } from '../facet-columns.js';
import { newestPks } from '../facet-index.js';
import { parseIntList } from '../int-list.js';
import { FULL_VIEW, PK_SHIFT, textRowid, visibleViewSql } from './text-rowid.js';
import { ViewList } from './view-list.js';

describe('ViewList', () => {
  it('lists the views each reader sees as the SQL test does, and sees new rows', () => {
    const db = new Sqlite(':memory:');
    db.exec('CREATE TABLE cable_views (rid INTEGER PRIMARY KEY)');
    const insert = db.prepare('INSERT OR IGNORE INTO cable_views (rid) VALUES (CAST(? AS INTEGER))');
    let writes = 0;
    const list = new ViewList(db, () => writes);
    const sql = (view: ViewSelector) =>
      db.prepare(`SELECT rid >> ${PK_SHIFT} FROM cable_views WHERE ${visibleViewSql('rid', view)} ORDER BY rid`).pluck().all() as number[];
    const views: ViewSelector[] = [FULL_VIEW];
    for (let cls = 0; cls < 14; cls += 1) for (const asOfDay of [-1, 0, 40_000, NEVER - 1]) views.push({ readerClass: cls, asOfDay });
    expect(list.visiblePks(FULL_VIEW)).toEqual([]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5_000_000 }), fc.integer({ min: 0, max: NEVER }), fc.integer({ min: 1, max: 0xffff })), {
          maxLength: 40,
        }),
        (rows) => {
          for (const [pk, day, mask] of rows) insert.run(String(textRowid(pk, day, mask)));
          writes += 1;
          for (const view of views) expect(list.visiblePks(view)).toEqual(sql(view));
        },
      ),
      { numRuns: 60 },
    );
    db.close();
  });
});

describe('newestPks', () => {
  it('gives the page a full sort by created (newest first), then pk, gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 * SLOTS }), fc.constantFrom(null, '2001-01-01', '2007-05-05T10:00:00Z', '2009-12-31')), {
          maxLength: 300,
        }),
        fc.integer({ min: 1, max: 50 }),
        (rows, limit) => {
          const chunks = new Map<number, FacetChunk>();
          const created = new Map<number, string | null>();
          for (const [pk, date] of rows) created.set(pk, date);
          for (const [pk, date] of created) {
            // Some pks have no chunk at all: they sort as undated.
            if (pk >= 2 * SLOTS) continue;
            const n = pk >> 8;
            if (!chunks.has(n)) chunks.set(n, new FacetChunk());
            chunks.get(n)?.set(pk & (SLOTS - 1), { created: date, origin: 0, year: 0, classification: 0, tags: [] });
          }
          const pks = rows.map(([pk]) => pk);
          const minutes = (pk: number) => chunks.get(pk >> 8)?.created[pk & (SLOTS - 1)] ?? 0;
          const sorted = [...pks].sort((a, b) => minutes(b) - minutes(a) || a - b).slice(0, limit);
          expect(newestPks(pks, chunks, limit)).toEqual(sorted);
        },
      ),
    );
  });
});

describe('parseIntList', () => {
  it('reads what group_concat writes', () => {
    expect(parseIntList(null)).toEqual([]);
    expect(parseIntList('')).toEqual([]);
    expect(parseIntList('0')).toEqual([0]);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1 }), (xs) => {
        expect(parseIntList(xs.join(','))).toEqual(xs);
      }),
    );
  });
});
