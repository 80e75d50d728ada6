import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../server/import/parse-import-file.ts';
import { readFixture } from './fixtures.ts';

describe('parseImportFile', () => {
  it('dispatches by extension, case-insensitively', async () => {
    const cases: Array<[string, string, string]> = [
      ['企业名单.CSV', 'enterprises-gcj02.gbk.csv', 'csv'],
      ['乡镇界.zip', 'townships-cgcs2000-gk111.zip', 'shapefile'],
      ['乡镇界.geojson', 'townships-epsg4546.geojson', 'geojson'],
      ['乡镇界.json', 'townships-epsg4546.geojson', 'geojson'],
      ['点位.kml', 'sites.kml', 'kml'],
    ];
    for (const [fileName, fixture, format] of cases) {
      const result = await parseImportFile(fileName, readFixture(fixture), { crs: 'gcj02' });
      expect(result.ok, fileName).toBe(true);
      if (!result.ok) continue;
      expect(result.value.format).toBe(format);
      expect(result.value.features.length, fileName).toBeGreaterThan(0);
      expect(
        result.value.problems.filter((p) => p.severity === 'error'),
        fileName,
      ).toEqual([]);
    }
  });

  it('passes the declared CRS and the coordinate columns to the CSV parser', async () => {
    const bytes = new TextEncoder().encode('name,E,N\nA,112.74,38.42\n');
    const result = await parseImportFile('a.csv', bytes, { crs: 'gcj02', lonField: 'E', latField: 'N' });
    expect(result.ok && result.value.crs).toBe('GCJ-02');
    expect(result.ok && result.value.features).toHaveLength(1);
  });

  it('tells Excel users to export CSV', async () => {
    for (const name of ['名单.xlsx', '名单.xls']) {
      const result = await parseImportFile(name, new Uint8Array([0x50, 0x4b, 0x03, 0x04]), { crs: 'wgs84' });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('unsupported-file-type');
      expect(result.error.message).toMatch(/save the sheet as CSV/);
    }
  });

  it('refuses KMZ, a bare .shp and unknown types with advice', async () => {
    const message = async (name: string) => {
      const result = await parseImportFile(name, new Uint8Array(), { crs: 'wgs84' });
      return result.ok ? '' : result.error.message;
    };
    expect(await message('doc.kmz')).toMatch(/^\.kmz files are not imported; .*unzip it/);
    expect(await message('乡镇界.shp')).toMatch(/zip the \.shp, \.dbf, \.prj/);
    expect(await message('map.gpkg')).toMatch(/GeoPackage/);
    expect(await message('readme')).toMatch(/^'readme' has no file extension/);
    expect(await message('data.txt')).toBe(
      '.txt files are not imported; import .csv, .geojson/.json, .zip (shapefile) or .kml',
    );
  });
});
