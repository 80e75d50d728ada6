import { pointOnFeature } from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import type { ImportTarget } from '../../import/import-targets.ts';
import { indexProperties, mapRecord, sourceNameOf, type ColumnValue } from '../../import/map-record.ts';
import type { ImportProblem, ParsedImport } from '../../import/parsed-import.ts';
import type { Provenance } from '../../schema/enums/provenance.ts';
import type { Localized } from '../../schema/localized.ts';
import { bboxOf } from '../../spatial/bbox-of.ts';
import { geodesicAreaKm2 } from '../../spatial/geodesic-area.ts';
import { intersectPolygons } from '../../spatial/intersect-polygons.ts';
import { createPolygonLocator, type LocatablePolygon } from '../../spatial/polygon-locator.ts';
import type { Db } from '../open-database.ts';
import { reassignmentCounts } from './reassign-townships.ts';
import { planLine } from '../../import/plan-line.ts';

/** One record an import would write. */
export interface PlannedRecord {
  row: number;
  key: string;
  action: 'insert' | 'update';
  /** Every column to set, the computed ones (position, township, geometry, provenance) included. */
  columns: Record<string, ColumnValue>;
  geometry: Geometry;
  /** Machines only: the position to record (machines keep positions in machine_positions). */
  position?: { lon: number; lat: number; township: string };
}

/** What an import would do: the records, the problems, and for boundaries how many things change township. */
export interface ImportPlan {
  target: ImportTarget;
  fileName: string;
  format: ParsedImport['format'];
  crs: string;
  records: PlannedRecord[];
  problems: ImportProblem[];
  /** Township boundary imports: per table, how many records would move to another township. */
  reassigned: Record<string, number>;
}

/** Roughly Xinfu District and its edge, to catch a wrong coordinate system early. */
const XINFU_BOX = [111.9, 37.9, 113.5, 38.9] as const;
const inXinfuBox = (lon: number, lat: number) =>
  lon >= XINFU_BOX[0] && lon <= XINFU_BOX[2] && lat >= XINFU_BOX[1] && lat <= XINFU_BOX[3];

/** The stored townships as polygons to locate points in. */
export function storedTownships(db: Db): LocatablePolygon[] {
  return (
    db.prepare('SELECT code, geometry FROM townships ORDER BY code').all() as { code: string; geometry: string }[]
  ).map((r) => ({
    id: r.code,
    geometry: JSON.parse(r.geometry) as Polygon | MultiPolygon,
  }));
}

/** Records checked between two yields to the event loop, so other requests are served meanwhile. */
const YIELD_EVERY = 500;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Validates a parsed file against `target` and the database: maps fields, checks positions lie
 * in Xinfu's townships (a wrong CRS shows here), finds duplicate codes, and decides per record
 * insert or update by its official code. Writes nothing; yields to the event loop every few
 * hundred records. Every record gets `provenance` (what the importer declared) and `source`.
 */
