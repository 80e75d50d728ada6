import geodesic from 'geographiclib-geodesic';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  type DustSourceInputs,
  type OverLimitPoint,
  sourcesNearDustfall,
} from '../../server/dust/sources-near-dustfall.ts';

const wgs84 = geodesic.Geodesic.WGS84;
const centre: [number, number] = [112.73, 38.42];

/** The position `distanceM` metres from the centre at `azimuth` degrees (geodesic, WGS84). */
function at(distanceM: number, azimuth = 90): [number, number] {
  const r = wgs84.Direct(centre[1], centre[0], azimuth, distanceM);
  return [r.lon2 as number, r.lat2 as number];
}

function createPoint(overrides: Partial<OverLimitPoint> = {}): OverLimitPoint {
  return {
    id: 'D1',
    name: '测试降尘点',
    township: '140902001',
    townshipName: '秀容街道',
    position: centre,
    value: 7.01,
    ...overrides,
  };
}

function createInputs(overrides: Partial<DustSourceInputs> = {}): DustSourceInputs {
  return { stockyards: [], sites: [], enterprises: [], roads: [], ...overrides };
}

const yard = (id: string, position: Position, status: 'failing' | 'compliant' | 'never-inspected' = 'failing') => ({
  id,
  name: id,
  position,
  status,
});

describe('sourcesNearDustfall', () => {
  it('counts a source at exactly 1 km in the 1 km ring, one 2 mm beyond only from 3 km (cumulative)', () => {
    const [point] = sourcesNearDustfall(
      [createPoint()],
      createInputs({ stockyards: [yard('Y-edge', at(1000)), yard('Y-out', at(1000.002, 180), 'compliant')] }),
    );
    expect(point?.rings.map((r) => r.radiusKm)).toEqual([1, 3, 5]);
    expect(point?.rings.map((r) => r.stockyards)).toEqual([
      { failing: 1, compliant: 0, neverInspected: 0 },
      { failing: 1, compliant: 1, neverInspected: 0 },
      { failing: 1, compliant: 1, neverInspected: 0 },
    ]);
  });

  it('puts sources at exactly 3 and 5 km in those rings and leaves out one beyond 5 km', () => {
    const [point] = sourcesNearDustfall(
      [createPoint()],
      createInputs({
        sites: [
          { id: 'C3', name: 'C3', position: at(3000, 10), status: 'never-inspected' },
          { id: 'C5', name: 'C5', position: at(5000, 200), status: 'compliant' },
          { id: 'C6', name: 'C6', position: at(5000.01, 300), status: 'failing' },
        ],
      }),
    );
    expect(point?.rings.map((r) => r.constructionSites)).toEqual([
      { failing: 0, compliant: 0, neverInspected: 0 },
      { failing: 0, compliant: 0, neverInspected: 1 },
      { failing: 0, compliant: 1, neverInspected: 1 },
    ]);
    expect(point?.nearest.map((n) => n.id)).toEqual(['C3', 'C5']);
  });

  it('counts enterprises by industry group', () => {
    const [point] = sourcesNearDustfall(
      [createPoint()],
      createInputs({
        enterprises: [
          { id: 'E1', name: 'E1', position: at(500), group: 'coal-coking' },
          { id: 'E2', name: 'E2', position: at(2500), group: 'building-materials' },
          { id: 'E3', name: 'E3', position: at(900, 0), group: 'coal-coking' },
        ],
      }),
    );
    expect(point?.rings[0]?.enterprises.total).toBe(2);
    expect(point?.rings[0]?.enterprises.byGroup['coal-coking']).toBe(2);
    expect(point?.rings[1]?.enterprises.byGroup['building-materials']).toBe(1);
    expect(point?.rings[1]?.enterprises.total).toBe(3);
  });

  it('measures the km of a road inside each ring and the km behind schedule', () => {
    // a straight road through the centre, 4 km each way (east–west): 2 km inside 1 km, 6 inside 3, 8 inside 5
    const road = { id: 'R1', name: '和平街', line: [at(4000, 270), at(4000, 90)], behind: true };
    const [point] = sourcesNearDustfall([createPoint()], createInputs({ roads: [road] }));
    const km = point?.rings.map((r) => r.roads.km) ?? [];
    expect(km[0]).toBeCloseTo(2, 2);
    expect(km[1]).toBeCloseTo(6, 2);
    expect(km[2]).toBeCloseTo(8, 2);
    expect(point?.rings.map((r) => r.roads.behindKm)).toEqual(km);
    expect(point?.rings.map((r) => r.roads.segments)).toEqual([1, 1, 1]);
    // the endpoints' geodesics bend south of the parallel: the straight edge passes about a metre off the centre
    expect(point?.nearest[0]).toMatchObject({ layer: 'road-segments', id: 'R1', status: 'behind' });
    expect(point?.nearest[0]?.distanceM).toBeLessThanOrEqual(2);
  });

  it('leaves a road that passes 2 km away out of the 1 km ring', () => {
    const line = [at(2000, 0), wgs84.Direct(at(2000, 0)[1], at(2000, 0)[0], 90, 3000)].map((p) =>
      Array.isArray(p) ? p : [p.lon2 as number, p.lat2 as number],
    );
    const [point] = sourcesNearDustfall(
      [createPoint()],
      createInputs({ roads: [{ id: 'R2', name: 'R2', line, behind: false }] }),
    );
    expect(point?.rings.map((r) => r.roads.segments)).toEqual([0, 1, 1]);
    expect(point?.rings[0]?.roads.km).toBe(0);
    expect(point?.rings[1]?.roads.behindKm).toBe(0);
  });

  it('lists the three nearest of each kind and every failing stockyard, nearest first, in metres', () => {
    const stockyards = Array.from({ length: 6 }, (_, i) =>
      yard(`Y${i}`, at(100 * (i + 1)), i < 4 ? 'compliant' : 'failing'),
    );
    const enterprises = Array.from({ length: 5 }, (_, i) => ({
      id: `E${i}`,
      name: `E${i}`,
      position: at(150 + 100 * i, 0),
      group: 'other' as const,
    }));
    const [point] = sourcesNearDustfall([createPoint()], createInputs({ stockyards, enterprises }));
    expect(point?.nearest.map((n) => `${n.id}:${n.distanceM}`)).toEqual([
      'Y0:100',
      'E0:150',
      'Y1:200',
      'E1:250',
      'Y2:300',
      'E2:350',
      'Y4:500',
      'Y5:600',
    ]);
    expect(point?.nearest[0]).toMatchObject({ layer: 'stockyards', status: 'compliant', group: null });
  });
});
