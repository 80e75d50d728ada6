/**
 * Time rules of the plan, evaluated at an as-of moment `YYYY-MM-DDTHH:mm` in China Standard
 * Time (the console's clock).
 */

/** Task 14: May–September, daily 10:00–16:00 (the plan: “5-9月每日10-16时”). */
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

/**
 * Whether `asOf` lies in the 2023–2024 autumn–winter campaign (task 15) or any such season:
 * 1 October to 31 March (the usual 秋冬季 convention; the plan names the campaign, not its dates).
 */
export function autumnWinterCampaign(asOf: string): boolean {
  const month = Number(asOf.slice(5, 7));
  return month >= 10 || month <= 3;
}

/** Whether `deadline` (YYYY-MM-DD, end of that day) has passed at `asOf`. */
export function deadlinePassed(deadline: string, asOf: string): boolean {
  return asOf.slice(0, 10) > deadline;
}
