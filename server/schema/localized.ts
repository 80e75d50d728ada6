/**
 * Text in both languages of the console, the one shape for bilingual text in API responses and
 * enum labels. Zod-free: the client imports it at runtime.
 *
 * @example
 * const label: Localized = { zh: '违规', en: 'violation' };
 */
export interface Localized {
  zh: string;
  en: string;
}

/** The labels of every member of an enum `K`, in both languages. */
export type Labels<K extends string> = Readonly<Record<K, Localized>>;
