import type { CityIndicators, CityIndicatorsInput } from '../schema/city-indicators.ts';
import type { Db } from './open-database.ts';

/** A row of `city_indicators` (migration 0007). */
interface CityIndicatorRow {
  year: number;
  pm25: number | null;
  pm10: number | null;
  so2: number | null;
  no2: number | null;
  co: number | null;
  o3: number | null;
  good_day_ratio: number | null;
  so2_cap: number | null;
  so2_reduction: number | null;
  nox_cap: number | null;
  nox_reduction: number | null;
  pm_cap: number | null;
  pm_reduction: number | null;
  vocs_cap: number | null;
  vocs_reduction: number | null;
  source_name: string;
  source_number: string | null;
  source_issuer: string;
  source_date: string;
  provenance: CityIndicators['provenance'];
  updated_at: string;
  updated_by: string;
}

const toIndicators = (row: CityIndicatorRow): CityIndicators => ({
  year: row.year,
  concentrations: { 'PM2.5': row.pm25, PM10: row.pm10, SO2: row.so2, NO2: row.no2, CO: row.co, O3: row.o3 },
  goodDayRatio: row.good_day_ratio,
  emissions: {
    SO2: { cap: row.so2_cap, reduction: row.so2_reduction },
    NOx: { cap: row.nox_cap, reduction: row.nox_reduction },
    PM: { cap: row.pm_cap, reduction: row.pm_reduction },
    VOCs: { cap: row.vocs_cap, reduction: row.vocs_reduction },
  },
  source: { name: row.source_name, number: row.source_number, issuer: row.source_issuer, issuedOn: row.source_date },
  provenance: row.provenance,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

/** Every year's indicators, oldest first (empty on a fresh install). */
export function listCityIndicators(db: Db): CityIndicators[] {
  const rows = db.prepare('SELECT * FROM city_indicators ORDER BY year').all() as CityIndicatorRow[];
  return rows.map(toIndicators);
}

/** The indicators of `year`, or undefined when none were entered. */
export function readCityIndicators(db: Db, year: number): CityIndicators | undefined {
  const row = db.prepare('SELECT * FROM city_indicators WHERE year = ?').get(year) as CityIndicatorRow | undefined;
  return row && toIndicators(row);
}

/**
 * Creates or replaces the indicators of `year`; returns them as stored. `at`: ISO 8601 UTC; `by`: who entered them.
 *
 * @example
 * putCityIndicators(db, 2024, input, '2024-03-01T08:00:00.000Z', 'admin');
 */
export function putCityIndicators(
  db: Db,
  year: number,
  input: CityIndicatorsInput,
  at: string,
  by: string,
): CityIndicators {
  const { concentrations: c, emissions: e, source } = input;
  db.prepare(
    `INSERT INTO city_indicators (year, pm25, pm10, so2, no2, co, o3, good_day_ratio,
       so2_cap, so2_reduction, nox_cap, nox_reduction, pm_cap, pm_reduction, vocs_cap, vocs_reduction,
       source_name, source_number, source_issuer, source_date, provenance, updated_at, updated_by)
     VALUES (@year, @pm25, @pm10, @so2, @no2, @co, @o3, @goodDayRatio,
       @so2Cap, @so2Reduction, @noxCap, @noxReduction, @pmCap, @pmReduction, @vocsCap, @vocsReduction,
       @sourceName, @sourceNumber, @sourceIssuer, @sourceDate, @provenance, @at, @by)
     ON CONFLICT (year) DO UPDATE SET
       pm25 = excluded.pm25, pm10 = excluded.pm10, so2 = excluded.so2, no2 = excluded.no2, co = excluded.co,
       o3 = excluded.o3, good_day_ratio = excluded.good_day_ratio,
       so2_cap = excluded.so2_cap, so2_reduction = excluded.so2_reduction,
       nox_cap = excluded.nox_cap, nox_reduction = excluded.nox_reduction,
       pm_cap = excluded.pm_cap, pm_reduction = excluded.pm_reduction,
       vocs_cap = excluded.vocs_cap, vocs_reduction = excluded.vocs_reduction,
       source_name = excluded.source_name, source_number = excluded.source_number,
       source_issuer = excluded.source_issuer, source_date = excluded.source_date,
       provenance = excluded.provenance, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run({
    year,
    pm25: c['PM2.5'],
    pm10: c.PM10,
    so2: c.SO2,
    no2: c.NO2,
    co: c.CO,
    o3: c.O3,
    goodDayRatio: input.goodDayRatio,
    so2Cap: e.SO2.cap,
    so2Reduction: e.SO2.reduction,
    noxCap: e.NOx.cap,
    noxReduction: e.NOx.reduction,
    pmCap: e.PM.cap,
    pmReduction: e.PM.reduction,
    vocsCap: e.VOCs.cap,
    vocsReduction: e.VOCs.reduction,
    sourceName: source.name,
    sourceNumber: source.number,
    sourceIssuer: source.issuer,
    sourceDate: source.issuedOn,
    provenance: input.provenance,
    at,
    by,
  });
  const stored = readCityIndicators(db, year);
  if (!stored) throw new Error(`city indicators ${year}: not stored`); // cannot happen
  return stored;
}

/** Removes the indicators of `year`; whether there were any. */
export function deleteCityIndicators(db: Db, year: number): boolean {
  return db.prepare('DELETE FROM city_indicators WHERE year = ?').run(year).changes > 0;
}
