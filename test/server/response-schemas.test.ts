import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../server/schema/common.ts';
import { layerIds } from '../../server/schema/layer-catalogue.ts';
import { layerFeatureCollectionSchemas } from '../../server/schema/layer-feature-collection.ts';
import { metaResponseSchema } from '../../server/schema/meta.ts';
import { responseDocs } from '../../server/openapi/response-docs.ts';
import type { z } from 'zod';
import { createApp } from '../../server/app.ts';
import { routePolicies } from '../../server/auth/route-policy.ts';
import { advanceAlertLedger } from '../../server/services/refresh-alerts.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

/** Placeholder for an alert id that exists once the ledger has synced. */
const ALERT_ID = '{alert}';
/** Placeholder for the MN of a registered device (the demo seed registers one per station and outlet). */
const DEVICE_MN = '{device}';

/**
 * The requests that exercise every GET route of the policy table. What each body follows (a response schema, a file
 * type or a stream) is the route's entry in server/openapi/response-docs.ts, the one table that the OpenAPI
 * description is generated from too. A GET route added to the policy table without an entry in both fails below.
 */
const requestTable: Record<string, string[]> = {
  '/api/health': ['/api/health'],
  '/api/auth/me': ['/api/auth/me'],
  '/api/meta': ['/api/meta'],
  '/api/layers': ['/api/layers', '/api/layers?asOf=2023-07-15T11:00'],
  // one schema per layer: checked layer by layer in its own test
  '/api/layers/:id': ['/api/layers/townships'],
  '/api/bootstrap': ['/api/bootstrap?layers=townships,stations', '/api/bootstrap?asOf=2023-07-15T11:00&aqiPeriod=day'],
  '/api/plan': ['/api/plan'],
  '/api/plan/indicators': ['/api/plan/indicators'],
  '/api/plan/requirements': ['/api/plan/requirements', '/api/plan/requirements?task=3&status=partial'],
  '/api/plan/document': ['/api/plan/document'],
  '/api/stats/townships': ['/api/stats/townships'],
  // issue 18: machine density
  '/api/machines/density': [
    '/api/machines/density',
    '/api/machines/density?asOf=2023-07-15T11:00&window=ytd&cell=1000',
  ],
  '/api/aq/daily': [
    '/api/aq/daily?station=2181A&from=2023-01-01&to=2023-01-31',
    '/api/aq/daily?scope=district&from=2023-07-01&to=2023-07-10',
  ],
  '/api/aq/evaluation': [
    '/api/aq/evaluation?year=2023&scope=district',
    '/api/aq/evaluation?year=2023&station=2181A&asOf=2023-06-30',
  ],
  // issue 18: the concentration surface
  '/api/air/surface': ['/api/air/surface', '/api/air/surface?asOf=2023-01-15T09:00&metric=pm25&cell=2'],
  '/api/rules': ['/api/rules', '/api/rules?asOf=2023-07-15T11:00&alertLevel=orange'],
  '/api/rules/catalogue': ['/api/rules/catalogue'],
  '/api/controls': ['/api/controls', '/api/controls?asOf=2023-07-15T11:00&alertLevel=red'],
  '/api/alerts': ['/api/alerts', '/api/alerts?asOf=2023-07-15T11:00&alertLevel=yellow'],
  '/api/alerts/:id': [`/api/alerts/${ALERT_ID}`],
  '/api/alerts/:id/assignees': [`/api/alerts/${ALERT_ID}/assignees`],
  '/api/tasks': ['/api/tasks', '/api/tasks?asOf=2023-06-30T23:59'],
  '/api/exports/layers/:id': ['/api/exports/layers/stations', '/api/exports/layers/enterprises?format=geojson'],
  '/api/exports/stats/townships': ['/api/exports/stats/townships'],
  '/api/reports/monthly': ['/api/reports/monthly?month=2023-06'],
  '/api/users': ['/api/users'],
  '/api/audit': ['/api/audit', '/api/audit?limit=5'],
  '/api/imports/targets': ['/api/imports/targets'],
  '/api/devices': ['/api/devices'],
  '/api/devices/:mn': [`/api/devices/${DEVICE_MN}`],
  '/api/monitoring/outlets': ['/api/monitoring/outlets', '/api/monitoring/outlets?enterprise=E0003'],
  '/api/monitoring/outlets/:id/hours': [
    '/api/monitoring/outlets/E0001-DA001/hours',
    '/api/monitoring/outlets/E0001-DA001/hours?from=2023-12-01',
  ],
  '/api/monitoring/emissions': [
    '/api/monitoring/emissions',
    '/api/monitoring/emissions?period=month&level=enterprise&at=2023-12',
  ],
  '/api/emergency/stagger': ['/api/emergency/stagger', '/api/emergency/stagger?season=2023-2024&at=2023-12-15T10:00'],
  '/api/emergency/list': ['/api/emergency/list', '/api/emergency/list?version=1', '/api/emergency/list?on=2023-10-15'],
  '/api/emergency/list/diff': ['/api/emergency/list/diff?from=1&to=2'],
  '/api/emergency/list/export': [
    '/api/emergency/list/export?version=1',
    '/api/emergency/list/export?version=2&format=csv',
  ],
  '/api/emergency/requirements': ['/api/emergency/requirements'],
  // the demo seed's first winter episode
  '/api/emergency/warnings/:id/compliance': [
    '/api/emergency/warnings/1/compliance',
    '/api/emergency/warnings/2/compliance?at=2023-12-12T12:00',
  ],
  '/api/emergency/warnings/:id/report': ['/api/emergency/warnings/1/report'],
  '/api/emergency/warnings': [
    '/api/emergency/warnings',
    '/api/emergency/warnings?from=2023-01-01&to=2023-12-31&at=2023-12-15T10:00',
  ],
  '/api/emergency/warnings/:id': ['/api/emergency/warnings/1', '/api/emergency/warnings/1?at=2023-01-01T00:00'],
  '/api/emergency/supervisor-candidates': ['/api/emergency/supervisor-candidates'],
  '/api/emergency/visits': ['/api/emergency/visits', '/api/emergency/visits?warning=1&kind=supervision'],
  '/api/emergency/gate': [
    '/api/emergency/gate',
    '/api/emergency/gate?enterprise=E0002&banned=true&from=2023-11-01&limit=5',
  ],
  // issue 16 routes: built-up area
  '/api/built-up-area/summary': ['/api/built-up-area/summary', '/api/built-up-area/summary?asOf=2023-07-15T11:00'],
  // issue 16 routes: vehicles
  '/api/vehicles/progress': ['/api/vehicles/progress', '/api/vehicles/progress?asOf=2023-06-30'],
  // issue 16 routes: roadside checks and repair shops
  '/api/checks': ['/api/checks', '/api/checks?from=2023-12-01&to=2023-12-31&hit=true&limit=5&checkpoint=CP01'],
  '/api/checks/summary': [
    '/api/checks/summary',
    '/api/checks/summary?from=2023-12-01&to=2023-12-31&township=140902001',
  ],
  '/api/repair-shops/:id/inspections': ['/api/repair-shops/RS001/inspections', '/api/repair-shops/RS003/inspections'],
  // issue 16 routes: muck trucks
  '/api/muck/trucks/:id/track': [
    '/api/muck/trucks/ZTC-007/track',
    '/api/muck/trucks/ZTC-007/track?from=2023-12-30T22:00&to=2023-12-31T02:00',
  ],
  '/api/muck/violations': [
    '/api/muck/violations',
    '/api/muck/violations?from=2023-12-01&to=2023-12-31&township=140902001',
  ],
  '/api/muck/permits': ['/api/muck/permits', '/api/muck/permits?truck=ZTC-001'],
  '/api/muck/spills': ['/api/muck/spills', '/api/muck/spills?status=open'],
  // issue 16 routes: roads
  '/api/roads/standards': ['/api/roads/standards'],
  '/api/roads/schedule': ['/api/roads/schedule', '/api/roads/schedule?asOf=2023-12-15T08:00&roadClass=arterial'],
  '/api/roads/segments/:id/cleanings': [
    '/api/roads/segments/RS-001/cleanings',
    '/api/roads/segments/RS-001/cleanings?from=2023-12-01',
  ],
  '/api/roads/dust-loads': ['/api/roads/dust-loads', '/api/roads/dust-loads?segment=RS-001&from=2023-06-01'],
  // issue 16 routes: stockyards
  '/api/stockyards/:id/inspections': ['/api/stockyards/Y0001/inspections', '/api/stockyards/Y0900/inspections'],
  '/api/dust/sources-near': ['/api/dust/sources-near', '/api/dust/sources-near?month=2023-12&township=140902001'],
  // issue 16 routes: statistics, report and routes
  // issue 17 routes: cases
  '/api/cases': ['/api/cases', '/api/cases?stage=rectifying,closed&overdue=false&limit=5'],
  '/api/cases/summary': ['/api/cases/summary', '/api/cases/summary?asOf=2023-06-30'],
  '/api/cases/export': ['/api/cases/export', '/api/cases/export?lang=en'],
  '/api/cases/:id': ['/api/cases/1', '/api/cases/2'],
  // issue 17 routes: reports
  '/api/reports/public/:ticket': ['/api/reports/public/JB20231230-XFDEMQ', '/api/reports/public/jb20231230-xfdemq'],
  '/api/public-reports': [
    '/api/public-reports',
    '/api/public-reports?status=received,accepted&category=dust&from=2023-06-01',
  ],
  '/api/public-reports/:id': ['/api/public-reports/1'],
  // issue 17 routes: visits
  '/api/visits': ['/api/visits', '/api/visits?topic=technical&from=2023-06-01&to=2023-12-31&openRequests=true&limit=5'],
  '/api/visits/summary': ['/api/visits/summary', '/api/visits/summary?asOf=2023-06-30'],
  // issue 17 routes: departments
  '/api/departments': ['/api/departments', '/api/departments?kind=township&asOf=2023-06-30'],
  '/api/departments/leaders': [
    '/api/departments/leaders',
    '/api/departments/leaders?township=140902001&asOf=2023-06-30',
  ],
  '/api/departments/plan-items': [
    '/api/departments/plan-items',
    '/api/departments/plan-items?department=eco-env&year=2023&overdue=true',
  ],
  '/api/departments/funds': [
    '/api/departments/funds',
    '/api/departments/funds?purpose=loose-coal,monitoring&status=disbursing',
  ],
  '/api/departments/:id': ['/api/departments/eco-env', '/api/departments/township-140902001?asOf=2023-06-30'],
  // issue 17 routes: fuel and voc
  '/api/fuel-samples': [
    '/api/fuel-samples',
    '/api/fuel-samples?siteKind=station,depot&result=pass&product=diesel-0&limit=5',
  ],
  '/api/fuel-samples/summary': ['/api/fuel-samples/summary', '/api/fuel-samples/summary?asOf=2023-06-30'],
  '/api/voc/carbon': ['/api/voc/carbon', '/api/voc/carbon?status=fill-short,untransferred&asOf=2023-08-31'],
  '/api/voc/materials': ['/api/voc/materials', '/api/voc/materials?industry=wood-panel&year=2021'],
  '/api/voc/summary': ['/api/voc/summary', '/api/voc/summary?township=140902001'],
  // issue 17 routes: energy
  '/api/energy/ledger': ['/api/energy/ledger', '/api/energy/ledger?year=2023&industry=lime,coking&township=140902001'],
  '/api/energy/summary': ['/api/energy/summary', '/api/energy/summary?year=2022'],
  '/api/energy/coal-projects': ['/api/energy/coal-projects', '/api/energy/coal-projects?status=approved,built'],
  '/api/energy/high-energy-projects': [
    '/api/energy/high-energy-projects',
    '/api/energy/high-energy-projects?status=in-operation',
  ],
  // the demo seed's first visit photo
  '/api/attachments/:id': ['/api/attachments/1'],
  // issue 18: the API reference
  '/api/openapi.json': ['/api/openapi.json'],
  '/api/docs': ['/api/docs'],
  // server-sent events (schema/live-events.ts): never ends, so only its start is read
  '/api/events': ['/api/events', '/api/events?topics=readings'],
};

