import {
  listGradeLabels,
  type ListGrade,
  type MeasureKind,
  type ReductionPollutant,
  reductionPollutants,
  type WarningLevel,
  warningLevelLabels,
} from '../../../server/schema/enums/emergency.ts';
import { emergencyListMessages } from '../../i18n/emergency-list.ts';
import type { Language } from '../../state/app-state.ts';

/** A reduction (t/day) as the list shows it: at most 3 decimals (kg/day), no trailing zeros. */
export function tonnesText(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** One level's reductions in words: 颗粒物 0.5，二氧化硫 0.2… (t/day). */
export function reductionsText(lang: Language, r: Readonly<Record<ReductionPollutant, number>>): string {
  const [pm, so2, nox, vocs] = reductionPollutants.map((p) => tonnesText(r[p]));
  return emergencyListMessages(lang).reductionsText(pm ?? '0', so2 ?? '0', nox ?? '0', vocs ?? '0');
}

/** A level's short name: 黄色预警（Ⅲ级）. */
export function levelText(lang: Language, level: WarningLevel): string {
  return warningLevelLabels[level][lang];
}

/** A version's source in words: 手工录入, 导入文件 x.xlsx, 演示数据生成. */
export function sourceText(lang: Language, source: string): string {
  const m = emergencyListMessages(lang);
  if (source === 'manual') return m.sourceManual;
  if (source.startsWith('import:')) return m.sourceImport(source.slice('import:'.length));
  return m.sourceDemo;
}

/** A provenance in words; the synthetic and approximate ones say 示意. */
export function provenanceText(lang: Language, provenance: 'official' | 'approximate' | 'synthetic'): string {
  const m = emergencyListMessages(lang);
  if (provenance === 'official') return m.provenanceOfficial;
  return provenance === 'approximate' ? m.provenanceApproximate : m.provenanceSynthetic;
}

interface MeasureLike {
  line: string;
  kind: MeasureKind;
  text: string;
}

const isLevel = (value: string): value is WarningLevel => value === 'yellow' || value === 'orange' || value === 'red';
const isGrade = (value: unknown): value is ListGrade => typeof value === 'string' && value in listGradeLabels;

/** The label of a diff's field (`grade`, `measures.orange` …) in `lang`. */
export function diffFieldText(lang: Language, field: string): string {
  const m = emergencyListMessages(lang);
  const [part, level] = field.split('.');
  if (level !== undefined && isLevel(level)) {
    if (part === 'measures') return m.fieldMeasures(levelText(lang, level));
    if (part === 'reductions') return m.fieldReductions(levelText(lang, level));
  }
  const labels: Record<string, string> = {
    enterpriseName: m.fieldEnterpriseName,
    grade: m.fieldGrade,
    industry: m.fieldIndustry,
    builtUpArea: m.fieldBuiltUpArea,
    heavyPolluter: m.fieldHeavyPolluter,
    contact: m.fieldContact,
  };
  return labels[field] ?? field;
}

/** A diff's value before or after, in words (measures as 「line：text」 joined by 「；」). */
export function diffValueText(lang: Language, field: string, value: unknown): string {
  const m = emergencyListMessages(lang);
  if (value === null || value === undefined || value === '') return m.empty;
  if (typeof value === 'boolean') return value ? m.yes : m.no;
  if (field === 'grade' && isGrade(value)) return listGradeLabels[value][lang];
  if (field.startsWith('measures.') && Array.isArray(value)) {
    if (value.length === 0) return m.empty;
    return (value as MeasureLike[]).map((x) => m.measureLine(x.line, x.text)).join(lang === 'zh' ? '；' : '; ');
  }
  if (field.startsWith('reductions.') && typeof value === 'object') {
    return reductionsText(lang, value as Record<ReductionPollutant, number>);
  }
  return String(value);
}
