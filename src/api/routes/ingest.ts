// POST /api/ingest (admin): cable files uploaded as multipart/form-data, each parsed and stored in
// its own transaction exactly as `demarche ingest` does, with a status per file. A file name with a
// path in it, an oversize file and a binary one are refused file by file; the rest are stored. New
// cables are then analysed (entities, sanctions suggestions, cases) unless ?analyse=false.
import type { MultipartFile } from '@fastify/multipart';
import { z } from 'zod';
import { type FileOutcome, ingestBytes, MAX_CABLE_BYTES } from '../../archive/ingest.js';
import { changedIds, recordIngest } from '../../archive/ingest-audit.js';
import { analysePending } from '../../entities/analyse-pending.js';
import { DemarcheError } from '../../errors.js';
import { sessionFor } from '../auth.js';
import type { ApiContext } from '../context.js';
import { authErrors, errorSchema } from '../schemas.js';
import type { ApiApp } from '../types.js';

const ingestQuery = z.object({
  analyse: z
    .enum(['true', 'false'])
    .default('true')
    .describe('analyse the new cables afterwards (entities, sanctions suggestions, cases)'),
});

const fileStatus = z.object({
  file: z.string(),
  status: z.enum(['stored', 'unchanged', 'replaced', 'failed']),
  id: z.string().optional(),
  reason: z.string().optional(),
  warnings: z.number().optional(),
});

const ingestResponse = z.object({
  files: z.array(fileStatus),
  stored: z.number(),
  unchanged: z.number(),
  replaced: z.number(),
  failed: z.number(),
  analysis: z.object({ analysed: z.number(), statements: z.number(), failed: z.array(z.object({ id: z.string(), reason: z.string() })) }).nullable(),
});

/** Why a client's file name is refused: it must be a plain name, never a path. */
export function uploadNameProblem(name: string): string | null {
  if (name.trim() === '') return 'the part has no file name';
  if (name.length > 255) return 'file name longer than 255 characters';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control characters in the file name';
  if (/[/\\]/.test(name) || name === '..' || name.startsWith('.')) return `"${name}" is a path or a hidden file: send plain file names`;
  return null;
}

export function ingestRoutes(app: ApiApp, ctx: ApiContext): void {
  app.post(
    '/api/ingest',
    {
      schema: {
        tags: ['cables'],
        summary: `upload cable files (multipart/form-data, any field name, at most ${MAX_CABLE_BYTES / 1024 / 1024} MB each): a status per file (admin)`,
        consumes: ['multipart/form-data'],
        querystring: ingestQuery,
        response: { 200: ingestResponse, ...authErrors, 413: errorSchema.describe('too many files in one upload') },
      },
    },
    async (request) => {
      const s = await sessionFor(ctx, request, 'ingest');
      if (!request.isMultipart()) throw new DemarcheError('BAD_INPUT', 'body: send the cable files as multipart/form-data');
      const outcomes: FileOutcome[] = [];
      for await (const part of request.parts()) {
        if (part.type === 'file') outcomes.push(await ingestPart(ctx, part));
      }
      if (outcomes.length === 0) throw new DemarcheError('BAD_INPUT', 'body: no file in the upload');
      const summary = tally(outcomes);
      await recordIngest(ctx.store, ctx.audit, s.name, outcomes.map((o) => o.file), changedIds(outcomes), {
        replacedCables: outcomes.filter((o) => o.status === 'replaced' && o.id).map((o) => ({ id: o.id!, file: o.file, previousSha: o.previousSha ?? '', reparsed: o.previousSha === o.sha256 })),
        failed: outcomes.filter((o) => o.status === 'failed').map((o) => ({ file: o.file, reason: o.reason ?? 'failed' })),
      });
      const analysis = request.query.analyse === 'true' && summary.stored + summary.replaced > 0 ? await analysePending(ctx.store, ctx.knowledge, ctx.audit, s.name, { screen: true }) : null;
      return {
        files: outcomes.map(({ file, status, id, reason, warnings }) => ({ file, status, id, reason, warnings })),
        ...summary,
        analysis: analysis && { analysed: analysis.analysed, statements: analysis.statements, failed: analysis.failed },
      };
    },
  );
}

async function ingestPart(ctx: ApiContext, part: MultipartFile): Promise<FileOutcome> {
  const name = part.filename;
  const problem = uploadNameProblem(name);
  // The stream must be read to its end either way, or the upload stalls.
  const bytes = await part.toBuffer();
  if (problem) return { file: name, status: 'failed', reason: problem };
  if (part.file.truncated) return { file: name, status: 'failed', reason: `file over the ${MAX_CABLE_BYTES / 1024 / 1024} MB limit for a cable text` };
  return ingestBytes(ctx.store, name, bytes);
}

function tally(outcomes: FileOutcome[]) {
  const count = (s: FileOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return { stored: count('stored'), unchanged: count('unchanged'), replaced: count('replaced'), failed: count('failed') };
}
