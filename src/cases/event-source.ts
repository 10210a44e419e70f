// The cable paragraph an analyst names as an event's source ("07BEIJING5039:2"): the event then
// carries that paragraph's marking (and declassification date), so it is as secret as its source.
import { formatMarking, paragraphMarking } from '../access/marking.js';
import { DemarcheError } from '../errors.js';
import type { CableStore } from '../store/cable-store.js';
import type { NewEvent } from './case-edits.js';

export async function eventSource(cables: CableStore, ref: string, field = '--source'): Promise<NonNullable<NewEvent['source']>> {
  const m = /^([0-9A-Za-z]+):(\d+)$/.exec(ref.trim());
  if (!m) throw new DemarcheError('BAD_INPUT', `${field} ${ref}: expected CABLE:PARAGRAPH, e.g. 07BEIJING5039:2`, { details: { field } });
  const cable = await cables.getCable(m[1]!.toUpperCase());
  const n = Number(m[2]);
  const p = cable?.paragraphs.find((x) => x.n === n);
  if (!cable || !p) throw new DemarcheError('NOT_FOUND', `${field} ${ref}: no such cable paragraph in the archive`);
  return { cable: cable.id!, paragraph: n, marking: formatMarking(paragraphMarking(cable, p)), declassifyOn: cable.declassifyOn };
}
