import { describe, expect, it } from 'vitest';
import { carbonNotTransferredRule } from '../../server/rules/carbon-not-transferred-rule.ts';
import { createCarbonLedger, createReplacement, createTransfer, createVocFacts } from '../voc/voc-fixtures.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

const evaluate = (asOf: string, ledger: ReturnType<typeof createCarbonLedger>) =>
  carbonNotTransferredRule.evaluate(
    createFacts({ voc: createVocFacts({ carbon: [ledger] }) }),
    createContext({ asOf }),
  );

describe('carbon-not-transferred', () => {
  const replaced = createReplacement({ replacedOn: '2023-05-01', spentKg: 500 });

  it('is silent without the VOC facts', () => {
    expect(carbonNotTransferredRule.evaluate(createFacts(), createContext())).toEqual([]);
  });

  it('allows 90 days after the replacement and fires on day 91', () => {
    const ledger = createCarbonLedger({ replacements: [replaced] });
    expect(evaluate('2023-07-30T23:00', ledger)).toEqual([]); // day 90
    const [hit] = evaluate('2023-07-31T00:00', ledger); // day 91
    expect(hit?.since).toBe('2023-07-31');
    expect(hit?.detail.zh).toBe('2023-05-01 更换的废活性炭 500 kg 未转移（已 91 天）');
  });

  it('is silent once transfers up to as-of cover the spent carbon, and fires for what is left', () => {
    const full = createCarbonLedger({ replacements: [replaced], transfers: [createTransfer()] });
    expect(evaluate('2023-12-31T23:00', full)).toEqual([]);
    const part = createCarbonLedger({ replacements: [replaced], transfers: [createTransfer({ quantityKg: 499.5 })] });
    expect(evaluate('2023-12-31T23:00', part)[0]?.detail.zh).toContain('0.5 kg');
    const later = createCarbonLedger({
      replacements: [replaced],
      transfers: [createTransfer({ transferredOn: '2024-01-05' })],
    });
    expect(evaluate('2023-12-31T23:00', later)).toHaveLength(1);
  });

  it('covers first in, first out, a named replacement first', () => {
    const old = createReplacement({ id: 1, replacedOn: '2023-03-01', spentKg: 300 });
    const recent = createReplacement({ id: 2, replacedOn: '2023-09-01', spentKg: 300 });
    const named = createTransfer({ replacementId: 2, quantityKg: 300, transferredOn: '2023-09-10' });
    const [hit] = evaluate('2023-12-31T23:00', createCarbonLedger({ replacements: [old, recent], transfers: [named] }));
    expect(hit?.detail.zh).toContain('2023-03-01 更换的废活性炭 300 kg');
    const unnamed = createTransfer({ quantityKg: 300, transferredOn: '2023-09-10' });
    const fifo = evaluate(
      '2023-12-31T23:00',
      createCarbonLedger({ replacements: [old, recent], transfers: [unnamed] }),
    );
    expect(fifo).toHaveLength(1); // the old one is covered; the recent one is 121 days old
    expect(fifo[0]?.detail.zh).toContain('2023-09-01');
  });

  it('never counts a transfer dated before the replacement', () => {
    const early = createTransfer({ transferredOn: '2023-04-01' });
    expect(
      evaluate('2023-12-31T23:00', createCarbonLedger({ replacements: [replaced], transfers: [early] })),
    ).toHaveLength(1);
  });
});
