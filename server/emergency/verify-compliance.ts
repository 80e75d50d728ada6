/**
 * Compliance verified (issue 15, 「严格落实重污染天气应急预案减排要求」): during a warning, each listed enterprise's
 * measures of every level it lived under are checked against the evidence of that level's stretches: CEMS data,
 * resident supervisors' visits and gate-system truck records.
 *
 * The console's choices (none of them a standard's):
 * - A measure is one (level, line) of the list; a level in force in several stretches (orange → red → orange) is one
 *   measure with the evidence of each stretch. A stretch is [from, to) clipped to `at`; a CEMS hour (hour-end label)
 *   counts in it when from < ts <= end, a visit or truck record when from <= moment < end and moment <= `at`.
 * - CEMS (the measure's `outletCode` matched to an outlet's code): `stop` and `limit` measures by the tests of
 *   cems-checks.ts (`CEMS_THRESHOLDS`); other measures have no CEMS test.
 * - Visits: a visit naming the measure's line judges a stop (stopped: complied; limited or running: not) or a limit
 *   (limited or stopped: complied; running: not); a visit not naming it, or a measure of another kind, takes the
 *   visit's verdict (compliant / non-compliant; not-checked gives no evidence).
 * - Gate records: `truck-ban` is broken by any record of a banned stage (国五 and below, unknown); `stagger-transport`
 *   (错峰运输) is read the same way for trucks coming in (the console's reading: no heavy diesel trucks of 国五 and
 *   below deliver during the warning). No record, or no gate system: no evidence.
 * - A measure's verdict is the worst of its evidence (non-compliant beats compliant), unverified without any. An
 *   enterprise is non-compliant if any measure is, compliant if at least one is and none is not, else unverified.
 * - `expected`: the list's reductions of each level weighted by the hours at that level ÷ all hours (a time-weighted
 *   t/day; with no hour yet, the highest level's). `achieved`: a compliant or unverified enterprise achieves the
 *   expected (the report labels the unverified); a non-compliant one 0, unless the CEMS outlets of its measures give
 *   an estimate, (baseline median rate − median rate during) × 24 h, per pollutant, within [0, expected].
 *
 * @module
 */
import {
  bannedTruckStages,
  type ComplianceVerdict,
  type EvidenceSource,
  evidenceSources,
  reductionPollutants,
  type WarningLevel,
  warningLevels,
} from '../schema/enums/emergency.ts';
import type { EnterpriseCompliance, Evidence, MeasureCompliance } from '../schema/emergency-compliance.ts';
import type { ListMeasure, Reductions } from '../schema/emergency-list.ts';
import { cstMinute } from '../time/cst.ts';
import { CEMS_THRESHOLDS, limitCheck, rateReduction, stopCheck } from './cems-checks.ts';
import {
  type CemsHour,
  type ComplianceInput,
  type EnterpriseEvidenceInput,
  type GateEvidence,
  type OutletEvidence,
  type VisitEvidence,
  verdictRank,
} from './contract.ts';
import { roundTonnes } from './list-totals.ts';

export { CEMS_THRESHOLDS } from './cems-checks.ts';

/** A level's stretch as checked: [from, end), end clipped to the check's moment. */
interface Stretch {
  level: WarningLevel;
  from: string;
  end: string;
  /** Still in force at the check's moment (then a record at that very moment counts). */
  open: boolean;
}

function stretchesOf(input: ComplianceInput): Stretch[] {
  return input.segments.flatMap((s) => {
    if (s.from > input.at) return [];
    const end = s.to === null || s.to > input.at ? input.at : s.to;
    return [{ level: s.level, from: s.from, end, open: s.to === null || s.to > input.at }];
  });
}

const hoursIn = (hours: readonly CemsHour[], s: Stretch) => hours.filter((h) => s.from < h.ts && h.ts <= s.end);
const inStretch = (moment: string, s: Stretch, at: string) => s.from <= moment && moment < s.end && moment <= at;
// A stretch still open at `at` ends there, and a record of that very moment counts.
const inLastStretch = (moment: string, s: Stretch, at: string) => s.open && s.from <= moment && moment === at;

const lineStateZh = { stopped: '已停产', limited: '限产运行', running: '正常生产' } as const;
const verdictZh = { compliant: '落实', 'non-compliant': '未落实', 'not-checked': '未核查' } as const;

function cemsEvidence(measure: ListMeasure, outlets: readonly OutletEvidence[], s: Stretch): Evidence | null {
  if (measure.outletCode === null || (measure.kind !== 'stop' && measure.kind !== 'limit')) return null;
  const outlet = outlets.find((o) => o.code === measure.outletCode);
  if (outlet === undefined) return null;
  const during = hoursIn(outlet.during, s);
  const outcome =
    measure.kind === 'stop'
      ? stopCheck(outlet, during, CEMS_THRESHOLDS)
      : measure.limitPct === null
        ? null
        : limitCheck(outlet, during, measure.limitPct, CEMS_THRESHOLDS);
  if (outcome === null) return null;
  return {
    source: 'cems',
    at: s.from,
    verdict: outcome.verdict,
    detail: outcome.detail,
    ref: { outletId: outlet.outletId },
  };
}

