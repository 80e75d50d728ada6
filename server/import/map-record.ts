import { err, ok, type Err, type Result } from '../result.ts';
import { calendarDateProblem, controlCharacterProblem } from '../schema/common.ts';
import type { Localized } from '../schema/localized.ts';
import { formatDate } from '../time/cst.ts';
import type { ImportField, ImportTarget } from './import-targets.ts';
import { choicesEn, choicesZh, matchEnumValue } from './match-enum-value.ts';
import type { ImportProblem, ImportPropertyValue, ParsedFeature } from './parsed-import.ts';

/** A column value as stored. */
export type ColumnValue = string | number | null;

/** A source value converted for its column, with a warning when it was read loosely (`'燃煤'` read as `coal`). */
export interface ConvertedValue {
  value: ColumnValue;
  warning?: Localized;
}

/** Why a source value cannot be stored: the sentence in both languages, as the import report shows it. */
export interface ValueProblem {
  code: 'invalid-value';
  /** The English sentence (`text.en`). */
  message: string;
  text: Localized;
}

function refuse(zh: string, en: string): Err<ValueProblem> {
  return err({ code: 'invalid-value', message: en, text: { zh, en } });
}

/** What one source row gives: the columns it sets (only those present, plus defaults for a new record). */
export interface MappedRecord {
  row: number;
  key: string;
  columns: Record<string, ColumnValue>;
}

const normalise = (name: string) => name.trim().toLowerCase();

/** Source property names keyed by their normalised form, so `名称`, ` Name ` and `NAME` all find `name`. */
export function indexProperties(properties: Record<string, ImportPropertyValue>): Map<string, ImportPropertyValue> {
  const out = new Map<string, ImportPropertyValue>();
  for (const [name, value] of Object.entries(properties))
    if (!out.has(normalise(name))) out.set(normalise(name), value);
  return out;
}

/** The source name that feeds `field` among `names` (normalised), if any. */
export function sourceNameOf(field: ImportField, names: ReadonlySet<string>): string | undefined {
  return field.names.map(normalise).find((n) => names.has(n));
}

const TRUE = new Set(['1', 'true', 'yes', 'y', '是', '有', '√', '✓']);
const FALSE = new Set(['0', 'false', 'no', 'n', '否', '无', '×']);

/**
 * `2023-7-5`, `2023/07/05`, `2023.7.5`, `2023年7月5日` → `2023-07-05` when it is a real date in
 * 2000–2100 (see calendarDateProblem); otherwise why not. Nothing is shifted (2023-02-30 is refused).
 */
export function parseDate(text: string): Result<string, ValueProblem> {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(text.trim());
  if (!m) return refuse('不是日期（年-月-日）', 'is not a date (YYYY-MM-DD)');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const problem = calendarDateProblem(y, mo, d);
  if (problem) return refuse('不是有效的日期（2000–2100 年间的真实日期）', `is not a calendar date: ${problem}`);
  return ok(formatDate(y, mo, d));
}

/** `「无」` in Chinese, `'无'` in English: a source value as a message quotes it (at most 60 characters). */
function quoted(raw: unknown): Localized {
  const s = String(raw).slice(0, 60);
  return { zh: `「${s}」`, en: `'${s}'` };
}

