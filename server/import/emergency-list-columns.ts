/**
 * The bureau's spreadsheet layout of the emergency reduction list (应急减排清单): its columns, the names each is
 * recognised by, and the words of its cells. The import (parse-emergency-list.ts) reads it and the export
 * (server/export/emergency-list-xlsx.ts) writes it, so an exported list imports back unchanged.
 *
 * @module
 */
import type { ListGrade, MeasureKind, WarningLevel } from '../schema/enums/emergency.ts';
import type { Localized } from '../schema/localized.ts';

/** One column of the layout. */
export interface ListColumn {
  key: ListColumnKey;
  /** The header the export writes (Chinese, as bureaus write it). */
  header: string;
  /** Other names accepted (Chinese variants and English), compared by {@link normaliseListHeader}. */
  aliases: readonly string[];
  required: boolean;
}

export type ListColumnKey =
  | 'enterpriseId'
  | 'enterpriseName'
  | 'grade'
  | 'industry'
  | 'builtUpArea'
  | 'heavyPolluter'
  | 'contact'
  | 'level'
  | 'line'
  | 'kind'
  | 'limitPct'
  | 'outletCode'
  | 'text'
  | 'pm'
  | 'so2'
  | 'nox'
  | 'vocs';

/** The columns in the order the export writes them. */
export const listColumns: readonly ListColumn[] = [
  {
    key: 'enterpriseId',
    header: '企业编号',
    aliases: ['企业ID', '编号', 'enterpriseId', 'enterprise id'],
    required: true,
  },
  { key: 'enterpriseName', header: '企业名称', aliases: ['单位名称', 'enterpriseName', 'name'], required: true },
  { key: 'grade', header: '绩效等级', aliases: ['绩效分级', '绩效级别', 'grade'], required: true },
  { key: 'industry', header: '行业', aliases: ['所属行业', '行业类别', 'industry'], required: true },
  { key: 'builtUpArea', header: '是否建成区', aliases: ['建成区', '是否位于建成区', 'builtUpArea'], required: true },
  { key: 'heavyPolluter', header: '是否重污染企业', aliases: ['重污染企业', 'heavyPolluter'], required: true },
  { key: 'contact', header: '联系人', aliases: ['联系人及电话', '联系方式', 'contact'], required: false },
  { key: 'level', header: '预警级别', aliases: ['预警等级', 'level', 'warning level'], required: true },
  { key: 'line', header: '生产线/工序', aliases: ['生产线', '工序', '生产线或工序', 'line'], required: false },
  { key: 'kind', header: '措施类型', aliases: ['管控类型', '减排措施类型', 'kind', 'measure kind'], required: true },
  { key: 'limitPct', header: '限产比例(%)', aliases: ['限产比例', 'limitPct', 'limit %'], required: false },
  { key: 'outletCode', header: '排放口编号', aliases: ['排口编号', 'outletCode', 'outlet'], required: false },
  { key: 'text', header: '措施内容', aliases: ['具体措施', '减排措施', 'text', 'measure'], required: true },
  { key: 'pm', header: '颗粒物减排量(吨/日)', aliases: ['PM减排量', '颗粒物', 'pm'], required: true },
  { key: 'so2', header: '二氧化硫减排量(吨/日)', aliases: ['SO2减排量', '二氧化硫', 'so2'], required: true },
  { key: 'nox', header: '氮氧化物减排量(吨/日)', aliases: ['NOx减排量', '氮氧化物', 'nox'], required: true },
  { key: 'vocs', header: 'VOCs减排量(吨/日)', aliases: ['挥发性有机物减排量', 'VOCs', 'vocs'], required: true },
];

/**
 * A header compared by meaning: full-width forms folded (NFKC), a trailing bracketed unit dropped, spaces,
 * underscores and hyphens removed, lower case. `颗粒物减排量（吨/日）`, `颗粒物 减排量`, `PM减排量(t/d)` → keys.
 *
 * @example
 * normaliseListHeader('限产比例（%）'); // '限产比例'
 * normaliseListHeader('Enterprise_ID'); // 'enterpriseid'
 */
export function normaliseListHeader(name: string): string {
  return name
    .normalize('NFKC')
    .trim()
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/[\s_-]+/g, '')
    .toLowerCase();
}

const columnByName = new Map<string, ListColumn>();
for (const column of listColumns)
  for (const name of [column.header, ...column.aliases]) columnByName.set(normaliseListHeader(name), column);

/** The column a header names, or undefined for a header the layout does not know. */
export function matchListColumn(header: string): ListColumn | undefined {
  return columnByName.get(normaliseListHeader(header));
}

