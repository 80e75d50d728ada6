import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import {
  emissionsResponseSchema,
  outletHoursResponseSchema,
  outletsResponseSchema,
} from '../../server/schema/outlets.ts';
import { ruleHitsResponseSchema } from '../../server/schema/rules.ts';
import { readAllOutletReadings, readOutletMasses } from '../../server/db/outlets-repository.ts';
import { sumOutletMasses } from '../../server/monitoring/emission-totals.ts';
import { addMinutes } from '../../server/time/cst.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let viewer: Caller;

/** The 24 hours up to the demo present (2023-12-31T23:00). */
const day = Array.from({ length: 24 }, (_, i) => addMinutes('2023-12-31T00:00', 60 * i));

beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  // these tests write the outlet hours they judge: the seed's (the listed enterprises' CEMS hours, issue 15) go
  seeded.db.prepare('DELETE FROM outlet_readings').run();
  const insert = seeded.db.prepare(
    `INSERT INTO outlet_readings
       (outlet_id, ts, pm, so2, nox, o2, flow, temp, moisture, pm_cou, so2_cou, nox_cou, flags)
     VALUES (@outlet, @ts, @pm, @so2, @nox, @o2, @flow, 60, 8, @pmCou, NULL, NULL, @flags)`,
  );
  const N = JSON.stringify({ pm: 'N' });
  for (const [i, ts] of day.entries()) {
    // 铁牛 (ULE particulate 10): 6 mg/m³ × 40,000 m³/h, the last two hours 14 → 0.24 kg/h, 0.56 kg/h
    const pm = i >= 22 ? 14 : 6 + i / 100;
    insert.run({ outlet: 'E0001-DA001', ts, pm, so2: null, nox: null, o2: null, flow: 40_000, pmCou: null, flags: N });
    // 禹王 (GB 13271, 9 % O2): within its limits, Cou 0.5 kg sent for particulate; flow 0 with M flags from 18:00
    const stopped = i >= 18;
    insert.run({
      outlet: 'E0003-DA001',
      ts,
      pm: 20 + i / 10,
      so2: 100 + i,
      nox: 150 + i,
      o2: 9,
      flow: stopped ? 0 : 60_000,
      pmCou: 0.5,
      flags: JSON.stringify(stopped ? { pm: 'M', so2: 'M', nox: 'M' } : { pm: 'N', so2: 'N', nox: 'N' }),
    });
  }
  // odd hours after the demo present (so no rule at the present sees them) for the SQL sums: a Cou without flow, a
  // value without a flag, a valid flag without a value, a flagged value with a Cou, a flow of 0
  const odd = seeded.db.prepare(
    `INSERT INTO outlet_readings (outlet_id, ts, pm, so2, nox, flow, pm_cou, so2_cou, nox_cou, flags)
     VALUES ('E0002-DA001', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  odd.run('2024-06-01T01:00', 7, null, 30, null, 0.3, null, null, JSON.stringify({ pm: 'N', nox: 'N' }));
  odd.run('2024-06-01T02:00', 7, 12, null, 20_000, null, 0.9, null, JSON.stringify({ so2: 'M', nox: 'N' }));
  odd.run('2024-06-01T03:00', 9, 11, 33, 0, null, null, 0.2, JSON.stringify({ pm: 'N', so2: 'N', nox: 'N' }));
  odd.run('2024-06-01T04:00', 9, 11, 33, 10_000, null, null, null, '{}');
  viewer = asUser(createApp({ db: seeded.db }), seeded.db, 'analyst');
});
afterAll(() => seeded.dispose());

async function get(path: string) {
  const res = await viewer.request(path);
  return { status: res.status, body: (await res.json()) as unknown };
}

describe('the demo outlets', () => {
  it('every cement, coking, coal-gasification and heat-power enterprise not closed has its outlets and limits', () => {
    const rows = seeded.db
      .prepare(
        `SELECT e.id, e.industry, e.ule_status AS ule, o.standard, o.reference_o2 AS o2, o.limits,
           o.ule_limits AS uleLimits
         FROM enterprises e LEFT JOIN outlets o ON o.enterprise_id = e.id
         WHERE e.industry IN ('cement-grinding', 'coking', 'coal-gasification', 'heat-power')
           AND e.operating_status <> 'closed' ORDER BY e.id, o.id`,
      )
      .all() as {
      id: string;
      industry: string;
      ule: string;
      standard: string | null;
      o2: number | null;
      limits: string | null;
      uleLimits: string | null;
    }[];
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      expect(r.standard, r.id).not.toBeNull();
      if (r.industry === 'cement-grinding') {
        expect([r.standard, r.o2, r.limits]).toEqual(['gb4915-2013-grinding', null, '{"pm":20}']);
        const uleDone = r.ule === 'accepted' || r.ule === 'monitoring-done';
        expect(r.uleLimits, r.id).toBe(uleDone ? '{"pm":10}' : null);
      }
      if (r.industry === 'heat-power')
        expect([r.standard, r.o2, r.uleLimits]).toEqual(['gb13223-2011-coal', 6, '{"pm":10,"so2":35,"nox":50}']);
      if (r.industry === 'coal-gasification') expect([r.standard, r.o2]).toEqual(['gb13271-2014-coal', 9]);
    }
    const perEnterprise = (industry: string) => {
      const counts = new Map<string, number>();
      for (const r of rows.filter((row) => row.industry === industry)) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
      return [...counts.values()];
    };
    expect(perEnterprise('coking').every((n) => n === 2)).toBe(true);
    expect(perEnterprise('cement-grinding').every((n) => n === 1 || n === 2)).toBe(true);
    expect(seeded.db.prepare('SELECT DISTINCT provenance FROM outlets').pluck().all()).toEqual(['synthetic']);
  });
});

describe('GET /api/monitoring/outlets', () => {
  it('lists the demo outlets with their limits and latest judged hour', async () => {
    const { status, body } = await get('/api/monitoring/outlets');
    expect(status).toBe(200);
    const { outlets } = outletsResponseSchema.parse(body);
    const tieniu = outlets.find((o) => o.id === 'E0001-DA001');
    expect(tieniu).toMatchObject({
      enterpriseName: '忻州市铁牛水泥粉磨有限公司',
      limits: { pm: 20 },
      uleLimits: { pm: 10 },
      referenceO2: null,
      provenance: 'synthetic',
    });
    expect(tieniu?.standardName.zh).toContain('GB 4915-2013');
    expect(tieniu?.latest).toMatchObject({ ts: '2023-12-31T23:00', pm: { measured: 14, limit: 10, over: true } });
    expect(outlets.some((o) => o.id.startsWith('E0024-'))).toBe(true); // a coking plant
  });

  it('filters by enterprise', async () => {
    const { outlets } = outletsResponseSchema.parse((await get('/api/monitoring/outlets?enterprise=E0003')).body);
    expect(outlets.map((o) => [o.id, o.standard, o.referenceO2])).toEqual([['E0003-DA001', 'gb13271-2014-coal', 9]]);
  });
});

describe('GET /api/monitoring/outlets/:id/hours', () => {
  it('serves the judged hours of a span', async () => {
    const { status, body } = await get('/api/monitoring/outlets/E0003-DA001/hours?from=2023-12-31&to=2023-12-31');
    expect(status).toBe(200);
    const { hours } = outletHoursResponseSchema.parse(body);
    expect(hours).toHaveLength(23); // the day's hours end at 01:00 … 24:00; the last was not sent
    expect(hours[0]).toMatchObject({ ts: '2023-12-31T01:00', pm: { measured: 20.1, corrected: 20.1, limit: 50 } });
    expect(hours.at(-1)?.pm).toMatchObject({ flag: 'M', corrected: null, over: false });
  });

  it('refuses a span over 92 days and an unknown outlet, in Chinese', async () => {
    const long = await get('/api/monitoring/outlets/E0001-DA001/hours?from=2023-01-01&to=2023-12-31');
    expect(long.status).toBe(400);
    expect(errorBodySchema.parse(long.body).error.text.zh).toContain('最长92天');
    const unknown = await get('/api/monitoring/outlets/NOPE/hours');
    expect(unknown.status).toBe(404);
    expect(errorBodySchema.parse(unknown.body).error.text.zh).toContain('排放口「NOPE」不存在');
    expect((await get('/api/monitoring/outlets/E0001-DA001/hours?from=2023-13-01')).status).toBe(400);
  });
});

describe('GET /api/monitoring/emissions', () => {
  it('sums valid hours: concentration × flow, or the Cou', async () => {
    const { status, body } = await get('/api/monitoring/emissions?period=day&level=outlet&at=2023-12-31');
    expect(status).toBe(200);
    const emissions = emissionsResponseSchema.parse(body);
    const tieniu = emissions.rows.find((r) => r.id === 'E0001-DA001');
    // the day's hours end at 01:00 … 23:00 (i = 1 … 23):
    // Σ (6 + i/100) × 40,000 / 1e6 for i = 1 … 21, plus 2 × 14 × 0.04 kg
    let kg = 2 * 14 * 0.04;
    for (let i = 1; i < 22; i++) kg += ((6 + i / 100) * 40_000) / 1e6;
    expect(tieniu?.pm).toBeCloseTo(kg / 1000, 6);
    expect(tieniu?.hours).toBe(23);
    expect(tieniu?.expectedHours).toBe(23); // up to the present, 23:00
    const yuwang = emissions.rows.find((r) => r.id === 'E0003-DA001');
    expect(yuwang?.pm).toBeCloseTo((17 * 0.5) / 1000, 9); // 17 valid hours of Cou 0.5 kg
    let so2 = 0;
    for (let i = 1; i < 18; i++) so2 += ((100 + i) * 60_000) / 1e6;
    expect(yuwang?.so2).toBeCloseTo(so2 / 1000, 6);
    expect(yuwang?.hours).toBe(17);
    expect(emissions.caps).toBeNull();
    expect(emissions.note.zh).toContain('在线监测排放量（仅重点排放口）');
  });

  it('totals the district for the year beside the city caps', async () => {
    const emissions = emissionsResponseSchema.parse((await get('/api/monitoring/emissions?period=year')).body);
    expect(emissions).toMatchObject({ period: 'year', at: '2023', level: 'district' });
    expect(emissions.rows).toHaveLength(1);
    expect(emissions.rows[0]?.id).toBe('140902');
    // all the data are in December (the hour ending 2023-12-31T00:00 too): the year's total is December's
    const month = emissionsResponseSchema.parse(
      (await get('/api/monitoring/emissions?period=month&level=district&at=2023-12')).body,
    );
    expect(emissions.rows[0]?.pm).toBeGreaterThan(0);
    expect(emissions.rows[0]?.pm).toBeCloseTo(month.rows[0]?.pm ?? -1, 9);
    expect(emissions.rows[0]?.so2).toBeCloseTo(month.rows[0]?.so2 ?? -1, 9);
    const city = seeded.db.prepare('SELECT so2_cap AS so2 FROM city_indicators WHERE year = 2023').get() as
      | { so2: number | null }
      | undefined;
    expect(city?.so2).toBeGreaterThan(0);
    expect(emissions.caps?.so2).toBe(city?.so2);
  });

  it('counts up to asOf: year to date at a moment', async () => {
    const at = emissionsResponseSchema.parse(
      (await get('/api/monitoring/emissions?period=day&level=enterprise&at=2023-12-31&asOf=2023-12-31T05:30')).body,
    );
    expect(at).toMatchObject({ from: '2023-12-31T00:00', to: '2023-12-31T05:00' });
    const yuwang = at.rows.find((r) => r.id === 'E0003');
    // hours ending 01:00 … 05:00: SO2 Σ (100 + i) × 60,000 / 1e6 kg for i = 1 … 5
    expect(yuwang?.so2).toBeCloseTo((515 * 0.06) / 1000, 9);
    expect(yuwang).toMatchObject({ hours: 5, expectedHours: 5 });
  });

  it('the monthly report puts the monitored stacks’ year-to-date emissions beside the caps', async () => {
    const html = await (await viewer.request('/api/reports/monthly?month=2023-12')).text();
    // SO2 only from 禹王: hours ending 00:00 … 17:00 valid, Σ (100 + i) × 0.06 kg = 117.18 kg
    expect(html).toContain('在线监测排放量（仅重点排放口）年初至今 0.117 吨');
  });

  it('refuses an `at` that does not fit the period, in Chinese', async () => {
    const { status, body } = await get('/api/monitoring/emissions?period=month&at=2023');
    expect(status).toBe(400);
    expect(errorBodySchema.parse(body).error.text.zh).toContain('月份 YYYY-MM');
    expect((await get('/api/monitoring/emissions?level=nation')).status).toBe(400);
  });
});

describe('readOutletMasses', () => {
  it('sums in SQL exactly as the pure module sums the readings', () => {
    for (const [from, to] of [
      ['2000-01-01T00:00', '2100-01-01T00:00'],
      ['2024-01-01T00:00', '2025-01-01T00:00'],
      ['2023-12-31T05:00', '2023-12-31T20:00'],
    ] as const) {
      const sql = readOutletMasses(seeded.db, from, to);
      const pure = sumOutletMasses(readAllOutletReadings(seeded.db, from, to));
      expect(sql.map((m) => m.outletId)).toEqual(pure.map((m) => m.outletId));
      for (const [i, m] of sql.entries()) {
        const p = pure[i];
        expect(m.hours, `${m.outletId} hours`).toBe(p?.hours);
        for (const key of ['pm', 'so2', 'nox'] as const)
          expect(m[key], `${m.outletId} ${key}`).toBeCloseTo(p?.[key] ?? -1, 9);
      }
    }
    // the odd hours: pm 0.3 (Cou) + 0 (flow 0 × 9); nox 20,000 × 0 … : hour 2 nox N without a value, hour 3 Cou 0.2
    const [odd] = readOutletMasses(seeded.db, '2024-01-01T00:00', '2025-01-01T00:00');
    expect(odd).toEqual({ outletId: 'E0002-DA001', pm: 0.3, so2: 0, nox: 0.2, hours: 2 });
  });
});

describe('the stack rules on the seeded database', () => {
  it('an over-limit hour at a cement ULE outlet raises a task-3 hit; flags raise data quality', async () => {
    const res = await viewer.request('/api/rules?asOf=2023-12-31T23:00');
    expect(res.status).toBe(200);
    const { hits } = ruleHitsResponseSchema.parse(await res.json());
    const ule = hits.filter((h) => h.rule === 'stack-ule-exceedance');
    expect(ule.map((h) => h.entityId)).toEqual(['E0001']);
    expect(ule[0]).toMatchObject({ task: 3, severity: 'violation', layer: 'enterprises', since: '2023-12-31T21:00' });
    expect(ule[0]?.detail.zh).toContain('1#水泥磨排气筒 颗粒物 14 mg/m³超过超低排放限值 10 mg/m³');
    expect(ule[0]?.basis).toContainEqual({ kind: 'plan', requirement: 'T3.1' });
    const quality = hits.filter((h) => h.rule === 'stack-data-quality');
    expect(quality.map((h) => h.entityId)).toEqual(['E0003']);
    expect(quality[0]?.detail.zh).toContain('标记为维护（M）');
    expect(quality[0]?.task).toBe(4);
    expect(hits.filter((h) => h.rule === 'stack-exceedance')).toEqual([]);
    // an hour earlier the particulate was within its limit
    const before = ruleHitsResponseSchema.parse(
      await (await viewer.request('/api/rules?asOf=2023-12-31T21:00')).json(),
    );
    expect(before.hits.filter((h) => h.rule === 'stack-ule-exceedance')).toEqual([]);
  });
});
