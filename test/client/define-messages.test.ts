import { describe, expect, it } from 'vitest';
import { defineMessages } from '../../client/i18n/define-messages.ts';

const messages = defineMessages({
  title: { zh: '告警', en: 'Alerts' },
  count: { zh: (n: number) => `共 ${n} 条`, en: (n: number) => `${n} ${n === 1 ? 'alert' : 'alerts'}` },
});

describe('defineMessages', () => {
  it('gives each language its texts and wording functions', () => {
    expect(messages('zh').title).toBe('告警');
    expect(messages('en').title).toBe('Alerts');
    expect(messages('zh').count(3)).toBe('共 3 条');
    expect(messages('en').count(1)).toBe('1 alert');
    expect(messages('zh')).toBe(messages('zh')); // built once per language
  });

  it('refuses, at compile time, a missing English, other parameters, or a wrong argument', () => {
    // `npm test` type-checks this file: each line below fails to compile without its directive
    // @ts-expect-error the English is missing
    defineMessages({ only: { zh: '乙' } });
    // @ts-expect-error the English takes other parameters than the Chinese
    defineMessages({ other: { zh: (n: number) => `${n}`, en: (s: string) => s } });
    // @ts-expect-error a number is expected
    expect(() => messages('zh').count('x')).not.toThrow();
  });
});
