import { describe, expect, it } from 'vitest';
import { sampleAt, type StoredFuelSample } from '../../server/fuel/sample-at.ts';
import { summarizeFuelSamples } from '../../server/fuel/summarize-fuel-samples.ts';

function createStored(overrides: Partial<StoredFuelSample> = {}): StoredFuelSample {
  return {
    id: 1,
    sampleNo: 'YP-1',
    sampledAt: '2023-12-10T10:00',
    siteKind: 'station',
    siteName: '示例加油站',
    siteRef: null,
    township: '140902001',
    townshipName: '秀容街道',
    lon: 112.7,
    lat: 38.4,
    product: 'diesel-0',
    standard: 'GB 19147-2016',
    result: 'fail',
    resultOn: '2023-12-18',
    failedItems: [{ item: '硫含量', value: 20, limit: 10, unit: 'mg/kg' }],
    lab: null,
    sampler: '赵六',
    trace: {
      id: 1,
      supplier: null,
      transporter: null,
      origin: null,
      status: 'closed',
      caseId: null,
      note: '',
      openedAt: '2023-12-18T17:00',
      closedAt: '2023-12-28T20:00',
      updatedAt: '2023-12-28T20:00',
    },
    provenance: 'synthetic',
    source: 'test',
    ...overrides,
  };
}

describe('sampleAt', () => {
  it('hides the result until its day and the trace until its opening', () => {
    const before = sampleAt(createStored(), '2023-12-17T23:59');
    expect(before).toMatchObject({ result: 'pending', resultOn: null, failedItems: [], trace: null });
    expect(sampleAt(createStored(), '2023-12-18T00:00').result).toBe('fail');
  });

  it('shows a trace closed after as-of as open then, and closed from its closing', () => {
    expect(sampleAt(createStored(), '2023-12-28T19:59').trace).toMatchObject({ status: 'open', closedAt: null });
    expect(sampleAt(createStored(), '2023-12-28T20:00').trace?.status).toBe('closed');
  });
});

describe('summarizeFuelSamples', () => {
  it('counts by month, kind and product, rates failures over known results and counts traces not closed', () => {
    const asOf = '2023-12-20T00:00';
    const samples = [
      createStored(),
      createStored({ id: 2, product: 'gasoline-92', result: 'pass', failedItems: [], trace: null }),
      createStored({ id: 3, resultOn: null, result: 'pending', failedItems: [], trace: null }),
    ].map((s) => sampleAt(s, asOf));
    const summary = summarizeFuelSamples(samples, asOf);
    expect(summary.totals).toEqual({ samples: 3, failed: 1, pending: 1, failureRate: 0.5, tracesOpen: 1 });
    expect(summary.byMonth).toEqual([{ month: '2023-12', samples: 3, failed: 1, pending: 1 }]);
    expect(summary.byProduct.map((p) => p.product)).toEqual(['gasoline-92', 'diesel-0']);
  });
});
