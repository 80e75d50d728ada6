import type { CemsHour, OutletEvidence } from '../../server/emergency/contract.ts';
import { addMinutes } from '../../server/time/cst.ts';

/** `count` hour-end labels, the first ending one hour after `from`. */
export const hourEnds = (from: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => addMinutes(from, 60 * (i + 1)));

/** Hours of steady values (mg/m³, m³/h) for the hours ending after `from`. */
export function steady(
  from: string,
  count: number,
  values: { flow: number | null; pm?: number | null; so2?: number | null; nox?: number | null },
): CemsHour[] {
  return hourEnds(from, count).map((ts) => ({
    ts,
    pm: values.pm ?? null,
    so2: values.so2 ?? null,
    nox: values.nox ?? null,
    flow: values.flow,
  }));
}

/** The normal week before 10 Dec 2023: 50,000 m³/h, PM 10, SO2 40, NOx 100 mg/m³ (rate 7.5 kg/h). */
export const normalWeek = (): CemsHour[] =>
  steady('2023-12-03T00:00', 7 * 24, { flow: 50_000, pm: 10, so2: 40, nox: 100 });

export const outlet = (code: string, during: CemsHour[], baseline = normalWeek()): OutletEvidence => ({
  outletId: `O-${code}`,
  code,
  name: `${code}排口`,
  during,
  baseline,
});
