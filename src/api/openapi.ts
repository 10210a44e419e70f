// OpenAPI generation from the routes' zod schemas (fastify-type-provider-zod), with one change:
// response objects do not claim `additionalProperties: false`, since they document the main fields
// of domain records that carry more.
import { createJsonSchemaTransform } from 'fastify-type-provider-zod';

export const openApiTransform = createJsonSchemaTransform({
  zodToJsonConfig: {
    override: (ctx) => {
      const schema = ctx.jsonSchema as Record<string, unknown>;
      if (schema.additionalProperties === false) delete schema.additionalProperties;
    },
  },
});