let seeded: ReturnType<typeof createSeededDbFile>;
let admin: Caller;
let alertId: number;
let deviceMn: string;

beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  advanceAlertLedger(seeded.db, Date.now());
  admin = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
  alertId = seeded.db.prepare('SELECT min(id) FROM alerts').pluck().get() as number;
  deviceMn = seeded.db.prepare('SELECT min(mn) FROM devices').pluck().get() as string;
});
afterAll(() => seeded.dispose());

/** The parsed body, and whether the schema kept every field (zod strips what it does not declare). */
async function parseBody(path: string, schema: z.ZodType) {
  const res = await admin.request(path);
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
  const body: unknown = await res.json();
  const parsed = schema.safeParse(body);
  expect(parsed.success ? null : parsed.error.issues.slice(0, 3), `${path} against its response schema`).toBeNull();
  return { body, parsed: parsed.data };
}

describe('response schemas (issue 19)', () => {
  it('name a schema (or a file type) for every GET route of the policy table, and no other', () => {
    const gets = routePolicies
      .filter((p) => p.method === 'GET')
      .map((p) => p.path)
      .sort();
    expect(Object.keys(responseDocs).sort()).toEqual(gets);
    expect(Object.keys(requestTable).sort()).toEqual(gets);
  });

  for (const [route, requests] of Object.entries(requestTable)) {
    it(`GET ${route}: each body follows its schema, field for field`, async () => {
      expect(alertId).toBeGreaterThan(0);
      const expected = responseDocs[route];
      expect(expected, `${route}: no entry in server/openapi/response-docs.ts`).toBeDefined();
      if (!expected) return;
      for (const request of requests) {
        const path = request.replace(ALERT_ID, String(alertId)).replace(DEVICE_MN, deviceMn);
        if ('json' in expected) {
          const { body, parsed } = await parseBody(path, expected.json);
          // a field the route sends but the schema does not declare is stripped: the two then differ
          expect(parsed, `${path}: fields the schema does not declare`).toEqual(body);
        } else if ('stream' in expected) {
          const res = await admin.request(path);
          expect(res.status, path).toBe(200);
          expect(res.headers.get('content-type'), path).toMatch(expected.stream);
          const reader = res.body?.getReader();
          expect((await reader?.read())?.value?.length, path).toBeGreaterThan(0);
          await reader?.cancel();
        } else {
          const res = await admin.request(path);
          expect(res.status, path).toBe(200);
          expect(res.headers.get('content-type'), path).toMatch(expected.file);
          expect((await res.text()).length, path).toBeGreaterThan(0);
        }
      }
    });
  }

  it('GET /api/layers/:id: every layer follows its own FeatureCollection schema', async () => {
    for (const id of layerIds) {
      const { body, parsed } = await parseBody(`/api/layers/${id}`, layerFeatureCollectionSchemas[id]);
      expect(parsed, `/api/layers/${id}: fields the schema does not declare`).toEqual(body);
    }
  });

  it('error bodies follow errorBodySchema field for field, with the message in both languages', async () => {
    for (const path of ['/api/layers/nope', '/api/layers/stations?township=1', '/api/alerts/0x1']) {
      const res = await admin.request(path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      const body: unknown = await res.json();
      const parsed = errorBodySchema.parse(body);
      expect(parsed, path).toEqual(body);
      expect(parsed.error.text.en, path).toBe(parsed.error.message);
      expect(parsed.error.text.zh, path).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('a schema that misses a field fails the check', async () => {
    const { body, parsed } = await parseBody('/api/meta', metaResponseSchema.omit({ dataset: true }));
    expect(parsed).not.toEqual(body);
  });
});
