import { describe, expect, it } from 'vitest';
import { fuelSampleFailedRule } from '../../server/rules/fuel-sample-failed-rule.ts';
import type { FuelSampleProperties } from '../../server/schema/fuel-sample-layer.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

/** A diesel sample taken on 2023-12-10 that failed on sulphur, its result of 2023-12-20, its trace open. */
function createSample(overrides: Partial<FuelSampleProperties> = {}): FuelSampleProperties {
  return {
    id: 'YP-2023-001',
    sampledAt: '2023-12-10T10:00',
    siteKind: 'station',
    siteName: '示例加油站（演示）',
    siteRef: null,
    product: 'diesel-0',
    standard: 'GB 19147-2016',
    result: 'fail',
    resultOn: '2023-12-20',
    failedItems: ['硫含量'],
    traceStatus: 'open',
    caseId: null,
    township: '140902001',
    townshipName: '秀容街道',
    provenance: 'synthetic',
    source: 'test',
    ...overrides,
  };
}

const run = (samples: FuelSampleProperties[], asOf = '2023-12-31T23:00') =>
  fuelSampleFailedRule.evaluate(createFacts({ fuelSamples: samples }), createContext({ asOf }));

describe('fuel-sample-failed', () => {
  it('fires on a failed sample whose trace is open, since the result day, naming the site and items', () => {
    expect(run([createSample()])).toEqual([
      {
        entityId: 'YP-2023-001',
        township: '140902001',
        since: '2023-12-20',
        detail: { zh: '示例加油站（演示）：硫含量', en: '示例加油站（演示）: 硫含量' },
      },
    ]);
  });

  it('fires from the result day itself (the boundary) and not the day before', () => {
    expect(run([createSample()], '2023-12-20T00:00')).toHaveLength(1);
    expect(run([createSample()], '2023-12-19T23:59')).toHaveLength(0);
  });

  it('fires while the trace is traced or referred, or not yet opened; stays silent once it is closed', () => {
    for (const traceStatus of ['traced', 'referred', null] as const) {
      expect(run([createSample({ traceStatus })])).toHaveLength(1);
    }
    expect(run([createSample({ traceStatus: 'closed' })])).toEqual([]);
  });

  it('stays silent on passed and pending samples', () => {
    expect(run([createSample({ result: 'pass', failedItems: [], traceStatus: null })])).toEqual([]);
    expect(run([createSample({ result: 'pending', resultOn: null, failedItems: [], traceStatus: null })])).toEqual([]);
  });

  it('stays silent without the facts', () => {
    expect(fuelSampleFailedRule.evaluate(createFacts(), createContext())).toEqual([]);
  });
});
