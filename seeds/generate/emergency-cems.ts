import type { Db } from '../../server/db/open-database.ts';
import { addDays, addMinutes } from '../../server/time/cst.ts';
import { rowInserter } from '../insert-rows.ts';
import type { Rng } from '../random.ts';
import type { GeneratorContext } from './context.ts';
import { levelAt, outletMeasure, type Version, type Violators, type Warning } from './emergency-model.ts';
import type { OutletRow } from './outlets.ts';

/** An `outlet_readings` row as the demo CEMS hours write it (server/db/migrations/0009-live-monitoring.sql). */
export interface OutletReadingRow {
  outlet_id: string;
  ts: string;
  pm: number | null;
  so2: number | null;
  nox: number | null;
  o2: number | null;
  flow: number;
  temp: number;
  moisture: number;
  flags: string;
  [column: string]: string | number | null;
}

/** What an outlet's line does in an hour: runs, runs limited (share of output cut, %) or stands stopped. */
export type LineState = { kind: 'run' } | { kind: 'limit'; pct: number } | { kind: 'stop' };

type Key = 'pm' | 'so2' | 'nox';
const keys: readonly Key[] = ['pm', 'so2', 'nox'];

/** Baseline flow range (m³/h) by the outlet's standard. */
function flowRange(standard: string): [number, number] {
  if (standard.startsWith('gb16171-2012-coke')) return [90_000, 150_000];
  if (standard.startsWith('gb16171-2012-loading')) return [40_000, 80_000];
  if (standard.startsWith('gb13223')) return [70_000, 150_000];
  if (standard.startsWith('gb13271')) return [40_000, 70_000];
  return [30_000, 60_000];
}

/**
 * The demo CEMS hours of one outlet over (from, to] (hour-end labels): all flags N, a steady flow and
 * concentrations at 35–50 % of the tighter of its limits and ULE limits (so no stack rule fires), O2 a little
 * above the reference where it has one. `stateAt` says what the line does each hour: limited lines cut their flow
 * (so the emission rate falls by the share), stopped lines keep only a residual draft (2–5 % of the flow, never 0:
 * zero flow with valid values is a data-quality problem) and low concentrations.
 */
export function outletHours(
  rng: Rng,
  outlet: OutletRow,
  from: string,
  to: string,
  stateAt: (ts: string) => LineState,
  emit: (row: OutletReadingRow) => void,
): void {
  const limits = JSON.parse(outlet.limits) as Partial<Record<Key, number>>;
  const ule = outlet.ule_limits ? (JSON.parse(outlet.ule_limits) as Partial<Record<Key, number>>) : {};
  const [fMin, fMax] = flowRange(outlet.standard);
  const flow0 = Math.round(rng.range(fMin, fMax) / 100) * 100;
  const level: Partial<Record<Key, number>> = {};
  for (const k of keys) {
    const limit = limits[k];
    if (limit === undefined) continue;
    level[k] = Math.min(limit, ule[k] ?? limit) * rng.range(0.35, 0.5);
  }
  const flags = JSON.stringify(Object.fromEntries(keys.filter((k) => level[k] !== undefined).map((k) => [k, 'N'])));
  const r2 = (x: number) => Math.round(x * 100) / 100;
  for (let ts = addMinutes(from, 60); ts <= to; ts = addMinutes(ts, 60)) {
    const state = stateAt(ts);
    const noise = () => 1 + rng.range(-0.06, 0.06);
    const share = state.kind === 'stop' ? rng.range(0.02, 0.05) : state.kind === 'limit' ? 1 - state.pct / 100 : 1;
    const concShare = state.kind === 'stop' ? 0.15 : 1;
    const value = (k: Key) => {
      const v = level[k];
      return v === undefined ? null : r2(v * concShare * noise());
    };
    emit({
      outlet_id: outlet.id,
      ts,
      pm: value('pm'),
      so2: value('so2'),
      nox: value('nox'),
      o2: outlet.reference_o2 === null ? null : r2(outlet.reference_o2 + rng.range(0.6, 1.6)),
      flow: Math.round(flow0 * share * noise()),
      temp: r2((state.kind === 'stop' ? 25 : 95) * noise()),
      moisture: r2(8 * noise()),
      flags,
    });
  }
}

/** CEMS hours of the listed enterprises' outlets from 8 days before the first warning to the present. */
export function seedCems(
  db: Db,
  ctx: GeneratorContext,
  warnings: readonly Warning[],
  versions: readonly Version[],
  outlets: readonly OutletRow[],
  violators: Violators,
  to: string,
) {
  const listed = new Set(versions.flatMap((v) => v.entries.map((e) => e.enterpriseId)));
  const first = warnings[0];
  if (!first) return;
  const from = `${addDays(first.startAt.slice(0, 10), -8)}T00:00`;
  const insert = rowInserter(db, 'outlet_readings', [
    'outlet_id',
    'ts',
    'pm',
    'so2',
    'nox',
    'o2',
    'flow',
    'temp',
    'moisture',
    'flags',
  ]);
  for (const o of outlets) {
    if (!listed.has(o.enterprise_id)) continue;
    const stateAt = (ts: string): LineState => {
      const hourStart = addMinutes(ts, -60);
      for (const w of warnings) {
        const level = levelAt(w, hourStart);
        if (!level) continue;
        const entry = w.version.entries.find((e) => e.enterpriseId === o.enterprise_id);
        const m = entry ? outletMeasure(entry, level, o.code) : undefined;
        if (!m) return { kind: 'run' };
        const violator = w.id === violators.warningId;
        if (violator && violators.cemsStop?.enterpriseId === o.enterprise_id && violators.cemsStop.code === o.code)
          return { kind: 'run' };
        if (violator && violators.cemsLimit?.enterpriseId === o.enterprise_id && violators.cemsLimit.code === o.code)
          return { kind: 'limit', pct: (m.limitPct ?? 30) / 4 };
        return m.kind === 'stop' ? { kind: 'stop' } : { kind: 'limit', pct: m.limitPct ?? 0 };
      }
      return { kind: 'run' };
    };
    outletHours(ctx.rngFor(`emergency/cems/${o.id}`), o, from, to, stateAt, (row) => insert(row));
  }
}
