import type { CaseState } from '../../server/cases/case-life-cycle.ts';
import { formatCaseNumber } from '../../server/cases/case-number.ts';
import { caseStateAt } from '../../server/cases/case-replay.ts';
import type { Db } from '../../server/db/open-database.ts';
import type { CaseMeasure, CaseOrigin, CaseStepKind } from '../../server/schema/enums/enforcement-case.ts';
import { addDays, addMinutes, cstInstant } from '../../server/time/cst.ts';
import { rowInserter } from '../insert-rows.ts';
import type { Rng } from '../random.ts';
import type { GeneratorContext } from './context.ts';

/** Written on every seeded case's `file` step (enforcement_cases has no `source` column). */
export const CASE_SOURCE =
  '演示数据（合成）：对已生成的企业、工地、堆场、加油站点、不合格油品抽检和群众举报随机立案，' +
  '各步骤日期、罚款金额和整改期限均为随机生成；请以执法系统的真实案件替换。';

/** The demo as-of: nothing seeded happens after it. */
const DEMO_AS_OF = '2023-12-31T23:00';

/** What a seeded case goes through, and how many of each at scale 1 (overdue: a fixed three). */
const profiles = [
  ['filed', 4],
  ['investigating', 5],
  ['decided', 4],
  ['no-penalty', 2],
  ['rectifying', 8],
  ['overdue', 3],
  ['closed', 14],
  ['closed-no-rectification', 5],
] as const;
type Profile = (typeof profiles)[number][0];

/** The first day of each profile's opening window and its length, days (all in the demo year). */
const openingWindow: Record<Profile, [string, number]> = {
  filed: ['12-20', 9],
  investigating: ['12-01', 20],
  decided: ['11-01', 30],
  'no-penalty': ['11-01', 30],
  rectifying: ['10-01', 45],
  overdue: ['08-15', 45],
  closed: ['02-15', 200],
  'closed-no-rectification': ['03-01', 200],
};

interface Target {
  origin: CaseOrigin;
  layer: string;
  id: string;
  name: string;
  township: string;
  industry: string | null;
  task: number;
  reportId: number | null;
  sampleId: number | null;
  /** The earliest day the case may open (the report's or the sample's). */
  notBefore: string | null;
  article: keyof typeof articles;
}

/** 《中华人民共和国大气污染防治法》 articles the decisions cite, with the violation each answers. */
const articles = {
  emission: ['第九十九条第（二）项', '超过大气污染物排放标准排放大气污染物'],
  voc: ['第一百零八条第（一）项', '产生含挥发性有机物废气的生产活动未按规定使用污染防治设施'],
  dust: ['第一百一十五条第一款', '施工工地未采取覆盖、洒水抑尘等有效防尘降尘措施'],
  yard: ['第一百一十七条第（一）项', '未密闭或者未采取有效覆盖措施防治扬尘污染'],
  fuel: ['第一百零三条', '销售不符合质量标准的车用燃料'],
  boiler: ['第一百零七条第一款', '燃煤锅炉超过大气污染物排放标准排放大气污染物'],
} as const satisfies Record<string, readonly [string, string]>;

const measuresFor: Record<keyof typeof articles, readonly CaseMeasure[]> = {
  emission: ['order-correct', 'limit-production'],
  voc: ['order-correct'],
  dust: ['order-correct'],
  yard: ['order-correct'],
  fuel: ['confiscate', 'order-stop'],
  boiler: ['order-correct', 'order-stop'],
};

const requirementFor: Record<keyof typeof articles, string> = {
  emission: '完成治理设施检修，委托第三方监测达标后报告',
  voc: '更换活性炭并建立更换台账，废气收集设施正常运行',
  dust: '落实围挡、苫盖、喷淋、冲洗、硬化措施',
  yard: '堆场物料全部苫盖或入棚，配套喷淋抑尘设施',
  fuel: '停止销售不合格油品，清理库存并提供进货凭证',
  boiler: '锅炉停用整改，完成清洁能源替代或超低排放改造',
};

const yuan = (rng: Rng, min: number, max: number) => Math.round(rng.range(min, max) / 1000) * 1000;

