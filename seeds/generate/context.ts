import type { MultiPolygon, Polygon } from 'geojson';
import { createPolygonLocator } from '../../server/spatial/polygon-locator.ts';
import type { ReferenceData, ReferenceTownship } from '../../server/reference/load-reference-data.ts';
import type { Rng } from '../random.ts';

/** What every entity generator is given. */
export interface GeneratorContext {
  ref: ReferenceData;
  /** The demo year (readings, inspections, reports). */
  year: number;
  /** Size multiplier (1 = the default, realistic district). */
  scale: number;
  /** A generator of its own for each entity set, so adding one set never changes another. */
  rngFor(label: string): Rng;
  township(code: string): ReferenceTownship;
  /** Township code of a point, or throws: every generated point must lie inside the county. */
  townshipOf(point: [number, number]): string;
  /** Township code of a point, or null outside the county (the townships cover it exactly). */
  locate(point: [number, number]): string | null;
  /** Urban core: the seven 街道 (subdistricts) as one list. */
  subdistricts: ReferenceTownship[];
  county: Polygon | MultiPolygon;
}

export function createGeneratorContext(
  ref: ReferenceData,
  rootRng: Rng,
  year: number,
  scale: number,
): GeneratorContext {
  const locate = createPolygonLocator(ref.townships.map((t) => ({ id: t.code, geometry: t.geometry })));
  const byCode = new Map(ref.townships.map((t) => [t.code, t]));
  return {
    ref,
    year,
    scale,
    rngFor: (label) => rootRng.fork(label),
    township(code) {
      const t = byCode.get(code);
      if (!t) throw new Error(`unknown township ${code}`);
      return t;
    },
    townshipOf(point) {
      const code = locate(point[0], point[1]);
      if (!code) throw new Error(`generated point ${point.join(',')} lies outside every township`);
      return code;
    },
    locate: (point) => locate(point[0], point[1]),
    subdistricts: ref.townships.filter((t) => t.kind === 'subdistrict'),
    county: ref.county,
  };
}
