/**
 * Time rules of the plan, evaluated at an as-of moment `YYYY-MM-DDTHH:mm` in China Standard
 * Time (the console's clock), and what the seasonal controls rest on.
 *
 * @module
 */
import { planBasis, type Basis } from '../schema/basis.ts';
import type { Localized } from '../schema/localized.ts';

/**
 * Task 14: May–September, daily 10:00–16:00 (the plan: “5-9月每日10-16时”). Read as recurring each year from
 * 1 May (the plan was issued on 5 May 2023 and names no year: the window applies in every year the console looks at).
 */
export const OZONE_CONTROL = { months: [5, 6, 7, 8, 9], fromHour: 10, toHour: 16 } as const;

/**
 * Whether summer ozone control (task 14) is in force at `asOf`: staggered VOC work, no outdoor
 * painting, road marking or asphalt paving. The window is [10:00, 16:00).
 *
 * @example
 * ozoneControlInForce('2023-07-15T11:00'); // true
 */
export function ozoneControlInForce(asOf: string): boolean {
  const month = Number(asOf.slice(5, 7));
  const hour = Number(asOf.slice(11, 13));
  return (
    (OZONE_CONTROL.months as readonly number[]).includes(month) &&
    hour >= OZONE_CONTROL.fromHour &&
    hour < OZONE_CONTROL.toHour
  );
}

/** What the ozone window rests on: the plan's 「5-9月每日10-16时」 controls (T14.1, T14.2). */
export const OZONE_CONTROL_BASIS: readonly Basis[] = [planBasis('T14.1'), planBasis('T14.2')];

/**
 * What the autumn–winter campaign rests on: the plan's 「2023-2024年秋冬季…攻坚行动」 (T15.1) and, when the period's
 * dates are a convention, that convention.
 *
 * @example
 * autumnWinterBasis({ zh: '…10月1日—次年3月31日', en: '…' }).map((b) => b.kind); // ['plan', 'convention']
 */
export function autumnWinterBasis(convention: Localized | null): Basis[] {
  return convention ? [planBasis('T15.1'), { kind: 'convention', note: convention }] : [planBasis('T15.1')];
}

/** A period of days, `YYYY-MM-DD`, both included (task 15's period in plan.json). */
export interface DayPeriod {
  from: string;
  to: string;
}

/**
 * Whether `asOf` lies in the 2023–2024 autumn–winter campaign (task 15): within `period`, the plan's task 15 period
 * (2023-10-01 to 2024-03-31, both days included; the dates are a convention, the plan names the season only). Only
 * that season: the plan speaks of no other.
 *
 * @example
 * autumnWinterCampaign('2023-11-15T11:00', { from: '2023-10-01', to: '2024-03-31' }); // true
 * autumnWinterCampaign('2023-01-15T11:00', { from: '2023-10-01', to: '2024-03-31' }); // false (2022–23)
 */
export function autumnWinterCampaign(asOf: string, period: DayPeriod): boolean {
  const day = asOf.slice(0, 10);
  return day >= period.from && day <= period.to;
}

/** Whether `deadline` (YYYY-MM-DD, end of that day) has passed at `asOf`. */
export function deadlinePassed(deadline: string, asOf: string): boolean {
  return asOf.slice(0, 10) > deadline;
}
