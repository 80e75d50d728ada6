import type { Geometry, LineString } from 'geojson';
import { lineMidpoint } from '../dust/cut-line.ts';
import { lineLengthKm } from '../dust/line-length.ts';
import type { Localized } from '../schema/localized.ts';
import { bboxOf } from '../spatial/bbox-of.ts';

/** The computed columns of an imported line, or why it cannot be imported. */
export type PlannedLine = { ok: true; columns: Record<string, number | string> } | { ok: false; problem: Localized };

/** Longest line an import accepts as one segment (km): a road segment, not a whole road network. */
export const MAX_LINE_KM = 50;

/**
 * The columns an imported LineString sets (issue 16: road segments): the geometry text, its bbox, its midpoint
 * (`lon`, `lat`, rounded to 1e-6°), its geodesic length in km and the township the midpoint lies in. Refuses
 * other geometry types, lines outside Xinfu (a wrong CRS shows here), lines of zero length or longer than
 * {@link MAX_LINE_KM}. Structure (≥ 2 positions) and the China extent are checked before, by prepareGeometry.
 *
 * @param inXinfu - whether a position lies in Xinfu's box
 * @param locate - the township code of a position, or null outside every township
 * @example
 * planLine(line, 'Road segments', inXinfu, locate); // { ok: true, columns: { geometry, length_km: 0.84, … } }
 */
export function planLine(
  geometry: Geometry,
  label: Localized,
  inXinfu: (lon: number, lat: number) => boolean,
  locate: (lon: number, lat: number) => string | null | undefined,
): PlannedLine {
  if (geometry.type !== 'LineString') {
    return {
      ok: false,
      problem: {
        zh: `${label.zh}须为线（LineString），此处为 ${geometry.type}`,
        en: `${label.en} are lines (LineString); got a ${geometry.type}`,
      },
    };
  }
  const box = bboxOf(geometry);
  if (!inXinfu(box[0], box[1]) || !inXinfu(box[2], box[3])) {
    const span = box.map((v) => v.toFixed(3)).join(', ');
    return {
      ok: false,
      problem: {
        zh: `范围 ${span} 超出忻府区（文件的坐标系是否选对？）`,
        en: `the line spans ${span}, beyond Xinfu District (is the file's coordinate system right?)`,
      },
    };
  }
  const lengthKm = lineLengthKm((geometry as LineString).coordinates);
  if (!(lengthKm > 0) || lengthKm > MAX_LINE_KM) {
    return {
      ok: false,
      problem: {
        zh: `线长 ${lengthKm.toFixed(3)} km：须大于 0 且不超过 ${MAX_LINE_KM} km（一条路段，不是整片路网）`,
        en: `the line is ${lengthKm.toFixed(3)} km long: it must be longer than 0 and at most ${MAX_LINE_KM} km`,
      },
    };
  }
  const [lon, lat] = lineMidpoint(geometry.coordinates) as [number, number];
  const township = locate(lon, lat);
  if (!township) {
    return {
      ok: false,
      problem: {
        zh: '该线路中点不在忻府区任何乡镇（街道）内',
        en: "the line's midpoint lies outside every township of Xinfu District",
      },
    };
  }
  return {
    ok: true,
    columns: {
      geometry: JSON.stringify(geometry),
      min_lon: box[0],
      min_lat: box[1],
      max_lon: box[2],
      max_lat: box[3],
      lon: Math.round(lon * 1e6) / 1e6,
      lat: Math.round(lat * 1e6) / 1e6,
      length_km: Math.round(lengthKm * 1000) / 1000,
      township_code: township,
    },
  };
}
