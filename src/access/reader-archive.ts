// The cable archive as one reader sees it: show, search and stats cut to what the reader may read
// (redact.ts, the reader's text view in search), each read recorded in the audit log. The CLI uses
// it now and the HTTP API will; anything that hands cable data to someone goes through here.
import type { Cable } from '../cable/types.js';
import type {
  ArchiveStats,
  CableStore,
  ParagraphMarkingCount,
  ReferringCable,
  ResolvedReference,
  SearchHit,
  SearchResult,
} from '../store/cable-store.js';
import type { SearchRequest } from '../store/search-request.js';
import type { AuditService } from './audit.js';
import { mayRead, type Reader } from './clearance.js';
import { combine, formatMarking, type Marking, paragraphMarking } from './marking.js';
import { declassificationDate, viewSelector } from './reader-class.js';
import { type ReaderCable, redactCable, redactSubject, type SubjectShown } from './redact.js';

export interface ReaderAccess {
  reader: string;
  asOf: string;
  declassified?: boolean;
  withheld?: { subject: boolean; paragraphs: number[]; body: boolean };
}

export interface ShownCable {
  cable: ReaderCable;
  references: Array<Omit<ResolvedReference, 'stored'> & { stored: SubjectShown<NonNullable<ResolvedReference['stored']>> | null }>;
  referencedBy: Array<SubjectShown<ReferringCable>>;
  access: ReaderAccess;
}

export interface ReaderSearchResult extends Omit<SearchResult, 'hits'> {
  hits: Array<SubjectShown<SearchHit>>;
}

/** Archive counts for a reader: headers are visible to all, so cables are counted whole; only the
 * paragraphs the reader may read are counted as paragraphs, the others as withheld. */
export interface ReaderStats extends ArchiveStats {
  paragraphsWithheld: number;
}

export class ReaderArchive {
  constructor(
    private readonly store: CableStore,
    readonly reader: Reader,
    private readonly audit: AuditService,
  ) {}

  /** The cable cut for the reader, or null when there is no such cable. Audited either way. */
  async show(id: string): Promise<ShownCable | null> {
    const cable = await this.store.getCable(id);
    if (!cable) return null;
    const r = redactCable(cable, this.reader);
    const shown: ShownCable = {
      cable: r.cable,
      references: (await this.store.referencesOf(id)).map((ref) => ({ ...ref, stored: ref.stored && redactSubject(this.reader, ref.stored) })),
      referencedBy: (await this.store.referencedBy(id)).map((c) => redactSubject(this.reader, c)),
      access: { reader: this.reader.name, asOf: this.reader.asOf, declassified: r.declassified, withheld: r.withheld },
    };
    await this.audit.record({
      actor: this.reader.name,
      action: 'read',
      target: `cable:${cable.id}`,
      marking: r.readMarking,
      details: { asOf: this.reader.asOf, classification: cable.classification, declassified: r.declassified, withheld: r.withheld },
    });
    return shown;
  }

  async search(request: SearchRequest, described: Record<string, unknown> = {}): Promise<ReaderSearchResult> {
    const result = await this.store.search(request, viewSelector(this.reader));
    const hits = result.hits.map((h) => redactSubject(this.reader, h));
    await this.audit.record({
      actor: this.reader.name,
      action: 'search',
      target: 'cables',
      marking: await this.highestRead(result.hits.map((h) => h.id)),
      details: { asOf: this.reader.asOf, ...described, total: result.total, hits: hits.map((h) => h.id) },
    });
    return { ...result, hits };
  }

  async stats(): Promise<ReaderStats> {
    const stats = await this.store.stats();
    const { visible, withheld } = countParagraphs(this.reader, await this.store.paragraphMarkings());
    await this.audit.record({ actor: this.reader.name, action: 'stats', target: 'cables', marking: null, details: { asOf: this.reader.asOf } });
    return { ...stats, paragraphs: visible, paragraphsWithheld: withheld };
  }

  /** The highest marking, on the reader's day, among the paragraphs of these cables the reader may read. */
  private async highestRead(ids: string[]): Promise<string | null> {
    let read: Marking | null = null;
    for (const id of ids) {
      const cable = await this.store.getCable(id);
      const m = cable ? redactCable(cable, this.reader).readMarking : null;
      if (m) read = read === null ? m : combine(read, m);
    }
    return read === null ? null : formatMarking(read);
  }
}

function countParagraphs(reader: Reader, groups: ParagraphMarkingCount[]): { visible: number; withheld: number } {
  let visible = 0;
  let withheld = 0;
  for (const g of groups) {
    const cable = { classification: g.classification, caveats: g.caveats } as Pick<Cable, 'classification' | 'caveats'>;
    if (mayRead(reader, paragraphMarking(cable, { marking: g.marking }), declassificationDate(g.declassifyOn))) visible += g.count;
    else withheld += g.count;
  }
  return { visible, withheld };
}
