/**
 * The figures of the warning report (重污染天气应急响应总结报告): one episode, from its publication to its end, read
 * into a plain object that {@link renderWarningReport} turns into a printable page. Read-only.
 *
 * Definitions:
 * - **End of the episode**: the lift, else the planned end, else the report's moment (the dataset's present).
 *   The report's moment `at` = min(present, end); the compliance check and the level stretches are read at it.
 * - **Enterprises bound**: the entries of the list version the warning was issued under (its `list_version_id`),
 *   by grade and by the township the enterprises layer places them in (不在企业图层: the list names one no longer
 *   held).
 * - **Measures**: the measures of every level the warning lived under, counted by kind.
 * - **Verification coverage, violations, reductions**: the compliance check (`readWarningCompliance`, the same as
 *   GET /api/emergency/warnings/:id/compliance): expected and estimated achieved reductions are the check's
 *   (time-weighted over the levels, t/day). The required reduction is the emergency plan's share × the district's
 *   base emissions of the requirement in force on the start's day, the shares weighted by the hours at each level.
 * - **Air quality**: the district's daily AQI (HJ 633-2012, national stations, as GET /api/aq/daily) from the day
 *   before the start to the day after the end; each day carries the highest warning level in force during it.
 *
 * @module
 */
import { readListVersion, requirementInForce } from '../db/emergency-list-repository.ts';
import { readWarning } from '../db/emergency-warnings-repository.ts';
import { resolveAsOf } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import {
  enterpriseTownships,
  townshipNames,
  warningMechanismCounts,
  warningRecordProvenance,
  type WarningMechanismCounts,
} from '../db/warning-report-repository.ts';
import { levelSegments, warningStatusAt } from '../emergency/warning-level-at.ts';
import type { LevelSegment } from '../emergency/contract.ts';
import { readDailyReport } from '../services/aq/read-daily-report.ts';
import { readWarningCompliance } from '../services/warning-compliance.ts';
import type { Provenance } from '../schema/common.ts';
import type { ComplianceResponse, Evidence } from '../schema/emergency-compliance.ts';
import type { Reductions } from '../schema/emergency-list.ts';
import {
  listGrades,
  measureKinds,
  reductionPollutants,
  warningLevels,
  type ComplianceVerdict,
  type EvidenceSource,
  type ListGrade,
  type MeasureKind,
  type ReductionPollutant,
  type WarningBasis,
  type WarningChange,
  type WarningLevel,
} from '../schema/enums/emergency.ts';
import type { warningStatuses } from '../schema/emergency-warnings.ts';
import { addDays, cstMinute, datesBetween } from '../time/cst.ts';
import type { Bilingual } from './monthly-report-data.ts';

/** One day of the episode's air quality. */
export interface WarningReportDay {
  date: string;
  aqi: number | null;
  category: Bilingual | null;
  /** PM2.5 24-h mean, µg/m³ (valid), or null. */
  pm25: number | null;
  /** The highest warning level in force during the day, or null (before or after the episode). */
  level: WarningLevel | null;
}

/** A measure an enterprise did not comply with, and the evidence that says so. */
export interface ReportViolation {
  enterpriseId: string;
  enterpriseName: string;
  township: Bilingual | null;
  grade: string;
  supervisor: string | null;
  measures: {
    level: WarningLevel;
    line: string;
    kind: MeasureKind;
    text: string;
    evidence: { source: EvidenceSource; at: string; detail: Bilingual }[];
  }[];
}

/** Everything the warning report shows. */
export interface WarningReportData {
  warningId: number;
  /** The report's moment (CST): min(present, end). */
  at: string;
  /** When the report was generated (ISO, UTC). */
  generatedAt: string;
  warning: {
    status: (typeof warningStatuses)[number];
    issuedAt: string;
    start: string;
    plannedEnd: string | null;
    liftedAt: string | null;
    /** The episode's end as the report counts it (see the module comment). */
    end: string;
    /** 提前预警: hours from publication to start. */
    advanceHours: number;
    /** Hours from start to end. */
    hours: number;
    basis: WarningBasis;
    document: string | null;
    note: string | null;
    /** The highest level it reached. */
    peak: WarningLevel;
    segments: LevelSegment[];
    events: { kind: WarningChange; effectiveAt: string; level: WarningLevel | null }[];
  };
  list: { id: number; version: string; effectiveFrom: string; signedOffBy: string } | null;
  bound: {
    count: number;
    byGrade: { grade: ListGrade; count: number }[];
    /** By township code; `code` null: enterprises the enterprises layer no longer holds. */
    byTownship: { code: string | null; name: Bilingual; count: number }[];
    builtUpHeavy: number;
  };
  /** Per level the warning lived under: enterprises with measures and the measures by kind. */
  measures: {
    level: WarningLevel;
    hours: number;
    enterprises: number;
    byKind: { kind: MeasureKind; count: number }[];
  }[];
  coverage: ComplianceResponse['summary'] | null;
  violations: ReportViolation[];
  reductions: {
    pollutant: ReductionPollutant;
    name: Bilingual;
    expected: number;
    achieved: number;
    /** Share × base of the requirement in force (time-weighted share), t/day; null without a requirement. */
    required: number | null;
  }[];
  /** The time-weighted required share (0–1) and the plan it comes from; null without a requirement. */
  requirement: { share: number; document: string; source: string } | null;
  mechanism: WarningMechanismCounts;
  airQuality: { from: string; to: string; days: WarningReportDay[] };
  /** Synthetic or approximate records behind the report (the warning, its visits, its list version). */
  provenance: { subject: string; provenance: Provenance; count: number }[];
}

