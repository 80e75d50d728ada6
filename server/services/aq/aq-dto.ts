/**
 * Engine results → the API's response shapes (server/schema/aq.ts). Copies only; no computation.
 *
 * @module
 */
import type { AqiResult } from '../../aq/aqi.ts';
import type { DailyFigure } from '../../aq/daily-figure.ts';
import type { AqDay, AqiReportDto, AqStation, AqSubjectNote, DailyFigureDto } from '../../schema/aq.ts';
import type { ComputedDay, StationDays, StatisticsDay } from './read-subject-days.ts';

/** A figure that was not computed at all (no series). */
const ABSENT: DailyFigureDto = {
  valid: false,
  value: null,
  provisionalValue: null,
  count: 0,
  required: 0,
  basis: null,
};

/**
 * A daily figure, flattened: `value` when valid, `provisionalValue` when not.
 *
 * @example
 * toFigureDto({ valid: true, value: 30, basis: 'enough-data', count: 24, required: 20 }).provisionalValue; // null
 */
export function toFigureDto(figure: DailyFigure | undefined): DailyFigureDto {
  if (figure === undefined) return ABSENT;
  return figure.valid
    ? {
        valid: true,
        value: figure.value,
        provisionalValue: null,
        count: figure.count,
        required: figure.required,
        basis: figure.basis,
      }
    : {
        valid: false,
        value: null,
        provisionalValue: figure.provisionalValue,
        count: figure.count,
        required: figure.required,
        basis: null,
      };
}

/** An AQI result of server/aq/aqi.ts as the API serves it. */
export function toAqiReportDto(report: AqiResult): AqiReportDto {
  return {
    aqi: report.aqi,
    level: report.level,
    category: report.category,
    categoryEn: report.categoryEn,
    color: report.color,
    primary: [...report.primary],
    exceeding: [...report.exceeding],
    iaqi: { ...report.iaqi },
    notes: [...report.notes],
  };
}

/** One computed day: values with validity (O3 = daily max 8-h, O3_1h = daily max 1-h) and its AQI. */
export function toDayDto(day: ComputedDay): AqDay {
  const { means, o3Max8h, o3Max1h } = day.statistics;
  return {
    date: day.date,
    values: {
      SO2: toFigureDto(means.SO2),
      NO2: toFigureDto(means.NO2),
      PM10: toFigureDto(means.PM10),
      'PM2.5': toFigureDto(means['PM2.5']),
      CO: toFigureDto(means.CO),
      O3: toFigureDto(o3Max8h),
      O3_1h: toFigureDto(o3Max1h),
    },
    ...toAqiReportDto(day.report),
  };
}

/** True when any daily figure of the day is valid. */
export function hasValidValue(day: StatisticsDay): boolean {
  const { means, o3Max8h, o3Max1h } = day.statistics;
  return Object.values(means).some((figure) => figure?.valid) || o3Max8h?.valid === true || o3Max1h?.valid === true;
}

/** A station with how many of its days carry a valid daily value. */
export function toStationDto({ station, days }: StationDays): AqStation {
  return {
    code: station.code,
    name: station.name,
    kind: station.kind,
    status: station.status,
    stoppedOn: station.stoppedOn,
    countsForDistrict: station.kind === 'national',
    daysWithData: days.filter(hasValidValue).length,
  };
}

/**
 * Notes about the subject's data worth showing, as codes with parameters: stations without any reading in the
 * period (a stopped station says when it stopped), and how a district or micro-station figure is made.
 *
 * @example
 * subjectNotes('district', [], { from: '2023-01-01', to: '2023-12-31' }); // [{ code: 'district-mean' }]
 */
export function subjectNotes(
  scope: 'station' | 'district',
  stations: readonly StationDays[],
  period: { from: string; to: string },
): AqSubjectNote[] {
  const notes: AqSubjectNote[] = [];
  if (scope === 'district') notes.push({ code: 'district-mean' });
  for (const { station, days } of stations) {
    if (days.some((day) => day.hoursWithData > 0)) continue;
    notes.push({
      code: 'station-no-readings',
      station: station.code,
      name: station.name,
      stopped: station.status === 'stopped',
      stoppedOn: station.stoppedOn,
      from: period.from,
      to: period.to,
    });
  }
  if (scope === 'station' && stations[0]?.station.kind === 'micro') notes.push({ code: 'micro-station' });
  return notes;
}
