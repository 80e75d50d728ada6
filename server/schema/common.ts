import { z } from 'zod';

/** How far a record's position and attributes can be trusted. */
export const provenanceSchema = z.enum(['official', 'approximate', 'synthetic']);
export type Provenance = z.infer<typeof provenanceSchema>;

/** Labels as the UI shows them (示意 / 合成 per ui.md). */
export const provenanceLabels: Record<Provenance, { zh: string; en: string }> = {
  official: { zh: '官方', en: 'official' },
  approximate: { zh: '示意', en: 'approximate' },
  synthetic: { zh: '合成', en: 'synthetic' },
};

/** A 9-digit township (乡级) statistical code, e.g. 140902004. */
export const townshipCodeSchema = z.string().regex(/^\d{9}$/, 'must be a 9-digit township code');

/** `[lon, lat]` in WGS84 decimal degrees. */
export type LonLat = [number, number];

/** A bounding box `[minLon, minLat, maxLon, maxLat]` in WGS84 degrees. */
export type Bbox = [number, number, number, number];

/** `bbox=minLon,minLat,maxLon,maxLat` (WGS84 degrees) parsed and checked. */
export const bboxParamSchema = z.string().transform((text, ctx): Bbox => {
  const parts = text.split(',');
  const numbers = parts.map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
  if (parts.length !== 4 || numbers.some((n) => !Number.isFinite(n))) {
    ctx.addIssue({ code: 'custom', message: `must be four numbers minLon,minLat,maxLon,maxLat; got '${text}'` });
    return z.NEVER;
  }
  const [minLon, minLat, maxLon, maxLat] = numbers as Bbox;
  if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
    ctx.addIssue({ code: 'custom', message: 'longitudes must lie in [-180, 180] and latitudes in [-90, 90] (WGS84 degrees, lon first)' });
    return z.NEVER;
  }
  if (minLon > maxLon || minLat > maxLat) {
    ctx.addIssue({ code: 'custom', message: 'min must not exceed max (order is minLon,minLat,maxLon,maxLat)' });
    return z.NEVER;
  }
  return [minLon, minLat, maxLon, maxLat];
});

/** `true`/`false` (also 1/0) in a query string. */
export const booleanParamSchema = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** A comma-separated list of values from `values`, e.g. `grade=C,D`. */
export function listParamSchema<const T extends readonly [string, ...string[]]>(values: T) {
  const item = z.enum(values);
  return z.string().transform((text, ctx) => {
    const out: T[number][] = [];
    for (const raw of text.split(',')) {
      const parsed = item.safeParse(raw.trim());
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: `'${raw}' is not one of ${values.join(', ')}` });
        return z.NEVER;
      }
      out.push(parsed.data);
    }
    return out;
  });
}

/**
 * An "as of" moment: `YYYY-MM-DD` (end of that day) or `YYYY-MM-DDTHH:mm` in China Standard
 * Time, or any ISO date-time with `Z`/offset, normalised to the stored form
 * `YYYY-MM-DDTHH:mm` in UTC+8.
 */
export const asOfParamSchema = z.string().transform((text, ctx) => {
  const local = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(text);
  const date = local
    ? new Date(`${local[1]}T${local[2] ?? '23:59'}:00+08:00`)
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)
      ? new Date(text)
      : null;
  if (!date || Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: 'custom', message: `must be YYYY-MM-DD or YYYY-MM-DDTHH:mm (China Standard Time) or an ISO date-time with offset; got '${text}'` });
    return z.NEVER;
  }
  return toCstMinute(date);
});

/** Formats an instant as `YYYY-MM-DDTHH:mm` in China Standard Time (UTC+8). */
export function toCstMinute(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
}

/** `YYYY-MM`. */
export const monthParamSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM');

/** Error codes the API answers with. */
export const errorCodeSchema = z.enum([
  'invalid_request',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'rate_limited',
  'not_found',
  'conflict',
  'payload_too_large',
  'internal_error',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** Body of every error response: `{"error":{"code","message"}}`. */
export const errorBodySchema = z.object({
  error: z.object({ code: errorCodeSchema, message: z.string() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
