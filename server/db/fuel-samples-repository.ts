import type { FailedItem } from '../fuel/check-failed-items.ts';
import type { StoredFuelSample } from '../fuel/sample-at.ts';
import type { FuelProduct, SampleResult, SampleSiteKind, TraceStatus } from '../schema/enums/fuel-sample.ts';
import type { Provenance } from '../schema/common.ts';
import type { Db } from './open-database.ts';

interface Row {
  id: number;
  sample_no: string;
  sampled_at: string;
  site_kind: SampleSiteKind;
  site_name: string;
  site_ref: string | null;
  township_code: string;
  township_name: string;
  lon: number;
  lat: number;
  product: FuelProduct;
  standard: string;
  result: SampleResult;
  failed_items: string;
  lab: string | null;
  sampler: string;
  result_on: string | null;
  provenance: Provenance;
  source: string;
  trace_id: number | null;
  supplier: string | null;
  transporter: string | null;
  origin: string | null;
  trace_status: TraceStatus | null;
  case_id: number | null;
  note: string | null;
  opened_at: string | null;
  closed_at: string | null;
  updated_at: string | null;
}

const SELECT = `SELECT s.*, t.name AS township_name, tr.id AS trace_id, tr.supplier, tr.transporter, tr.origin,
    tr.status AS trace_status, tr.case_id, tr.note, tr.opened_at, tr.closed_at, tr.updated_at
  FROM fuel_samples s JOIN townships t ON t.code = s.township_code
  LEFT JOIN fuel_traces tr ON tr.sample_id = s.id`;

const toStored = (r: Row): StoredFuelSample => ({
  id: r.id,
  sampleNo: r.sample_no,
  sampledAt: r.sampled_at,
  siteKind: r.site_kind,
  siteName: r.site_name,
  siteRef: r.site_ref,
  township: r.township_code,
  townshipName: r.township_name,
  lon: r.lon,
  lat: r.lat,
  product: r.product,
  standard: r.standard,
  result: r.result,
  resultOn: r.result_on,
  failedItems: JSON.parse(r.failed_items) as FailedItem[],
  lab: r.lab,
  sampler: r.sampler,
  provenance: r.provenance,
  source: r.source,
  trace:
    r.trace_id === null || r.trace_status === null || r.opened_at === null || r.updated_at === null
      ? null
      : {
          id: r.trace_id,
          supplier: r.supplier,
          transporter: r.transporter,
          origin: r.origin,
          status: r.trace_status,
          caseId: r.case_id,
          note: r.note ?? '',
          openedAt: r.opened_at,
          closedAt: r.closed_at,
          updatedAt: r.updated_at,
        },
});

/** Filters of {@link readFuelSamples}; absent members do not filter. */
export interface FuelSampleFilter {
  siteKinds?: readonly SampleSiteKind[] | undefined;
  products?: readonly FuelProduct[] | undefined;
  township?: string | undefined;
  /** First and last day sampled, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  /** Sampled at or before this moment (as-of). */
  until: string;
}

/** The samples taken by `until` matching the filter, newest first, each with its trace (as stored). */
export function readFuelSamples(db: Db, filter: FuelSampleFilter): StoredFuelSample[] {
  const kinds = filter.siteKinds ? JSON.stringify(filter.siteKinds) : null;
  const products = filter.products ? JSON.stringify(filter.products) : null;
  const rows = db
    .prepare(
      `${SELECT} WHERE s.sampled_at <= @until
        AND (@kinds IS NULL OR s.site_kind IN (SELECT value FROM json_each(@kinds)))
        AND (@products IS NULL OR s.product IN (SELECT value FROM json_each(@products)))
        AND (@township IS NULL OR s.township_code = @township)
        AND (@from IS NULL OR s.sampled_at >= @from)
        AND (@to IS NULL OR s.sampled_at <= @to || 'T23:59')
       ORDER BY s.sampled_at DESC, s.id DESC`,
    )
    .all({
      until: filter.until,
      kinds,
      products,
      township: filter.township ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
    }) as Row[];
  return rows.map(toStored);
}

