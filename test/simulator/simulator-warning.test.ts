/**
 * The simulator obeys the heavy-pollution response (issue 15): in an hour of an issued warning, a listed outlet
 * with a stop measure at the warning's level sends 2–5 % of its normal (baseline) flow, a limited one its flow cut
 * by the measure's %, the run's one violator (the first outlet, by id, with a stop measure) sends its usual output,
 * every outlet outside the warning sends as usual; the compliance check then finds exactly the violator
 * non-compliant. A staggered-production schedule in force binds its outlet the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complianceOf } from '../../server/db/emergency-facts.ts';
import { readListVersion } from '../../server/db/emergency-list-repository.ts';
import { insertWarning, insertWarningEvent, readWarning } from '../../server/db/emergency-warnings-repository.ts';
import { readHourBindings, readSimulatorDevices } from '../../server/db/simulator-reads.ts';
import { planDevices, type SimDevice } from '../../server/simulator/device-plan.ts';
import { boundValues } from '../../server/simulator/outlet-binding.ts';
import { addMinutes } from '../../server/time/cst.ts';
import { type SimOutlet, stackValues } from '../../server/simulator/stack-values.ts';
import { clearEmergency } from '../helpers/emergency-test-list.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
/** Three outlets of three enterprises, by id: the violator (stop), a stopped one, a limited one; and one unlisted. */
let violator: SimOutlet;
let stopped: SimOutlet;
let limited: SimOutlet;
let unlisted: SimOutlet;
let warningId: number;
let listId: number;

/** The stored baseline hours before the warning: a steady 50,000 m³/h (±2 %), PM 5, SO2 20, NOx 40 mg/m³. */
const BASE_FLOW = 50_000;

const INSIDE = '2023-07-15T10:00';
const BEFORE = '2023-07-15T07:00';
const AFTER = '2023-07-16T08:00';

/** The hour's stack values as the simulator produces them: the binding read, then the values. */
const simulated = (outlet: SimOutlet, hourStart: string) =>
  boundValues(readHourBindings(seeded.db, hourStart), outlet.id, hourStart, stackValues(outlet, hourStart));

/** Stores an outlet's hour (hour-end label `ts`), every value flagged valid. */
const storeHour = (outletId: string, ts: string, v: { flow: number; pm: number; so2: number; nox: number }) =>
  seeded.db
    .prepare(
      `INSERT OR REPLACE INTO outlet_readings (outlet_id, ts, pm, so2, nox, o2, flow, temp, moisture, flags)
       VALUES (?, ?, ?, ?, ?, NULL, ?, 90, 8, '{"pm":"N","so2":"N","nox":"N"}')`,
    )
    .run(outletId, ts, v.pm, v.so2, v.nox, v.flow);

const outletRow = (id: string) =>
  seeded.db.prepare('SELECT enterprise_id AS enterpriseId, code FROM outlets WHERE id = ?').get(id) as {
    enterpriseId: string;
    code: string;
  };

/** A list version effective from `from` with one entry per [outlet, orange measure]. */
function insertList(from: string, entries: readonly [SimOutlet, 'stop' | 'limit', number | null][]): number {
  const db = seeded.db;
  const version = Number(
    db
      .prepare(
        `INSERT INTO emergency_list_versions (version, effective_from, title, signed_off_by, signed_off_on, note,
           source, provenance, created_at, created_by)
         VALUES ('模拟器测试', ?, '测试清单', '测试局长', ?, NULL, 'manual', 'synthetic',
           '2023-06-01T00:00:00Z', 'test')`,
      )
      .run(from, from).lastInsertRowid,
  );
  const measure = db.prepare(
    `INSERT INTO emergency_list_measures (version_id, enterprise_id, level, seq, line, kind, limit_pct, outlet_code,
       text) VALUES (?, ?, ?, 1, '1#线', ?, ?, ?, '测试措施')`,
  );
  for (const [outlet, kind, pct] of entries) {
    const { enterpriseId, code } = outletRow(outlet.id);
    db.prepare(
      `INSERT INTO emergency_list_entries (version_id, enterprise_id, enterprise_name, grade, industry, built_up_area,
         heavy_polluter, contact) VALUES (?, ?, '测试企业', 'C', '建材', 0, 0, NULL)`,
    ).run(version, enterpriseId);
    // yellow: only a 10 % limit (the violator's stop is at orange, the level of the warning)
    measure.run(version, enterpriseId, 'yellow', 'limit', 10, code);
    measure.run(version, enterpriseId, 'orange', kind, pct, code);
    measure.run(version, enterpriseId, 'red', 'stop', null, code);
  }
  return version;
}

beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  clearEmergency(seeded.db);
  seeded.db.prepare('DELETE FROM stagger_schedules').run();
  const stacks = planDevices(readSimulatorDevices(seeded.db))
    .flatMap((d: SimDevice) => (d.outlet ? [d.outlet] : []))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  // one outlet per enterprise, so a measure binds exactly the outlet it names
  const seen = new Set<string>();
  const picked = stacks.filter((o) => {
    const { enterpriseId } = outletRow(o.id);
    if (seen.has(enterpriseId)) return false;
    seen.add(enterpriseId);
    return true;
  });
  expect(picked.length).toBeGreaterThanOrEqual(4);
  [violator, stopped, limited, unlisted] = picked as [SimOutlet, SimOutlet, SimOutlet, SimOutlet];
  for (const outlet of [violator, stopped, limited]) {
    for (let h = 0; h < 7 * 24; h += 1) {
      const ts = addMinutes('2023-07-08T08:00', 60 * (h + 1));
      storeHour(outlet.id, ts, { flow: BASE_FLOW * (0.98 + (h % 5) / 100), pm: 5, so2: 20, nox: 40 });
    }
  }
  listId = insertList('2023-06-01', [
    [violator, 'stop', null],
    [stopped, 'stop', null],
    [limited, 'limit', 40],
  ]);
  warningId = insertWarning(seeded.db, {
    issuedAt: '2023-07-14T16:00',
    startAt: '2023-07-15T08:00',
    plannedEndAt: '2023-07-16T08:00',
    basis: 'decision',
    forecast: null,
    document: null,
    note: null,
    listVersionId: listId,
    provenance: 'synthetic',
    createdAt: '2023-07-14T08:00:00Z',
    createdBy: 'test',
  });
  insertWarningEvent(seeded.db, warningId, {
    kind: 'issue',
    effectiveAt: '2023-07-15T08:00',
    level: 'orange',
    plannedEndAt: '2023-07-16T08:00',
    note: null,
    recordedAt: '2023-07-14T08:00:00Z',
    recordedBy: 'test',
  });
}, 240_000);

afterAll(() => seeded?.dispose());

