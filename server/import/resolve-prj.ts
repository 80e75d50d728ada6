/**
 * Recognition of a shapefile's .prj (ESRI or OGC WKT) as one of the coordinate systems Chinese
 * survey and GIS data come in.
 *
 * @module
 */
import { ok } from '../result.ts';
import { resolveEpsgCode, unsupportedCrs, type CrsResolution } from './resolve-epsg-code.ts';
import { parseWkt, wktChildren, wktFind, wktName, type WktNode } from './parse-wkt.ts';
import {
  gaussKrugerZone,
  geographicProjection,
  transverseMercatorProjection,
  webMercatorProjection,
  type Datum,
} from './source-projection.ts';

/** The recognised CRS, or a sentence saying why not. */
export type PrjResolution = CrsResolution;

const normalise = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

const datumPatterns: ReadonlyArray<[RegExp, Datum]> = [
  [/wgs1984|wgs84|worldgeodeticsystem1984/, 'wgs84'],
  [/china2000|cgcs2000|chinageodeticcoordinatesystem2000/, 'cgcs2000'],
  [/xian1980|xian80/, 'xian1980'],
  [/beijing1954|beijing54/, 'beijing1954'],
];

const transverseMercatorMethods = new Set([
  'transversemercator',
  'gausskruger',
  'gausskrueger',
  'gaussiankruger',
  'tmerc',
]);
const webMercatorPattern = /auxiliarysphere|pseudomercator|popularvisuali[sz]ation|webmercator|googlemercator/;

/**
 * Recognises a .prj: geographic WGS 84 and CGCS2000; Transverse Mercator / Gauss–Krüger
 * (3-degree or 6-degree, false easting with or without the zone number) on WGS 84, CGCS2000,
 * Xian 1980 or Beijing 1954 (the last two with a warning that the datum shift is not applied);
 * Web Mercator. Anything else (another datum or projection, a unit other than metres or degrees)
 * is refused with the CRS's name.
 *
 * @param text - the .prj content
 * @example
 * resolvePrj('PROJCS["CGCS2000_3_Degree_GK_CM_111E",GEOGCS[…,DATUM["D_China_2000",…]],PROJECTION["Gauss_Kruger"],…]');
 * // { ok: true, value: { description: 'CGCS2000 / 3-degree Gauss-Kruger CM 111E', … } }
 */
