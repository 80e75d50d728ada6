import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { formatFeatureCollection, roundCoordinate, windGeometry } from '../../geodata/scripts/canonical-geojson.ts';

type Coded = Feature<Geometry, { code: string; name: string }>;
const byCode = (f: Coded) => f.properties.code;
const point = (code: string, lon: number, lat: number): Coded => ({
  type: 'Feature',
  properties: { code, name: `p${code}` },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

describe('formatFeatureCollection', () => {
  it('writes one feature per line, sorted by code, with a trailing newline', () => {
    const text = formatFeatureCollection([point('B', 2, 2), point('A', 1, 1)], byCode);
    expect(text).toBe(
      '{"type":"FeatureCollection","features":[\n' +
        '{"type":"Feature","properties":{"code":"A","name":"pA"},"geometry":{"type":"Point","coordinates":[1,1]}},\n' +
        '{"type":"Feature","properties":{"code":"B","name":"pB"},"geometry":{"type":"Point","coordinates":[2,2]}}\n' +
        ']}\n',
    );
  });

  it('rounds coordinates to 6 decimals and fixes key order regardless of input key order', () => {
    const messy = {
      geometry: { coordinates: [112.72834999, -0.0000001], type: 'Point' },
      properties: { code: 'A', name: 'x' },
      type: 'Feature',
      id: 7,
    } as unknown as Coded;
    expect(formatFeatureCollection([messy], byCode)).toContain(
      '{"type":"Feature","properties":{"code":"A","name":"x"},"geometry":{"type":"Point","coordinates":[112.72835,0]}}',
    );
  });

  it('gives the same bytes whatever the input order', () => {
    const features = ['3', '1', '2'].map((code) => point(code, Number(code), 0));
    expect(formatFeatureCollection(features, byCode)).toBe(formatFeatureCollection(features.slice().reverse(), byCode));
  });

  it('rejects two features with the same code', () => {
    expect(() => formatFeatureCollection([point('A', 1, 1), point('A', 2, 2)], byCode)).toThrow(
      /share the sort key 'A'/,
    );
  });
});

describe('roundCoordinate / windGeometry', () => {
  it('rounds half a grid step away and never prints -0', () => {
    expect(roundCoordinate(38.4152995)).toBe(38.4153);
    expect(Object.is(roundCoordinate(-1e-9), 0)).toBe(true);
    expect(() => roundCoordinate(Number.NaN)).toThrow(/finite/);
  });

  it('winds outer rings counter-clockwise and holes clockwise', () => {
    const clockwise = [
      [0, 0],
      [0, 4],
      [4, 4],
      [4, 0],
      [0, 0],
    ];
    const counterClockwiseHole = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    const wound = windGeometry({ type: 'Polygon', coordinates: [clockwise, counterClockwiseHole] });
    expect(wound.coordinates).toEqual([clockwise.slice().reverse(), counterClockwiseHole.slice().reverse()]);
  });
});
