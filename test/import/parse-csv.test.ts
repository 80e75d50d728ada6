import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../server/import/parse-csv.ts';
import { toWgs84 } from '../../server/import/to-wgs84.ts';
import { readFixture, utf8 } from './fixtures.ts';

const errors = (result: ReturnType<typeof parseCsv>) => result.problems.filter((p) => p.severity === 'error');

describe('parseCsv: Excel registers', () => {
  it('reads the UTF-8-with-BOM and the GBK export to the same rows', () => {
    const fromUtf8 = parseCsv(readFixture('enterprises-gcj02.utf8-bom.csv'), { crs: 'gcj02' });
    const fromGbk = parseCsv(readFixture('enterprises-gcj02.gbk.csv'), { crs: 'gcj02' });
    expect(fromUtf8.problems).toEqual([]);
    expect(fromUtf8.features).toHaveLength(5);
    expect(fromGbk).toEqual(fromUtf8);
  });

  it('keeps every column as trimmed text, with Chinese headers and quoted commas', () => {
    const { features } = parseCsv(readFixture('enterprises-gcj02.gbk.csv'), { crs: 'gcj02' });
    expect(features[1]?.properties).toEqual({
      名称: '忻州市示例铸造有限公司',
      统一社会信用代码: '91140902MA0K000022',
      行业: '铸造',
      地址: '忻府区长征街, 188号',
      经度: '112.7404',
      纬度: '38.4167',
      绩效分级: 'B',
    });
  });

  it('converts the GCJ-02 positions to WGS84', () => {
    const result = parseCsv(readFixture('enterprises-gcj02.utf8-bom.csv'), { crs: 'gcj02' });
    expect(result.crs).toBe('GCJ-02');
    const [lon, lat] = toWgs84(112.7404, 38.4167, 'gcj02');
    const point = result.features[1]?.geometry;
    expect(point?.type).toBe('Point');
    if (point?.type !== 'Point') return;
    expect(point.coordinates[0]).toBeCloseTo(lon, 7);
    expect(point.coordinates[1]).toBeCloseTo(lat, 7);
    expect(lon).toBeLessThan(112.735); // really moved (~570 m west)
  });

  it('reports the one bad row by number and column and imports the others', () => {
    const result = parseCsv(readFixture('enterprises-gcj02.bad-row.csv'), { crs: 'gcj02' });
    expect(result.problems).toEqual([
      {
        row: 3,
        field: '经度',
        severity: 'error',
        problem: "longitude '112.82.31' is not a number",
        text: { zh: '经度「112.82.31」不是数字', en: "longitude '112.82.31' is not a number" },
      },
    ]);
    expect(result.features.map((f) => f.row)).toEqual([1, 2, 4, 5]);
  });
});

describe('parseCsv: coordinates', () => {
  it('detects swapped longitude and latitude', () => {
    const result = parseCsv(utf8('name,lon,lat\nA,112.70,38.40\nB,38.41,112.71\n'), { crs: 'wgs84' });
    expect(result.features.map((f) => f.row)).toEqual([1]);
    expect(errors(result)).toHaveLength(1);
    expect(errors(result)[0]).toMatchObject({ row: 2, field: 'lat' });
    expect(errors(result)[0]?.problem).toMatch(/swapped/);
  });

  it('reports missing, non-numeric and out-of-range values, naming row and column', () => {
    const result = parseCsv(utf8('名称,经度,纬度\nA,,38.4\nB,112.7,abc\nC,212.7,38.4\nD,112.7,-95\n'), {
      crs: 'wgs84',
    });
    expect(result.features).toEqual([]);
    expect(result.problems).toEqual([
      {
        row: 1,
        field: '经度',
        severity: 'error',
        problem: 'longitude is missing',
        text: { zh: '缺少经度', en: 'longitude is missing' },
      },
      {
        row: 2,
        field: '纬度',
        severity: 'error',
        problem: "latitude 'abc' is not a number",
        text: { zh: '纬度「abc」不是数字', en: "latitude 'abc' is not a number" },
      },
      {
        row: 3,
        field: '经度',
        severity: 'error',
        problem: 'longitude 212.7 is out of range [-180, 180]',
        text: { zh: '经度 212.7 超出范围 [-180, 180]', en: 'longitude 212.7 is out of range [-180, 180]' },
      },
      {
        row: 4,
        field: '纬度',
        severity: 'error',
        problem: 'latitude -95 is out of range [-90, 90]',
        text: { zh: '纬度 -95 超出范围 [-90, 90]', en: 'latitude -95 is out of range [-90, 90]' },
      },
    ]);
  });

  it('refuses points far outside China', () => {
    const result = parseCsv(utf8('name,lng,lat\nParis,2.35,48.85\n'), { crs: 'wgs84' });
    expect(result.features).toEqual([]);
    expect(result.problems[0]).toMatchObject({ row: 1, severity: 'error' });
    expect(result.problems[0]?.problem).toMatch(/outside China/);
  });

  it('detects coordinate columns by name, case and unit aside', () => {
    for (const [lonName, latName] of [
      ['X', 'Y'],
      [' Longitude ', 'LATITUDE'],
      ['经度(°)', '纬度（°）'],
      ['LNG', 'Lat'],
    ]) {
      const result = parseCsv(utf8(`id,${lonName},${latName}\n1,112.7,38.4\n`), { crs: 'wgs84' });
      expect(result.problems, `${lonName}/${latName}`).toEqual([]);
      expect(result.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [112.7, 38.4] });
    }
  });

  it('uses the columns it is given', () => {
    const result = parseCsv(utf8('name,经度,纬度,经度2,纬度2\nA,1,2,112.7,38.4\n'), {
      crs: 'wgs84',
      lonField: '经度2',
      latField: '纬度2',
    });
    expect(result.problems).toEqual([]);
    expect(result.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [112.7, 38.4] });
  });

  it('converts BD-09 positions', () => {
    const result = parseCsv(utf8('name,lon,lat\nA,112.7469,38.4227\n'), { crs: 'bd09' });
    expect(result.crs).toBe('BD-09');
    expect(result.features[0]?.geometry).toEqual({
      type: 'Point',
      coordinates: toWgs84(112.7469, 38.4227, 'bd09').map((v) => Math.round(v * 1e7) / 1e7),
    });
  });
});

