import { z } from 'zod';

/** A JSON value the description holds as it is (an operation, a JSON Schema). */
const jsonObject = z.record(z.string(), z.unknown());

/**
 * Body of GET /api/openapi.json: an OpenAPI 3.1 document (server/openapi/build-document.ts), its top level declared
 * field for field; the operations and JSON Schemas inside are plain JSON.
 */
export const openApiDocumentSchema = z.object({
  openapi: z.string().regex(/^3\.1\.\d+$/),
  info: z.object({ title: z.string(), version: z.string(), description: z.string() }),
  servers: z.array(z.object({ url: z.string() })),
  tags: z.array(z.object({ name: z.string(), description: z.string() })),
  paths: z.record(z.string(), z.record(z.string(), jsonObject)),
  components: z.object({
    schemas: z.record(z.string(), jsonObject),
    responses: z.record(z.string(), jsonObject),
    securitySchemes: z.record(z.string(), jsonObject),
  }),
});
export type OpenApiDocumentJson = z.infer<typeof openApiDocumentSchema>;