/** A visit's verdict on a measure: by the line's state when it names the line, else the visit's verdict. */
function visitVerdict(measure: ListMeasure, visit: VisitEvidence): 'compliant' | 'non-compliant' | null {
  const seen = visit.lines.find((l) => l.line.trim() === measure.line.trim());
  if (seen !== undefined && measure.kind === 'stop') return seen.state === 'stopped' ? 'compliant' : 'non-compliant';
  if (seen !== undefined && measure.kind === 'limit') return seen.state === 'running' ? 'non-compliant' : 'compliant';
  return visit.verdict === 'not-checked' ? null : visit.verdict;
}

function visitEvidence(measure: ListMeasure, visit: VisitEvidence): Evidence | null {
  const verdict = visitVerdict(measure, visit);
  if (verdict === null) return null;
  const seen = visit.lines.find((l) => l.line.trim() === measure.line.trim());
  const what =
    seen === undefined
      ? { zh: `检查结论：${verdictZh[visit.verdict]}`, en: `verdict: ${visit.verdict}` }
      : { zh: `${seen.line}${lineStateZh[seen.state]}`, en: `${seen.line} ${seen.state}` };
  const note = visit.note.trim() === '' ? '' : `; ${visit.note.trim()}`;
  const ref: NonNullable<Evidence['ref']> = { visitId: visit.id };
  if (visit.photoId !== null) ref.photoId = visit.photoId;
  return {
    source: 'visit',
    at: visit.visitedAt,
    verdict,
    detail: {
      zh: `${visit.visitedAt.replace('T', ' ')} 现场检查（${visit.inspector}）：${what.zh}${note.replace('; ', '；')}`,
      en: `site visit ${visit.visitedAt.replace('T', ' ')} (${visit.inspector}): ${what.en}${note}`,
    },
    ref,
  };
}

function gateEvidence(measure: ListMeasure, gate: readonly GateEvidence[], s: Stretch, at: string): Evidence | null {
  if (measure.kind !== 'truck-ban' && measure.kind !== 'stagger-transport') return null;
  const records = gate.filter(
    (g) =>
      (inStretch(g.at, s, at) || inLastStretch(g.at, s, at)) && (measure.kind === 'truck-ban' || g.direction === 'in'),
  );
  if (records.length === 0) return null;
  const banned = records.filter((g) => bannedTruckStages.includes(g.stage));
  const reading =
    measure.kind === 'stagger-transport'
      ? {
          zh: '（错峰运输按国五及以下柴油货车不得进厂核查）',
          en: ' (staggered transport read as no China V or older trucks in)',
        }
      : { zh: '', en: '' };
  if (banned.length === 0) {
    return {
      source: 'gate',
      at: s.from,
      verdict: 'compliant',
      detail: {
        zh: `门禁记录 ${records.length} 车次，无国五及以下柴油货车${reading.zh}`,
        en: `${records.length} gate records, no diesel truck of China V or below${reading.en}`,
      },
      ref: null,
    };
  }
  const plates = banned.slice(0, 5).map((g) => g.plate);
  const more = banned.length > plates.length ? '…' : '';
  const n = banned.length;
  return {
    source: 'gate',
    at: s.from,
    verdict: 'non-compliant',
    detail: {
      zh: `门禁记录 ${n} 车次国五及以下（或排放阶段不明）货车：${plates.join('、')}${more}${reading.zh}`,
      en: `${n} gate records of China V-or-older (or unknown) trucks: ${plates.join(', ')}${more}${reading.en}`,
    },
    ref: { plate: banned[0]?.plate ?? '' },
  };
}

const worst = (evidence: readonly Evidence[]): ComplianceVerdict =>
  evidence.reduce<ComplianceVerdict>((v, e) => (verdictRank[e.verdict] > verdictRank[v] ? e.verdict : v), 'unverified');

function measureCompliance(
  e: EnterpriseEvidenceInput,
  level: WarningLevel,
  measure: ListMeasure,
  stretches: readonly Stretch[],
  at: string,
): MeasureCompliance {
  const evidence: Evidence[] = [];
  for (const s of stretches) {
    const cems = cemsEvidence(measure, e.outlets, s);
    if (cems !== null) evidence.push(cems);
  }
  const visits = e.visits
    .filter((v) => stretches.some((s) => inStretch(v.visitedAt, s, at) || inLastStretch(v.visitedAt, s, at)))
    .sort((a, b) => (a.visitedAt < b.visitedAt ? -1 : a.visitedAt > b.visitedAt ? 1 : a.id - b.id));
  for (const visit of visits) {
    const found = visitEvidence(measure, visit);
    if (found !== null) evidence.push(found);
  }
  if (e.gate !== null) {
    for (const s of stretches) {
      const gate = gateEvidence(measure, e.gate, s, at);
      if (gate !== null) evidence.push(gate);
    }
  }
  return {
    level,
    line: measure.line,
    kind: measure.kind,
    limitPct: measure.limitPct,
    text: measure.text,
    verdict: worst(evidence),
    evidence,
  };
}