/** The enterprises, sites, yards, fuel points, failed samples and reports cases are opened against. */
function readTargets(db: Db): { pool: Target[]; samples: Target[]; reports: Target[] } {
  const rows = <T>(sql: string) => db.prepare(sql).all() as T[];
  const base = { reportId: null, sampleId: null, notBefore: null };
  const enterprises = rows<{ id: string; name: string; township: string; industry: string; voc: number }>(
    `SELECT id, name, township_code AS township, industry, voc_emitter AS voc FROM enterprises
     WHERE operating_status = 'operating' ORDER BY id`,
  ).map(
    (e): Target => ({
      ...base,
      origin: 'inspection',
      layer: 'enterprises',
      id: e.id,
      name: e.name,
      township: e.township,
      industry: e.industry,
      task: e.voc ? 13 : 4,
      article: e.voc ? 'voc' : 'emission',
    }),
  );
  const sites = rows<{ id: string; name: string; township: string }>(
    'SELECT id, name, township_code AS township FROM construction_sites ORDER BY id',
  ).map(
    (s): Target => ({
      ...base,
      origin: 'inspection',
      layer: 'construction-sites',
      ...s,
      industry: null,
      task: 12,
      article: 'dust',
    }),
  );
  const yards = rows<{ id: string; name: string; township: string }>(
    'SELECT id, name, township_code AS township FROM stockyards ORDER BY id',
  ).map(
    (s): Target => ({
      ...base,
      origin: 'inspection',
      layer: 'stockyards',
      ...s,
      industry: null,
      task: 12,
      article: 'yard',
    }),
  );
  const points = rows<{ id: string; name: string; township: string }>(
    'SELECT id, name, township_code AS township FROM fuel_points ORDER BY id',
  ).map(
    (s): Target => ({
      ...base,
      origin: 'other',
      layer: 'fuel-points',
      ...s,
      industry: null,
      task: 17,
      article: 'fuel',
    }),
  );
  const samples = rows<{ id: number; sampleNo: string; site: string; township: string; on: string }>(
    `SELECT id, sample_no AS sampleNo, site_name AS site, township_code AS township, result_on AS "on"
     FROM fuel_samples WHERE result = 'fail' AND result_on < '2023-12-25' ORDER BY id`,
  ).map(
    (s): Target => ({
      origin: 'fuel-sample',
      layer: 'fuel-samples',
      id: s.sampleNo,
      name: `${s.site}（抽检 ${s.sampleNo}）`,
      township: s.township,
      industry: null,
      task: 17,
      reportId: null,
      sampleId: s.id,
      notBefore: s.on,
      article: 'fuel',
    }),
  );
  const reports = rows<{ id: number; ticket: string; township: string; received: string; category: string }>(
    `SELECT id, ticket, township_code AS township, received_at AS received, category FROM public_reports
     WHERE status IN ('accepted', 'handled', 'closed') AND received_at < '2023-12-20' ORDER BY id`,
  ).map(
    (r): Target => ({
      origin: 'public-report',
      layer: 'public-reports',
      id: r.ticket,
      name: `群众举报 ${r.ticket}`,
      township: r.township,
      industry: null,
      task: r.category === 'dust' || r.category === 'burning' ? 12 : r.category === 'fuel' ? 17 : 4,
      reportId: r.id,
      sampleId: null,
      notBefore: r.received.slice(0, 10),
      article: r.category === 'dust' || r.category === 'burning' ? 'dust' : r.category === 'fuel' ? 'fuel' : 'emission',
    }),
  );
  const pool = [...enterprises, ...enterprises, ...enterprises, ...sites, ...yards, ...points];
  return { pool, samples, reports };
}

interface SeedStep {
  step: CaseStepKind;
  at: string;
  note: string;
  data: Readonly<Record<string, unknown>>;
}

/** A CST minute `days` after `at` at an office hour. */
const later = (rng: Rng, at: string, minDays: number, maxDays: number) =>
  `${addDays(at.slice(0, 10), rng.int(minDays, maxDays))}T${String(rng.int(9, 17)).padStart(2, '0')}:` +
  rng.pick(['00', '15', '30', '45']);

