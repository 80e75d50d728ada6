/**
 * How positions of a source file become WGS84 `[lon, lat]`: one object per detected or declared
 * CRS, built here from a few supported families (geographic, Transverse Mercator / Gauss–Krüger,
 * Web Mercator), with proj4 doing the projection maths.
 *
 * @module
 */
import type { Position } from 'geojson';
import proj4 from 'proj4';
import { sourceCrsNames, type SourceCrs } from './parsed-import.ts';
import { toWgs84 } from './to-wgs84.ts';

/** A source CRS and its conversion to WGS84. */
export interface SourceProjection {
  /** Human description, e.g. `CGCS2000 / 3-degree Gauss-Kruger CM 111E`. */
  description: string;
  /** True when source positions are lon/lat degrees, false when projected metres. */
  geographic: boolean;
  /** Converts one source position (x/lon first) to WGS84 `[lon, lat]` degrees, keeping a third value. */
  toWgs84(position: Position): Position;
  /** Something the importer must know about the conversion (e.g. a datum shift not applied). */
  warning?: string;
  /** Transverse Mercator only: the false easting, metres (to spot zone-prefix mismatches). */
  falseEasting?: number;
}

/** Geodetic datums the parsers recognise. */
export type Datum = 'wgs84' | 'cgcs2000' | 'xian1980' | 'beijing1954';

interface DatumInfo {
  name: string;
  /** proj4 ellipsoid parameters; no datum shift parameters (see `warning`). */
  ellipsoid: string;
  warning?: string;
}

const datumShiftWarning = (name: string): string =>
  `the datum shift from ${name} to WGS84 is not applied ` +
  `(no published transformation parameters are used): ` +
  `positions may be off by tens of metres, up to about 100 m`;

/** The ellipsoid of each datum; CGCS2000 differs from WGS84 by well under a metre, so it is taken as WGS84. */
export const datums: Readonly<Record<Datum, DatumInfo>> = {
  wgs84: { name: 'WGS 84', ellipsoid: '+ellps=WGS84' },
  cgcs2000: { name: 'CGCS2000', ellipsoid: '+ellps=GRS80' },
  xian1980: { name: 'Xian 1980', ellipsoid: '+a=6378140 +rf=298.257', warning: datumShiftWarning('Xian 1980') },
  beijing1954: { name: 'Beijing 1954', ellipsoid: '+ellps=krass', warning: datumShiftWarning('Beijing 1954') },
};

/** Lon/lat in one of the geographic source CRSs an importer can declare. */
export function declaredProjection(crs: SourceCrs, suffix = ''): SourceProjection {
  return {
    description: sourceCrsNames[crs] + suffix,
    geographic: true,
    toWgs84: (p) => {
      const [lon, lat] = toWgs84(p[0] as number, p[1] as number, crs);
      return p.length > 2 ? [lon, lat, p[2] as number] : [lon, lat];
    },
  };
}

/** Lon/lat on a geodetic datum (no datum shift applied; see {@link datums}). */
export function geographicProjection(datum: Datum): SourceProjection {
  const info = datums[datum];
  return {
    description: `${info.name} (geographic)`,
    geographic: true,
    toWgs84: (p) => p.slice(),
    ...(info.warning ? { warning: info.warning } : {}),
  };
}

/** Parameters of a Transverse Mercator (Gauss–Krüger) projection. */
export interface TransverseMercatorParameters {
  datum: Datum;
  /** Central meridian, degrees east. */
  centralMeridian: number;
  /** Metres. */
  falseEasting: number;
  /** Metres. */
  falseNorthing?: number;
  scaleFactor?: number;
  /** Latitude of origin, degrees. */
  latitudeOfOrigin?: number;
  /** Zone width when known from the CRS name (a 6-degree central meridian is also a 3-degree one). */
  zoneWidth?: 3 | 6;
  /** Overrides the generated description. */
  description?: string;
}