export function resolvePrj(text: string): PrjResolution {
  const parsed = parseWkt(text.trim());
  if (!parsed.ok) return unsupportedCrs(`the .prj is not readable WKT: ${parsed.error.message}`);
  const root = parsed.value;
  const name = wktName(root);
  const unsupported = (why: string): PrjResolution =>
    unsupportedCrs(`the .prj names an unsupported CRS: "${name || root.keyword}" (${why})`);

  const epsg = authorityCode(root);
  if (epsg !== null) {
    const byCode = resolveEpsgCode(epsg);
    if (byCode.ok) return byCode;
  }

  const geographic = ['GEOGCS', 'GEOGCRS', 'GEODCRS', 'GEOGRAPHICCRS', 'GEODETICCRS'].includes(root.keyword);
  const projected = ['PROJCS', 'PROJCRS', 'PROJECTEDCRS'].includes(root.keyword);
  if (!geographic && !projected) return unsupported(`a ${root.keyword}, not a geographic or projected CRS`);

  const datumNode = wktFind(root, 'DATUM', 'GEODETICDATUM', 'TRF');
  const geogNode = projected ? wktFind(root, 'GEOGCS', 'BASEGEOGCRS', 'BASEGEODCRS') : root;
  const datum = classifyDatum([wktName(datumNode), wktName(geogNode)]);

  if (geographic) {
    const unit = unitFactor(root, ['UNIT', 'ANGLEUNIT']);
    if (unit !== null && Math.abs(unit - Math.PI / 180) > 1e-9) return unsupported(`its angular unit is not degrees`);
    if (!datum) return unsupported(`datum "${wktName(datumNode) || 'unnamed'}"`);
    const projection = geographicProjection(datum);
    return ok(datum === 'wgs84' ? { ...projection, description: 'WGS 84' } : projection);
  }

  const method = wktName(wktFind(root, 'PROJECTION', 'METHOD'));
  if (webMercatorPattern.test(normalise(method)) || webMercatorPattern.test(normalise(name)))
    return ok(webMercatorProjection());
  if (!transverseMercatorMethods.has(normalise(method))) return unsupported(`projection "${method || 'none'}"`);
  if (!datum) return unsupported(`datum "${wktName(datumNode) || 'unnamed'}"`);

  const unit = linearUnitFactor(root);
  if (unit !== null && Math.abs(unit - 1) > 1e-9) return unsupported(`its linear unit is not metres (factor ${unit})`);

  const parameters = readParameters(root);
  const centralMeridian =
    parameters.get('centralmeridian') ??
    parameters.get('longitudeofnaturalorigin') ??
    parameters.get('longitudeoforigin');
  if (centralMeridian === undefined) return unsupported('no central meridian');
  const falseEasting = parameters.get('falseeasting') ?? 0;
  const zoneFromEasting = (falseEasting - 500_000) / 1_000_000;
  if (Number.isInteger(zoneFromEasting) && zoneFromEasting > 0 && !gaussKrugerZone(centralMeridian, falseEasting)) {
    return unsupported(
      `its false easting ${falseEasting} names zone ${zoneFromEasting}, ` +
        `which does not have central meridian ${centralMeridian}E`,
    );
  }
  const normalisedName = normalise(name);
  const zoneWidth =
    /3degree|3du|3deg/.test(normalisedName) || name.includes('3度')
      ? 3
      : /6degree|6du|6deg/.test(normalisedName) || name.includes('6度')
        ? 6
        : undefined;
  return ok(
    transverseMercatorProjection({
      datum,
      centralMeridian,
      falseEasting,
      falseNorthing: parameters.get('falsenorthing') ?? 0,
      scaleFactor: parameters.get('scalefactor') ?? parameters.get('scalefactoratnaturalorigin') ?? 1,
      latitudeOfOrigin: parameters.get('latitudeoforigin') ?? parameters.get('latitudeofnaturalorigin') ?? 0,
      ...(zoneWidth ? { zoneWidth } : {}),
    }),
  );
}

function classifyDatum(names: string[]): Datum | null {
  for (const name of names) {
    const n = normalise(name);
    for (const [pattern, datum] of datumPatterns) if (pattern.test(n)) return datum;
  }
  return null;
}

/** The EPSG code of the CRS itself (`AUTHORITY["EPSG","4547"]` or `ID["EPSG",4547]` directly under the root). */
function authorityCode(root: WktNode): number | null {
  for (const node of wktChildren(root, 'AUTHORITY', 'ID')) {
    const [authority, code] = node.args;
    if (typeof authority === 'string' && authority.toUpperCase() === 'EPSG') {
      const n = Number(code);
      if (Number.isInteger(n)) return n;
    }
  }
  return null;
}

/** Factor of the first unit node directly under `node`. */
function unitFactor(node: WktNode, keywords: string[]): number | null {
  const unit = wktChildren(node, ...keywords)[0];
  const factor = unit?.args[1];
  return typeof factor === 'number' ? factor : null;
}

/** The projected CRS's length unit: WKT1 `UNIT` under PROJCS; WKT2 `LENGTHUNIT` under it or under its CS axes. */
function linearUnitFactor(root: WktNode): number | null {
  const direct = unitFactor(root, ['UNIT', 'LENGTHUNIT']);
  if (direct !== null) return direct;
  for (const axis of wktChildren(root, 'AXIS')) {
    const factor = unitFactor(axis, ['LENGTHUNIT', 'UNIT']);
    if (factor !== null) return factor;
  }
  return null;
}

/** PARAMETER values by normalised name, wherever they sit (WKT1: under PROJCS; WKT2: under CONVERSION). */
function readParameters(root: WktNode): Map<string, number> {
  const out = new Map<string, number>();
  const visit = (node: WktNode): void => {
    for (const arg of node.args) {
      if (typeof arg !== 'object') continue;
      if (arg.keyword === 'PARAMETER') {
        const [name, value] = arg.args;
        if (typeof name === 'string' && typeof value === 'number') out.set(normalise(name), value);
      } else if (arg.keyword !== 'GEOGCS' && arg.keyword !== 'BASEGEOGCRS') {
        visit(arg);
      }
    }
  };
  visit(root);
  return out;
}
