/**
 * GET /api/aq/evaluation: the HJ 663-2013 annual (or year-to-date) evaluation of a station or
 * the district against GB 3095-2012 Class II and the plan's targets.
 *
 * @module
 */
import { ANNUAL_STATISTIC, annualStatistic, type DailyValue } from '../../aq/annual.ts';
import { AQI_LEVELS } from '../../aq/aqi-level.ts';
import { aqiDayCounts } from '../../aq/aqi-day-counts.ts';
import { comprehensiveIndex } from '../../aq/evaluation.ts';
import { concentrationLimit } from '../../aq/limits.ts';
import { isUnsupported, type StandardsEdition, type Unsupported } from '../../aq/standards-edition.ts';
import {
  AQ_UNITS,
  type AqEvaluationQuery,
  type AqEvaluationResponse,
  type PollutantEvaluation,
} from '../../schema/aq.ts';
import type { Pollutant } from '../../schema/plan.ts';
import { dayCount } from '../../time/cst.ts';
import type { Db } from '../../db/open-database.ts';
import { subjectNotes, toStationDto } from './aq-dto.ts';
import { readPlanPollutantTargets, type PlanPollutantTarget } from '../../db/aq/stations.ts';
import { readCityIndicators } from '../../db/city-indicators-repository.ts';
import type { CityIndicators } from '../../schema/city-indicators.ts';
import { readSubjectDays, unsupportedFailure, type AqOutcome, type ComputedDay } from './read-subject-days.ts';
import { coverageSoFar, describeProblem, progressOf } from './year-progress.ts';

const POLLUTANTS: readonly Pollutant[] = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3'];
const LIMIT_AVERAGING = { 'annual-mean': 'annual', 'p95-24h-mean': '24h', 'p90-daily-max-8h': '8h' } as const;

/** The days a year's evaluation covers: 1 January to 31 December, or to `asOf`. */
function periodOf(year: number, asOf: string | null): AqEvaluationResponse['period'] {
  const end = `${year}-12-31`;
  const to = asOf !== null && asOf < end ? asOf : end;
  return { from: `${year}-01-01`, to, days: dayCount(`${year}-01-01`, to), complete: to === end };
}

/** A pollutant's daily values (24-h means; O3: daily max 8-h means), null on invalid days. */
function dailyValues(days: readonly ComputedDay[], pollutant: Pollutant): DailyValue[] {
  return days.map(({ date, statistics }) => {
    const figure = pollutant === 'O3' ? statistics.o3Max8h : statistics.means[pollutant];
    return { date, value: figure?.valid ? figure.value : null };
  });
}

/**
 * One pollutant's evaluation over the period: the engine's annual statistic and coverage (the
 * year-to-date coverage when the period ends before 31 December), judged against the limit and
 * the plan target, and beside it the city-assigned indicator of the year (`cityTarget`, null without one).
 */
function evaluatePollutant(
  pollutant: Pollutant,
  days: readonly ComputedDay[],
  period: AqEvaluationResponse['period'],
  planTarget: PlanPollutantTarget | undefined,
  cityTarget: number | null,
  edition: StandardsEdition,
): PollutantEvaluation | Unsupported {
  const year = Number(period.from.slice(0, 4));
  const result = annualStatistic(pollutant, year, dailyValues(days, pollutant), { edition });
  if (isUnsupported(result)) return result;
  const coverage = period.complete ? result.coverage : coverageSoFar(result.coverage, period.to);
  const figure = result.valid ? result.value : result.provisionalValue;
  const value = coverage.valid ? figure : null;
  const limit = concentrationLimit({ item: pollutant, averaging: LIMIT_AVERAGING[result.statistic] });
  const target = planTarget?.value ?? result.limit;
  return {
    pollutant,
    statistic: ANNUAL_STATISTIC[pollutant],
    unit: AQ_UNITS[pollutant],
    value,
    provisionalValue: coverage.valid ? null : figure,
    limit: { value: result.limit, source: limit?.source ?? 'GB 3095-2012 二级' },
    planTarget: planTarget === undefined ? null : { ...planTarget },
    target,
    meetsLimit: value === null ? null : value <= result.limit,
    meetsPlanTarget: value === null || planTarget === undefined ? null : value <= planTarget.value,
    pass: value === null ? null : value <= target,
    progress: progressOf(figure, target),
    cityTarget,
    meetsCityTarget: value === null || cityTarget === null ? null : value <= cityTarget,
    cityProgress: cityTarget === null ? null : progressOf(figure, cityTarget),
    validity: {
      valid: coverage.valid,
      validDays: coverage.validDays,
      validDaysPerMonth: [...coverage.validDaysPerMonth],
      problems: [...coverage.problems],
      reasons: coverage.problems.map((problem) => describeProblem(problem, year)),
    },
  };
}

/** Percentage points above the city's good-day floor within which the ratio is 临界 (our convention). */
const GOOD_DAY_AT_RISK_POINTS = 2;

