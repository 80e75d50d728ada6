import { zipSync } from 'fflate';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { MAX_UNZIPPED_BYTES, parseShapefileZip, readShapefileZip } from '../../server/import/parse-shapefile-zip.ts';
import { encodeGbk } from '../fixtures/import/encode-gbk.ts';
import { maxVertexDistanceM, readFixture } from './fixtures.ts';
import { editZip, makeShapefileZip, shapefileFiles } from './make-shapefile-zip.ts';
import { makeZipBomb } from './make-zip-bomb.ts';

const original = JSON.parse(
  new TextDecoder().decode(readFixture('townships.wgs84.geojson')),
) as FeatureCollection<Polygon>;

const cgcs2000Gk111 =
  'PROJCS["CGCS2000_3_Degree_GK_CM_111E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",' +
  'SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],' +
  'PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],' +
  'PARAMETER["Central_Meridian",111.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],' +
  'UNIT["Meter",1.0]]';
const cgcs2000Zone37 = cgcs2000Gk111
  .replace('CGCS2000_3_Degree_GK_CM_111E', 'CGCS2000_3_Degree_GK_Zone_37')
  .replace('"False_Easting",500000.0', '"False_Easting",37500000.0');
const xian1980Gk111 = cgcs2000Gk111
  .replace('CGCS2000_3_Degree_GK_CM_111E', 'Xian_1980_3_Degree_GK_CM_111E')
  .replace('GCS_China_Geodetic_Coordinate_System_2000', 'GCS_Xian_1980')
  .replace(
    'DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]]',
    'DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]]',
  );
const wgs84Geographic =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],' +
  'UNIT["Degree",0.0174532925199433]]';
const albers =
  'PROJCS["Asia_North_Albers_Equal_Area_Conic",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",' +
  '6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Albers"],' +
  'PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",95.0],' +
  'PARAMETER["Standard_Parallel_1",15.0],PARAMETER["Standard_Parallel_2",65.0],PARAMETER["Latitude_Of_Origin",30.0],' +
  'UNIT["Meter",1.0]]';
const webMercator =
  'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",' +
  '6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],' +
  'PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],' +
  'PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],' +
  'UNIT["Meter",1.0]]';

/** The fixture's polygons projected with `definition`, outer rings clockwise as in shapefiles. */
function projectedTownships(definition: string): Position[][][] {
  const converter = proj4('WGS84', definition);
  return original.features.map((f) =>
    f.geometry.coordinates.map((ring) =>
      ring.map((p) => converter.forward([p[0] as number, p[1] as number])).reverse(),
    ),
  );
}
const gk111 = '+proj=tmerc +lat_0=0 +lon_0=111 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m';

const townshipFixture = await parseShapefileZip(readFixture('townships-cgcs2000-gk111.zip'));

describe('parseShapefileZip: the township fixture (CGCS2000 / 3-degree GK CM 111E, GBK)', () => {
  const result = townshipFixture;

  it('describes the CRS of the .prj and reports no problems', async () => {
    expect(result.format).toBe('shapefile');
    expect(result.crs).toBe('CGCS2000 / 3-degree Gauss-Kruger CM 111E');
    expect(result.problems).toEqual([]);
  });

  it('returns the original WGS84 polygons within 1 m', async () => {
    expect(result.features).toHaveLength(original.features.length);
    result.features.forEach((feature, i) => {
      expect(
        maxVertexDistanceM(feature.geometry, (original.features[i] as { geometry: Polygon }).geometry),
        `record ${i + 1}`,
      ).toBeLessThan(1);
    });
  });

  it('decodes the GBK names as the .cpg says', async () => {
    expect(result.features.map((f) => f.properties.XZQMC)).toEqual(['奇村镇', '庄磨镇', '豆罗镇']);
    expect(result.features.map((f) => f.row)).toEqual([1, 2, 3]);
    expect(result.features[0]?.properties).toMatchObject({
      XZQDM: '140902101000',
      NAME_EN: 'Qicun Town',
      AREA_KM2: 144.16,
    });
  });

  it('detects GBK without a .cpg', async () => {
    const withoutCpg = await parseShapefileZip(editZip(readFixture('townships-cgcs2000-gk111.zip'), { '.cpg': null }));
    expect(withoutCpg.features.map((f) => f.properties.XZQMC)).toEqual(['奇村镇', '庄磨镇', '豆罗镇']);
  });
});