describe('the simulator under an issued orange warning', () => {
  it('picks the first outlet with a stop measure as the violator', () => {
    const bindings = readHourBindings(seeded.db, INSIDE);
    expect(bindings.warningInForce).toBe(true);
    expect(bindings.violatorOutletId).toBe(violator.id);
    expect(bindings.byOutlet.get(stopped.id)).toMatchObject([{ kind: 'stop', source: 'warning' }]);
    expect(bindings.byOutlet.get(limited.id)).toMatchObject([{ kind: 'limit', limitPct: 40 }]);
    expect(bindings.byOutlet.get(limited.id)?.[0]?.baseline).toEqual({
      flow: BASE_FLOW,
      pm: 5,
      so2: 20,
      nox: 40,
      rate: 65 * BASE_FLOW,
    });
    expect(bindings.byOutlet.has(unlisted.id)).toBe(false);
  });

  it('stops a stopped line to 2–5 % of its baseline flow, concentrations as in the baseline', () => {
    for (const hour of [INSIDE, '2023-07-15T08:00', '2023-07-16T07:00']) {
      const v = simulated(stopped, hour);
      expect(v.flow).toBeGreaterThan(0);
      expect(v.flow / BASE_FLOW).toBeGreaterThanOrEqual(0.019);
      expect(v.flow / BASE_FLOW).toBeLessThanOrEqual(0.051);
      expect(v.nox).toBeGreaterThanOrEqual(40 * 0.94);
      expect(v.nox).toBeLessThanOrEqual(40);
      expect(v.pmCou).toBeCloseTo((v.pm * v.flow) / 1e6, 3);
      expect(v.o2).toBe(stackValues(stopped, hour).o2);
    }
  });

  it('cuts a limited line by its measure’s %', () => {
    const v = simulated(limited, INSIDE);
    expect(v.flow / BASE_FLOW).toBeGreaterThan(0.6 * 0.98);
    expect(v.flow / BASE_FLOW).toBeLessThan(0.6 * 1.03);
    expect(v.noxCou / ((40 * BASE_FLOW) / 1e6)).toBeLessThanOrEqual(0.6 * 1.03);
  });

  it('leaves the violator at its usual output and the unlisted outlet unchanged', () => {
    const v = simulated(violator, INSIDE);
    expect(v.flow / BASE_FLOW).toBeGreaterThanOrEqual(0.98);
    expect(v.flow / BASE_FLOW).toBeLessThanOrEqual(1.05);
    expect([v.pm, v.so2, v.nox]).toEqual([5, 20, 40]);
    expect(simulated(unlisted, INSIDE)).toEqual(stackValues(unlisted, INSIDE));
  });

  it('changes nothing before the start or from the planned end on', () => {
    for (const hour of [BEFORE, AFTER]) {
      expect(readHourBindings(seeded.db, hour).warningInForce).toBe(false);
      for (const outlet of [violator, stopped, limited]) {
        expect(simulated(outlet, hour)).toEqual(stackValues(outlet, hour));
      }
    }
  });

  it('leaves the compliance check one non-compliant enterprise: the violator', () => {
    for (let h = 0; h < 12; h += 1) {
      const hourStart = addMinutes('2023-07-15T08:00', 60 * h);
      for (const outlet of [violator, stopped, limited]) {
        storeHour(outlet.id, addMinutes(hourStart, 60), simulated(outlet, hourStart));
      }
    }
    const warning = readWarning(seeded.db, warningId);
    const entries = readListVersion(seeded.db, listId)?.entries ?? [];
    expect(warning).not.toBeNull();
    if (!warning) return;
    const verdicts = Object.fromEntries(
      complianceOf(seeded.db, warning, entries, '2023-07-15T20:00').map((c) => [c.enterpriseId, c.verdict]),
    );
    expect(verdicts).toEqual({
      [outletRow(violator.id).enterpriseId]: 'non-compliant',
      [outletRow(stopped.id).enterpriseId]: 'compliant',
      [outletRow(limited.id).enterpriseId]: 'compliant',
    });
  });
});

describe('the simulator under staggered production', () => {
  it('binds a scheduled outlet on the schedule’s days only, against its baseline before the start', () => {
    const { enterpriseId, code } = outletRow(unlisted.id);
    for (let h = 0; h < 7 * 24; h += 1) {
      storeHour(unlisted.id, addMinutes('2023-11-08T00:00', 60 * (h + 1)), {
        flow: BASE_FLOW,
        pm: 5,
        so2: 20,
        nox: 40,
      });
    }
    seeded.db
      .prepare(
        `INSERT INTO stagger_schedules (season, enterprise_id, line, outlet_code, period_from, period_to, production,
           limit_pct, stricter_built_up, basis, note, provenance, created_at, created_by)
         VALUES ('2023-2024', ?, '1#线', ?, '2023-11-15', '2023-11-30', 'limit', 50, 0, '错峰生产方案', NULL,
           'synthetic', '2023-10-01T00:00:00Z', 'test')`,
      )
      .run(enterpriseId, code);
    const inside = '2023-11-20T10:00';
    expect(readHourBindings(seeded.db, inside).byOutlet.get(unlisted.id)).toMatchObject([{ source: 'stagger' }]);
    expect(simulated(unlisted, inside).flow / BASE_FLOW).toBeCloseTo(0.5, 3);
    expect(simulated(unlisted, '2023-12-01T10:00')).toEqual(stackValues(unlisted, '2023-12-01T10:00'));
  });
});
