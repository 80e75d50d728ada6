import { describe, expect, it } from 'vitest';
import { ageInDays, routeAlert, type AlertRouting } from '../../server/departments/alert-routing.ts';
import { mergePlanItem } from '../../server/departments/merge-plan-item.ts';
import { planItemOverdue, statusForProgress, tallyPlanItems } from '../../server/departments/plan-item-overdue.ts';
import { tallyFunds } from '../../server/departments/tally-funds.ts';

describe('plan-item lateness and progress', () => {
  it('is overdue only when due before the as-of day and not done or cancelled', () => {
    expect(planItemOverdue({ status: 'in-progress', dueOn: '2023-12-31' }, '2023-12-31')).toBe(false);
    expect(planItemOverdue({ status: 'in-progress', dueOn: '2023-12-30' }, '2023-12-31')).toBe(true);
    expect(planItemOverdue({ status: 'not-started', dueOn: '2023-01-01' }, '2023-12-31')).toBe(true);
    expect(planItemOverdue({ status: 'done', dueOn: '2023-01-01' }, '2023-12-31')).toBe(false);
    expect(planItemOverdue({ status: 'cancelled', dueOn: '2023-01-01' }, '2023-12-31')).toBe(false);
  });

  it('tallies total, done, overdue and the mean progress of items not cancelled', () => {
    const tally = tallyPlanItems(
      [
        { status: 'done', dueOn: '2023-06-30', progress: 100 },
        { status: 'in-progress', dueOn: '2023-06-30', progress: 50 },
        { status: 'cancelled', dueOn: '2023-06-30', progress: 0 },
      ],
      '2023-12-31',
    );
    expect(tally).toEqual({ total: 3, done: 1, overdue: 1, meanProgress: 75 });
    expect(tallyPlanItems([], '2023-12-31').meanProgress).toBeNull();
  });

  it('derives the status from progress and keeps status, progress and done date consistent', () => {
    expect(statusForProgress(100, 'in-progress')).toBe('done');
    expect(statusForProgress(0, 'in-progress')).toBe('not-started');
    expect(statusForProgress(40, 'cancelled')).toBe('cancelled');
    const item = {
      title: 't',
      task: 1,
      dueOn: '2023-06-30',
      progress: 20,
      status: 'in-progress' as const,
      doneOn: null,
      note: null,
    };
    expect(mergePlanItem(item, { progress: 100 }, '2023-12-31')).toMatchObject({
      ok: true,
      value: { status: 'done', progress: 100, doneOn: '2023-12-31' },
    });
    expect(mergePlanItem(item, { status: 'done' }, '2023-12-31')).toMatchObject({ value: { progress: 100 } });
    expect(mergePlanItem(item, { status: 'done', progress: 90 }, '2023-12-31').ok).toBe(false);
    expect(mergePlanItem(item, { doneOn: '2023-12-01' }, '2023-12-31').ok).toBe(false);
    expect(
      mergePlanItem({ ...item, status: 'done', progress: 100, doneOn: '2023-06-01' }, { progress: 80 }, 'x'),
    ).toMatchObject({ value: { status: 'in-progress', doneOn: null } });
  });
});

describe('alert routing', () => {
  const eco = { id: 'eco-env', name: '市生态环境局忻府分局', nameEn: 'eco' };
  const housing = { id: 'housing', name: '区住建局', nameEn: 'housing' };
  const routing: AlertRouting = {
    byId: new Map([
      ['eco-env', eco],
      ['housing', housing],
    ]),
    defaultByTask: new Map([[11, housing]]),
  };

  it('routes to the alert own department, else the task default, else nowhere', () => {
    expect(routeAlert(11, null, routing)).toEqual({ department: housing, routed: 'default' });
    expect(routeAlert(11, 'eco-env', routing)).toEqual({ department: eco, routed: 'explicit' });
    expect(routeAlert(16, null, routing)).toEqual({ department: null, routed: null });
    expect(routeAlert(11, 'gone', routing)).toEqual({ department: housing, routed: 'default' });
  });

  it('counts whole days of age, never negative', () => {
    expect(ageInDays('2023-12-01T08:00', '2023-12-31T23:00')).toBe(30);
    expect(ageInDays('2023-12-31T08:00', '2023-12-01T23:00')).toBe(0);
  });
});

describe('fund totals', () => {
  it('sums by purpose and status with every key present', () => {
    const t = tallyFunds([
      { purpose: 'loose-coal', status: 'disbursing', amountWan: 100.1, disbursedWan: 50.05 },
      { purpose: 'loose-coal', status: 'completed', amountWan: 20, disbursedWan: 20 },
      { purpose: 'monitoring', status: 'planned', amountWan: 5, disbursedWan: 0 },
    ]);
    expect(t.total).toEqual({ count: 3, amountWan: 125.1, disbursedWan: 70.05 });
    expect(t.byPurpose['loose-coal']).toEqual({ count: 2, amountWan: 120.1, disbursedWan: 70.05 });
    expect(t.byPurpose.capacity.count).toBe(0);
    expect(t.byStatus.cancelled.count).toBe(0);
  });
});
