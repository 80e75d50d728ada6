import { z } from 'zod';
import { textSchema } from './common.ts';

/**
 * Body of PATCH /api/records/:target/:key: the fields to change, named as the import reads them
 * (e.g. `name`, `grade` or `绩效分级`, `industry`, `startDate`), and for point records `lon`/`lat`
 * (WGS84) to move it. The official code itself cannot be changed.
 */
export const recordPatchSchema = z
  .record(
    textSchema().min(1).max(64),
    z.union([textSchema({ multiline: true }).max(2000), z.number(), z.boolean(), z.null()]),
  )
  .refine((body) => Object.keys(body).length > 0, { message: 'give at least one field to change' })
  .refine((body) => Object.keys(body).length <= 40, { message: 'at most 40 fields' });
export type RecordPatch = z.infer<typeof recordPatchSchema>;

/** Answer of a record edit: the stored row before and after. */
export const recordEditSchema = z.object({
  target: z.string(),
  key: z.string(),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
});
export type RecordEdit = z.infer<typeof recordEditSchema>;
