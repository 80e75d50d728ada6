/**
 * Import of point registers saved as CSV (enterprises, construction sites, monitoring points…),
 * typically from Excel or WPS, with longitude and latitude columns.
 *
 * @module
 */
import Papa from 'papaparse';
import { decodeText } from './decode-text.ts';
import { formatCoordinate, isInChina, looksSwapped } from './china-extent.ts';
import {
  rejectedImport,
  sourceCrsNames,
  type ImportOptions,
  type ImportProblem,
  type ParsedFeature,
  type ParsedImport,
} from './parsed-import.ts';
import { toWgs84 } from './to-wgs84.ts';
import type { Localized } from '../schema/localized.ts';

/**
 * Column names recognised as longitude, in order of preference (compared trimmed, case-insensitively, without a
 * bracketed unit).
 */
export const longitudeColumnNames = ['longitude', 'lon', 'lng', '经度', 'x'] as const;
/** Column names recognised as latitude, in order of preference. */
export const latitudeColumnNames = ['latitude', 'lat', '纬度', 'y'] as const;

const numberPattern = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const round7 = (v: number): number => Math.round(v * 1e7) / 1e7;
/** `经度(°)`, `Longitude (deg)`, `经度（E）` → `经度`, `longitude`. */
const normaliseHeader = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/\s*[(（][^()（）]*[)）]$/, '')
    .trim();

/**
 * Parses a CSV register into WGS84 points. The text is decoded with {@link decodeText} (UTF-8 with
 * or without BOM, or GBK from Excel on Chinese Windows); the delimiter is detected; the first line
 * is the header.
 *
 * Coordinate columns are `options.lonField`/`latField`, or detected by name ({@link longitudeColumnNames},
 * {@link latitudeColumnNames}). Errors (the row is not imported), each naming its 1-based data row
 * and column: a missing, non-numeric or out-of-range coordinate; longitude and latitude that look
 * swapped (latitude in 73–136 and longitude in 3–54); a position far outside China; a row with too
 * few or too many fields. File errors: no header or no data rows, duplicate column names, coordinate
 * columns not found. Positions are converted from `options.crs` to WGS84.
 *
 * Properties are every named column as a trimmed string (codes such as 统一社会信用代码 stay
 * text); the caller maps them to layer fields.
 *
 * @param bytes - the file's bytes
 * @param options - the declared CRS and, optionally, the coordinate columns
 * @example
 * parseCsv(new TextEncoder().encode('名称,经度,纬度\n忻州某厂,112.74,38.42\n'), { crs: 'gcj02' });
 * // { format: 'csv', crs: 'GCJ-02',
 * //   features: [{ row: 1, properties: { 名称: '忻州某厂', … }, geometry: { type: 'Point', … } }], problems: [] }
 */