export async function planImport(
  db: Db,
  target: ImportTarget,
  parsed: ParsedImport,
  fileName: string,
  source: string,
  provenance: Provenance = 'official',
): Promise<ImportPlan> {
  const problems: ImportProblem[] = [...parsed.problems];
  const plan: ImportPlan = {
    target,
    fileName,
    format: parsed.format,
    crs: parsed.crs,
    records: [],
    problems,
    reassigned: {},
  };
  const fileProblem = (severity: ImportProblem['severity'], text: Localized) =>
    problems.push({ row: null, field: null, severity, problem: text.en, text });
  if (problems.some((p) => p.severity === 'error' && p.row === null)) return plan;
  if (parsed.features.length === 0) {
    fileProblem('error', { zh: '文件中没有任何要素', en: 'the file holds no features' });
    return plan;
  }
  if (target.geometry !== 'point' && parsed.format === 'csv') {
    const shape = target.geometry === 'line' ? { zh: '线状', en: 'lines' } : { zh: '面状', en: 'polygons' };
    fileProblem('error', {
      zh: `${target.label.zh}为${shape.zh}数据：请导入 GeoJSON、Shapefile 压缩包或 KML，不能用 CSV`,
      en: `${target.label.en} are ${shape.en}: import GeoJSON, a zipped Shapefile or KML, not CSV`,
    });
    return plan;
  }

  const keys = new Set(
    (db.prepare(`SELECT ${target.key} AS k FROM ${target.table}`).all() as { k: string }[]).map((r) => r.k),
  );
  const townshipRows = db.prepare('SELECT code, code12, name FROM townships').all() as {
    code: string;
    code12: string;
    name: string;
  }[];
  const townshipByName = new Map(townshipRows.map((t) => [t.name, t.code]));
  const locate = createPolygonLocator(storedTownships(db));
  const seen = new Map<string, number>();

  const used = new Set<string>((parsed.coordinateColumns ?? []).map((n) => n.trim().toLowerCase()));
  let checked = 0;
  for (const feature of parsed.features) {
    if (++checked % YIELD_EVERY === 0) await yieldToEventLoop();
    const props = indexProperties(feature.properties);
    const names = new Set(props.keys());
    for (const field of target.fields) {
      const name = sourceNameOf(field, names);
      if (name) used.add(name);
    }
    // Boundaries may name a township by 12-digit code or by name only.
    if (target.id === 'townships') {
      const codeField = target.fields.find((f) => f.column === 'code');
      const codeName = codeField && sourceNameOf(codeField, names);
      const code = codeName ? String(props.get(codeName) ?? '').trim() : '';
      const nameField = target.fields.find((f) => f.column === 'name');
      const nameSource = nameField && sourceNameOf(nameField, names);
      const byName = nameSource ? townshipByName.get(String(props.get(nameSource) ?? '').trim()) : undefined;
      const resolved = /^\d{12}$/.test(code) ? code.slice(0, 9) : code || byName;
      if (resolved) feature.properties = { ...feature.properties, code: resolved };
    }

    const { record, problems: fieldProblems } = mapRecord(target, feature, (key) => keys.has(key));
    problems.push(...fieldProblems);
    if (!record) continue;
    const earlier = seen.get(record.key);
    if (earlier !== undefined) {
      const en = `code ${record.key} already appears on row ${earlier}`;
      problems.push({
        row: feature.row,
        field: target.key,
        severity: 'error',
        problem: en,
        text: { zh: `代码 ${record.key} 与第 ${earlier} 行重复`, en },
      });
      continue;
    }
    seen.set(record.key, feature.row);
    const error = (field: string, en: string, zh: string) =>
      problems.push({ row: feature.row, field, severity: 'error', problem: en, text: { zh, en } });
    const columns: Record<string, ColumnValue> = { ...record.columns, provenance, source };
    const geometry = feature.geometry;
    let position: PlannedRecord['position'];

    if (target.geometry === 'point') {
      if (geometry.type !== 'Point') {
        error(
          'geometry',
          `${target.label.en} are points; got a ${geometry.type}`,
          `${target.label.zh}须为点，此处为线或面`,
        );
        continue;
      }
      const [lon, lat] = geometry.coordinates as [number, number];
      if (!inXinfuBox(lon, lat)) {
        error(
          'geometry',
          `position ${lon.toFixed(5)}, ${lat.toFixed(5)} is not in Xinfu District ` +
            `(read as ${parsed.crs}: is that the file's coordinate system?)`,
          `位置 ${lon.toFixed(5)}, ${lat.toFixed(5)} 不在忻府区（按 ${parsed.crs} 读取：文件的坐标系是否选对？）`,
        );
        continue;
      }
      const township = locate(lon, lat);
      if (!township) {
        error(
          'geometry',
          `position ${lon.toFixed(5)}, ${lat.toFixed(5)} lies outside every township of Xinfu District`,
          `位置 ${lon.toFixed(5)}, ${lat.toFixed(5)} 不在忻府区任何乡镇（街道）内`,
        );
        continue;
      }
      if (target.id === 'villages') {
        const byCode = record.key.slice(0, 9);
        if (!townshipRows.some((t) => t.code === byCode)) {
          error(
            'code',
            `no township ${byCode} for village ${record.key}`,
            `村 ${record.key} 对应的乡镇 ${byCode} 不存在`,
          );
          continue;
        }
        columns.township_code = byCode;
        if (byCode !== township)
          problems.push({
            row: feature.row,
            field: 'geometry',
            severity: 'warning',
            problem:
              `village ${record.key} lies in township ${township} by position, ` +
              `${byCode} by its code (the code is kept)`,
            text: {
              zh: `村 ${record.key} 按位置属乡镇 ${township}，按代码属 ${byCode}（以代码为准）`,
              en:
                `village ${record.key} lies in township ${township} by position, ` +
                `${byCode} by its code (the code is kept)`,
            },
          });
      } else if (target.id !== 'machines') {
        columns.township_code = township;
      }
      if (target.id === 'machines') position = { lon, lat, township };
      else Object.assign(columns, { lon, lat });
    } else if (target.geometry === 'line') {
      const line = planLine(geometry, target.label, inXinfuBox, locate);
      if (!line.ok) {
        error('geometry', line.problem.en, line.problem.zh);
        continue;
      }
      Object.assign(columns, line.columns);
    } else {
      if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
        error(
          'geometry',
          `${target.label.en} are polygons; got a ${geometry.type}`,
          `${target.label.zh}须为面，此处为点或线`,
        );
        continue;
      }
      const box = bboxOf(geometry);
      if (!inXinfuBox(box[0], box[1]) || !inXinfuBox(box[2], box[3])) {
        error(
          'geometry',
          `the shape spans ${box.map((v) => v.toFixed(3)).join(', ')}, beyond Xinfu District ` +
            `(read as ${parsed.crs}: is that the file's coordinate system?)`,
          `范围 ${box.map((v) => v.toFixed(3)).join(', ')} 超出忻府区（按 ${parsed.crs} 读取：文件的坐标系是否选对？）`,
        );
        continue;
      }
      const areaKm2 = geodesicAreaKm2(geometry);
      Object.assign(columns, {
        geometry: JSON.stringify(geometry),
        min_lon: box[0],
        min_lat: box[1],
        max_lon: box[2],
        max_lat: box[3],
        area_km2: areaKm2,
      });
      if (target.id === 'townships') {
        if (!keys.has(record.key)) {
          error(
            'code',
            `no township ${record.key} in Xinfu District (boundaries replace the 18 townships; they add none)`,
            `忻府区没有乡镇 ${record.key}（边界只替换现有 18 个乡镇（街道），不新增）`,
          );
          continue;
        }
        delete columns.name;
      } else {
        const [lon, lat] = pointOnFeature(geometry).geometry.coordinates as [number, number];
        const township = locate(lon, lat);
        if (!township) {
          error(
            'geometry',
            'the zone lies outside every township of Xinfu District',
            '该区域不在忻府区任何乡镇（街道）内',
          );
          continue;
        }
        Object.assign(columns, { lon, lat, township_code: township });
      }
    }
    plan.records.push({
      row: feature.row,
      key: record.key,
      action: keys.has(record.key) ? 'update' : 'insert',
      columns,
      geometry,
      ...(position && { position }),
    });
  }

  const unused = [...new Set(parsed.features.flatMap((f) => Object.keys(f.properties)))].filter(
    (n) => !used.has(n.trim().toLowerCase()),
  );
  if (unused.length) {
    const more = unused.length > 20 ? ' …' : '';
    fileProblem('warning', {
      zh: `以下列不是${target.label.zh}的字段，未导入：${unused.slice(0, 20).join('、')}${more}`,
      en: `columns not imported: ${unused.slice(0, 20).join(', ')}${more}`,
    });
  }

  if (target.id === 'townships' && plan.records.length) {
    const missing = townshipRows.filter((t) => !plan.records.some((r) => r.key === t.code));
    if (missing.length)
      fileProblem('warning', {
        zh: `${missing.length} 个乡镇（街道）保留示意边界：${missing.map((t) => t.name).join('、')}`,
        en: `${missing.length} townships keep their provisional boundaries: ${missing.map((t) => t.name).join('、')}`,
      });
    const after = newTownships(db, plan.records);
    problems.push(...overlapWarnings(plan.records, after));
    plan.reassigned = reassignmentCounts(db, after);
  }
  return plan;
}

