import type { ReferenceData } from '../../server/reference/load-reference-data.ts';
import { townshipRows } from '../../server/reference/reference-rows.ts';

/** Rows of `townships` from the provisional partition in geodata/ (the server's reference rows). */
export function generateTownshipRows(ref: ReferenceData) {
  return townshipRows(ref.townships);
}