/** The steps of a case of `profile` opened at `openedAt` (none after the demo as-of). */
function stepsOf(rng: Rng, profile: Profile, target: Target, openedAt: string, seq: number): SeedStep[] {
  const steps: SeedStep[] = [{ step: 'file', at: openedAt, note: CASE_SOURCE, data: {} }];
  /** Appends a step, never before the previous one (a random office hour of the same day may be earlier). */
  const add = (step: CaseStepKind, wanted: string, data: Record<string, unknown> = {}, note = ''): string => {
    const previous = (steps[steps.length - 1] as SeedStep).at;
    const at = wanted > previous ? wanted : addMinutes(previous, 30);
    steps.push({ step, at, note, data });
    return at;
  };
  if (profile === 'filed') return steps;
  let at = add('investigate', later(rng, openedAt, 1, 4), {}, '现场勘查、询问笔录、调取监控记录');
  if (profile === 'investigating') return steps;
  at = later(rng, at, 7, 15);
  const [article, fact] = articles[target.article];
  if (profile === 'no-penalty') {
    add(
      'no-penalty',
      at,
      { legalBasis: `《中华人民共和国行政处罚法》第三十三条第一款：初次违法且危害后果轻微并及时改正` },
      fact,
    );
    return steps;
  }
  const measures = rng.chance(0.6) ? [...measuresFor[target.article]] : [];
  const fineYuan =
    profile === 'closed-no-rectification' && rng.chance(0.3) && measures.length > 0 ? 0 : yuan(rng, 20_000, 500_000);
  at = add('decide', at, {
    legalBasis: `《中华人民共和国大气污染防治法》${article}（${fact}）`,
    decisionNo: `忻环罚字〔2023〕${String(seq).padStart(3, '0')}号`,
    fineYuan: fineYuan === 0 && measures.length === 0 ? 20_000 : fineYuan,
    measures,
  });
  if (profile === 'decided') return steps;
  if (profile === 'closed-no-rectification') {
    add('close', later(rng, at, 10, 30), {}, '罚款已缴纳，结案');
    return steps;
  }
  const orderAt = later(rng, at, 0, 2);
  const day = (orderAt > at ? orderAt : addMinutes(at, 30)).slice(0, 10);
  const dueOn =
    profile === 'overdue'
      ? `2023-12-${String(rng.int(5, 27)).padStart(2, '0')}`
      : profile === 'rectifying'
        ? addDays('2024-01-01', rng.int(3, 40))
        : addDays(day, rng.int(15, 40));
  at = add('order-rectification', orderAt, {
    dueOn: dueOn < day ? day : dueOn,
    requirement: requirementFor[target.article],
  });
  if (profile === 'overdue') return steps;
  if (profile === 'rectifying') {
    if (rng.chance(0.3)) {
      const check = later(rng, at, 5, 10);
      if (check < '2023-12-30')
        add('reinspect', check, { result: 'failed', newDueOn: addDays('2024-01-01', rng.int(3, 30)) }, '整改不到位');
    }
    return steps;
  }
  let due = dueOn;
  if (rng.chance(0.3)) {
    const check = later(rng, `${due}T09:00`, -3, 1);
    const checkDay = (check > at ? check : addMinutes(at, 30)).slice(0, 10);
    due = addDays(checkDay, rng.int(10, 20));
    at = add('reinspect', check, { result: 'failed', newDueOn: due }, '复查发现整改不到位，重新限期整改');
  }
  const passed = add(
    'reinspect',
    later(rng, `${due}T09:00`, -3, 2),
    { result: 'passed', newDueOn: null },
    '复查整改到位',
  );
  add('close', later(rng, passed, 1, 7), {}, '整改完成，罚款已缴纳，结案');
  return steps;
}

/**
 * Enforcement cases (~45 at scale 1; 2023) with their steps in order: against operating enterprises (VOC emitters
 * under task 13, others task 4), construction sites and stockyards (task 12), fuel points, failed fuel samples
 * (their traces linked) and a few public reports (task 17 or the report's); every stage, fines of 2万–50万元 under
 * the 《大气污染防治法》 articles named, rectification orders, some failed re-inspections followed by passed ones, and
 * three rectifications overdue at the demo as-of. Origins are inspections, reports, samples and other leads, never
 * an alert (the seed holds none). Reads the departments, enterprises, sites, yards, fuel points, samples and
 * reports already seeded; inserts `enforcement_cases`, `case_steps`, and sets `fuel_traces.case_id`.
 */