/** Overlaps above this are reported (slivers from different survey precisions are not). */
const OVERLAP_KM2 = 0.01;

/**
 * Warnings for imported boundaries that overlap another township (imported or still provisional):
 * a point there would belong to whichever is found first.
 */
function overlapWarnings(records: readonly PlannedRecord[], townships: readonly LocatablePolygon[]): ImportProblem[] {
  const out: ImportProblem[] = [];
  const imported = new Set(records.map((r) => r.key));
  for (const record of records) {
    // each imported pair once
    const others = townships.filter((t) => t.id !== record.key && !(imported.has(t.id) && t.id < record.key));
    for (const part of intersectPolygons(record.geometry as Polygon | MultiPolygon, others)) {
      if (part.areaKm2 < OVERLAP_KM2) continue;
      const en =
        `township ${record.key} overlaps township ${part.id} by ${part.areaKm2.toFixed(2)} km²` +
        `${imported.has(part.id) ? '' : ' (still provisional there)'}`;
      const zh =
        `乡镇 ${record.key} 与乡镇 ${part.id} 重叠 ${part.areaKm2.toFixed(2)} km²` +
        `${imported.has(part.id) ? '' : '（对方仍为示意边界）'}`;
      out.push({ row: record.row, field: 'geometry', severity: 'warning', problem: en, text: { zh, en } });
    }
  }
  return out;
}

/** The township polygons after the planned boundary records replace theirs. */
export function newTownships(db: Db, records: readonly PlannedRecord[]): LocatablePolygon[] {
  const replaced = new Map(records.map((r) => [r.key, r.geometry as Polygon | MultiPolygon]));
  return storedTownships(db).map((t) => ({ id: t.id, geometry: replaced.get(t.id) ?? t.geometry }));
}
