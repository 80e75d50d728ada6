/**
 * Staggered production breached (错峰生产, task 15): a schedule binding today whose line's outlet shows in its CEMS
 * data that it ran when it should be stopped, or above its limited share. The rule `stagger-breach` reads these.
 *
 * @module
 */
import type { Localized } from '../schema/localized.ts';
import { addMinutes, hourEndingDate } from '../time/cst.ts';
import { CEMS_THRESHOLDS, limitCheck, stopCheck } from './cems-checks.ts';
import type { StaggerOutletEvidence, StaggerRecord } from './contract.ts';
import { staggerBoundAt } from './stagger-bound-at.ts';

/** A schedule breached: since when (the start of the first hour over the threshold) and the evidence. */
export interface StaggerBreach {
  scheduleId: number;
  enterpriseId: string;
  line: string;
  since: string;
  detail: Localized;
}

/**
 * The schedules binding on `day` that their outlet's hours breach, by the CEMS tests of the compliance check
 * (`CEMS_THRESHOLDS`): a `stop` schedule whose outlet shows flow above 10 % of its baseline in more than 2 valid
 * hours, a `limit` schedule whose median emission rate exceeds its limited share (+10 %). The outlet is matched by
 * enterprise and outlet code; its `during` hours (the reader passes the last 24 h) count only inside the schedule's
 * dates, its `baseline` is the 7 days before the schedule's start. A schedule without an outlet code, a matching
 * outlet or enough data has no breach.
 *
 * @example
 * staggerBreaches({ schedules, day: '2023-12-05', outlets });
 * // [{ scheduleId: 3, enterpriseId: 'E017', line: '2#窑', since: '2023-12-04T22:00', detail: { zh: '…', en: '…' } }]
 */
export function staggerBreaches(input: {
  schedules: readonly StaggerRecord[];
  day: string;
  outlets: readonly StaggerOutletEvidence[];
}): StaggerBreach[] {
  const breaches: StaggerBreach[] = [];
  for (const schedule of staggerBoundAt(input.schedules, input.day)) {
    if (schedule.outletCode === null) continue;
    const outlet = input.outlets.find(
      (o) => o.enterpriseId === schedule.enterpriseId && o.code === schedule.outletCode,
    );
    if (outlet === undefined) continue;
    const during = outlet.during.filter((h) => {
      const date = hourEndingDate(h.ts);
      return schedule.from <= date && date <= schedule.to;
    });
    const outcome =
      schedule.production === 'stop'
        ? stopCheck(outlet, during, CEMS_THRESHOLDS)
        : schedule.limitPct === null
          ? null
          : limitCheck(outlet, during, schedule.limitPct, CEMS_THRESHOLDS);
    if (outcome === null || outcome.verdict !== 'non-compliant' || outcome.firstOver === null) continue;
    breaches.push({
      scheduleId: schedule.id,
      enterpriseId: schedule.enterpriseId,
      line: schedule.line,
      since: addMinutes(outcome.firstOver, -60),
      detail: {
        zh: `错峰生产（${schedule.line}，${schedule.from}至${schedule.to}）：${outcome.detail.zh}`,
        en: `staggered production (${schedule.line}, ${schedule.from} to ${schedule.to}): ${outcome.detail.en}`,
      },
    });
  }
  return breaches;
}