/**
 * A Transverse Mercator projection. Gauss–Krüger is Transverse Mercator with scale factor 1; the
 * description follows the EPSG names (`CGCS2000 / 3-degree Gauss-Kruger CM 111E`, `… zone 37`).
 * proj4's `tmerc` is the exact (Poder/Engsager) algorithm, good to millimetres within a 6° zone.
 */
export function transverseMercatorProjection(params: TransverseMercatorParameters): SourceProjection {
  const { datum, centralMeridian, falseEasting, falseNorthing = 0, scaleFactor = 1, latitudeOfOrigin = 0 } = params;
  const info = datums[datum];
  const definition =
    `+proj=tmerc +lat_0=${latitudeOfOrigin} +lon_0=${centralMeridian} +k=${scaleFactor} ` +
    `+x_0=${falseEasting} +y_0=${falseNorthing} ${info.ellipsoid} +units=m +no_defs`;
  const converter = proj4(definition, 'WGS84');
  return {
    description: params.description ?? `${info.name} / ${describeTransverseMercator(params)}`,
    geographic: false,
    toWgs84: (p) => {
      const [lon, lat] = converter.forward([p[0] as number, p[1] as number]);
      return p.length > 2 ? [lon as number, lat as number, p[2] as number] : [lon as number, lat as number];
    },
    falseEasting,
    ...(info.warning ? { warning: info.warning } : {}),
  };
}

function describeTransverseMercator(params: TransverseMercatorParameters): string {
  const { centralMeridian, falseEasting, falseNorthing = 0, scaleFactor = 1, latitudeOfOrigin = 0, zoneWidth } = params;
  const cm = `CM ${centralMeridian}E`;
  if (scaleFactor !== 1 || latitudeOfOrigin !== 0 || falseNorthing !== 0) {
    return (
      `Transverse Mercator ${cm}, scale ${scaleFactor}, origin latitude ${latitudeOfOrigin}, ` +
      `false easting ${falseEasting} m, false northing ${falseNorthing} m`
    );
  }
  const zone = gaussKrugerZone(centralMeridian, falseEasting);
  if (zone) return `${zone.width}-degree Gauss-Kruger zone ${zone.zone}`;
  if (falseEasting === 500_000) {
    // Every 6-degree central meridian (6n − 3) is also a 3-degree one; only the others tell by themselves.
    const width = zoneWidth ?? (centralMeridian % 3 === 0 && (centralMeridian + 3) % 6 !== 0 ? 3 : undefined);
    // EPSG names: "3-degree Gauss-Kruger CM 111E" and, for 6-degree zones, "Gauss-Kruger CM 111E".
    return width === 3 ? `3-degree Gauss-Kruger ${cm}` : `Gauss-Kruger ${cm}`;
  }
  return `Gauss-Kruger ${cm}, false easting ${falseEasting} m`;
}

/**
 * The zone a false easting with a zone prefix (`zone × 1,000,000 + 500,000`) names, when it agrees
 * with the central meridian: 3-degree zones 25–45 (CM = 3 × zone), 6-degree zones 13–23 (CM = 6 × zone − 3).
 */
export function gaussKrugerZone(centralMeridian: number, falseEasting: number): { width: 3 | 6; zone: number } | null {
  const zone = (falseEasting - 500_000) / 1_000_000;
  if (!Number.isInteger(zone) || zone <= 0) return null;
  if (zone >= 25 && zone <= 45 && centralMeridian === zone * 3) return { width: 3, zone };
  if (zone >= 13 && zone <= 23 && centralMeridian === zone * 6 - 3) return { width: 6, zone };
  return null;
}

/** Web Mercator (EPSG:3857), as web maps and many online exporters write it. */
export function webMercatorProjection(): SourceProjection {
  const converter = proj4('EPSG:3857', 'WGS84');
  return {
    description: 'WGS 84 / Pseudo-Mercator (EPSG:3857)',
    geographic: false,
    toWgs84: (p) => {
      const [lon, lat] = converter.forward([p[0] as number, p[1] as number]);
      return p.length > 2 ? [lon as number, lat as number, p[2] as number] : [lon as number, lat as number];
    },
  };
}
