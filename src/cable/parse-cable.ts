// Parses one cable from its source bytes into a Cable record. Never throws: what cannot be
// placed becomes a warning on the record.
import { createHash } from 'node:crypto';
import type { Cable } from './types.js';

export function parseCable(input: Buffer | string, source: string): Cable {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const text = bytes.toString('utf8');
  return {
    source,
    id: null,
    created: null,
    origin: null,
    station: null,
    from: null,
    to: [],
    info: [],
    precedence: null,
    classification: null,
    tags: [],
    subject: null,
    subjectMarking: null,
    references: [],
    classifiedBy: null,
    reasons: [],
    executiveOrder: null,
    declassifyOn: null,
    paragraphs: [],
    summary: null,
    signer: null,
    warnings: ['parser not yet implemented'],
    banner: null,
    caveats: [],
    declassifyInstruction: null,
    serial: null,
    body: text,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
