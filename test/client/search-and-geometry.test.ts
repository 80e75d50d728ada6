import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { clusterPoints } from '../../client/layers/cluster-points.ts';
import { gcj02ToWgs84, wgs84ToGcj02 } from '../../client/map/coord-transform.ts';
import { searchFeatures } from '../../client/panels/search-index.ts';
import type { LayerFeature } from '../../client/layers/feature-filter.ts';

const f = (id: string, properties: Record<string, unknown>) =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [0, 0] }, properties }) as LayerFeature;

describe('searchFeatures', () => {
  const data = {
    villages: [
      f('140902004204', { code: '140902004204', name: '二十里铺村委会' }),
      f('140902004205', { code: '140902004205', name: '十里铺村委会' }),
    ],
    townships: [f('140902104', { code: '140902104', name: '豆罗镇' })],
  };
  it('ranks an exact code first, then code prefixes, then name prefixes, then name parts', () => {
    expect(searchFeatures(data, '140902104').map((h) => h.id)).toEqual(['140902104']);
    expect(searchFeatures(data, '十里铺').map((h) => h.id)).toEqual(['140902004205', '140902004204']);
    expect(searchFeatures(data, '1409020042').map((h) => h.layer)).toEqual(['villages', 'villages']);
  });
  it('finds nothing for blank or unmatched queries', () => {
    expect(searchFeatures(data, '  ')).toEqual([]);
    expect(searchFeatures(data, '太原')).toEqual([]);
  });
});

describe('coordinate transform (GCJ-02)', () => {
  it('maps the WGS84 county outline onto the published GCJ-02 one within 1 m', () => {
    const read = (name: string) =>
      JSON.parse(
        readFileSync(new URL(`../../geodata/sources/${name}`, import.meta.url), 'utf8'),
      ) as FeatureCollection<MultiPolygon>;
    const wgs = read('xinfu-county.wgs84.geojson').features[0]!.geometry.coordinates[0]![0]!;
    const gcj = read('xinfu-county.gcj02.geojson').features[0]!.geometry.coordinates[0]![0]!;
    expect(wgs.length).toBe(gcj.length);
    wgs.forEach((p, i) => {
      const [lon, lat] = wgs84ToGcj02(p as [number, number]);
      expect(Math.abs(lon - gcj[i]![0]!)).toBeLessThan(1e-5);
      expect(Math.abs(lat - gcj[i]![1]!)).toBeLessThan(1e-5);
    });
  });
  it('round-trips to a centimetre and leaves points outside China alone', () => {
    const back = gcj02ToWgs84(wgs84ToGcj02([112.7283, 38.4153]));
    expect(Math.abs(back[0] - 112.7283)).toBeLessThan(1e-7);
    expect(Math.abs(back[1] - 38.4153)).toBeLessThan(1e-7);
    expect(wgs84ToGcj02([2.35, 48.85])).toEqual([2.35, 48.85]);
  });
});

describe('clusterPoints', () => {
  it('groups points within one screen cell and keeps distant ones apart', () => {
    const points: [number, number][] = [
      [112.7, 38.4],
      [112.7001, 38.4001],
      [112.9, 38.6],
    ];
    const clusters = clusterPoints(points, (p) => p, 9, 40);
    expect(clusters.map((c) => c.members.length).sort()).toEqual([1, 2]);
    expect(clusterPoints(points, (p) => p, 18, 40).length).toBe(3);
  });
});
