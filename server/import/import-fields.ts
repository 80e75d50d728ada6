/**
 * The field builders import targets are written with (server/import/import-targets.ts and the targets beside it).
 *
 * @module
 */
import type { Localized } from '../schema/localized.ts';
import type { FieldType, ImportField } from './import-targets.ts';

/** Labels of an enum's values, as import targets read them. */
export type Labels = Readonly<Record<string, Localized>>;

/** Text up to `max` characters, optionally matching `pattern` (described by `patternText`). */
export const text = (max: number, pattern?: RegExp, patternText?: Localized): FieldType => ({
  kind: 'text',
  max,
  pattern,
  patternText,
});
/** One of `values`, also read by their labels. */
export const enumOf = (values: readonly string[], labels?: Labels): FieldType => ({ kind: 'enum', values, labels });

/** A date `YYYY-MM-DD` (also read from the forms registers use). */
export const date: FieldType = { kind: 'date' };
/** Yes or no (是/否, true/false, 1/0). */
export const bool: FieldType = { kind: 'boolean' };
/** The record's code (`id`), also read from `names`. */
export const idField = (names: string[]): ImportField => ({
  column: 'id',
  names: ['id', 'code', ...names],
  type: text(40, /^[A-Za-z0-9_.-]+$/, { zh: '由字母、数字和 . _ - 组成的编号', en: 'letters, digits, . _ -' }),
  required: true,
});
/** The record's name. */
export const nameField: ImportField = {
  column: 'name',
  names: ['name', '名称', '名字'],
  type: text(100),
  required: true,
};