describe('parseShapefileZip: .prj variants', () => {
  it('reads a false easting with the zone number (zone 37)', async () => {
    const polygons = projectedTownships(gk111).map((rings) =>
      rings.map((ring) => ring.map(([x = 0, y = 0]) => [x + 37_000_000, y])),
    );
    const result = await parseShapefileZip(makeShapefileZip({ polygons, prj: cgcs2000Zone37 }));
    expect(result.crs).toBe('CGCS2000 / 3-degree Gauss-Kruger zone 37');
    expect(result.problems).toEqual([]);
    expect(maxVertexDistanceM(result.features[0]!.geometry, original.features[0]!.geometry)).toBeLessThan(1);
  });

  it('refuses a .prj whose false easting disagrees with the data about the zone number', async () => {
    const polygons = projectedTownships(gk111).map((rings) =>
      rings.map((ring) => ring.map(([x = 0, y = 0]) => [x + 37_000_000, y])),
    );
    const result = await parseShapefileZip(makeShapefileZip({ polygons, prj: cgcs2000Gk111 }));
    expect(result.features).toEqual([]);
    expect(result.problems[0]?.problem).toMatch(/zone number/);
  });

  it('reprojects Xian 1980 Gauss-Kruger with a warning that the datum shift is not applied', async () => {
    const polygons = projectedTownships(
      '+proj=tmerc +lat_0=0 +lon_0=111 +k=1 +x_0=500000 +y_0=0 +a=6378140 +rf=298.257 +units=m',
    );
    const result = await parseShapefileZip(makeShapefileZip({ polygons, prj: xian1980Gk111 }));
    expect(result.crs).toBe('Xian 1980 / 3-degree Gauss-Kruger CM 111E');
    expect(result.features).toHaveLength(3);
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: null,
        severity: 'warning',
        problem: expect.stringMatching(/datum shift from Xian 1980 to WGS84 is not applied/),
      }),
    ]);
  });

  it('reads Web Mercator', async () => {
    const result = await parseShapefileZip(
      makeShapefileZip({ polygons: projectedTownships('EPSG:3857'), prj: webMercator }),
    );
    expect(result.crs).toMatch(/Pseudo-Mercator/);
    expect(maxVertexDistanceM(result.features[2]!.geometry, original.features[2]!.geometry)).toBeLessThan(1);
  });

  it('refuses an unsupported projection, naming it', async () => {
    const result = await parseShapefileZip(makeShapefileZip({ polygons: projectedTownships(gk111), prj: albers }));
    expect(result.features).toEqual([]);
    expect(result.problems).toEqual([
      {
        row: null,
        field: 'layer.prj',
        severity: 'error',
        problem: 'the .prj names an unsupported CRS: "Asia_North_Albers_Equal_Area_Conic" (projection "Albers")',
      },
    ]);
  });

  it('assumes WGS84 with a warning when there is no .prj and the coordinates are degrees', async () => {
    const polygons = original.features.map((f) => f.geometry.coordinates.map((ring) => ring.slice().reverse()));
    const result = await parseShapefileZip(makeShapefileZip({ polygons }));
    expect(result.features).toHaveLength(3);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', problem: expect.stringMatching(/no layer\.prj/) }),
    ]);
    expect(maxVertexDistanceM(result.features[1]!.geometry, original.features[1]!.geometry)).toBeLessThan(0.05);
  });

  it('refuses projected coordinates without a .prj', async () => {
    const result = await parseShapefileZip(makeShapefileZip({ polygons: projectedTownships(gk111) }));
    expect(result.features).toEqual([]);
    expect(result.problems[0]?.problem).toMatch(/no \.prj and the coordinates look projected/);
  });

  it('accepts a geographic WGS 84 .prj', async () => {
    const polygons = original.features.map((f) => f.geometry.coordinates.map((ring) => ring.slice().reverse()));
    const result = await parseShapefileZip(makeShapefileZip({ polygons, prj: wgs84Geographic }));
    expect(result.crs).toBe('WGS 84');
    expect(result.problems).toEqual([]);
  });
});

