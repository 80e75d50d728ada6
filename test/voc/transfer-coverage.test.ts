import { describe, expect, it } from 'vitest';
import { fillShortfallKg, iodineBelowFloor } from '../../server/voc/carbon-quality.ts';
import { compliantShare, overDeclaredLimit, totalTonnes } from '../../server/voc/material-shares.ts';
import { coverSpentCarbon } from '../../server/voc/transfer-coverage.ts';
import { createReplacement, createTransfer } from './voc-fixtures.ts';

describe('coverSpentCarbon', () => {
  it('counts days from the replacement and marks day 91 overdue', () => {
    const [day90] = coverSpentCarbon([createReplacement()], [], '2023-07-30');
    expect(day90).toMatchObject({ daysSince: 90, overdue: false, untransferredKg: 500 });
    expect(coverSpentCarbon([createReplacement()], [], '2023-07-31')[0]?.overdue).toBe(true);
  });

  it('spreads a large transfer over the oldest replacements and never over later ones', () => {
    const a = createReplacement({ id: 1, replacedOn: '2023-02-01', spentKg: 200 });
    const b = createReplacement({ id: 2, replacedOn: '2023-04-01', spentKg: 200 });
    const c = createReplacement({ id: 3, replacedOn: '2023-08-01', spentKg: 200 });
    const out = coverSpentCarbon(
      [c, b, a],
      [createTransfer({ quantityKg: 600, transferredOn: '2023-05-01' })],
      '2023-12-31',
    );
    expect(out.map((r) => r.untransferredKg)).toEqual([0, 0, 200]);
  });

  it('leaves replacements after the day out and zero spent never overdue', () => {
    expect(coverSpentCarbon([createReplacement({ replacedOn: '2024-01-01' })], [], '2023-12-31')).toEqual([]);
    expect(coverSpentCarbon([createReplacement({ spentKg: 0 })], [], '2023-12-31')[0]?.overdue).toBe(false);
  });
});

describe('carbon quality and material shares', () => {
  it('computes the shortfall and the iodine judgement', () => {
    expect(fillShortfallKg({ filledKg: 450.1, designFillKg: 500 })).toBe(49.9);
    expect(fillShortfallKg({ filledKg: 600, designFillKg: 500 })).toBe(0);
    expect(iodineBelowFloor({ carbonForm: 'granular', iodineMgG: 799.9 })).toBe(true);
  });

  it('shares by quantity, null without quantity', () => {
    expect(
      compliantShare([
        { quantityT: 3, lowVoc: true },
        { quantityT: 1, lowVoc: false },
      ]),
    ).toBe(0.75);
    expect(compliantShare([])).toBeNull();
    expect(totalTonnes([{ quantityT: 0.1 }, { quantityT: 0.2 }])).toBe(0.3);
    expect(overDeclaredLimit({ vocContent: 50, limitValue: 50 })).toBe(false);
  });
});
