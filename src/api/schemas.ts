// zod schemas the routes share: the error body, the access-day query, ids in paths, and helpers for
// the response shapes that /openapi.json documents. Responses name their main fields only (the
// domain adds fields freely; OpenAPI says more may come) and are serialised as JSON without a
// second validation, which the screening bench needs.
import { z } from 'zod';
import { asOfSchema } from '../access/as-of.js';
import { ERROR_CODES } from '../errors.js';

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .describe('what went wrong; validation errors list each field path in details.issues');

/** The error statuses every authenticated route may answer with. */
export const authErrors = {
  400: errorSchema,
  401: errorSchema.describe('no token, a malformed header, or a bad or disabled user'),
  403: errorSchema.describe("the user's role does not allow this"),
  429: errorSchema.describe('rate limited: retry later'),
} as const;

export const asOfQuery = z.object({ asOf: asOfSchema.optional() });

export const idParams = z.object({ id: z.string().trim().min(1, 'empty id').max(200, 'id longer than 200 characters') });

export const markingSchema = z.string().describe('a marking such as "SECRET//NOFORN"');

export const readerSchema = z.object({
  name: z.string(),
  clearance: z.enum(['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET']),
  caveats: z.array(z.string()),
  role: z.enum(['reader', 'analyst', 'admin']),
  asOf: z.string(),
});

/** A response object: its main fields typed and documented, more allowed (see openApiTransform). */
export const loose = z.object;
