import type { ImportTargetInfo } from '../../../server/schema/imports.ts';
import { displayUnits } from '../../i18n/records.ts';
import type { Language } from '../../state/app-state.ts';

/** An editable field as GET /api/imports/targets describes it. */
export type EditField = ImportTargetInfo['fields'][number];

/** The feature's current value of a field: its property under any of the field's names. */
export function currentValue(field: EditField, properties: Record<string, unknown>): unknown {
  const name = field.names.find((n) => n in properties);
  return name === undefined ? undefined : properties[name];
}

/**
 * A stored value as the form shows it: a number in the drawer's unit (年货运量 in 万吨/年), a list by its labels
 * joined with 、 (commas in English), empty for none.
 *
 * @example
 * formValue(freightField, 1_200_000, 'zh'); // '120'
 */
export function formValue(field: EditField, value: unknown, lang: Language): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value))
    return value.map((v) => field.labels?.[String(v)]?.[lang] ?? String(v)).join(lang === 'zh' ? '、' : ', ');
  const unit = displayUnits[field.column];
  if (unit && typeof value === 'number') return String(Number((value / unit.factor).toFixed(unit.digits)));
  return String(value);
}

/** A form value as the API takes it: a number back in the stored unit; text as typed. */
export function apiValue(field: EditField, text: string): string | number {
  const unit = displayUnits[field.column];
  if (field.kind === 'number' && text.trim() !== '') {
    const n = Number(text);
    return unit ? Math.round(n * unit.factor * 1e4) / 1e4 : n;
  }
  return text;
}

/** The unit a number field shows in `lang` (the drawer's where it differs from the file's), or ''. */
export function unitOf(field: EditField, lang: Language): string {
  return displayUnits[field.column]?.unit[lang] ?? field.unit?.[lang] ?? '';
}
