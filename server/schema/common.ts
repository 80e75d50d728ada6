import { z } from 'zod';
import { provenances } from './enums/provenance.ts';
import type { Localized } from './localized.ts';
import { err, ok, type Result } from '../result.ts';
import { CST_OFFSET_MINUTES, daysInMonth, formatMonth, toCstMinute } from '../time/cst.ts';

/** How far a record's position and attributes can be trusted. */
export const provenanceSchema = z.enum(provenances);
export { provenanceLabels } from './enums/provenance.ts';
export type { Provenance } from './enums/provenance.ts';

/** Text in both languages ({@link Localized}). */
export const localizedSchema = z.object({ zh: z.string(), en: z.string() }) satisfies z.ZodType<Localized>;

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
    ctx.addIssue({
      code: 'custom',
      message: `must be four numbers minLon,minLat,maxLon,maxLat; got '${text}'`,
      params: { zh: '须为四个数：最小经度,最小纬度,最大经度,最大纬度' },
    });
    return z.NEVER;
  }
  const [minLon, minLat, maxLon, maxLat] = numbers as Bbox;
  if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
    ctx.addIssue({
      code: 'custom',
      message: 'longitudes must lie in [-180, 180] and latitudes in [-90, 90] (WGS84 degrees, lon first)',
      params: { zh: '经度须在 -180 至 180 之间，纬度须在 -90 至 90 之间（先经度后纬度）' },
    });
    return z.NEVER;
  }
  if (minLon > maxLon || minLat > maxLat) {
    ctx.addIssue({
      code: 'custom',
      message: 'min must not exceed max (order is minLon,minLat,maxLon,maxLat)',
      params: { zh: '最小值不能大于最大值（顺序为最小经度,最小纬度,最大经度,最大纬度）' },
    });
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
        ctx.addIssue({
          code: 'custom',
          message: `'${raw}' is not one of ${values.join(', ')}`,
          params: { zh: `「${raw.slice(0, 40)}」不是可选的取值` },
        });
        return z.NEVER;
      }
      out.push(parsed.data);
    }
    return out;
  });
}

/** The first and last year of any date the API accepts (a typo such as 9999 or 0203 is refused, not stored). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** Largest UTC offset accepted, minutes (±14:00, Kiribati's). */
export const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * Why `year-month-day` is not a date the API accepts (a calendar date in {@link MIN_YEAR}–{@link MAX_YEAR}),
 * or null when it is. Nothing is shifted: 2023-02-30 is refused, never read as 2023-03-02.
 *
 * @example
 * calendarDateProblem(2023, 2, 30); // '2023-02 has 28 days, not 30'
 */
export function calendarDateProblem(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return `year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`;
  if (month < 1 || month > 12) return `month ${String(month).padStart(2, '0')} does not exist`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${formatMonth(year, month)} has ${days} days, not ${day}`;
  return null;
}

/** A calendar date `YYYY-MM-DD` (China Standard Time), checked to exist (no 2023-02-30) and within 2000–2100. */
export const calendarDateSchema = z.string().superRefine((text, ctx) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a date YYYY-MM-DD; got '${text.slice(0, 40)}'`,
      params: { zh: '须为日期 YYYY-MM-DD' },
    });
    return;
  }
  const problem = calendarDateProblem(Number(match[1]), Number(match[2]), Number(match[3]));
  if (problem)
    ctx.addIssue({
      code: 'custom',
      message: `'${text}' is not a calendar date: ${problem}`,
      params: { zh: `「${text}」不是 ${MIN_YEAR}–${MAX_YEAR} 年间存在的日期` },
    });
});

/** Why a moment is refused: a sentence quoting the text. */
export interface MomentProblem {
  code: 'invalid-moment';
  message: string;
}

const momentProblem = (message: string): Result<Date, MomentProblem> => err({ code: 'invalid-moment', message });

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Reads a moment written `YYYY-MM-DD` (the end of that day, 23:59), `YYYY-MM-DDTHH:mm[:ss]` (China
 * Standard Time) or with `Z` / an offset up to ±14:00, strictly: the date must exist, hours 00–23,
 * minutes and seconds 00–59, the year and the resulting China-time year within 2000–2100. Returns
 * the instant, or why it is refused (a sentence quoting the text).
 *
 * @example
 * readMoment('2024-01-01T00:00'); // { ok: true, value: new Date('2023-12-31T16:00:00Z') }
 * readMoment('2023-02-30').ok; // false: '2023-02-30' is not a calendar date: 2023-02 has 28 days, not 30
 */
