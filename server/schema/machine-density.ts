/**
 * Non-road machines' position density: `GET /api/machines/density` (issue 18). The positions the
 * machines reported in a window ending at as-of, counted per square grid cell over the district.
 *
 * The grid: cells of `cellMeters` (250, 500 or 1000 m, a console convention) on a fixed origin
 * (lon 112°, lat 38°, south-west of the district), `dLon` × `dLat` degrees each (`dLat` =
 * cellMeters / 111,320 m, `dLon` = that over cos 38.45°, the district's mid-latitude), so the
 * same cell has the same index at every as-of. Cell (ix, iy) covers
 * `originLon + ix·dLon ≤ lon < originLon + (ix+1)·dLon` and likewise in latitude.
 *
 * The window: `after < ts ≤ to` (`to` = as-of): `30d` the 30 days up to as-of (after = as-of − 30
 * days, excluded), `ytd` the calendar year of as-of up to as-of (after = the last minute of the
 * previous year, so 1 January 00:00 is in).
 *
 * @module
 */
import { z } from 'zod';
import { asOfParamSchema } from './common.ts';

/** The windows offered: the 30 days up to as-of (the default), the year to date. */
export const densityWindows = ['30d', 'ytd'] as const;
export type DensityWindow = (typeof densityWindows)[number];

/** Cell sizes offered, in metres (the default 500). */
export const densityCellSizes = ['250', '500', '1000'] as const;

export const machineDensityQuerySchema = z
  .object({
    asOf: asOfParamSchema.optional(),
    window: z.enum(densityWindows).default('30d'),
    cell: z
      .enum(densityCellSizes)
      .default('500')
      .transform((text) => Number(text)),
  })
  .strict();
export type MachineDensityQuery = z.infer<typeof machineDensityQuerySchema>;

const count = z.number().int().nonnegative();

export const machineDensityResponseSchema = z.object({
  /** As-of, `YYYY-MM-DDTHH:mm` CST: the window's end, included. */
  to: z.string(),
  /** The window's start, excluded (`after < ts ≤ to`). */
  after: z.string(),
  window: z.enum(densityWindows),
  cellMeters: z.number().int().positive(),
  grid: z.object({
    originLon: z.number(),
    originLat: z.number(),
    /** A cell's width, degrees of longitude. */
    dLon: z.number().positive(),
    /** A cell's height, degrees of latitude. */
    dLat: z.number().positive(),
  }),
  /** Positions in the window (the sum of every cell's count). */
  positions: count,
  /** Machines with at least one position in the window. */
  machines: count,
  /** The largest cell count (0 when no position). */
  max: count,
  /** `[ix, iy, count]` per cell with at least one position, ordered by ix then iy. */
  cells: z.array(z.tuple([z.number().int(), z.number().int(), count.positive()])),
});
export type MachineDensity = z.infer<typeof machineDensityResponseSchema>;