export function parseCsv(bytes: Uint8Array, options: ImportOptions): ParsedImport {
  const crs = sourceCrsNames[options.crs];
  const text = decodeText(bytes);
  if (text.trim() === '') return rejectedImport('csv', crs, { zh: '文件为空', en: 'the file is empty' });

  const headers: string[] = [];
  const duplicates: ImportProblem[] = [];
  const unnamed = new Set<string>();
  const transformHeader = (raw: string, index: number): string => {
    const name = raw.trim();
    if (name === '') {
      const key = `(column ${index + 1})`;
      unnamed.add(key);
      headers.push(key);
      return key;
    }
    const first = headers.indexOf(name);
    if (first >= 0) {
      duplicates.push({
        row: null,
        field: name,
        severity: 'error',
        problem: `duplicate column name '${name}' (columns ${first + 1} and ${index + 1})`,
        text: {
          zh: `列名「${name}」重复（第 ${first + 1} 列和第 ${index + 1} 列）`,
          en: `duplicate column name '${name}' (columns ${first + 1} and ${index + 1})`,
        },
      });
      const key = `${name} (column ${index + 1})`;
      headers.push(key);
      return key;
    }
    headers.push(name);
    return name;
  };
  const result = Papa.parse<Record<string, string | undefined>>(text, {
    header: true,
    skipEmptyLines: false,
    transformHeader,
  });
  if (duplicates.length > 0) return { format: 'csv', crs, features: [], problems: duplicates };
  const named = headers.filter((h) => !unnamed.has(h));

  const lonField = findColumn(named, options.lonField, longitudeColumnNames);
  const latField = findColumn(named, options.latField, latitudeColumnNames);
  const columnProblems: ImportProblem[] = [];
  for (const [found, given, label, labelZh, names] of [
    [lonField, options.lonField, 'longitude', '经度', longitudeColumnNames],
    [latField, options.latField, 'latitude', '纬度', latitudeColumnNames],
  ] as const) {
    if (found) continue;
    const en = given
      ? `${label} column '${given}' not found; the columns are ${named.map((h) => `'${h}'`).join(', ')}`
      : `no ${label} column found: name it one of ${names.join(', ')}, ` +
        `or choose the column; the columns are ${named.map((h) => `'${h}'`).join(', ')}`;
    const zh = given
      ? `找不到${labelZh}列「${given}」；文件的列为：${named.map((h) => `「${h}」`).join('、')}`
      : `找不到${labelZh}列：请将列命名为 ${names.filter((n) => /[\u4e00-\u9fff]/.test(n)).join('、')}，` +
        `或在表单中指定${labelZh}列；文件的列为：${named.map((h) => `「${h}」`).join('、')}`;
    columnProblems.push({ row: null, field: given ?? null, severity: 'error', problem: en, text: { zh, en } });
  }
  if (lonField && lonField === latField)
    columnProblems.push({
      row: null,
      field: lonField,
      severity: 'error',
      problem: `column '${lonField}' cannot be both longitude and latitude`,
      text: {
        zh: `列「${lonField}」不能同时作为经度和纬度`,
        en: `column '${lonField}' cannot be both longitude and latitude`,
      },
    });
  if (columnProblems.length > 0 || !lonField || !latField)
    return { format: 'csv', crs, features: [], problems: columnProblems };

  const problems: ImportProblem[] = [];
  const rowErrors = new Map<number, Localized[]>();
  for (const error of result.errors) {
    if (typeof error.row !== 'number') {
      const text = { zh: `CSV 格式问题：${error.message}`, en: error.message };
      problems.push({ row: null, field: null, severity: 'warning', problem: error.message, text });
      continue;
    }
    const fieldCount = error.code === 'TooFewFields' || error.code === 'TooManyFields';
    const message: Localized = fieldCount
      ? {
          zh:
            `字段数${error.code === 'TooFewFields' ? '少于' : '多于'}表头` +
            '（分隔符缺失或多余，或值中有未加引号的逗号？）',
          en:
            `${error.message.replace(/^Too (few|many) fields: /, 'wrong number of fields: ')}` +
            ` (a missing or extra delimiter, or an unquoted comma in a value?)`,
        }
      : { zh: '该行 CSV 格式有误（引号未闭合？）', en: error.message };
    rowErrors.set(error.row, [...(rowErrors.get(error.row) ?? []), message]);
  }

  const features: ParsedFeature[] = [];
  let dataRows = 0;
  let unnamedValues = false;
  result.data.forEach((record, index) => {
    const row = index + 1;
    const values = Object.values(record).flatMap((v) => (Array.isArray(v) ? v : [v]));
    if (values.every((v) => typeof v !== 'string' || v.trim() === '')) return; // blank line, or a row of empty cells
    dataRows++;
    const fieldErrors = rowErrors.get(index);
    if (fieldErrors) {
      for (const text of fieldErrors) problems.push({ row, field: null, severity: 'error', problem: text.en, text });
      return;
    }
    const position = readPosition(record[lonField], record[latField], lonField, latField, row, problems);
    if (!position) return;
    const [lon, lat] = toWgs84(position[0], position[1], options.crs);
    const properties: Record<string, string> = {};
    for (const h of named) properties[h] = (record[h] ?? '').trim();
    for (const h of unnamed) if ((record[h] ?? '').trim() !== '') unnamedValues = true;
    features.push({ row, properties, geometry: { type: 'Point', coordinates: [round7(lon), round7(lat)] } });
  });
  if (unnamedValues) {
    problems.push({
      row: null,
      field: null,
      severity: 'warning',
      problem: `values in the column(s) without a header name (${[...unnamed].join(', ')}) were not imported`,
      text: {
        zh: `没有列名的列中的值未导入（${[...unnamed].join('、').replace(/\(column (\d+)\)/g, '第 $1 列')}）`,
        en: `values in the column(s) without a header name (${[...unnamed].join(', ')}) were not imported`,
      },
    });
  }
  if (dataRows === 0)
    return rejectedImport(
      'csv',
      crs,
      { zh: '文件只有表头，没有数据行', en: 'the file has a header but no data rows' },
      null,
      problems,
    );
  return { format: 'csv', crs, features, problems, coordinateColumns: [lonField, latField] };
}

function findColumn(
  headers: readonly string[],
  given: string | undefined,
  names: readonly string[],
): string | undefined {
  if (given !== undefined) return headers.find((h) => h === given.trim());
  for (const name of names) {
    const found = headers.find((h) => normaliseHeader(h) === name);
    if (found) return found;
  }
  return undefined;
}

/** Reads and checks one row's coordinates; pushes its problems and returns null when unusable. */
function readPosition(
  lonText: string | undefined,
  latText: string | undefined,
  lonField: string,
  latField: string,
  row: number,
  problems: ImportProblem[],
): [number, number] | null {
  const error = (field: string | null, problem: string, zh: string): null => {
    problems.push({ row, field, severity: 'error', problem, text: { zh, en: problem } });
    return null;
  };
  const parse = (text: string | undefined, field: string, label: string, labelZh: string): number | null => {
    const value = (text ?? '').trim();
    if (value === '') return error(field, `${label} is missing`, `缺少${labelZh}`);
    if (!numberPattern.test(value))
      return error(field, `${label} '${value}' is not a number`, `${labelZh}「${value}」不是数字`);
    return Number(value);
  };
  const lon = parse(lonText, lonField, 'longitude', '经度');
  const lat = parse(latText, latField, 'latitude', '纬度');
  if (lon === null || lat === null) return null;
  if (looksSwapped(lon, lat)) {
    return error(
      latField,
      `longitude ${lon} and latitude ${lat} look swapped: '${latField}' holds a longitude and '${lonField}' a latitude`,
      `经度 ${lon} 与纬度 ${lat} 似乎填反了：「${latField}」列是经度，「${lonField}」列是纬度`,
    );
  }
  if (lon < -180 || lon > 180)
    return error(lonField, `longitude ${lon} is out of range [-180, 180]`, `经度 ${lon} 超出范围 [-180, 180]`);
  if (lat < -90 || lat > 90)
    return error(latField, `latitude ${lat} is out of range [-90, 90]`, `纬度 ${lat} 超出范围 [-90, 90]`);
  if (!isInChina(lon, lat))
    return error(
      null,
      `position ${formatCoordinate(lon)},${formatCoordinate(lat)} lies far outside China (lon 73–136, lat 3–54)`,
      `位置 ${formatCoordinate(lon)},${formatCoordinate(lat)} 远在中国境外（经度 73–136，纬度 3–54）`,
    );
  return [lon, lat];
}