describe('parseShapefileZip: the archive', () => {
  const polygons = projectedTownships(gk111);

  it('refuses a zip with two layers', async () => {
    const files = {
      ...shapefileFiles({ polygons, prj: cgcs2000Gk111, name: 'a' }),
      ...shapefileFiles({ polygons, prj: cgcs2000Gk111, name: 'b' }),
    };
    const result = await parseShapefileZip(zipSync(files));
    expect(result.features).toEqual([]);
    expect(result.problems[0]?.problem).toBe(
      'the zip holds 2 shapefile layers (a.shp, b.shp); put exactly one layer in each zip',
    );
  });

  it('refuses a .shp without its .dbf', async () => {
    const result = await parseShapefileZip(
      editZip(makeShapefileZip({ polygons, prj: cgcs2000Gk111 }), { '.dbf': null }),
    );
    expect(result.problems[0]?.problem).toMatch(/^layer\.shp has no layer\.dbf/);
  });

  it('refuses a zip without a .shp, listing what it holds', async () => {
    const result = await parseShapefileZip(zipSync({ 'doc.kml': new TextEncoder().encode('<kml/>') }));
    expect(result.problems[0]?.problem).toBe('the zip contains no .shp file (it contains doc.kml)');
  });

  it('refuses bytes that are not a zip', async () => {
    const result = await parseShapefileZip(new TextEncoder().encode('name,lon,lat'));
    expect(result.problems[0]?.problem).toMatch(/^the file is not a readable zip archive/);
  });

  it('reads UTF-8 text with a .cpg of UTF-8, and without a .cpg', async () => {
    // shp-write writes each character code as one byte, so UTF-8 bytes are passed as Latin-1 characters.
    const asBytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
    const rows = ['奇村镇', '庄磨镇', '豆罗镇'].map((name) => ({ XZQMC: asBytes(name) }));
    for (const cpg of ['UTF-8', '65001', undefined]) {
      const result = await parseShapefileZip(
        makeShapefileZip({ polygons, rows, prj: cgcs2000Gk111, ...(cpg ? { cpg } : {}) }),
      );
      expect(result.problems, String(cpg)).toEqual([]);
      expect(result.features.map((f) => f.properties.XZQMC)).toEqual(['奇村镇', '庄磨镇', '豆罗镇']);
    }
  });

  it('reads GBK, with a warning, when the .cpg says UTF-8 but the text is not', async () => {
    const result = await parseShapefileZip(
      editZip(readFixture('townships-cgcs2000-gk111.zip'), { '.cpg': encodeGbk('UTF-8') }),
    );
    expect(result.features.map((f) => f.properties.XZQMC)).toEqual(['奇村镇', '庄磨镇', '豆罗镇']);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', problem: expect.stringMatching(/not valid UTF-8/) }),
    ]);
  });

  it('reads a .cpg of ANSI 936 as GBK', async () => {
    const result = await parseShapefileZip(
      editZip(readFixture('townships-cgcs2000-gk111.zip'), { '.cpg': encodeGbk('ANSI 936') }),
    );
    expect(result.problems).toEqual([]);
    expect(result.features.map((f) => f.properties.XZQMC)).toEqual(['奇村镇', '庄磨镇', '豆罗镇']);
  });

  it('reports a self-intersecting ring with its record number', async () => {
    const bowTie: Position[][] = [
      [
        [600000, 4250000],
        [601000, 4251000],
        [601000, 4250000],
        [600000, 4251000],
        [600000, 4250000],
      ],
    ];
    const result = await parseShapefileZip(makeShapefileZip({ polygons: [polygons[0]!, bowTie], prj: cgcs2000Gk111 }));
    expect(result.features.map((f) => f.row)).toEqual([1]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: 2,
        field: 'geometry',
        severity: 'error',
        problem: expect.stringMatching(/^record 2: .*intersects itself/),
      }),
    ]);
  });
});