/** One sample with its trace, or null. */
export function readFuelSample(db: Db, id: number): StoredFuelSample | null {
  const row = db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as Row | undefined;
  return row ? toStored(row) : null;
}

/** Whether a sample number is taken. */
export function sampleNoTaken(db: Db, sampleNo: string): boolean {
  return db.prepare('SELECT 1 FROM fuel_samples WHERE sample_no = ?').get(sampleNo) !== undefined;
}

/** The place of a sampling site named by `ref`: an enterprise's or a fuel point's id; null when neither. */
export function readSitePlace(
  db: Db,
  ref: string,
): { name: string; township: string; lon: number; lat: number; kind: 'enterprise' | 'fuel-point' } | null {
  const row = db
    .prepare(
      `SELECT name, township_code AS township, lon, lat, 'enterprise' AS kind FROM enterprises WHERE id = @ref
       UNION ALL SELECT name, township_code, lon, lat, 'fuel-point' FROM fuel_points WHERE id = @ref LIMIT 1`,
    )
    .get({ ref }) as { name: string; township: string; lon: number; lat: number; kind: 'enterprise' } | undefined;
  return row ?? null;
}

/** A new sample's stored columns. */
export interface FuelSampleInsert {
  sampleNo: string;
  sampledAt: string;
  siteKind: SampleSiteKind;
  siteName: string;
  siteRef: string | null;
  township: string;
  lon: number;
  lat: number;
  product: FuelProduct;
  standard: string;
  result: SampleResult;
  failedItems: readonly FailedItem[];
  lab: string | null;
  sampler: string;
  resultOn: string | null;
  provenance: Provenance;
  source: string;
}

/** Inserts a sample; returns its id. */
export function insertFuelSample(db: Db, s: FuelSampleInsert): number {
  return Number(
    db
      .prepare(
        `INSERT INTO fuel_samples (sample_no, sampled_at, site_kind, site_name, site_ref, township_code, lon, lat,
           product, standard, result, failed_items, lab, sampler, result_on, provenance, source)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        s.sampleNo,
        s.sampledAt,
        s.siteKind,
        s.siteName,
        s.siteRef,
        s.township,
        s.lon,
        s.lat,
        s.product,
        s.standard,
        s.result,
        JSON.stringify(s.failedItems),
        s.lab,
        s.sampler,
        s.resultOn,
        s.provenance,
        s.source,
      ).lastInsertRowid,
  );
}

/** Records a sample's lab result. */
export function updateFuelResult(
  db: Db,
  id: number,
  r: { result: SampleResult; resultOn: string; failedItems: readonly FailedItem[]; lab: string | null },
): void {
  db.prepare('UPDATE fuel_samples SET result = ?, result_on = ?, failed_items = ?, lab = ? WHERE id = ?').run(
    r.result,
    r.resultOn,
    JSON.stringify(r.failedItems),
    r.lab,
    id,
  );
}

/** Opens the trace of a failed sample (status open) unless it has one. */
export function openFuelTrace(db: Db, sampleId: number, at: string): void {
  db.prepare(
    `INSERT INTO fuel_traces (sample_id, status, opened_at, updated_at) VALUES (?, 'open', ?, ?)
     ON CONFLICT (sample_id) DO NOTHING`,
  ).run(sampleId, at, at);
}

/** Updates a trace's findings and status (`closed` sets closed_at to `at`, any other clears it). */
export function updateFuelTrace(
  db: Db,
  sampleId: number,
  t: { supplier: string | null; transporter: string | null; origin: string | null; status: TraceStatus; note: string },
  at: string,
): void {
  db.prepare(
    `UPDATE fuel_traces SET supplier = ?, transporter = ?, origin = ?, status = ?, note = ?, updated_at = ?,
       closed_at = CASE WHEN ? = 'closed' THEN ? ELSE NULL END WHERE sample_id = ?`,
  ).run(t.supplier, t.transporter, t.origin, t.status, t.note, at, t.status, at, sampleId);
}
