import type { ImportTargetInfo } from '../../../server/schema/imports.ts';
import { importMessages } from '../../i18n/import.ts';
import type { Language } from '../../state/app-state.ts';

type Field = ImportTargetInfo['fields'][number];

/** An enum field's accepted values in `lang`: the labels (Chinese ones in Chinese), joined. */
export function acceptedValues(lang: Language, field: Field): string {
  const values = field.values ?? [];
  return values.map((v) => field.labels?.[v]?.[lang] ?? v).join(lang === 'zh' ? '、' : ', ');
}

/**
 * One line of the accepted-columns list: the column's name (* when a new record needs it), its unit, and what it
 * accepts, in `lang`.
 *
 * @example
 * fieldHint('zh', railSpurField); // '铁路专用线：可填：无、规划中、在建、已建成（也接受英文代码）'
 */
export function fieldHint(lang: Language, field: Field): string {
  const m = importMessages(lang);
  const name = `${field.label[lang]}${field.required ? '*' : ''}`;
  const unit = field.unit ? (lang === 'zh' ? `（${field.unit.zh}）` : ` (${field.unit.en})`) : '';
  const sep = lang === 'zh' ? '：' : ': ';
  switch (field.kind) {
    case 'enum':
      return `${name}${sep}${m.accepts(acceptedValues(lang, field))}${m.acceptsCodes}`;
    case 'enum-list':
      return `${name}${sep}${m.kindList(acceptedValues(lang, field))}`;
    case 'number':
      return `${name}${unit}${sep}${m.kindNumber}`;
    case 'date':
      return `${name}${sep}${m.kindDate}`;
    case 'boolean':
      return `${name}${sep}${m.kindBoolean}`;
    case 'text':
      return name;
  }
}
