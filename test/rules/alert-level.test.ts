import { describe, expect, it } from 'vitest';
import { deriveAlertLevel, REQUIRED_REDUCTION, requirementBasis } from '../../server/rules/alert-level.ts';
import { autumnWinterCampaign, deadlinePassed, ozoneControlInForce } from '../../server/rules/seasonal-controls.ts';

describe('deriveAlertLevel (Xinzhou triggers, domain.md §7)', () => {
  it.each([
    [[180, 199, 200], 'none'],
    [[201, 150, 201], 'none'],
    [[201, 202], 'yellow'],
    [[250, 260, 270], 'orange'],
    [[250, 260, 270, 280], 'orange'], // > 200 for 4 days but not > 300 for 2
    [[250, 310, 320, 280], 'red'],
    [[310, 320, 150], 'yellow'], // > 300 for 2 days but > 200 only for 2
    [[500], 'red'],
    [[499], 'none'],
  ] as const)('%j → %s', (forecast, level) => {
    expect(deriveAlertLevel(forecast)).toBe(level);
  });
});

describe('reduction shares', () => {
  it('the fallback shares are 10/20/30 % (used when no requirement is entered as data)', () => {
    expect(REQUIRED_REDUCTION).toEqual({ none: 0, yellow: 0.1, orange: 0.2, red: 0.3 });
  });

  it('an entered requirement cites its document and the shares read from it', () => {
    const basis = requirementBasis({
      document: '忻州市重污染天气应急预案',
      source: '第5.2节',
      shares: { yellow: 0.1, orange: 0.2, red: 0.35 },
    });
    expect(basis).toEqual([
      {
        kind: 'external',
        document: { zh: '忻州市重污染天气应急预案', en: '忻州市重污染天气应急预案' },
        note: {
          zh: '黄/橙/红色预警减排比例10%/20%/35%（第5.2节）',
          en: 'cuts of 10/20/35 % at yellow/orange/red (第5.2节)',
        },
      },
    ]);
  });
});

describe('time rules', () => {
  it.each([
    ['2023-07-15T11:00', true],
    ['2023-05-01T10:00', true],
    ['2023-09-30T15:59', true],
    ['2023-07-15T09:59', false],
    ['2023-07-15T16:00', false],
    ['2023-04-30T12:00', false],
    ['2023-10-01T12:00', false],
  ])('ozone control at %s: %s', (asOf, expected) => {
    expect(ozoneControlInForce(asOf)).toBe(expected);
  });
  it('autumn–winter campaign within task 15 period (seasonal-controls.test.ts); deadlines pass the day after', () => {
    const season = { from: '2023-10-01', to: '2024-03-31' };
    expect([
      autumnWinterCampaign('2023-10-01T00:00', season),
      autumnWinterCampaign('2024-03-31T23:00', season),
      autumnWinterCampaign('2023-04-01T00:00', season),
    ]).toEqual([true, true, false]);
    expect(deadlinePassed('2023-06-30', '2023-06-30T23:59')).toBe(false);
    expect(deadlinePassed('2023-06-30', '2023-07-01T00:00')).toBe(true);
  });
});
