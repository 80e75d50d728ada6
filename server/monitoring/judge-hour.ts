import type { StackPollutantKey } from '../schema/devices.ts';
import type { JudgedValue, OutletHour } from '../schema/outlets.ts';
import { correctToReferenceO2 } from './o2-correction.ts';
import { isValidValue, judgedLimit, type OutletJudging, type StackReading } from './stack-reading.ts';

/**
 * One pollutant of an hour, judged: the value corrected to the outlet's reference O2 when it is valid (flag
 * N) and O2 allows it, against the ULE limit when the outlet has one, else the standard's. `over` only for a
 * valid, corrected value strictly above the limit.
 *
 * @example
 * judgeValue({ ...hour, pm: 12, o2: 11, flags: { pm: 'N' } }, 'pm', { limits: { pm: 20 }, uleLimits: null,
 *   referenceO2: 10 }); // { measured: 12, corrected: 13.2, flag: 'N', limit: 20, over: false }
 */
export function judgeValue(reading: StackReading, key: StackPollutantKey, outlet: OutletJudging): JudgedValue {
  const measured = reading[key];
  const limit = judgedLimit(outlet, key);
  const corrected =
    measured !== null && isValidValue(reading, key)
      ? correctToReferenceO2(measured, reading.o2, outlet.referenceO2)
      : null;
  return {
    measured,
    corrected: corrected === null ? null : Math.round(corrected * 1000) / 1000,
    flag: reading.flags[key] ?? null,
    limit,
    over: corrected !== null && limit !== null && corrected > limit,
  };
}

/**
 * An hour of stack data judged against the outlet's limits (server/schema/outlets.ts `OutletHour`).
 *
 * @example
 * judgeHour(reading, outlet).pm.over; // true when the valid particulate hour is above the limit
 */
export function judgeHour(reading: StackReading, outlet: OutletJudging): OutletHour {
  return {
    ts: reading.ts,
    pm: judgeValue(reading, 'pm', outlet),
    so2: judgeValue(reading, 'so2', outlet),
    nox: judgeValue(reading, 'nox', outlet),
    o2: reading.o2,
    flow: reading.flow,
    temp: reading.temp,
    moisture: reading.moisture,
  };
}