/** The good-day ratio (0–1, null without a day) against the city's floor (%), or null when it sets none. */
function goodDayStanding(
  ratio: number | null,
  city: CityIndicators | undefined,
): AqEvaluationResponse['cityGoodDayRatio'] {
  const floor = city?.goodDayRatio ?? null;
  if (floor === null) return null;
  if (ratio === null) return { floor, meets: null, progress: 'no-data' };
  const percent = ratio * 100;
  const progress = percent < floor ? 'fail' : percent < floor + GOOD_DAY_AT_RISK_POINTS ? 'at-risk' : 'pass';
  return { floor, meets: percent >= floor, progress };
}

/** True / false when every flag is known or one is false; null when some is unknown. */
function allTrue(flags: readonly (boolean | null)[]): boolean | null {
  if (flags.includes(false)) return false;
  return flags.includes(null) ? null : true;
}

/** The comprehensive index from the valid figures, else from the provisional ones, else null. */
function indexOf(
  pollutants: readonly PollutantEvaluation[],
  edition: StandardsEdition,
): AqEvaluationResponse['comprehensiveIndex'] | Unsupported {
  const figureOf = (pollutant: Pollutant): number | null => {
    const entry = pollutants.find((candidate) => candidate.pollutant === pollutant);
    return entry?.value ?? entry?.provisionalValue ?? null;
  };
  const [SO2, NO2, PM10, PM25, CO, O3] = POLLUTANTS.map(figureOf);
  if (SO2 == null || NO2 == null || PM10 == null || PM25 == null || CO == null || O3 == null) return null;
  const index = comprehensiveIndex({ SO2, NO2, PM10, 'PM2.5': PM25, CO, O3 }, { edition });
  if (isUnsupported(index)) return index;
  const valid = pollutants.every((entry) => entry.value !== null);
  return {
    total: index.total,
    indices: { ...index.indices },
    divisors: { ...index.divisors },
    main: [...index.main],
    valid,
  };
}

/** Days per AQI level and the good-day ratio over the period. */
function aqiDaysOf(
  days: readonly ComputedDay[],
  edition: StandardsEdition,
): AqEvaluationResponse['aqiDays'] | Unsupported {
  const counts = aqiDayCounts(
    days.map((day) => day.report.aqi),
    { edition },
  );
  if (isUnsupported(counts)) return counts;
  const levels = AQI_LEVELS.map((band) => ({
    level: band.level,
    category: band.category,
    color: band.color,
    days: counts.byLevel[band.level],
  }));
  const { validDays, missingDays, goodDays, goodDayRatio } = counts;
  return { levels, validDays, missingDays, goodDays, goodDayRatio };
}

/**
 * The evaluation of `query.subject` for `query.year` (to `query.asOf` when given): per pollutant
 * the statistic, limit, plan target, pass/fail and validity; days per AQI level; the comprehensive
 * index. A station without data (e.g. stopped) gives an answer whose figures are all invalid.
 *
 * @returns the evaluation, or a failure (unknown station; unsupported edition)
 * @example
 * readEvaluation(db, { subject: { scope: 'district' }, year: 2023, asOf: null, edition: '2012' });
 */
export function readEvaluation(db: Db, query: AqEvaluationQuery): AqOutcome<AqEvaluationResponse> {
  const period = periodOf(query.year, query.asOf);
  const outcome = readSubjectDays(db, query.subject, period, query.edition);
  if (!outcome.ok) return outcome;
  const { scope, station, stations, days } = outcome.value;
  const targets = readPlanPollutantTargets(db);
  const city = readCityIndicators(db, query.year);
  const pollutants: PollutantEvaluation[] = [];
  for (const pollutant of POLLUTANTS) {
    const cityTarget = city?.concentrations[pollutant] ?? null;
    const entry = evaluatePollutant(pollutant, days, period, targets[pollutant], cityTarget, query.edition);
    if (isUnsupported(entry)) return unsupportedFailure(entry);
    pollutants.push(entry);
  }
  const aqiDays = aqiDaysOf(days, query.edition);
  const index = indexOf(pollutants, query.edition);
  if (isUnsupported(aqiDays)) return unsupportedFailure(aqiDays);
  if (isUnsupported(index)) return unsupportedFailure(index);
  const stationDtos = stations.map(toStationDto);
  const notes = subjectNotes(scope, stations, period);
  // a year to date: a month or the year is flagged short only once it can no longer reach 27 (February 25) or 324
  // valid days
  if (!period.complete) notes.push({ code: 'year-to-date', days: period.days });
  const cityGoodDayRatio = goodDayStanding(aqiDays.goodDayRatio, city);
  const cityFlags = [
    ...pollutants.filter((entry) => entry.cityTarget !== null).map((entry) => entry.meetsCityTarget),
    ...(cityGoodDayRatio ? [cityGoodDayRatio.meets] : []),
  ];
  return {
    ok: true,
    value: {
      scope,
      station: station === null ? null : (stationDtos[0] ?? null),
      stations: stationDtos,
      year: query.year,
      edition: query.edition,
      asOf: query.asOf,
      period,
      hasData: days.some((day) => day.hoursWithData > 0),
      notes,
      pollutants,
      aqiDays,
      comprehensiveIndex: index,
      meetsStandard: allTrue(pollutants.map((entry) => entry.meetsLimit)),
      meetsPlan: allTrue(pollutants.map((entry) => entry.pass)),
      cityIndicators: city ?? null,
      cityGoodDayRatio,
      meetsCity: cityFlags.length === 0 ? null : allTrue(cityFlags),
    },
  };
}
