// Extraction over a stored cable for a reader: the cable is cut to what the reader may see first,
// so a withheld subject or paragraph is never read at all (`demarche extract --cable ID`, and the
// API). The read goes through ReaderArchive.show, which audits it like `show`.
import type { ReaderArchive, ShownCable } from '../access/reader-archive.js';
import type { Cable } from '../cable/types.js';
import { DemarcheError } from '../errors.js';
import { extractCable } from './extract.js';
import type { Extraction } from './types.js';

export async function extractVisible(archive: ReaderArchive, id: string): Promise<{ cable: ShownCable['cable']; extraction: Extraction }> {
  const shown = await archive.show(id);
  if (!shown) throw new DemarcheError('NOT_FOUND', `no cable ${id.trim()} in the archive; \`demarche search\` finds ids`);
  const c = shown.cable;
  const visible: Cable = {
    ...(c as unknown as Cable),
    summary: null,
    body: '',
    paragraphs: c.paragraphs.flatMap((p) => ('withheld' in p ? [] : [p])),
  };
  return { cable: c, extraction: extractCable(visible) };
}
