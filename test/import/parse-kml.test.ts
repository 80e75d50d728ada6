import { describe, expect, it } from 'vitest';
import { parseKml } from '../../server/import/parse-kml.ts';
import { toWgs84 } from '../../server/import/to-wgs84.ts';
import { encodeGbk } from '../fixtures/import/encode-gbk.ts';
import { readFixture, utf8 } from './fixtures.ts';

const placemark = (name: string, coordinates: string) =>
  `<Placemark><name>${name}</name><Point><coordinates>${coordinates}</coordinates></Point></Placemark>`;
const kmlOf = (body: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">' +
  `<Document>${body}</Document></kml>`;

describe('parseKml', () => {
  it('reads the fixture: points in a folder and a polygon, with names and ExtendedData', () => {
    const result = parseKml(readFixture('sites.kml'));
    expect(result.format).toBe('kml');
    expect(result.crs).toBe('WGS84');
    expect(result.problems).toEqual([]);
    expect(
      result.features.map((f) => [
        f.row,
        f.geometry.type,
        f.properties.name,
        f.properties['编号'],
        f.properties['类型'],
      ]),
    ).toEqual([
      [1, 'Point', '奇村镇扬尘监测点', 'YC-001', '扬尘'],
      [2, 'Point', '豆罗镇扬尘监测点', 'YC-002', '扬尘'],
      [3, 'Point', '西张镇扬尘监测点', 'YC-003', '扬尘'],
      [4, 'Polygon', '示例建设工地', 'GD-001', '建筑工地'],
    ]);
    expect(result.features[1]?.geometry).toEqual({ type: 'Point', coordinates: [112.8168, 38.4896] });
    expect(result.features[3]?.properties.description).toBe('施工围挡范围');
    expect(result.features[3]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [112.73, 38.41],
          [112.735, 38.41],
          [112.735, 38.414],
          [112.73, 38.414],
          [112.73, 38.41],
        ],
      ],
    });
  });

  it('reports malformed XML as a file error', () => {
    const result = parseKml(utf8('<kml><Document><Placemark><name>a</name></Document></kml>'));
    expect(result.features).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: null,
        severity: 'error',
        problem: expect.stringMatching(/^the file is not well-formed XML: /),
      }),
    ]);
  });

  it('refuses XML that is not KML', () => {
    const result = parseKml(utf8('<?xml version="1.0"?><gpx><wpt lat="38.4" lon="112.7"/></gpx>'));
    expect(result.problems[0]?.problem).toBe('the file is not KML: its root element is <gpx>, not <kml>');
  });

  it('reports a placemark without geometry by number and name', () => {
    const result = parseKml(utf8(kmlOf(`${placemark('A', '112.7,38.4')}<Placemark><name>B</name></Placemark>`)));
    expect(result.features.map((f) => f.row)).toEqual([1]);
    expect(result.problems).toEqual([
      { row: 2, field: 'geometry', severity: 'error', problem: "placemark 2 ('B'): the feature has no geometry" },
    ]);
  });

  it('reads GBK-encoded KML', () => {
    const result = parseKml(encodeGbk(kmlOf(placemark('忻口镇', '112.7,38.4')).replace('UTF-8', 'GBK')));
    expect(result.features[0]?.properties.name).toBe('忻口镇');
  });

  it('applies a declared GCJ-02', () => {
    const result = parseKml(utf8(kmlOf(placemark('A', '112.74,38.42'))), { crs: 'gcj02' });
    expect(result.crs).toBe('GCJ-02');
    expect(result.features[0]?.geometry).toEqual({
      type: 'Point',
      coordinates: toWgs84(112.74, 38.42, 'gcj02').map((v) => Math.round(v * 1e7) / 1e7),
    });
  });

  it('refuses a KML without placemarks', () => {
    expect(parseKml(utf8(kmlOf(''))).problems[0]?.problem).toBe('the KML has no placemarks');
  });
});
