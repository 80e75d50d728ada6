/**
 * The EPSG codes the importers accept, and how each becomes a {@link SourceProjection}.
 *
 * @module
 */
import { err, ok, type Result } from '../result.ts';
import {
  geographicProjection,
  transverseMercatorProjection,
  webMercatorProjection,
  type SourceProjection,
} from './source-projection.ts';

/** A CRS the importers can read, or a sentence saying why not. */
export type CrsResolution = Result<SourceProjection, { code: 'unsupported-crs'; message: string }>;

/** A resolved code, or why it is not supported. */
export type EpsgResolution = CrsResolution;

/**
 * A refused CRS.
 *
 * @example
 * unsupportedCrs('EPSG:2000 is not supported'); // { ok: false, error: { code: 'unsupported-crs', … } }
 */
export function unsupportedCrs(message: string): CrsResolution {
  return err({ code: 'unsupported-crs', message });
}

/**
 * Resolves an EPSG code: 4326 (WGS 84) and 4490 (CGCS2000, taken as WGS84: they differ by well under
 * a metre), 3857 (Web Mercator), and the CGCS2000 Gauss–Krüger series (EPSG names in brackets):
 * - 4491–4501 `CGCS2000 / Gauss-Kruger zone 13…23` (6-degree, zone number in the false easting),
 * - 4502–4512 `CGCS2000 / Gauss-Kruger CM 75E…135E` (6-degree),
 * - 4513–4533 `CGCS2000 / 3-degree Gauss-Kruger zone 25…45` (zone number in the false easting),
 * - 4534–4554 `CGCS2000 / 3-degree Gauss-Kruger CM 75E…135E`; Xinfu (112.3–113.0°E) straddles
 *   4546 (CM 111E) and 4547 (CM 114E).
 *
 * @example
 * resolveEpsgCode(4546);
 * // { ok: true, value: { description: 'CGCS2000 / 3-degree Gauss-Kruger CM 111E (EPSG:4546)', … } }
 */
export function resolveEpsgCode(code: number): EpsgResolution {
  const tag = ` (EPSG:${code})`;
  if (code === 4326) return ok({ ...geographicProjection('wgs84'), description: `WGS 84${tag}` });
  if (code === 4490) return ok({ ...geographicProjection('cgcs2000'), description: `CGCS2000 (geographic)${tag}` });
  if (code === 3857 || code === 900913) return ok(webMercatorProjection());
  const gk = (centralMeridian: number, falseEasting: number, name: string): EpsgResolution =>
    ok(
      transverseMercatorProjection({
        datum: 'cgcs2000',
        centralMeridian,
        falseEasting,
        description: `CGCS2000 / ${name}${tag}`,
      }),
    );
  if (code >= 4491 && code <= 4501) {
    const zone = code - 4491 + 13;
    return gk(zone * 6 - 3, zone * 1_000_000 + 500_000, `Gauss-Kruger zone ${zone}`);
  }
  if (code >= 4502 && code <= 4512)
    return gk(75 + (code - 4502) * 6, 500_000, `Gauss-Kruger CM ${75 + (code - 4502) * 6}E`);
  if (code >= 4513 && code <= 4533) {
    const zone = code - 4513 + 25;
    return gk(zone * 3, zone * 1_000_000 + 500_000, `3-degree Gauss-Kruger zone ${zone}`);
  }
  if (code >= 4534 && code <= 4554)
    return gk(75 + (code - 4534) * 3, 500_000, `3-degree Gauss-Kruger CM ${75 + (code - 4534) * 3}E`);
  return unsupportedCrs(
    `EPSG:${code} is not supported; ` +
      `use WGS 84 (EPSG:4326), CGCS2000 (EPSG:4490) or a CGCS2000 Gauss-Kruger CRS (EPSG:4491–4554)`,
  );
}