describe('parseCsv: file structure', () => {
  it('refuses duplicate column names', () => {
    const result = parseCsv(utf8('名称,经度,纬度,名称\nA,112.7,38.4,B\n'), { crs: 'wgs84' });
    expect(result.features).toEqual([]);
    expect(result.problems).toEqual([
      {
        row: null,
        field: '名称',
        severity: 'error',
        problem: "duplicate column name '名称' (columns 1 and 4)",
        text: { zh: '列名「名称」重复（第 1 列和第 4 列）', en: "duplicate column name '名称' (columns 1 and 4)" },
      },
    ]);
  });

  it('reports rows with the wrong number of fields by row number', () => {
    const result = parseCsv(utf8('name,lon,lat\nA,112.7,38.4\nB,Co,112.71,38.41\nC,112.72\nD,112.73,38.43\n'), {
      crs: 'wgs84',
    });
    expect(result.features.map((f) => f.row)).toEqual([1, 4]);
    expect(result.problems.map((p) => [p.row, p.severity])).toEqual([
      [2, 'error'],
      [3, 'error'],
    ]);
    expect(result.problems[0]?.problem).toMatch(/expected 3 fields but parsed 4/);
  });

  it('skips blank lines without renumbering the rows after them', () => {
    const result = parseCsv(utf8('name,lon,lat\r\nA,112.7,38.4\r\n\r\n,,\r\nB,112.71,x\r\n'), { crs: 'wgs84' });
    expect(result.features.map((f) => f.row)).toEqual([1]);
    expect(result.problems).toEqual([
      {
        row: 4,
        field: 'lat',
        severity: 'error',
        problem: "latitude 'x' is not a number",
        text: { zh: '纬度「x」不是数字', en: "latitude 'x' is not a number" },
      },
    ]);
  });

  it('says which coordinate column is missing', () => {
    const result = parseCsv(utf8('name,经度,高度\nA,112.7,800\n'), { crs: 'wgs84' });
    expect(result.features).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ row: null, severity: 'error' });
    expect(result.problems[0]?.problem).toMatch(/^no latitude column found: .*纬度/);
  });

  it('names a given column that does not exist', () => {
    const result = parseCsv(utf8('name,lon,lat\nA,112.7,38.4\n'), { crs: 'wgs84', lonField: 'E' });
    expect(result.problems).toEqual([
      expect.objectContaining({ field: 'E', problem: expect.stringMatching(/^longitude column 'E' not found/) }),
    ]);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(parseCsv(new Uint8Array(), { crs: 'wgs84' }).problems[0]?.problem).toBe('the file is empty');
    expect(parseCsv(utf8('name,lon,lat\r\n'), { crs: 'wgs84' }).problems[0]?.problem).toBe(
      'the file has a header but no data rows',
    );
  });
});