export function seedCases(db: Db, ctx: GeneratorContext): void {
  const rng = ctx.rngFor('enforcement-cases');
  const departments = new Set((db.prepare('SELECT id FROM departments').all() as { id: string }[]).map((d) => d.id));
  if (!departments.has('eco-env')) throw new Error('seedCases: seed the departments first (no eco-env)');
  const { pool, samples, reports } = readTargets(db);
  if (pool.length === 0) return;
  const planned = profiles.flatMap(([profile, n]) => {
    const count = profile === 'overdue' ? n : Math.max(1, Math.round(n * ctx.scale));
    return Array.from({ length: count }, () => profile);
  });
  const special = [...samples.slice(0, 3), ...reports.slice(0, 3)];
  const used = new Set<string>();
  const cases = planned.map((profile, i) => {
    let target = i % 4 === 1 ? special.shift() : undefined;
    if (target?.notBefore && profile !== 'filed' && profile !== 'investigating' && target.notBefore > '2023-11-01')
      target = undefined;
    for (let tries = 0; !target && tries < 20; tries++) {
      const candidate = rng.pick(pool);
      if (!used.has(`${candidate.layer}:${candidate.id}`)) target = candidate;
    }
    const chosen = target ?? rng.pick(pool);
    used.add(`${chosen.layer}:${chosen.id}`);
    const [start, span] = openingWindow[profile];
    let day = addDays(`${ctx.year}-${start}`, rng.int(0, span));
    if (chosen.notBefore && day <= chosen.notBefore) day = addDays(chosen.notBefore, 1);
    const openedAt = `${day}T${String(rng.int(9, 16)).padStart(2, '0')}:${rng.pick(['00', '20', '40'])}`;
    const origin: CaseOrigin = chosen.origin === 'inspection' && rng.chance(0.15) ? 'other' : chosen.origin;
    return { profile, target: chosen, openedAt, origin };
  });
  cases.sort((a, b) => a.openedAt.localeCompare(b.openedAt));

  const insertCase = rowInserter(db, 'enforcement_cases', [
    'id',
    'number',
    'origin',
    'report_id',
    'sample_id',
    'entity_layer',
    'entity_id',
    'entity_name',
    'township_code',
    'industry',
    'task',
    'department_id',
    'violation',
    'stage',
    'opened_at',
    'opened_by',
    'legal_basis',
    'decision_no',
    'fine_yuan',
    'other_measures',
    'decided_at',
    'rectification_due_on',
    'reinspected_at',
    'reinspection_result',
    'closed_at',
    'updated_at',
    'provenance',
  ]);
  const insertStep = rowInserter(db, 'case_steps', ['case_id', 'step', 'at', 'actor', 'note', 'data', 'recorded_at']);
  const linkTrace = db.prepare('UPDATE fuel_traces SET case_id = ? WHERE sample_id = ?');
  const nextId = ((db.prepare('SELECT max(id) AS n FROM enforcement_cases').get() as { n: number | null }).n ?? 0) + 1;
  cases.forEach((c, i) => {
    const id = nextId + i;
    const steps = stepsOf(rng, c.profile, c.target, c.openedAt, i + 1).filter((s) => s.at <= DEMO_AS_OF);
    const decide = steps.find((s) => s.step === 'decide')?.data as
      | { legalBasis: string; decisionNo: string; fineYuan: number; measures: CaseMeasure[] }
      | undefined;
    const noPenalty = steps.find((s) => s.step === 'no-penalty')?.data as { legalBasis: string } | undefined;
    const last = steps[steps.length - 1] as SeedStep;
    // the stored state is the life cycle's own replay of the steps (as the API would have left it)
    const state = caseStateAt(c.openedAt, steps, DEMO_AS_OF) as CaseState;
    const department =
      c.target.article === 'fuel' && departments.has('market') && rng.chance(0.5) ? 'market' : 'eco-env';
    insertCase({
      id,
      number: formatCaseNumber(Number(c.openedAt.slice(0, 4)), i + 1),
      origin: c.origin,
      report_id: c.target.reportId,
      sample_id: c.target.sampleId,
      entity_layer: c.target.layer,
      entity_id: c.target.id,
      entity_name: c.target.name,
      township_code: c.target.township,
      industry: c.target.industry,
      task: c.target.task,
      department_id: department,
      violation: `${c.target.name}涉嫌${articles[c.target.article][1]}`,
      stage: state.stage,
      opened_at: c.openedAt,
      opened_by: 'demo-seed',
      legal_basis: decide?.legalBasis ?? noPenalty?.legalBasis ?? null,
      decision_no: decide?.decisionNo ?? null,
      fine_yuan: state.fineYuan,
      other_measures: JSON.stringify(decide?.measures ?? []),
      decided_at: state.decidedAt,
      rectification_due_on: state.rectificationDueOn,
      reinspected_at: state.reinspectedAt,
      reinspection_result: state.reinspectionResult,
      closed_at: state.closedAt,
      updated_at: cstInstant(last.at).toISOString(),
      provenance: 'synthetic',
    });
    for (const s of steps)
      insertStep({
        case_id: id,
        step: s.step,
        at: s.at,
        actor: 'demo-seed',
        note: s.note,
        data: JSON.stringify(s.data),
        recorded_at: cstInstant(s.at).toISOString(),
      });
    if (c.target.sampleId !== null) linkTrace.run(id, c.target.sampleId);
  });
}
