import { z } from 'zod';
import { localizedSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape } from './layer-query.ts';

/** The metrics of the surface (kept equal to server/aq/surface-bands.ts SURFACE_METRICS). */
export const airSurfaceMetrics = ['aqi', 'pm25', 'pm10', 'o3', 'no2'] as const;

/** Smallest and largest cell edge, km: 0.5 km over the ~2,600 km² district is ~13,000 cells at most. */
export const MIN_SURFACE_CELL_KM = 0.5;
export const MAX_SURFACE_CELL_KM = 5;
/** The default cell edge, km. */
export const DEFAULT_SURFACE_CELL_KM = 1;

const cellParamSchema = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'must be a cell edge in km in plain digits (0.5–5)')
  .transform(Number)
  .refine((km) => km >= MIN_SURFACE_CELL_KM && km <= MAX_SURFACE_CELL_KM, {
    message: `must be between ${MIN_SURFACE_CELL_KM} and ${MAX_SURFACE_CELL_KM} km`,
  });

/**
 * GET /api/air/surface: `asOf` (default: the dataset's present; the surface is of the hour that ended at or
 * before it), `metric` (default `aqi`), `cell` (cell edge in km, default 1, 0.5–5).
 */
export const airSurfaceQuerySchema = z
  .object({
    ...asOfQueryShape,
    metric: z.enum(airSurfaceMetrics, { error: "must be one of 'aqi', 'pm25', 'pm10', 'o3', 'no2'" }).default('aqi'),
    cell: cellParamSchema.optional(),
  })
  .strict();

const levelSchema = z.number().int().min(1).max(6);
const kindSchema = z.enum(['national', 'micro']);

/**
 * The concentration surface of one hour: IDW (power 2) of the stations' values of that hour on a grid of square
 * cells clipped to the county (a cell whose centre lies in it, plus every cell holding a station used), each cell
 * with its value and HJ 633-2012 level; the bands with their edges; the stations used and excluded; the wind.
 * Positions `[lon, lat]` WGS84; values are AQI (dimensionless) or µg/m³.
 */
export const airSurfaceResponseSchema = z.object({
  /** The hour shown: its hour-ending label `YYYY-MM-DDTHH:00` (China Standard Time). */
  hour: z.string(),
  metric: z.enum(airSurfaceMetrics),
  unit: z.enum(['AQI', 'µg/m³']),
  method: z.object({
    name: z.literal('idw'),
    power: z.number(),
    /** The method in words: a console convention, no standard gives one. */
    text: localizedSchema,
  }),
  /** The grid: south-west corner, cell size in degrees and km, columns and rows. */
  grid: z.object({
    west: z.number(),
    south: z.number(),
    cellLon: z.number().positive(),
    cellLat: z.number().positive(),
    cellKm: z.number().positive(),
    cols: z.number().int().positive(),
    rows: z.number().int().positive(),
  }),
  /** The cells drawn; `station` is the code of the station whose reading a cell shows (null: interpolated). */
  cells: z.array(
    z.object({
      col: z.number().int().nonnegative(),
      row: z.number().int().nonnegative(),
      value: z.number().nonnegative(),
      level: levelSchema,
      station: z.string().nullable(),
    }),
  ),
  /** The six HJ 633-2012 bands of the metric: values in (from, to] (the first includes 0); `to` null: open top. */
  bands: z.array(z.object({ level: levelSchema, from: z.number(), to: z.number().nullable(), color: z.string() })),
  /** Smallest and largest value used; null with no station. */
  range: z.object({ min: z.number(), max: z.number() }).nullable(),
  stations: z.object({
    used: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        kind: kindSchema,
        value: z.number().nonnegative(),
        level: levelSchema,
        position: z.tuple([z.number(), z.number()]),
      }),
    ),
    excluded: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        kind: kindSchema,
        reason: z.enum(['missing', 'invalid', 'stopped']),
        position: z.tuple([z.number(), z.number()]),
      }),
    ),
  }),
  /** Wind where a station reported it that hour: speed m/s, direction the wind blows from, ° from north. */
  wind: z.array(
    z.object({
      code: z.string(),
      position: z.tuple([z.number(), z.number()]),
      ws: z.number().nonnegative(),
      wd: z.number().min(0).lt(360),
    }),
  ),
  /** Why there are no cells (no station had a valid value that hour); null when there are. */
  empty: localizedSchema.nullable(),
  /** The least official provenance of the readings used (synthetic for the demo data). */
  provenance: provenanceSchema.nullable(),
});

export type AirSurfaceQuery = z.infer<typeof airSurfaceQuerySchema>;
export type AirSurface = z.infer<typeof airSurfaceResponseSchema>;
export type AirSurfaceMetric = (typeof airSurfaceMetrics)[number];