describe('parseShapefileZip: the unzipped-size cap counts bytes actually inflated (issue 12, probe 1)', () => {
  it('refuses an entry declaring 1,000 bytes that inflates past the cap, without inflating the rest', async () => {
    const bomb = makeZipBomb({ name: 'layer.shp', inflatedBytes: 64 * 1024 * 1024, declaredBytes: 1000 });
    expect(bomb.length).toBeLessThan(500_000);
    const result = await readShapefileZip(bomb, { maxUnzippedBytes: 4 * 1024 * 1024 });
    expect(result).toEqual({
      ok: false,
      error: { code: 'too-large', message: expect.stringMatching(/^the zip unpacks to more than 4 MB \(the limit/) },
    });
  });

  it('counts every central-directory entry, even ones overlapping the same data', async () => {
    const bomb = makeZipBomb({ name: 'layer.dbf', inflatedBytes: 1024 * 1024, copies: 8 });
    const result = await readShapefileZip(bomb, { maxUnzippedBytes: 4 * 1024 * 1024 });
    expect(result.ok).toBe(false);
  });

  it('reports the cap as a whole-file error through parseShapefileZip', async () => {
    const result = await parseShapefileZip(makeZipBomb({ name: 'layer.shp', inflatedBytes: 2 * 1024 * 1024 }), {
      maxUnzippedBytes: 1024 * 1024,
    });
    expect(result.features).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: null, severity: 'error', problem: expect.stringMatching(/more than 1 MB/) }),
    ]);
  });

  it('keeps the event loop turning while it inflates toward the default cap', async () => {
    const bomb = makeZipBomb({ name: 'layer.shp', inflatedBytes: MAX_UNZIPPED_BYTES + 16 * 1024 * 1024 });
    let turns = 0;
    let reading = true;
    const turn = () => {
      turns += 1;
      if (reading) setImmediate(turn);
    };
    setImmediate(turn);
    const result = await readShapefileZip(bomb);
    reading = false;
    expect(result.ok).toBe(false);
    expect(turns).toBeGreaterThan(10);
  });

  it('reads an entry whose declared size understates it, when the whole is within the cap', async () => {
    const result = await readShapefileZip(
      makeZipBomb({ name: 'layer.shp', inflatedBytes: 100_000, declaredBytes: 10 }),
    );
    // the 100,000 zero bytes are inflated in full (then refused as a .shp without its .dbf)
    expect(result.ok && result.value.problems[0]?.problem).toBe(
      'layer.shp has no layer.dbf beside it; zip the .shp, .dbf, .prj (and .cpg) of the layer together',
    );
  });

  it('refuses a truncated deflate stream as an unreadable archive', async () => {
    const zip = makeZipBomb({ name: 'layer.shp', inflatedBytes: 100_000 });
    const view = new DataView(zip.buffer);
    const centralDirectory = view.getUint32(zip.length - 22 + 16, true);
    view.setUint32(centralDirectory + 20, 100, true); // the compressed size: the stream now stops mid-block
    const result = await parseShapefileZip(zip);
    expect(result.problems[0]?.problem).toMatch(/^the file is not a readable zip archive/);
  });
});
