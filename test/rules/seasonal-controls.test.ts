import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  autumnWinterBasis,
  autumnWinterCampaign,
  OZONE_CONTROL_BASIS,
  ozoneControlInForce,
} from '../../server/rules/seasonal-controls.ts';
import { planSchema } from '../../server/schema/plan.ts';

const plan = planSchema.parse(JSON.parse(readFileSync('seeds/plan/plan.json', 'utf8')));
const period = plan.tasks.find((t) => t.number === 15)?.period;
if (!period) throw new Error('plan.json: task 15 has no period');

describe('autumn–winter campaign (task 15): in force only within the plan’s 2023–2024 season', () => {
  it.each([
    ['2023-01-15T11:00', false], // the 2022–23 season predates the plan
    ['2023-09-30T23:59', false],
    ['2023-10-01T00:00', true],
    ['2023-11-15T11:00', true],
    ['2024-03-31T23:59', true],
    ['2024-04-01T00:00', false],
    ['2024-11-01T00:00', false], // the 2024–25 season: the plan speaks of 2023–2024 only
  ])('at %s: %s', (asOf, expected) => {
    expect(autumnWinterCampaign(asOf, period)).toBe(expected);
  });

  it('follows the period it is given, not the calendar months', () => {
    expect(autumnWinterCampaign('2024-11-01T00:00', { from: '2024-10-01', to: '2025-03-31' })).toBe(true);
    expect(autumnWinterCampaign('2023-11-15T11:00', { from: '2024-10-01', to: '2025-03-31' })).toBe(false);
  });

  it('rests on T15.1 and, the dates being a convention, on that convention', () => {
    expect(autumnWinterBasis(period.convention)).toEqual([
      { kind: 'plan', requirement: 'T15.1' },
      { kind: 'convention', note: period.convention },
    ]);
    expect(period.convention?.zh).toContain('规划未写起止日期');
    expect(autumnWinterBasis(null)).toEqual([{ kind: 'plan', requirement: 'T15.1' }]);
  });
});

describe('ozone window (task 14)', () => {
  it('recurs each year from 1 May (the plan names no year)', () => {
    expect(ozoneControlInForce('2023-05-01T10:00')).toBe(true);
    expect(ozoneControlInForce('2024-05-01T10:00')).toBe(true);
    expect(ozoneControlInForce('2023-04-30T12:00')).toBe(false);
  });

  it('rests on the plan’s T14.1 and T14.2', () => {
    expect(OZONE_CONTROL_BASIS).toEqual([
      { kind: 'plan', requirement: 'T14.1' },
      { kind: 'plan', requirement: 'T14.2' },
    ]);
  });
});