export function readMoment(text: string): Result<Date, MomentProblem> {
  const m = DATE_TIME.exec(text);
  if (!m)
    return momentProblem(
      `must be YYYY-MM-DD or YYYY-MM-DDTHH:mm (China Standard Time) ` +
        `or an ISO date-time with Z or an offset up to ±14:00; ` +
        `got '${text.slice(0, 40)}'`,
    );
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dateProblem = calendarDateProblem(year, month, day);
  if (dateProblem) return momentProblem(`'${text.slice(0, 40)}' is not a calendar date: ${dateProblem}`);
  const [hour, minute, second] = m[4] === undefined ? [23, 59, 0] : [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59)
    return momentProblem(
      `'${text.slice(0, 40)}': ${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''} is not a time of day (00:00–23:59:59)`,
    );
  let offsetMinutes = CST_OFFSET_MINUTES;
  const offset = m[7];
  if (offset === 'Z') offsetMinutes = 0;
  else if (offset !== undefined) {
    const [oh, om] = [Number(offset.slice(1, 3)), Number(offset.slice(4, 6))];
    offsetMinutes = (offset.startsWith('-') ? -1 : 1) * (oh * 60 + om);
    if (om > 59 || Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES)
      return momentProblem(`'${text.slice(0, 40)}': offset ${offset} is not a UTC offset (at most ±14:00)`);
  }
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000);
  const cstYear = Number(toCstMinute(date).slice(0, 4));
  if (cstYear < MIN_YEAR || cstYear > MAX_YEAR)
    return momentProblem(
      `'${text.slice(0, 40)}' falls in ${cstYear} in China Standard Time, outside ${MIN_YEAR}–${MAX_YEAR}`,
    );
  return ok(date);
}

/** The Chinese of every {@link readMoment} refusal. */
const MOMENT_FORMS_ZH = '日期 YYYY-MM-DD 或日期时间 YYYY-MM-DDTHH:mm（北京时间）';
const MOMENT_PROBLEM_ZH = `须为 ${MIN_YEAR}–${MAX_YEAR} 年间存在的${MOMENT_FORMS_ZH}`;

/**
 * An "as of" moment (see {@link readMoment}): `YYYY-MM-DD` (end of that day) or `YYYY-MM-DDTHH:mm`
 * in China Standard Time, or an ISO date-time with `Z`/offset, normalised to the stored form
 * `YYYY-MM-DDTHH:mm` in UTC+8. Impossible dates, times and offsets are refused, never shifted.
 */
export const asOfParamSchema = z.string().transform((text, ctx) => {
  const moment = readMoment(text);
  if (!moment.ok) {
    ctx.addIssue({ code: 'custom', message: moment.error.message, params: { zh: MOMENT_PROBLEM_ZH } });
    return z.NEVER;
  }
  return toCstMinute(moment.value);
});

/**
 * A query object whose moment is named `asOf`, the one name of the as-of moment across the API, also accepting
 * `at`, its deprecated alias (GET /api/alerts, /tasks and /controls took `at` before the API settled on `asOf`).
 * Both are read with {@link asOfParamSchema}; the output has `asOf` (`asOf ?? at`) and no `at`. Both given with
 * different moments is refused, naming both; unknown parameters are refused as everywhere (`strict`).
 *
 * @param shape - the query's other parameters
 * @example
 * const q = asOfQuery({ township: townshipCodeSchema.optional() });
 * q.parse({ at: '2023-06-30' }); // { asOf: '2023-06-30T23:59' }
 * q.parse({ asOf: '2023-06-30', at: '2023-07-01' }); // throws: at: is the deprecated name of asOf; …
 */
export function asOfQuery<const S extends z.ZodRawShape>(shape: S) {
  return z
    .object({ ...shape, asOf: asOfParamSchema.optional(), at: asOfParamSchema.optional() })
    .strict()
    .superRefine((query, ctx) => {
      const { asOf, at } = query as AsOfAliasInput;
      if (asOf !== undefined && at !== undefined && asOf !== at) {
        const message = `is the deprecated name of asOf; give asOf alone (asOf is ${asOf}, at is ${at})`;
        ctx.addIssue({ code: 'custom', path: ['at'], message, params: { zh: '与 asOf 给出的时间不同，请只给 asOf' } });
      }
    })
    .transform((query) => {
      const { at, asOf, ...rest } = query as AsOfAliasInput;
      // the other members are S's outputs, untouched: the cast only names the type zod cannot compute generically
      return { ...rest, asOf: asOf ?? at } as z.output<z.ZodObject<S>> & { asOf: string | undefined };
    });
}

