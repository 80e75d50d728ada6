import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import {
  coalProjectSchema,
  highEnergyProjectSchema,
  ledgerResponseSchema,
  ledgerRowSchema,
  summaryResponseSchema,
} from '../../server/schema/energy.ts';
import { readRuleFacts } from '../../server/db/rule-facts.ts';
import { coalSubstitutionShortRule } from '../../server/rules/coal-substitution-short-rule.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { createContext } from '../rules/rule-fixtures.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;
const ledgerBody = {
  coalT: 1000,
  gas10kM3: 10,
  electricityMwh: 1000,
  biomassT: 100,
  nonFossilMwh: 200,
  source: '统计',
};
const passed = {
  industrialPolicy: 'passed',
  threeLines: 'passed',
  planningEia: 'passed',
  energyDualControl: 'passed',
  capacityReplacement: 'not-applicable',
  coalSubstitution: 'passed',
  emissionDoubleCut: 'passed',
};

describe('/api/energy', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let admin: Caller;
  let official: Caller;
  let duty: Caller;
  let enterprise: string;

  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.25 });
    const app = createApp({ db: seeded.db });
    admin = asUser(app, seeded.db, 'admin');
    official = asUser(app, seeded.db, 'official');
    duty = asUser(app, seeded.db, 'duty');
    enterprise = seeded.db.prepare('SELECT min(enterprise_id) FROM energy_ledger').pluck().get() as string;
  });
  afterAll(() => seeded.dispose());

  it('lists the ledger with standard coal, shares and the factors; filters by year and enterprise', async () => {
    const all = ledgerResponseSchema.parse(await (await official.request('/api/energy/ledger')).json());
    expect(all.rows.length).toBeGreaterThan(0);
    expect(new Set(all.rows.map((r) => r.year))).toEqual(new Set([2021, 2022, 2023]));
    expect(all.rows.every((r) => r.provenance === 'synthetic')).toBe(true);
    expect(all.factors.map((f) => f.carrier)).toEqual(['coal', 'gas', 'electricity', 'biomass']);
    const one = ledgerResponseSchema.parse(
      await (await official.request(`/api/energy/ledger?year=2023&enterprise=${enterprise}`)).json(),
    );
    expect(one.rows).toHaveLength(1);
    expect(one.rows[0]?.previousCoalT).not.toBeUndefined();
  });

  it('refuses absurd filters with a 400 naming them', async () => {
    for (const query of ['year=23', 'year=1999', 'township=abc', 'industry=steel', 'enterprise=%27%3B--', 'x=1']) {
      const res = await official.request(`/api/energy/ledger?${query}`);
      expect(res.status, query).toBe(400);
    }
  });

  it('PUT a ledger row (edit): the worked numbers come back converted; audited', async () => {
    const res = await admin.request(`/api/energy/ledger/${enterprise}/2020`, json('PUT', ledgerBody));
    expect(res.status).toBe(200);
    const row = ledgerRowSchema.parse(await res.json());
    expect(row.tce).toEqual({
      coal: 714.3,
      gas: 121.43,
      electricity: 122.9,
      biomass: 50,
      total: 1008.63,
      nonFossil: 74.58,
    });
    expect(row).toMatchObject({ coalShare: 0.7082, nonFossilShare: 0.0739, provenance: 'official' });
    const audit = seeded.db
      .prepare("SELECT entity_id FROM audit_log WHERE action = 'energy.ledger.update' ORDER BY id DESC LIMIT 1")
      .pluck()
      .get();
    expect(audit).toBe(`${enterprise}/2020`);
  });

  it('refuses ledger writes by non-editors, for unknown enterprises and with absurd values', async () => {
    expect((await duty.request(`/api/energy/ledger/${enterprise}/2020`, json('PUT', ledgerBody))).status).toBe(403);
    const unknown = await admin.request('/api/energy/ledger/NOPE/2020', json('PUT', ledgerBody));
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).message).toContain('NOPE');
    for (const body of [
      { ...ledgerBody, coalT: -1 },
      { ...ledgerBody, coalT: 1e12 },
      { ...ledgerBody, coalT: '1000' },
      { ...ledgerBody, nonFossilMwh: 2000 },
      { ...ledgerBody, source: '' },
      { ...ledgerBody, extra: 1 },
    ]) {
      const res = await admin.request(`/api/energy/ledger/${enterprise}/2020`, json('PUT', body));
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await admin.request(`/api/energy/ledger/${enterprise}/1800`, json('PUT', ledgerBody))).status).toBe(400);
  });

  it('summarises the district by year with the coal and non-fossil shares, and by industry and township', async () => {
    const summary = summaryResponseSchema.parse(await (await official.request('/api/energy/summary?year=2023')).json());
    const years = summary.years.map((y) => y.year);
    expect(years).toEqual([...years].sort());
    const y2023 = summary.years.find((y) => y.year === 2023);
    expect(y2023?.coalChange).not.toBeNull();
    expect(y2023?.coalShare).toBeGreaterThan(0);
    const byIndustry = summary.byIndustry.reduce((sum, i) => sum + i.quantities.coalT, 0);
    expect(byIndustry).toBeCloseTo(y2023?.quantities.coalT ?? -1, 0);
    expect(summary.byTownship.reduce((n, t) => n + t.enterprises, 0)).toBe(y2023?.enterprises);
  });

  it('coal projects: create (edit), list with the ratio, patch, 409 on a duplicate; the rule follows', async () => {
    const body = {
      id: 'CP-T-1',
      enterpriseId: enterprise,
      name: '测试耗煤项目',
      procedure: 'approval',
      status: 'approved',
      decidedOn: '2023-06-01',
      newCoalT: 1000,
      substitutionT: 800,
      source: '区行政审批局批复',
    };
    expect((await duty.request('/api/energy/coal-projects', json('POST', body))).status).toBe(403);
    const res = await admin.request('/api/energy/coal-projects', json('POST', body));
    expect(res.status).toBe(201);
    expect(coalProjectSchema.parse(await res.json())).toMatchObject({
      substitutionRatio: 0.8,
      substitutionShort: true,
    });
    expect((await admin.request('/api/energy/coal-projects', json('POST', body))).status).toBe(409);
    const facts = readRuleFacts(seeded.db, '2023-12-31T23:00');
    const hits = coalSubstitutionShortRule.evaluate(facts, createContext({ asOf: '2023-12-31T23:00' }));
    expect(hits.some((h) => h.entityId === enterprise && h.detail.zh.includes('测试耗煤项目'))).toBe(true);
    const patched = await admin.request('/api/energy/coal-projects/CP-T-1', json('PATCH', { substitutionT: 1000 }));
    expect(coalProjectSchema.parse(await patched.json())).toMatchObject({
      substitutionRatio: 1,
      substitutionShort: false,
    });
    expect((await admin.request('/api/energy/coal-projects/NOPE', json('PATCH', { newCoalT: 1 }))).status).toBe(404);
    expect((await admin.request('/api/energy/coal-projects/CP-T-1', json('PATCH', {}))).status).toBe(400);
    const list = coalProjectSchema
      .array()
      .parse(await (await official.request(`/api/energy/coal-projects?enterprise=${enterprise}`)).json());
    expect(list.map((p) => p.id)).toContain('CP-T-1');
    for (const bad of [
      { ...body, id: 'CP-T-2', status: 'maybe' },
      { ...body, id: 'CP-T-2', decidedOn: '2023-02-30' },
      { ...body, id: 'CP-T-2', newCoalT: -5 },
      { ...body, id: 'bad id' },
    ])
      expect((await admin.request('/api/energy/coal-projects', json('POST', bad))).status, JSON.stringify(bad)).toBe(
        400,
      );
    const ghost = await admin.request(
      '/api/energy/coal-projects',
      json('POST', { ...body, id: 'CP-T-3', enterpriseId: 'NOPE' }),
    );
    expect(ghost.status).toBe(404);
  });

  it('两高 projects: create with the seven checks, list the unmet ones, patch one check', async () => {
    const body = {
      id: 'HE-T-1',
      enterpriseId: enterprise,
      name: '测试两高项目',
      industry: '焦化',
      buildKind: 'new',
      status: 'approved',
      statusOn: '2023-05-01',
      checks: { ...passed, energyDualControl: 'pending' },
      source: '区发改局',
    };
    const res = await admin.request('/api/energy/high-energy-projects', json('POST', body));
    expect(res.status).toBe(201);
    expect(highEnergyProjectSchema.parse(await res.json()).unmet).toEqual(['energyDualControl']);
    const patched = await admin.request(
      '/api/energy/high-energy-projects/HE-T-1',
      json('PATCH', { checks: { energyDualControl: 'passed' } }),
    );
    const after = highEnergyProjectSchema.parse(await patched.json());
    expect(after.unmet).toEqual([]);
    expect(after.checks.capacityReplacement).toBe('not-applicable');
    const missing = { ...body, id: 'HE-T-2', checks: { industrialPolicy: 'passed' } };
    expect((await admin.request('/api/energy/high-energy-projects', json('POST', missing))).status).toBe(400);
    const list = highEnergyProjectSchema
      .array()
      .parse(await (await official.request('/api/energy/high-energy-projects?status=approved')).json());
    expect(list.every((p) => p.status === 'approved')).toBe(true);
  });

  it('serves the kilns’ build kind on the enterprise layer', async () => {
    const layer = (await (await official.request('/api/layers/enterprises')).json()) as {
      features: { properties: { kilnsBoilers: { buildKind: string; builtOn: string | null }[] } }[];
    };
    const kilns = layer.features.flatMap((f) => f.properties.kilnsBoilers);
    expect(kilns.every((k) => ['existing', 'new', 'rebuilt', 'expanded'].includes(k.buildKind))).toBe(true);
    expect(kilns.some((k) => k.buildKind !== 'existing' && k.builtOn !== null)).toBe(true);
  });
});
