import type { Language } from '../state/app-state.ts';

/** A message: fixed text, or a function of typed parameters that words it. */
type Message = string | ((...args: never[]) => string);

/** A message's Chinese and English; the English has the Chinese one's type (same parameters). */
type MessagePairs<D> = {
  [K in keyof D]: {
    zh: D[K] extends { zh: infer M } ? M : never;
    en: NoInfer<D[K] extends { zh: infer M } ? M : never>;
  };
};

/** The messages of one language: each key's text or wording function. */
export type Messages<D> = { readonly [K in keyof D]: D[K] extends { zh: infer M } ? M : never };

/** The catalogue `defineMessages` returns: the messages of a language. */
export type Catalogue<D> = (lang: Language) => Messages<D>;

/**
 * A view's message catalogue: every visible string in Chinese and English side by side, checked by the compiler
 * (both languages present, the English with the Chinese one's parameters). The view reads its messages with the
 * language of the moment.
 *
 * @example
 * const alertsMessages = defineMessages({
 *   title: { zh: '告警', en: 'Alerts' },
 *   count: { zh: (n: number) => `共 ${n} 条`, en: (n: number) => `${n} ${n === 1 ? 'alert' : 'alerts'}` },
 * });
 * const m = alertsMessages('zh');
 * m.count(3); // '共 3 条'
 */
export function defineMessages<D extends Record<string, { zh: Message; en: Message }>>(
  definitions: D & MessagePairs<D>,
): Catalogue<D> {
  const byLanguage = {} as Record<Language, Messages<D>>;
  for (const lang of ['zh', 'en'] as const)
    byLanguage[lang] = Object.fromEntries(
      Object.entries(definitions).map(([key, pair]) => [key, pair[lang]]),
    ) as Messages<D>;
  return (lang) => byLanguage[lang];
}
