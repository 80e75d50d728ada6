import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../server/schema/common.ts';
import { layerIds } from '../../server/schema/layer-catalogue.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { bodyWithBom, createExportTestApp, csvObjects, parseCsv, type ExportTestApp } from './export-test-app.ts';

let t: ExportTestApp;

beforeAll(() => {
  t = createExportTestApp();
});
afterAll(() => t.seeded.dispose());

type LayerFeature = Feature<Geometry, Record<string, unknown>>;

async function layer(id: string, query = ''): Promise<LayerFeature[]> {
  const res = await t.request(`/api/layers/${id}${query ? `?${query}` : ''}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as FeatureCollection<Geometry, Record<string, unknown>>).features;
}

async function exportCsv(id: string, query = ''): Promise<{ res: Response; text: string }> {
  const res = await t.request(`/api/exports/layers/${id}?format=csv${query ? `&${query}` : ''}`);
  const text = await bodyWithBom(res);
  expect(res.status, text).toBe(200);
  return { res, text };
}

/** The cell a property value should become: scalars as text, objects and arrays as JSON, null empty. */
function expectedCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const filterCases: [string, string][] = [
  ['dustfall-points', 'exceeds=true'],
  ['dustfall-points', 'month=2023-06&exceeds=true'],
  ['enterprises', 'grade=C,D'],
  ['enterprises', 'township=140902001'],
  ['machines', 'banned=true'],
  ['construction-sites', 'compliant=false&asOf=2023-07-15'],
  ['villages', 'heating=reburning,unstable'],
  ['stations', 'kind=national'],
  ['townships', 'bbox=112.6,38.3,112.8,38.5'],
  ['nrmm-zones', ''],
  ['fuel-points', 'status=reported,verified'],
];

describe('GET /api/exports/layers/:id?format=csv', () => {
  it(
    'starts with the UTF-8 BOM, is text/csv; charset=utf-8 ' + 'and an attachment named after the layer and as-of date',
    async () => {
      const { res, text } = await exportCsv('dustfall-points');
      expect(
        new Uint8Array(await (await t.request('/api/exports/layers/dustfall-points')).arrayBuffer()).subarray(0, 3),
      ).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="lantian-dustfall-points-2023-12-31.csv"; ' +
          "filename*=UTF-8''lantian-dustfall-points-2023-12-31.csv",
      );
      expect(text.endsWith('\r\n')).toBe(true);
    },
  );

  it('uses the as-of date of the query in the file name', async () => {
    const { res } = await exportCsv('machines', 'asOf=2023-05-04');
    expect(res.headers.get('content-disposition')).toContain('filename="lantian-machines-2023-05-04.csv"');
  });

  it.each(filterCases)('%s?%s has one row per feature the layer endpoint serves, in its order', async (id, query) => {
    const features = await layer(id, query);
    expect(features.length, 'the case should select something').toBeGreaterThan(0);
    if (query !== '') expect(features.length, 'the case should filter').toBeLessThan((await layer(id)).length);
    const { text } = await exportCsv(id, query);
    expect(parseCsv(text).records).toHaveLength(features.length);
    const idKey = 'id' in (features[0] as LayerFeature).properties ? 'id' : 'code';
    const rows = csvObjects(text);
    expect(rows.map((r) => r[idKey === 'id' ? '编号' : '代码'])).toEqual(
      features.map((f) => String(f.properties[idKey])),
    );
  });

  it('a filter that matches nothing gives the header only', async () => {
    const { text } = await exportCsv('enterprises', 'bbox=100,20,100.001,20.001');
    expect(parseCsv(text).records).toEqual([]);
    expect(parseCsv(text).header.length).toBeGreaterThan(2);
  });

  it('flattens every property (objects and arrays as JSON) and adds WGS84 lon/lat of the point', async () => {
    for (const id of ['enterprises', 'construction-sites', 'stations', 'machines'] as const) {
      const features = await layer(id);
      const rows = csvObjects((await exportCsv(id, 'lang=en')).text);
      expect(rows).toHaveLength(features.length);
      rows.forEach((row, i) => {
        const feature = features[i] as LayerFeature;
        for (const [key, value] of Object.entries(feature.properties)) {
          const cell = row[key] as string;
          // a text starting with a formula trigger carries the guard quote
          expect(cell, `${id} ${String(feature.id)} ${key}`).toBe(
            typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : expectedCell(value),
          );
        }
        if (feature.geometry.type !== 'Point') throw new Error('point layer expected');
        expect(Number(row.lon)).toBe(feature.geometry.coordinates[0]);
        expect(Number(row.lat)).toBe(feature.geometry.coordinates[1]);
      });
    }
  });

  it('writes Chinese header labels by default and the property keys with lang=en', async () => {
    const zh = parseCsv((await exportCsv('dustfall-points')).text).header;
    const en = parseCsv((await exportCsv('dustfall-points', 'lang=en')).text).header;
    expect(en).toEqual([
      'id',
      'name',
      'township',
      'townshipName',
      'month',
      'value',
      'exceeds',
      'provenance',
      'source',
      'problems',
      'lon',
      'lat',
    ]);
    expect(zh).toHaveLength(en.length);
    expect(zh).toContain('降尘量(t/(km²·month))');
    expect(zh).toContain('经度(WGS84)');
  });

  it('gives polygon layers a label point inside the polygon: the township seat, else a point on the zone', async () => {
    const townships = await layer('townships');
    const rows = csvObjects((await exportCsv('townships', 'lang=en')).text);
    rows.forEach((row, i) => {
      const seat = (townships[i] as LayerFeature).properties.seat as [number, number];
      expect([Number(row.lon), Number(row.lat)]).toEqual(seat);
      expect(row.seat).toBe(JSON.stringify(seat));
    });
    const zones = await layer('nrmm-zones');
    const zoneRows = csvObjects((await exportCsv('nrmm-zones', 'lang=en')).text);
    expect(zoneRows.length).toBe(zones.length);
    zoneRows.forEach((row, i) => {
      const geometry = (zones[i] as LayerFeature).geometry;
      if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') throw new Error('zone polygon expected');
      expect(pointInPolygon([Number(row.lon), Number(row.lat)], geometry)).toBe(true);
    });
  });
});

describe('GET /api/exports/layers/:id?format=geojson', () => {
  it.each(filterCases)('%s?%s equals the layer endpoint’s FeatureCollection', async (id, query) => {
    const res = await t.request(`/api/exports/layers/${id}?format=geojson${query ? `&${query}` : ''}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/geo+json');
    expect(res.headers.get('content-disposition')).toMatch(
      new RegExp(
        `^attachment; filename="lantian-${id}-\\d{4}-\\d{2}-\\d{2}\\.geojson"; filename\\*=UTF-8''lantian-${id}-`,
      ),
    );
    const body = (await res.json()) as FeatureCollection;
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toEqual(await layer(id, query));
  });
});

describe('layer export errors', () => {
  it('answers 404 for an unknown layer, naming the layers', async () => {
    const res = await t.request('/api/exports/layers/chimneys?format=csv');
    expect(res.status).toBe(404);
    const body = errorBodySchema.parse(await res.json());
    expect(body.error.code).toBe('not_found');
    for (const id of layerIds) expect(body.error.message).toContain(id);
  });

  it.each([
    ['format=xlsx', /format: must be 'csv' or 'geojson'/],
    ['format=csv&lang=fr', /lang: must be 'zh' or 'en'/],
    ['format=csv&exceds=true', /unknown query parameter 'exceds'/],
    ['format=csv&township=999999999', /no township has code 999999999/],
    ['format=csv&month=2023-13', /month/],
  ])('answers 400 for %s', async (query, message) => {
    const res = await t.request(`/api/exports/layers/dustfall-points?${query}`);
    expect(res.status).toBe(400);
    const body = errorBodySchema.parse(await res.json());
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toMatch(message);
  });

  it('defaults to CSV when no format is given', async () => {
    const res = await t.request('/api/exports/layers/stations');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });
});
