import { describe, expect, it } from 'vitest';
import { inUseOn, phaseOutCohort, type VehicleHistory } from '../../server/vehicles/vehicle-progress.ts';

const truck = (overrides: Partial<VehicleHistory> = {}): VehicleHistory => ({
  category: 'heavy-truck',
  fuel: 'diesel',
  emissionStage: 'IV',
  leanBurn: false,
  registeredOn: '2014-01-01',
  status: 'in-use',
  statusOn: null,
  scrapDueOn: '2029-01-01',
  ...overrides,
});

describe('phaseOutCohort', () => {
  it('counts a truck leaving on the start day as gone before the start, one leaving on as-of’s day as gone', () => {
    const trucks = [
      truck({ status: 'scrapped', statusOn: '2023-05-05' }),
      truck({ status: 'scrapped', statusOn: '2023-05-06' }),
      truck({ status: 'deregistered', statusOn: '2023-12-31' }),
      truck({ status: 'transferred-out', statusOn: '2024-01-01' }),
      truck({ scrapDueOn: '2023-12-31' }),
    ];
    const cohort = phaseOutCohort(trucks, '2023-05-05', '2023-12-31');
    expect(cohort.atStart).toBe(4);
    expect(cohort.left).toEqual({ scrapped: 1, deregistered: 1, transferredOut: 0 });
    expect(cohort.inUse).toBe(2);
    expect(cohort.pastScrapDue).toBe(1);
    expect(cohort.phasedOutShare).toBe(0.5);
    expect(cohort.monthly.map((m) => [m.day, m.inUse])).toEqual([
      ['2023-05-31', 3],
      ['2023-06-30', 3],
      ['2023-07-31', 3],
      ['2023-08-31', 3],
      ['2023-09-30', 3],
      ['2023-10-31', 3],
      ['2023-11-30', 3],
      ['2023-12-31', 2],
    ]);
  });

  it('ends the series at as-of’s day within a month, and has none before the start', () => {
    expect(phaseOutCohort([truck()], '2023-05-05', '2023-06-15').monthly.at(-1)).toEqual({
      month: '2023-06',
      day: '2023-06-15',
      inUse: 1,
    });
    const before = phaseOutCohort([truck()], '2023-05-05', '2023-01-31');
    expect(before.monthly).toEqual([]);
    expect(before.phasedOutShare).toBe(0);
  });

  it('treats a vehicle as in use from its registration day until the day before it leaves', () => {
    expect(inUseOn(truck({ registeredOn: '2023-05-05' }), '2023-05-05')).toBe(true);
    expect(inUseOn(truck({ registeredOn: '2023-05-06' }), '2023-05-05')).toBe(false);
    expect(inUseOn(truck({ status: 'scrapped', statusOn: '2023-05-05' }), '2023-05-05')).toBe(false);
  });
});
