import { describe, expect, it } from 'vitest';
import { resolvePrj } from '../../server/import/resolve-prj.ts';

/** OGC WKT1 of EPSG:4547 as epsg.io serves it. */
const epsg4547 =
  'PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 114E",GEOGCS["China Geodetic Coordinate System 2000",' +
  'DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],' +
  'PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],' +
  'AUTHORITY["EPSG","4490"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],' +
  'PARAMETER["central_meridian",114],PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],' +
  'PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","4547"]]';

/** WKT2 of Beijing 1954 / Gauss-Kruger zone 19 (EPSG:21419), as QGIS 3 writes it. */
const beijing1954Zone19 =
  'PROJCRS["Beijing 1954 / Gauss-Kruger zone 19",BASEGEOGCRS["Beijing 1954",DATUM["Beijing 1954",' +
  'ELLIPSOID["Krassowsky 1940",6378245,298.3,LENGTHUNIT["metre",1]]],' +
  'PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]],ID["EPSG",4214]],' +
  'CONVERSION["6-degree Gauss-Kruger zone 19",METHOD["Transverse Mercator",ID["EPSG",9807]],' +
  'PARAMETER["Latitude of natural origin",0,ANGLEUNIT["degree",0.0174532925199433],ID["EPSG",8801]],' +
  'PARAMETER["Longitude of natural origin",111,ANGLEUNIT["degree",0.0174532925199433],ID["EPSG",8802]],' +
  'PARAMETER["Scale factor at natural origin",1,SCALEUNIT["unity",1],ID["EPSG",8805]],' +
  'PARAMETER["False easting",19500000,LENGTHUNIT["metre",1],ID["EPSG",8806]],' +
  'PARAMETER["False northing",0,LENGTHUNIT["metre",1],ID["EPSG",8807]]],CS[Cartesian,2],' +
  'AXIS["northing (X)",north,ORDER[1],LENGTHUNIT["metre",1]],AXIS["easting (Y)",east,ORDER[2],LENGTHUNIT["metre",1]],' +
  'ID["EPSG",21419]]';

const cgcs2000Geographic =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,' +
  '298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

const description = (text: string): string => {
  const resolved = resolvePrj(text);
  return resolved.ok ? resolved.value.description : `error: ${resolved.error.message}`;
};

describe('resolvePrj', () => {
  it('recognises OGC WKT with an EPSG authority', () => {
    expect(description(epsg4547)).toBe('CGCS2000 / 3-degree Gauss-Kruger CM 114E (EPSG:4547)');
  });

  it('recognises WKT2 Beijing 1954 6-degree zone 19 and warns about the datum', () => {
    const resolved = resolvePrj(beijing1954Zone19);
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    expect(resolved.value.description).toBe('Beijing 1954 / 6-degree Gauss-Kruger zone 19');
    expect(resolved.value.warning).toMatch(/datum shift from Beijing 1954/);
    // A point 19,500,000 m east (on the central meridian) lies on 111°E.
    const [lon] = resolved.value.toWgs84([19_500_000, 4_250_000]);
    expect(lon).toBeCloseTo(111, 9);
  });

  it('recognises CGCS2000 geographic', () => {
    expect(description(cgcs2000Geographic)).toBe('CGCS2000 (geographic)');
  });

  it('refuses what it does not support, naming the CRS', () => {
    expect(description('LOCAL_CS["工程坐标系",LOCAL_DATUM["local",0],UNIT["Meter",1.0]]')).toBe(
      'error: the .prj names an unsupported CRS: "工程坐标系" (a LOCAL_CS, not a geographic or projected CRS)',
    );
    const feet = epsg4547.replace(
      'UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","4547"]]',
      'UNIT["foot",0.3048]]',
    );
    expect(description(feet)).toMatch(
      /unsupported CRS: "CGCS2000 \/ 3-degree Gauss-Kruger CM 114E" \(its linear unit is not metres/,
    );
    const pulkovo = cgcs2000Geographic
      .replace('GCS_China_Geodetic_Coordinate_System_2000', 'GCS_Pulkovo_1942')
      .replace('D_China_2000', 'D_Pulkovo_1942');
    expect(description(pulkovo)).toBe(
      'error: the .prj names an unsupported CRS: "GCS_Pulkovo_1942" (datum "D_Pulkovo_1942")',
    );
  });

  it('refuses text that is not WKT', () => {
    expect(description('PROJCS["broken",GEOGCS[')).toMatch(/^error: the \.prj is not readable WKT/);
    expect(description('A['.repeat(100_000) + ']'.repeat(100_000))).toMatch(
      /^error: the \.prj is not readable WKT: the text is longer than/,
    );
    expect(description('A['.repeat(1000) + ']'.repeat(1000))).toMatch(
      /^error: the \.prj is not readable WKT: nesting deeper than 32 levels/,
    );
  });
});