/** The as-of members of an {@link asOfQuery} after their schemas ran, with the query's other members. */
interface AsOfAliasInput {
  asOf?: string | undefined;
  at?: string | undefined;
  [other: string]: unknown;
}

/** `YYYY-MM`, in 2000–2100. */
export const monthParamSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM')
  .refine((text) => Number(text.slice(0, 4)) >= MIN_YEAR && Number(text.slice(0, 4)) <= MAX_YEAR, {
    message: `must be a month in ${MIN_YEAR}–${MAX_YEAR}`,
    params: { zh: `须为 ${MIN_YEAR}–${MAX_YEAR} 年间的月份` },
  });

/** A year `YYYY` in 2000–2100, as a number. */
export const yearParamSchema = z
  .string()
  .regex(/^\d{4}$/, 'must be a year such as 2023')
  .transform(Number)
  .refine((year) => year >= MIN_YEAR && year <= MAX_YEAR, {
    message: `must be within ${MIN_YEAR}–${MAX_YEAR}`,
    params: { zh: `须在 ${MIN_YEAR}–${MAX_YEAR} 之间` },
  });

/**
 * An id in a path or query: a plain positive decimal integer (`1`, `42`), no sign, leading zero,
 * space, exponent or hex, at most Number.MAX_SAFE_INTEGER. `0x1`, ` 1` and `1e1` are refused
 * rather than read as 1 or 10.
 */
export const idParamSchema = z
  .string()
  .regex(/^[1-9]\d{0,15}$/, 'must be a positive whole number in plain digits (1, 2, 3…)')
  .transform(Number)
  .refine((id) => Number.isSafeInteger(id), {
    message: `must be at most ${Number.MAX_SAFE_INTEGER}`,
    params: { zh: `不能大于 ${Number.MAX_SAFE_INTEGER}` },
  });

/**
 * Why `text` holds a control character (C0, U+0000–U+001F, or DEL, U+007F), or null when it holds
 * none. `multiline` allows line feeds and tabs (notes); everything else, NUL included, is refused
 * wherever text is stored.
 *
 * @example
 * controlCharacterProblem('a\u0000b', false);
 * // 'contains the control character U+0000 at position 2; no control characters are allowed'
 */
export function controlCharacterProblem(text: string, multiline: boolean): string | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find control characters
  const match = (multiline ? /[\u0000-\u0008\u000B-\u001F\u007F]/ : /[\u0000-\u001F\u007F]/).exec(text);
  if (!match) return null;
  const code = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const allowed = multiline
    ? 'only line breaks and tabs are allowed'
    : 'no control characters are allowed (line breaks and tabs included)';
  return `contains the control character ${code} at position ${match.index + 1}; ${allowed}`;
}

/** The Chinese of a {@link controlCharacterProblem}. */
function controlCharacterProblemZh(multiline: boolean): string {
  return multiline ? '含有控制字符（只允许换行和制表符），请删除' : '含有控制字符（包括换行和制表符），请删除';
}

/**
 * A free-text field of a request body (names, notes, assignees…): a string without control
 * characters; `multiline` fields (notes) may hold line feeds and tabs. Chain `.trim()`, `.min()`,
 * `.max()` as for any string.
 *
 * @example
 * textSchema().max(40).parse('张三'); // '张三'
 * textSchema({ multiline: true }).parse('第一行\n第二行'); // ok
 * textSchema().parse('a\u0000b'); // throws: contains the control character U+0000 …
 */
export function textSchema(options: { multiline?: boolean } = {}) {
  const multiline = options.multiline ?? false;
  return z.string().superRefine((text, ctx) => {
    const problem = controlCharacterProblem(text, multiline);
    if (problem)
      ctx.addIssue({ code: 'custom', message: problem, params: { zh: controlCharacterProblemZh(multiline) } });
  });
}

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
  /** A worker thread died while running the request's heavy task (it is replaced; try again). */
  'worker_failed',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/**
 * Body of every error response: `{"error":{"code","message","text":{"zh","en"}}}`: `message` in English for API
 * users and logs, `text` the same in both languages for the console to show.
 */
export const errorBodySchema = z.object({
  error: z.object({ code: errorCodeSchema, message: z.string(), text: localizedSchema }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