/** A source value converted for `field`, or the sentence that says why it cannot be. */
export function convertValue(field: ImportField, value: ImportPropertyValue): Result<ConvertedValue, ValueProblem> {
  const raw = typeof value === 'string' ? value.trim() : value;
  const shown = quoted(raw);
  const type = field.type;
  switch (type.kind) {
    case 'text': {
      const s = String(raw);
      const control = controlCharacterProblem(s, true);
      if (control) return refuse('含有控制字符，请删除', control);
      if (s.length > type.max)
        return refuse(`${s.length} 个字符，最多 ${type.max} 个`, `${s.length} characters, at most ${type.max}`);
      if (type.pattern && !type.pattern.test(s))
        return refuse(
          `${shown.zh}不是有效的${type.patternText?.zh ?? '值'}`,
          `${shown.en} is not ${type.patternText?.en ?? 'valid'}`,
        );
      return ok({ value: s });
    }
    case 'enum': {
      const match = matchEnumValue(String(raw), type);
      if (match?.by === 'keyword') {
        const label = type.labels?.[match.value];
        return ok({
          value: match.value,
          warning: {
            zh: `${shown.zh}按「${label?.zh ?? match.value}」读取`,
            en: `${shown.en} read as ${match.value} (${label?.zh ?? match.value})`,
          },
        });
      }
      if (match) return ok({ value: match.value });
      if (type.fallback !== undefined) {
        const label = type.labels?.[type.fallback];
        return ok({
          value: type.fallback,
          warning: {
            zh: `${shown.zh}不属于任何类别，记为「${label?.zh ?? type.fallback}」`,
            en: `${shown.en} matches no category: stored as ${type.fallback} (${label?.zh ?? type.fallback})`,
          },
        });
      }
      return refuse(
        `${shown.zh}不是可填的值；可填：${choicesZh(type)}`,
        `${shown.en} is not one of ${choicesEn(type)}`,
      );
    }
    case 'enum-list': {
      const items = String(raw)
        .split(/[,，、;；\s]+/)
        .filter(Boolean);
      const matched = items.map((item) => ({ item, match: matchEnumValue(item, type) }));
      const bad = matched.filter((m) => m.match?.by !== 'exact').map((m) => m.item);
      if (bad.length)
        return refuse(
          `${bad.map((b) => `「${b}」`).join('、')}不是可填的值；可填：${choicesZh(type)}`,
          `${bad.map((b) => `'${b}'`).join(', ')} not among ${type.values.join(', ')}`,
        );
      return ok({ value: JSON.stringify(matched.map((m) => m.match?.value)) });
    }
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(String(raw).replace(/,/g, ''));
      if (typeof raw === 'boolean' || !Number.isFinite(n))
        return refuse(`${shown.zh}不是数字`, `${shown.en} is not a number`);
      if (n < type.min || n > type.max)
        return refuse(`${n} 超出范围 ${type.min}–${type.max}`, `${n} is outside ${type.min}–${type.max}`);
      return ok({ value: n });
    }
    case 'date': {
      const d = parseDate(String(raw));
      return d.ok ? ok({ value: d.value }) : refuse(`${shown.zh}${d.error.text.zh}`, `${shown.en} ${d.error.message}`);
    }
    case 'boolean': {
      const s = String(raw).toLowerCase();
      if (TRUE.has(s)) return ok({ value: 1 });
      if (FALSE.has(s)) return ok({ value: 0 });
      return refuse(`${shown.zh}不是“是”或“否”（是/否、1/0）`, `${shown.en} is not yes/no (是/否, 1/0, true/false)`);
    }
  }
}

/** The Chinese names among a field's source names (the canonical name when there is none). */
function chineseNames(field: ImportField): string[] {
  const zh = field.names.filter((n) => /[\u4e00-\u9fff]/.test(n));
  return zh.length ? zh : [field.names[0] ?? field.column];
}

/**
 * Maps one parsed feature's properties to `target`'s columns. `exists` says whether the record
 * is already stored: a new one needs every required field (defaults fill the rest), an update
 * changes only the fields the file has. Returns the record or the problems that stop it.
 */
export function mapRecord(
  target: ImportTarget,
  feature: ParsedFeature,
  exists: (key: string) => boolean,
): { record: MappedRecord | null; problems: ImportProblem[] } {
  const props = indexProperties(feature.properties);
  const names = new Set(props.keys());
  const problems: ImportProblem[] = [];
  const columns: Record<string, ColumnValue> = {};
  for (const field of target.fields) {
    const source = sourceNameOf(field, names);
    const value = source === undefined ? null : (props.get(source) ?? null);
    if (value === null || value === '') continue;
    const converted = convertValue(field, value);
    const where = { row: feature.row, field: source ?? field.column, ...(field.label && { fieldLabel: field.label }) };
    if (converted.ok) {
      columns[field.column] = converted.value.value;
      const warning = converted.value.warning;
      if (warning) problems.push({ ...where, severity: 'warning', problem: warning.en, text: warning });
    } else problems.push({ ...where, severity: 'error', problem: converted.error.message, text: converted.error.text });
  }
  const key = columns[target.key];
  if (key === undefined || key === null) {
    const keyField = target.fields.find((f) => f.column === target.key);
    const en = `the official code is missing (a column named ${keyField?.names.join(' / ')})`;
    problems.push({
      row: feature.row,
      field: keyField?.names[0] ?? target.key,
      ...(keyField?.label && { fieldLabel: keyField.label }),
      severity: 'error',
      problem: en,
      text: { zh: `缺少官方代码（列名为 ${keyField ? chineseNames(keyField).join(' / ') : target.key}）`, en },
    });
    return { record: null, problems };
  }
  if (!exists(String(key))) {
    for (const field of target.fields) {
      if (field.column in columns) continue;
      if (field.default !== undefined) columns[field.column] = field.default;
      else if (field.required) {
        const en = `a new record needs ${field.names.slice(0, 3).join(' / ')}`;
        problems.push({
          row: feature.row,
          field: field.names[0] ?? field.column,
          ...(field.label && { fieldLabel: field.label }),
          severity: 'error',
          problem: en,
          text: { zh: `新增记录须填写「${field.label?.zh ?? chineseNames(field)[0]}」`, en },
        });
      }
    }
    Object.assign(columns, target.insertDefaults ?? {});
  }
  return {
    record: problems.some((p) => p.severity === 'error') ? null : { row: feature.row, key: String(key), columns },
    problems,
  };
}
