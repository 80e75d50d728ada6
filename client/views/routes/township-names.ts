import type { Language } from '../../state/app-state.ts';

/**
 * The names of townships by code, in `lang` (the English name where the data has one), the code itself only when
 * the township is unknown.
 *
 * @example
 * townshipNames(features, ['140902103'], 'zh'); // ['庄磨镇']
 */
export function townshipNames(
  features: readonly { properties: Record<string, unknown> }[],
  codes: readonly string[],
  lang: Language,
): string[] {
  return codes.map((code) => {
    const p = features.find((f) => f.properties.code === code)?.properties;
    const name = lang === 'en' ? (p?.nameEn ?? p?.name) : p?.name;
    return typeof name === 'string' && name ? name : code;
  });
}