/** Most days of AQI the report lists (an episode is days long; this only bounds a malformed one). */
const MAX_AQ_DAYS = 62;

const hoursBetween = (from: string, to: string) => Math.max(0, (cstMinute(to) - cstMinute(from)) / 60);

const zeroReductions = (): Reductions => ({ pm: 0, so2: 0, nox: 0, vocs: 0 });

/** The end of `segment`, an open one closed at `end`. */
const segmentEnd = (segment: LevelSegment, end: string) => segment.to ?? end;

/** The highest level in force during `date` (CST), or null. */
function dayLevel(segments: readonly LevelSegment[], end: string, date: string): WarningLevel | null {
  const dayStart = `${date}T00:00`;
  const dayEnd = `${addDays(date, 1)}T00:00`;
  let best: WarningLevel | null = null;
  for (const s of segments) {
    if (s.from < dayEnd && segmentEnd(s, end) > dayStart) {
      if (best === null || warningLevels.indexOf(s.level) > warningLevels.indexOf(best)) best = s.level;
    }
  }
  return best;
}

const pollutantNames: Record<ReductionPollutant, Bilingual> = {
  pm: { zh: '颗粒物', en: 'PM' },
  so2: { zh: '二氧化硫', en: 'SO2' },
  nox: { zh: '氮氧化物', en: 'NOx' },
  vocs: { zh: '挥发性有机物', en: 'VOCs' },
};

function violationsOf(
  compliance: ComplianceResponse | null,
  townshipOf: (code: string | null) => Bilingual | null,
): ReportViolation[] {
  if (!compliance) return [];
  return compliance.enterprises
    .filter((e) => e.verdict === 'non-compliant')
    .map((e) => ({
      enterpriseId: e.enterpriseId,
      enterpriseName: e.enterpriseName,
      township: townshipOf(e.township),
      grade: e.grade,
      supervisor: e.supervisor,
      measures: e.measures
        .filter((m) => m.verdict === 'non-compliant')
        .map((m) => ({
          level: m.level,
          line: m.line,
          kind: m.kind,
          text: m.text,
          evidence: m.evidence
            .filter((ev: Evidence) => ev.verdict === ('non-compliant' satisfies ComplianceVerdict))
            .map((ev) => ({ source: ev.source, at: ev.at, detail: ev.detail })),
        })),
    }));
}

/**
 * The warning report's data for warning `warningId`, or null when there is no such warning.
 *
 * @param now - the generation time shown in the footer
 * @example
 * readWarningReportData(db, 1, new Date())?.warning.peak; // 'orange'
 */
