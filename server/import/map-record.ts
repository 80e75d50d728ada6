import { err, ok, type Err, type Result } from '../result.ts';
import { calendarDateProblem, controlCharacterProblem } from '../schema/common.ts';
import { formatDate } from '../time/cst.ts';
import type { ImportField, ImportTarget } from './import-targets.ts';
import type { ImportProblem, ImportPropertyValue, ParsedFeature } from './parsed-import.ts';

/** A column value as stored. */
export type ColumnValue = string | number | null;

/** A source value converted for its column, with a warning when it was read loosely (`'燃煤'` read as `coal`). */
export interface ConvertedValue {
  value: ColumnValue;
  warning?: string;
}

/** Why a source value cannot be stored: the sentence, as the import report shows it. */
export interface ValueProblem {
  code: 'invalid-value';
  message: string;
}

function refuse(message: string): Err<ValueProblem> {
  return err({ code: 'invalid-value', message });
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
  if (!m) return refuse('is not a date (YYYY-MM-DD)');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const problem = calendarDateProblem(y, mo, d);
  if (problem) return refuse(`is not a calendar date: ${problem}`);
  return ok(formatDate(y, mo, d));
}

/** A source value converted for `field`, or the sentence that says why it cannot be. */
export function convertValue(field: ImportField, value: ImportPropertyValue): Result<ConvertedValue, ValueProblem> {
  const raw = typeof value === 'string' ? value.trim() : value;
  const shown = `'${String(raw).slice(0, 60)}'`;
  const type = field.type;
  switch (type.kind) {
    case 'text': {
      const s = String(raw);
      const control = controlCharacterProblem(s, true);
      if (control) return refuse(control);
      if (s.length > type.max) return refuse(`${s.length} characters, at most ${type.max}`);
      if (type.pattern && !type.pattern.test(s)) return refuse(`${shown} is not ${type.patternText ?? 'valid'}`);
      return ok({ value: s });
    }
    case 'enum': {
      const s = String(raw).toLowerCase();
      const hit =
        type.values.find(
          (v) =>
            v.toLowerCase() === s || type.labels?.[v]?.zh === String(raw) || type.labels?.[v]?.en.toLowerCase() === s,
        ) ?? Object.entries(type.keywords ?? {}).find(([, words]) => words.some((w) => String(raw).includes(w)))?.[0];
      if (hit !== undefined && hit.toLowerCase() !== s && type.labels?.[hit]?.zh !== String(raw)) {
        return ok({ value: hit, warning: `${shown} read as ${hit} (${type.labels?.[hit]?.zh ?? hit})` });
      }
      if (hit === undefined && type.fallback !== undefined) {
        return ok({
          value: type.fallback,
          warning:
            `${shown} matches no category: ` +
            `stored as ${type.fallback} (${type.labels?.[type.fallback]?.zh ?? type.fallback})`,
        });
      }
      if (hit === undefined) {
        const options = type.values.map((v) => (type.labels?.[v] ? `${v} (${type.labels[v]?.zh})` : v)).join(', ');
        return refuse(`${shown} is not one of ${options}`);
      }
      return ok({ value: hit });
    }
    case 'enum-list': {
      const items = String(raw)
        .split(/[,，、;；\s]+/)
        .filter(Boolean);
      const bad = items.filter((i) => !type.values.includes(i));
      if (bad.length) return refuse(`${bad.map((b) => `'${b}'`).join(', ')} not among ${type.values.join(', ')}`);
      return ok({ value: JSON.stringify(items) });
    }
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(String(raw).replace(/,/g, ''));
      if (typeof raw === 'boolean' || !Number.isFinite(n)) return refuse(`${shown} is not a number`);
      if (n < type.min || n > type.max) return refuse(`${n} is outside ${type.min}–${type.max}`);
      return ok({ value: n });
    }
    case 'date': {
      const d = parseDate(String(raw));
      return d.ok ? ok({ value: d.value }) : refuse(`${shown} ${d.error.message}`);
    }
    case 'boolean': {
      const s = String(raw).toLowerCase();
      if (TRUE.has(s)) return ok({ value: 1 });
      if (FALSE.has(s)) return ok({ value: 0 });
      return refuse(`${shown} is not yes/no (是/否, 1/0, true/false)`);
    }
  }
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
    if (converted.ok) {
      columns[field.column] = converted.value.value;
      const warning = converted.value.warning;
      if (warning)
        problems.push({ row: feature.row, field: source ?? field.column, severity: 'warning', problem: warning });
    } else
      problems.push({
        row: feature.row,
        field: source ?? field.names[0] ?? field.column,
        severity: 'error',
        problem: converted.error.message,
      });
  }
  const key = columns[target.key];
  if (key === undefined || key === null) {
    const keyField = target.fields.find((f) => f.column === target.key);
    problems.push({
      row: feature.row,
      field: keyField?.names[0] ?? target.key,
      severity: 'error',
      problem: `the official code is missing (a column named ${keyField?.names.join(' / ')})`,
    });
    return { record: null, problems };
  }
  if (!exists(String(key))) {
    for (const field of target.fields) {
      if (field.column in columns) continue;
      if (field.default !== undefined) columns[field.column] = field.default;
      else if (field.required)
        problems.push({
          row: feature.row,
          field: field.names[0] ?? field.column,
          severity: 'error',
          problem: `a new record needs ${field.names.slice(0, 3).join(' / ')}`,
        });
    }
    Object.assign(columns, target.insertDefaults ?? {});
  }
  return {
    record: problems.some((p) => p.severity === 'error') ? null : { row: feature.row, key: String(key), columns },
    problems,
  };
}
