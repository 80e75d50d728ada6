import type { ImportReport } from '../../../server/schema/imports.ts';
import { importMessages } from '../../i18n/import.ts';
import type { Language } from '../../state/app-state.ts';

type Problem = ImportReport['problems'][number];

/**
 * What the report says about a problem in `lang`: the server's sentence in that language; a finding that came
 * without one (an older reader) is, in Chinese, a generic sentence (never the English).
 *
 * @example
 * problemText('zh', { row: 1, field: '铁路专用线', severity: 'error', problem: "'x' is not…", text }); // text.zh
 */
export function problemText(lang: Language, problem: Problem): string {
  if (problem.text) return problem.text[lang];
  return lang === 'zh' ? importMessages(lang).unreadable : problem.problem;
}

/** The column a problem names, in `lang`: the layer's name of the field, else the file's header. */
export function problemField(lang: Language, problem: Problem): string {
  if (problem.fieldLabel) return problem.fieldLabel[lang];
  if (problem.field === 'geometry') return importMessages(lang).geometry;
  return problem.field ?? '';
}

/** The row a problem concerns, in `lang`: 第 3 行, or 整个文件. */
export function problemRow(lang: Language, problem: Problem): string {
  const m = importMessages(lang);
  return problem.row === null ? m.wholeFile : m.rowNumber(problem.row);
}

const formatNames: Record<ImportReport['format'], string> = {
  csv: 'CSV',
  geojson: 'GeoJSON',
  shapefile: 'Shapefile',
  kml: 'KML',
};

/** A report's file format as the UI writes it (CSV, GeoJSON…). */
export function formatName(format: ImportReport['format']): string {
  return formatNames[format];
}

/** A report's CRS in `lang`: 百度坐标 for BD-09 in Chinese; others as named (WGS84, GCJ-02, the .prj's name). */
export function crsName(lang: Language, crs: string): string {
  return crs === 'BD-09' ? importMessages(lang).crsBd09 : crs;
}
