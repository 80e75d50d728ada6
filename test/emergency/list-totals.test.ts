import { describe, expect, it } from 'vitest';
import { checkList, listTotals } from '../../server/emergency/list-totals.ts';
import { entry, tonnes } from './list-fixtures.ts';

describe('listTotals', () => {
  it('sums each level over the entries', () => {
    const totals = listTotals([
      entry('E1'),
      entry('E2', {
        reductions: { yellow: tonnes(1, 0, 0, 0.5), orange: tonnes(2, 0, 0, 1), red: tonnes(3, 0, 0, 1.5) },
      }),
    ]);
    expect(totals).toEqual({
      yellow: { pm: 1.1, so2: 0.2, nox: 0.3, vocs: 0.5 },
      orange: { pm: 2.2, so2: 0.4, nox: 0.6, vocs: 1 },
      red: { pm: 3.3, so2: 0.6, nox: 0.9, vocs: 1.5 },
    });
  });

  it('rounds at the end only: 3 × 0.0004 t/day is 0.001, not 3 × 0', () => {
    const small = { yellow: tonnes(0.0004, 0, 0), orange: tonnes(0, 0, 0), red: tonnes(0, 0, 0) };
    const totals = listTotals([
      entry('A', { reductions: small }),
      entry('B', { reductions: small }),
      entry('C', { reductions: small }),
    ]);
    // 0.0012 → 0.001 (rounding each entry first would give 0)
    expect(totals.yellow.pm).toBe(0.001);
  });

  it('an empty list totals zero', () => {
    expect(listTotals([]).red).toEqual({ pm: 0, so2: 0, nox: 0, vocs: 0 });
  });
});

describe('checkList', () => {
  const req = { shares: { yellow: 0.1, orange: 0.2, red: 0.3 }, base: tonnes(10, 5, 20, 4) };

  it('required = share × base; a pollutant falls short when expected < required', () => {
    const totals = {
      yellow: tonnes(1, 0.5, 2, 0.4),
      orange: tonnes(2, 1, 3.9, 0.8),
      red: tonnes(3.5, 1.2, 6, 1.2),
    };
    const check = checkList(totals, req);
    // yellow: 10 % of (10, 5, 20, 4) = (1, 0.5, 2, 0.4): met exactly
    expect(check.yellow).toEqual({
      share: 0.1,
      required: tonnes(1, 0.5, 2, 0.4),
      expected: totals.yellow,
      shortfall: [],
    });
    // orange: 20 % = (2, 1, 4, 0.8): NOx 3.9 < 4
    expect(check.orange.required).toEqual(tonnes(2, 1, 4, 0.8));
    expect(check.orange.shortfall).toEqual(['nox']);
    // red: 30 % = (3, 1.5, 6, 1.2): SO2 1.2 < 1.5
    expect(check.red.shortfall).toEqual(['so2']);
  });

  it('compares after rounding to 3 decimals (0.1 × 3 is 0.30000000000000004 in floats)', () => {
    const check = checkList(
      { yellow: tonnes(0.3, 0.3, 0.3, 0.3), orange: tonnes(1, 1, 1, 1), red: tonnes(1, 1, 1, 1) },
      { shares: { yellow: 0.1, orange: 0.2, red: 0.3 }, base: tonnes(3, 3, 3, 3) },
    );
    expect(check.yellow.required.pm).toBe(0.3);
    expect(check.yellow.shortfall).toEqual([]);
    // 0.0004 short rounds away; 0.0006 short does not
    const close = checkList(
      { yellow: tonnes(0.2996, 0.2994, 0.3, 0.3), orange: tonnes(1, 1, 1, 1), red: tonnes(1, 1, 1, 1) },
      { shares: { yellow: 0.1, orange: 0.2, red: 0.3 }, base: tonnes(3, 3, 3, 3) },
    );
    expect(close.yellow.shortfall).toEqual(['so2']);
  });
});
