import { describe, expect, it } from 'vitest';
import { heatingStatus } from '../../server/rules/heating-status.ts';
import { nrmmBanReasons } from '../../server/rules/nrmm-ban.ts';
import { failedSixChecks } from '../../server/rules/site-compliance.ts';

describe('nrmmBanReasons (task 10: 国三以下、未编码登记、冒黑烟) in a zone at 国三', () => {
  it.each([
    ['pre-I', ['below-min-stage']],
    ['I', ['below-min-stage']],
    ['II', ['below-min-stage']],
    ['III', []],
    ['IV', []],
    ['electric', []],
  ] as const)('stage %s', (stage, reasons) => {
    expect(nrmmBanReasons({ emissionStage: stage, registrationCode: 'X-1', smokeTest: 'pass' }, 'III')).toEqual(
      reasons,
    );
  });

  it('flags unregistered (null or blank code) and black smoke, all reasons together', () => {
    expect(nrmmBanReasons({ emissionStage: 'IV', registrationCode: null, smokeTest: 'pass' }, 'III')).toEqual([
      'unregistered',
    ]);
    expect(nrmmBanReasons({ emissionStage: 'IV', registrationCode: '  ', smokeTest: 'pass' }, 'III')).toEqual([
      'unregistered',
    ]);
    expect(nrmmBanReasons({ emissionStage: 'III', registrationCode: 'X', smokeTest: 'fail' }, 'III')).toEqual([
      'black-smoke',
    ]);
    expect(nrmmBanReasons({ emissionStage: 'III', registrationCode: 'X', smokeTest: 'untested' }, 'III')).toEqual([]);
    expect(nrmmBanReasons({ emissionStage: 'I', registrationCode: null, smokeTest: 'fail' }, 'III')).toEqual([
      'below-min-stage',
      'unregistered',
      'black-smoke',
    ]);
  });
});

describe('failedSixChecks (task 11)', () => {
  const allMet = { enclosure: true, cover: true, washing: true, hardening: true, wetWork: true, sealedTransport: true };
  it('is empty when all six are met', () => expect(failedSixChecks(allMet)).toEqual([]));
  it('lists failures in the standard order', () =>
    expect(failedSixChecks({ ...allMet, sealedTransport: false, cover: false })).toEqual(['cover', 'sealedTransport']));
});

describe('heatingStatus (task 7)', () => {
  it('orders not retrofitted, re-burning, unstable, stable', () => {
    expect(heatingStatus({ retrofitted: false, stableOperation: null, recentReburnReports: 3 })).toBe(
      'not-retrofitted',
    );
    expect(heatingStatus({ retrofitted: true, stableOperation: true, recentReburnReports: 1 })).toBe('reburning');
    expect(heatingStatus({ retrofitted: true, stableOperation: false, recentReburnReports: 1 })).toBe('reburning');
    expect(heatingStatus({ retrofitted: true, stableOperation: false, recentReburnReports: 0 })).toBe('unstable');
    expect(heatingStatus({ retrofitted: true, stableOperation: true, recentReburnReports: 0 })).toBe('stable');
  });
});
