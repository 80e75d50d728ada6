import { describe, expect, it } from 'vitest';
import { checkProblemsOf, isCheckHit } from '../../server/checks/check-problems.ts';
import { summarizeChecks, type SummarizedCheck } from '../../server/checks/check-summary.ts';
import { isNewEnergyPlate, isValidPlate, normalizePlate } from '../../server/checks/vehicle-plate.ts';

describe('Chinese plates', () => {
  it.each(['晋H12345', '晋HA1234', '冀F1234挂', '晋HD12345', '晋H12345F', '京AF0236', '晋HY67010'])(
    'accepts %s',
    (plate) => {
      expect(isValidPlate(plate)).toBe(true);
    },
  );

  it.each(['晋H1234', '晋H1234567', 'XH12345', '晋112345', '晋HO1234', '晋HX123456', '晋H12345D6', '晋H1234挂5', ''])(
    'refuses %s',
    (plate) => {
      expect(isValidPlate(plate)).toBe(false);
    },
  );

  it('normalises case, the separator dot and spaces; tells new-energy plates', () => {
    expect(normalizePlate(' 晋h·1234a ')).toBe('晋H1234A');
    expect(isNewEnergyPlate('晋HD12345')).toBe(true);
    expect(isNewEnergyPlate('晋H12345')).toBe(false);
  });
});

const check = (overrides: Partial<SummarizedCheck> = {}): SummarizedCheck => ({
  checkpointId: 'CP01',
  emissionStage: 'IV',
  devices: 'ok',
  obd: 'ok',
  emissionTest: 'pass',
  outcome: 'pass',
  ...overrides,
});

describe('check problems and the summary', () => {
  it('finds each problem and nothing in not-checked or not-equipped results', () => {
    expect(checkProblemsOf({ devices: 'tampered', obd: 'tampered', emissionTest: 'fail' })).toEqual([
      'devices',
      'obd-tampering',
      'emission-failed',
    ]);
    expect(isCheckHit({ devices: 'not-checked', obd: 'not-equipped', emissionTest: 'not-tested' })).toBe(false);
  });

  it('counts totals, rates per checkpoint and stage, problems and outcomes', () => {
    const points = [
      { id: 'CP01', name: 'A', kind: 'entrance' as const, township: '140902001' },
      { id: 'CP02', name: 'B', kind: 'fixed' as const, township: '140902002' },
    ];
    const summary = summarizeChecks(
      [
        check(),
        check({ obd: 'fault', emissionTest: 'fail', outcome: 'repair-order' }),
        check({ emissionStage: null, checkpointId: 'CP01' }),
        check({ emissionStage: 'VI', devices: 'missing', outcome: 'fined' }),
      ],
      points,
    );
    expect(summary).toMatchObject({ checks: 4, hits: 2, rate: 0.5 });
    expect(summary.byCheckpoint).toEqual([
      { ...points[0], checks: 4, hits: 2, rate: 0.5 },
      { ...points[1], checks: 0, hits: 0, rate: null },
    ]);
    expect(summary.byProblem).toEqual([
      { problem: 'devices', count: 1 },
      { problem: 'obd-fault', count: 1 },
      { problem: 'obd-tampering', count: 0 },
      { problem: 'emission-failed', count: 1 },
    ]);
    expect(summary.byOutcome.find((o) => o.outcome === 'pass')?.count).toBe(2);
    expect(summary.byStage.find((s) => s.stage === 'IV')).toEqual({ stage: 'IV', checks: 2, hits: 1, rate: 0.5 });
    expect(summary.byStage.find((s) => s.stage === 'unknown')).toMatchObject({ checks: 1, hits: 0 });
  });
});
