import type { ReferenceData } from '../load-reference.ts';
import { bboxOf } from '../../server/spatial/bbox-of.ts';

/** Rows of `townships` from the provisional partition in geodata/. */
export function generateTownshipRows(ref: ReferenceData) {
  return ref.townships.map((t) => {
    const [minLon, minLat, maxLon, maxLat] = bboxOf(t.geometry);
    return {
      code: t.code,
      code12: t.code12,
      name: t.name,
      name_en: t.nameEn,
      kind: t.kind,
      lon: t.seat[0],
      lat: t.seat[1],
      geometry: JSON.stringify(t.geometry),
      min_lon: minLon,
      min_lat: minLat,
      max_lon: maxLon,
      max_lat: maxLat,
      area_km2: t.areaKm2,
      provenance: t.provenance,
      source: `Code and name: NBS 2021 统计用区划代码 (official). Boundary: ${t.method}`,
    };
  });
}
