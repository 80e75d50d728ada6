import type { Language } from '../../state/app-state.ts';
import { enforcementCasesMessages } from '../../i18n/enforcement-cases.ts';

/**
 * A fine as shown: 万元 with two decimals from 10 000 元 (Chinese), else 元; English in yuan with separators.
 *
 * @example
 * fineText('zh', 125000); // '12.50 万元'
 * fineText('zh', 8000); // '8,000 元'
 * fineText('en', 125000); // '¥125,000'
 */
export function fineText(lang: Language, yuan: number): string {
  const m = enforcementCasesMessages(lang);
  if (lang === 'zh' && yuan >= 10_000) return m.tenThousandYuan((yuan / 10_000).toFixed(2));
  return m.yuan(yuan.toLocaleString('en-US', { maximumFractionDigits: 2 }));
}

/** A moment `YYYY-MM-DDTHH:mm…` as its date. */
export const dayOf = (at: string | null): string => (at ? at.slice(0, 10) : '');