const zero = (): Reductions => ({ pm: 0, so2: 0, nox: 0, vocs: 0 });
const hoursOf = (s: Stretch): number => Math.max(0, cstMinute(s.end) - cstMinute(s.from)) / 60;

function expectedOf(e: EnterpriseEvidenceInput, stretches: readonly Stretch[]): Reductions {
  const expected = zero();
  const total = stretches.reduce((sum, s) => sum + hoursOf(s), 0);
  if (total === 0) {
    const levels = stretches.map((s) => warningLevels.indexOf(s.level));
    const highest = warningLevels[Math.max(...levels)];
    return highest === undefined ? expected : { ...e.entry.reductions[highest] };
  }
  for (const s of stretches) {
    for (const p of reductionPollutants) expected[p] += (e.entry.reductions[s.level][p] * hoursOf(s)) / total;
  }
  for (const p of reductionPollutants) expected[p] = roundTonnes(expected[p]);
  return expected;
}

/** A non-compliant enterprise's estimate from the CEMS outlets of its measures, within [0, expected]. */
function cemsAchieved(
  e: EnterpriseEvidenceInput,
  measures: readonly MeasureCompliance[],
  stretches: readonly Stretch[],
  expected: Reductions,
): Reductions {
  const achieved = zero();
  const outletIds = new Set(
    measures.flatMap((m) => m.evidence.flatMap((ev) => (ev.ref?.outletId ? [ev.ref.outletId] : []))),
  );
  for (const outlet of e.outlets) {
    if (!outletIds.has(outlet.outletId)) continue;
    const during = outlet.during.filter((h) => stretches.some((s) => s.from < h.ts && h.ts <= s.end));
    const estimate = rateReduction(outlet, during, CEMS_THRESHOLDS);
    for (const [key, value] of Object.entries(estimate)) achieved[key as keyof Reductions] += value;
  }
  for (const p of reductionPollutants) achieved[p] = roundTonnes(Math.min(expected[p], Math.max(0, achieved[p])));
  return achieved;
}

function enterpriseCompliance(e: EnterpriseEvidenceInput, stretches: readonly Stretch[], at: string) {
  const levels = warningLevels.filter((l) => stretches.some((s) => s.level === l));
  // The levels in the order they were first in force.
  levels.sort((a, b) => stretches.findIndex((s) => s.level === a) - stretches.findIndex((s) => s.level === b));
  const measures = levels.flatMap((level) =>
    e.entry.measures[level].map((m) =>
      measureCompliance(
        e,
        level,
        m,
        stretches.filter((s) => s.level === level),
        at,
      ),
    ),
  );
  const verdicts = measures.map((m) => m.verdict);
  const verdict: ComplianceVerdict = verdicts.includes('non-compliant')
    ? 'non-compliant'
    : verdicts.includes('compliant')
      ? 'compliant'
      : 'unverified';
  const sources = new Set<EvidenceSource>(measures.flatMap((m) => m.evidence.map((ev) => ev.source)));
  const expected = expectedOf(e, stretches);
  const achieved = verdict === 'non-compliant' ? cemsAchieved(e, measures, stretches, expected) : { ...expected };
  return {
    enterpriseId: e.entry.enterpriseId,
    enterpriseName: e.entry.enterpriseName,
    township: e.township,
    grade: e.entry.grade,
    builtUpArea: e.entry.builtUpArea,
    heavyPolluter: e.entry.heavyPolluter,
    verdict,
    checkedBy: evidenceSources.filter((s) => sources.has(s)),
    supervisor: e.supervisor,
    measures,
    expected,
    achieved,
  } satisfies EnterpriseCompliance;
}

/**
 * Each listed enterprise's compliance during the warning's stretches up to `at`, in the input's order (see the
 * module's comment for the rules).
 *
 * @example
 * verifyCompliance({ segments, at: '2023-12-11T18:00', enterprises })[0];
 * // { enterpriseId: 'E017', verdict: 'non-compliant', checkedBy: ['cems', 'visit'], measures: [...], ... }
 */
export function verifyCompliance(input: ComplianceInput): EnterpriseCompliance[] {
  const stretches = stretchesOf(input);
  return input.enterprises.map((e) => enterpriseCompliance(e, stretches, input.at));
}
