import type { Plan, TrackedTask } from '../schema/plan.ts';
import { bboxOf } from '../spatial/bbox-of.ts';
import type { ReferenceTownship } from './load-reference-data.ts';

/** A row of `townships`. */
export interface TownshipRow {
  code: string;
  code12: string;
  name: string;
  name_en: string;
  kind: ReferenceTownship['kind'];
  lon: number;
  lat: number;
  geometry: string;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
  area_km2: number;
  provenance: ReferenceTownship['provenance'];
  source: string;
  [column: string]: string | number | null;
}

/**
 * Rows of `townships` from the provisional partition in geodata/ (codes and names official, NBS
 * 2021; boundaries as each township's `method` says).
 *
 * @example
 * townshipRows(loadReferenceData().townships)[0]?.code; // '140902001'
 */
export function townshipRows(townships: readonly ReferenceTownship[]): TownshipRow[] {
  return townships.map((t) => {
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

/** A row of `plan_targets` or `plan_tasks` (column → value). */
export type PlanRow = Record<string, string | number | null>;

/** The tracking state a task starts with. */
export interface TaskTracking {
  status: TrackedTask['status'];
  provenance: TrackedTask['statusProvenance'];
}

/**
 * Rows of `plan_targets` and `plan_tasks` from seeds/plan/plan.json: the plan's text (official).
 * `tracking` gives each task's starting status; default `not-started`, provenance `approximate`
 * (a default nobody has confirmed yet; the console's task tracker sets official ones).
 *
 * @example
 * planRows(loadReferenceData().plan).tasks.length; // 17
 */
export function planRows(
  plan: Plan,
  tracking: (task: Plan['tasks'][number]) => TaskTracking = () => ({
    status: 'not-started',
    provenance: 'approximate',
  }),
): { targets: PlanRow[]; tasks: PlanRow[] } {
  const targets = plan.targets.map((t, position) => ({
    id: t.id,
    position,
    subject: t.subject,
    statistic: t.statistic,
    limit_value: t.limit,
    unit: t.unit,
    basis: t.basis,
    standard: t.standard,
    strength: t.strength,
    name_zh: t.nameZh,
    name_en: t.nameEn,
    quote: t.quote,
  }));
  const tasks = plan.tasks.map((t) => {
    const { status, provenance } = tracking(t);
    return {
      number: t.number,
      part: t.part,
      section: t.section,
      title: t.title,
      title_en: t.titleEn,
      requirement: t.requirement,
      lead_units: JSON.stringify(t.leadUnits),
      cooperating_units: JSON.stringify(t.cooperatingUnits),
      responsible_units: JSON.stringify(t.responsibleUnits),
      deadlines: JSON.stringify(t.deadlines),
      schedule: t.schedule ? JSON.stringify(t.schedule) : null,
      period: t.period ? JSON.stringify(t.period) : null,
      status,
      progress_note: null,
      status_provenance: provenance,
    };
  });
  return { targets, tasks };
}
