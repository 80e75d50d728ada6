/**
 * One wording of a basis (「依据」) for the console and the report: the plan's requirement id, an external document
 * marked 「规划外」, or 「本系统约定：…」. Zod-free: the client imports it.
 *
 * @module
 */
import type { Basis, ExternalBasis } from './basis.ts';

type Lang = 'zh' | 'en';

/** The words around a basis, in both languages. */
export const basisWords = {
  heading: { zh: '依据', en: 'Basis' },
  plan: { zh: '规划', en: 'plan' },
  outsidePlan: { zh: '规划外', en: 'outside the plan' },
  convention: { zh: '本系统约定', en: 'console convention' },
} as const;

/** `《doc》（规划外）`, after its note when it has one (`note：《doc》（规划外）`). */
export function externalBasisText(basis: ExternalBasis, lang: Lang): string {
  const document =
    lang === 'zh'
      ? `${basis.document.zh}（${basisWords.outsidePlan.zh}）`
      : `${basis.document.en} (${basisWords.outsidePlan.en})`;
  if (!basis.note) return document;
  return lang === 'zh' ? `${basis.note.zh}：${document}` : `${basis.note.en}: ${document}`;
}

/**
 * A basis as text.
 *
 * @example
 * basisText({ kind: 'plan', requirement: 'T7.5' }, 'zh'); // '规划 T7.5'
 * basisText({ kind: 'convention', note: { zh: '近365天', en: '365 days' } }, 'zh'); // '本系统约定：近365天'
 */
export function basisText(basis: Basis, lang: Lang): string {
  switch (basis.kind) {
    case 'plan':
      return `${basisWords.plan[lang]} ${basis.requirement}`;
    case 'external':
      return externalBasisText(basis, lang);
    case 'convention':
      return lang === 'zh'
        ? `${basisWords.convention.zh}：${basis.note.zh}`
        : `${basisWords.convention.en}: ${basis.note.en}`;
  }
}

/**
 * The bases of one rule or control as one line: `依据：规划 T7.5；本系统约定：…` (empty when there is none).
 *
 * @example
 * basesText([{ kind: 'plan', requirement: 'T9.4' }], 'en'); // 'Basis: plan T9.4'
 */
export function basesText(bases: readonly Basis[], lang: Lang): string {
  if (!bases.length) return '';
  const items = bases.map((b) => basisText(b, lang));
  return lang === 'zh'
    ? `${basisWords.heading.zh}：${items.join('；')}`
    : `${basisWords.heading.en}: ${items.join('; ')}`;
}
