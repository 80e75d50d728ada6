import { describe, expect, it } from 'vitest';
import { summarizeVisits } from '../../server/visits/summarize-visits.ts';
import { visitAt, type StoredVisit } from '../../server/visits/visit-at.ts';

function createStored(overrides: Partial<StoredVisit> = {}): StoredVisit {
  return {
    id: 1,
    enterpriseId: 'E1',
    enterpriseName: '示例企业',
    township: '140902001',
    townshipName: '秀容街道',
    position: [112.7, 38.4],
    departmentId: 'eco-env',
    departmentName: '市生态环境局忻府分局',
    visitedAt: '2023-11-01T10:00',
    visitors: '张三',
    topic: 'technical',
    problems: [],
    followUp: '复查',
    followUpDueOn: '2023-11-15',
    followUpDoneOn: null,
    photoId: null,
    provenance: 'synthetic',
    requests: [
      {
        id: 1,
        text: '天然气保供',
        category: 'energy',
        departmentId: 'energy',
        departmentName: '区能源局',
        status: 'resolved',
        response: '已保供',
        answeredAt: '2023-12-05T10:00',
      },
    ],
    ...overrides,
  };
}

describe('visitAt', () => {
  it('shows a request answered after as-of as open, with its whole days open since the visit', () => {
    const visit = visitAt(createStored(), '2023-12-01T12:00');
    expect(visit.requests[0]).toMatchObject({ status: 'open', response: null, openDays: 30 });
    expect(visitAt(createStored(), '2023-12-05T10:00').requests[0]).toMatchObject({
      status: 'resolved',
      openDays: null,
    });
  });

  it('makes the follow-up overdue from the day after its due day, until done', () => {
    expect(visitAt(createStored(), '2023-11-15T23:00').followUpOverdue).toBe(false);
    expect(visitAt(createStored(), '2023-11-16T00:00').followUpOverdue).toBe(true);
    const done = createStored({ followUpDoneOn: '2023-11-20' });
    expect(visitAt(done, '2023-11-19T12:00')).toMatchObject({ followUpOverdue: true, followUpDoneOn: null });
    expect(visitAt(done, '2023-11-20T00:00')).toMatchObject({ followUpOverdue: false, followUpDoneOn: '2023-11-20' });
  });
});

describe('summarizeVisits', () => {
  it('counts a request open more than 30 days (not exactly 30) as long open — a console convention', () => {
    const at30 = summarizeVisits([visitAt(createStored(), '2023-12-01T12:00')], '2023-12-01T12:00');
    expect(at30.requests).toMatchObject({ open: 1, openLong: 0 });
    const at31 = summarizeVisits([visitAt(createStored(), '2023-12-02T12:00')], '2023-12-02T12:00');
    expect(at31.requests).toMatchObject({ open: 1, openLong: 1 });
    expect(at31.openLongBasis.zh).toMatch(/控制台约定/);
  });

  it('counts visits in as-of’s month and year per department and township, and the follow-ups overdue', () => {
    const visits = [
      createStored(),
      createStored({ id: 2, visitedAt: '2022-11-01T10:00', followUpDueOn: null }),
      createStored({ id: 3, departmentId: 'industry', departmentName: '区工信局', visitedAt: '2023-12-01T09:00' }),
    ].map((v) => visitAt(v, '2023-12-10T00:00'));
    const summary = summarizeVisits(visits, '2023-12-10T00:00');
    expect(summary.visits).toEqual({ month: 1, year: 2 });
    expect(summary.byDepartment).toEqual([
      { departmentId: 'eco-env', departmentName: '市生态环境局忻府分局', month: 0, year: 1 },
      { departmentId: 'industry', departmentName: '区工信局', month: 1, year: 1 },
    ]);
    expect(summary.followUpsOverdue).toBe(2);
  });
});