export function readWarningReportData(db: Db, warningId: number, now: Date): WarningReportData | null {
  const warning = readWarning(db, warningId);
  if (!warning) return null;
  const present = resolveAsOf(db, {});
  const end = warning.liftedAt ?? warning.plannedEndAt ?? (present > warning.startAt ? present : warning.startAt);
  const at = present < end ? (present > warning.startAt ? present : warning.startAt) : end;
  const segments = levelSegments(warning, end);
  const reached = segments.filter((s) => s.from < at);
  const peak = reached.reduce<WarningLevel>(
    (best, s) => (warningLevels.indexOf(s.level) > warningLevels.indexOf(best) ? s.level : best),
    reached[0]?.level ?? segments[0]?.level ?? 'yellow',
  );
  const hoursAt = new Map<WarningLevel, number>();
  for (const s of segments) {
    hoursAt.set(s.level, (hoursAt.get(s.level) ?? 0) + hoursBetween(s.from, segmentEnd(s, end)));
  }
  const totalHours = [...hoursAt.values()].reduce((a, b) => a + b, 0);

  const version = warning.listVersion === null ? null : readListVersion(db, warning.listVersion.id);
  const entries = version?.entries ?? [];
  const names = townshipNames(db);
  const townships = enterpriseTownships(
    db,
    entries.map((e) => e.enterpriseId),
  );
  const townshipOf = (code: string | null): Bilingual | null => {
    const t = code === null ? undefined : names.get(code);
    return t ? { zh: t.name, en: t.nameEn } : null;
  };
  const perTownship = new Map<string | null, number>();
  for (const e of entries) {
    const code = townships.get(e.enterpriseId) ?? null;
    perTownship.set(code, (perTownship.get(code) ?? 0) + 1);
  }
  const byTownship = [...perTownship]
    .map(([code, count]) => ({
      code,
      name: townshipOf(code) ?? { zh: '不在企业图层', en: 'not in the enterprises layer' },
      count,
    }))
    .sort((a, b) => b.count - a.count || (a.code ?? '~').localeCompare(b.code ?? '~'));
  const byGrade = listGrades
    .map((grade) => ({ grade, count: entries.filter((e) => e.grade === grade).length }))
    .filter((g) => g.count > 0);

  const levelsLived = warningLevels.filter((level) => hoursAt.has(level));
  const measures = levelsLived.map((level) => {
    const perKind = new Map<MeasureKind, number>();
    for (const e of entries) for (const m of e.measures[level]) perKind.set(m.kind, (perKind.get(m.kind) ?? 0) + 1);
    return {
      level,
      hours: hoursAt.get(level) ?? 0,
      enterprises: entries.filter((e) => e.measures[level].length > 0).length,
      byKind: measureKinds.filter((kind) => perKind.has(kind)).map((kind) => ({ kind, count: perKind.get(kind) ?? 0 })),
    };
  });

  const compliance = readWarningCompliance(db, warningId, at);
  const expected = zeroReductions();
  const achieved = zeroReductions();
  for (const e of compliance?.enterprises ?? []) {
    for (const p of reductionPollutants) {
      expected[p] += e.expected[p];
      achieved[p] += e.achieved[p];
    }
  }
  const requirement = requirementInForce(db, warning.startAt.slice(0, 10));
  const share =
    requirement && totalHours > 0
      ? levelsLived.reduce((sum, level) => sum + requirement.shares[level] * (hoursAt.get(level) ?? 0), 0) / totalHours
      : null;

  const aqFrom = addDays(warning.startAt.slice(0, 10), -1);
  const lastDay = addDays(end.slice(0, 10), 1);
  const aqTo = datesBetween(aqFrom, lastDay).length > MAX_AQ_DAYS ? addDays(aqFrom, MAX_AQ_DAYS - 1) : lastDay;
  const daily = readDailyReport(db, { subject: { scope: 'district' }, from: aqFrom, to: aqTo, edition: '2012' });
  const days: WarningReportDay[] = daily.ok
    ? daily.value.days.map((d) => ({
        date: d.date,
        aqi: d.aqi,
        category: d.category === null ? null : { zh: d.category, en: d.categoryEn ?? d.category },
        pm25: d.values['PM2.5'].value,
        level: dayLevel(segments, end, d.date),
      }))
    : [];

  return {
    warningId,
    at,
    generatedAt: now.toISOString(),
    warning: {
      status: warningStatusAt(warning, present),
      issuedAt: warning.issuedAt,
      start: warning.startAt,
      plannedEnd: warning.plannedEndAt,
      liftedAt: warning.liftedAt,
      end,
      advanceHours: hoursBetween(warning.issuedAt, warning.startAt),
      hours: hoursBetween(warning.startAt, end),
      basis: warning.basis,
      document: warning.document,
      note: warning.note,
      peak,
      segments,
      events: warning.events.map((e) => ({ kind: e.kind, effectiveAt: e.effectiveAt, level: e.level })),
    },
    list: version
      ? {
          id: version.summary.id,
          version: version.summary.version,
          effectiveFrom: version.summary.effectiveFrom,
          signedOffBy: version.summary.signedOffBy,
        }
      : null,
    bound: {
      count: entries.length,
      byGrade,
      byTownship,
      builtUpHeavy: entries.filter((e) => e.builtUpArea && e.heavyPolluter).length,
    },
    measures,
    coverage: compliance?.summary ?? null,
    violations: violationsOf(compliance, townshipOf),
    reductions: reductionPollutants.map((p) => ({
      pollutant: p,
      name: pollutantNames[p],
      expected: expected[p],
      achieved: achieved[p],
      required: requirement && share !== null ? share * requirement.base[p] : null,
    })),
    requirement:
      requirement && share !== null ? { share, document: requirement.document, source: requirement.source } : null,
    mechanism: warningMechanismCounts(db, warningId),
    airQuality: { from: aqFrom, to: aqTo, days },
    provenance: warningRecordProvenance(db, warningId).map((r) => ({
      subject: r.subject,
      provenance: r.p,
      count: r.n,
    })),
  };
}
