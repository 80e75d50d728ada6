import { z } from 'zod';

/** Body of GET /api/health. */
export const healthResponseSchema = z.object({ ok: z.literal(true) });
export type HealthResponse = z.infer<typeof healthResponseSchema>;

/**
 * Body of GET /api/meta: what the dataset is.
 *
 * @example
 * const meta: MetaResponse = metaResponseSchema.parse(await (await fetch('/api/meta')).json());
 * meta.defaultAsOf; // '2023-12-31T23:00' for the demo data
 */
export const metaResponseSchema = z.object({
  /** The database's migration level (`PRAGMA user_version`). */
  schemaVersion: z.number().int().nonnegative(),
  /** The moment views default to, `YYYY-MM-DDTHH:mm` China Standard Time. */
  defaultAsOf: z.string(),
  /** The dataset's own key/value notes (seed, scale, time range, demo mode), the plan document aside. */
  dataset: z.record(z.string(), z.string()),
});
export type MetaResponse = z.infer<typeof metaResponseSchema>;