/** The layout in words, for the report of a file whose header does not fit. */
export const listLayoutText: Localized = {
  zh:
    '清单格式：每行为一家企业在一个预警级别下的一条生产线/工序措施，表头为：' +
    listColumns.map((c) => `${c.header}${c.required ? '' : '（可选）'}`).join('、') +
    '。同一企业各行的企业信息须一致；减排量按企业×预警级别填写（该级别各行一致，或仅填一行）。',
  en:
    'List layout: one row per enterprise × warning level × production line; header: ' +
    listColumns.map((c) => `${c.header}${c.required ? '' : ' (optional)'}`).join(', ') +
    ' (English aliases: enterpriseId, enterpriseName, grade, industry, builtUpArea, heavyPolluter, contact, level, ' +
    'line, kind, limitPct, outletCode, text, pm, so2, nox, vocs). An enterprise’s fields must agree across its ' +
    'rows; reductions are per enterprise × level (the same on that level’s rows, or given on one row only).',
};

/** The words the export writes per grade. */
export const gradeWords: Readonly<Record<ListGrade, string>> = {
  leading: '引领性',
  A: 'A',
  B: 'B',
  'B-': 'B-',
  C: 'C',
  D: 'D',
  'non-key': '非重点行业',
};

/** The words the export writes per level. */
export const levelWords: Readonly<Record<WarningLevel, string>> = { yellow: '黄色', orange: '橙色', red: '红色' };

/** The words the export writes per measure kind. */
export const kindWords: Readonly<Record<MeasureKind, string>> = {
  stop: '停产',
  limit: '限产',
  'stagger-transport': '错峰运输',
  'truck-ban': '禁止国五及以下车辆运输',
  'self-determined': '自主减排',
  other: '其他',
};

/** A cell's word folded for matching: NFKC, no spaces, dashes as '-', lower case. */
const fold = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').replace(/[−–—]/g, '-').toLowerCase();

const gradeByWord = new Map<string, ListGrade>([
  ['引领性', 'leading'],
  ['引领', 'leading'],
  ['绩效引领性', 'leading'],
  ['leading', 'leading'],
  ['a', 'A'],
  ['b', 'B'],
  ['b-', 'B-'],
  ['c', 'C'],
  ['d', 'D'],
  ['非重点行业', 'non-key'],
  ['非重点', 'non-key'],
  ['non-key', 'non-key'],
]);

/** The grade a cell names (引领性, A, A级, B-级, 非重点行业, …), or undefined. */
export function readGrade(text: string): ListGrade | undefined {
  const word = fold(text);
  return gradeByWord.get(word) ?? gradeByWord.get(word.replace(/级$/, ''));
}

const levelByWord = new Map<string, WarningLevel>([
  ['黄色', 'yellow'],
  ['黄', 'yellow'],
  ['黄色预警', 'yellow'],
  ['iii级', 'yellow'],
  ['yellow', 'yellow'],
  ['橙色', 'orange'],
  ['橙', 'orange'],
  ['橙色预警', 'orange'],
  ['ii级', 'orange'],
  ['orange', 'orange'],
  ['红色', 'red'],
  ['红', 'red'],
  ['红色预警', 'red'],
  ['i级', 'red'],
  ['red', 'red'],
]);

/** The level a cell names (黄色, 橙色预警, Ⅲ级, red, …), or undefined. */
export function readLevel(text: string): WarningLevel | undefined {
  return levelByWord.get(fold(text));
}

const kindByWord = new Map<string, MeasureKind>([
  ['停产', 'stop'],
  ['停止生产', 'stop'],
  ['stop', 'stop'],
  ['限产', 'limit'],
  ['limit', 'limit'],
  ['错峰运输', 'stagger-transport'],
  ['stagger-transport', 'stagger-transport'],
  ['禁止国五及以下车辆运输', 'truck-ban'],
  ['禁止国五及以下柴油货车运输', 'truck-ban'],
  ['禁止国五以下车辆运输', 'truck-ban'],
  ['truck-ban', 'truck-ban'],
  ['自主减排', 'self-determined'],
  ['self-determined', 'self-determined'],
  ['其他', 'other'],
  ['other', 'other'],
]);

/** The measure kind a cell names, or undefined. */
export function readKind(text: string): MeasureKind | undefined {
  return kindByWord.get(fold(text));
}

const yes = new Set(['是', 'y', 'yes', 'true', '1', '√']);
const no = new Set(['否', 'n', 'no', 'false', '0', '×']);

/** 是/否 (also yes/no, true/false, 1/0) → boolean, or undefined for another word. */
export function readYesNo(text: string): boolean | undefined {
  const word = fold(text);
  if (yes.has(word)) return true;
  if (no.has(word)) return false;
  return undefined;
}

/** The allowed words, for the messages of a bad cell. */
export const allowedWords: Readonly<Record<'grade' | 'level' | 'kind' | 'yesNo', Localized>> = {
  grade: {
    zh: '引领性、A、B、B-、C、D、非重点行业（也可写 A级 等）',
    en: '引领性 (leading), A, B, B-, C, D, 非重点行业 (non-key), also written A级 etc.',
  },
  level: { zh: '黄色、橙色、红色', en: '黄色 (yellow), 橙色 (orange), 红色 (red)' },
  kind: {
    zh: Object.values(kindWords).join('、'),
    en: `${Object.entries(kindWords)
      .map(([id, word]) => `${word} (${id})`)
      .join(', ')}`,
  },
  yesNo: { zh: '是、否', en: '是 / 否 (yes / no)' },
};
