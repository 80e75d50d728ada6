import type { Industry } from '../../server/schema/enterprise.ts';
import type { ListGrade, MeasureKind, WarningLevel } from '../../server/schema/enums/emergency.ts';
import type { Rng } from '../random.ts';
import type { GeneratorContext } from './context.ts';
import type { OutletRow } from './outlets.ts';
import type { EnterpriseRow } from './row-types.ts';

/** Pollutant amounts, t/day. */
export interface Tonnes {
  pm: number;
  so2: number;
  nox: number;
  vocs: number;
}

/** One measure of a demo list entry (the `emergency_list_measures` columns without the keys). */
export interface DemoMeasure {
  line: string;
  kind: MeasureKind;
  limitPct: number | null;
  outletCode: string | null;
  text: string;
}

/** An entry of a demo list version with its measures and reductions per level. */
export interface DemoEntry {
  enterpriseId: string;
  enterpriseName: string;
  consoleIndustry: Industry;
  grade: ListGrade;
  industry: string;
  builtUpArea: boolean;
  heavyPolluter: boolean;
  contact: string;
  /** The enterprise's typical daily emission, t/day. */
  daily: Tonnes;
  /** Its outlets (code, name); empty: the line is 「全厂」. */
  outlets: { id: string; code: string; name: string }[];
  measures: Record<WarningLevel, DemoMeasure[]>;
  reductions: Record<WarningLevel, Tonnes>;
}

export const LEVELS: readonly WarningLevel[] = ['yellow', 'orange', 'red'];
const ZERO: Tonnes = { pm: 0, so2: 0, nox: 0, vocs: 0 };

/** Industry-typical daily emissions of a demo enterprise, t/day (synthetic orders of magnitude). */
const typicalDaily: Record<Industry, Tonnes> = {
  'cement-grinding': { pm: 0.12, so2: 0, nox: 0, vocs: 0 },
  refractory: { pm: 0.08, so2: 0.12, nox: 0.15, vocs: 0 },
  'brick-tile': { pm: 0.06, so2: 0.15, nox: 0.1, vocs: 0 },
  lime: { pm: 0.15, so2: 0.25, nox: 0.35, vocs: 0 },
  'concrete-mixing': { pm: 0.03, so2: 0, nox: 0, vocs: 0 },
  coking: { pm: 0.35, so2: 0.45, nox: 1.6, vocs: 0.5 },
  'coal-gasification': { pm: 0.2, so2: 0.4, nox: 0.6, vocs: 0.3 },
  'coal-washing': { pm: 0.04, so2: 0, nox: 0, vocs: 0 },
  casting: { pm: 0.05, so2: 0.02, nox: 0.03, vocs: 0.04 },
  machinery: { pm: 0.01, so2: 0, nox: 0.01, vocs: 0.02 },
  chemical: { pm: 0.02, so2: 0.05, nox: 0.06, vocs: 0.25 },
  'industrial-coating': { pm: 0.01, so2: 0, nox: 0, vocs: 0.12 },
  'packaging-printing': { pm: 0, so2: 0, nox: 0, vocs: 0.08 },
  'wood-panel': { pm: 0.03, so2: 0.01, nox: 0.02, vocs: 0.1 },
  pharmaceutical: { pm: 0.01, so2: 0.01, nox: 0.01, vocs: 0.06 },
  'heat-power': { pm: 0.08, so2: 0.3, nox: 0.45, vocs: 0 },
  'oil-storage-sales': { pm: 0, so2: 0, nox: 0, vocs: 0.01 },
  food: { pm: 0.01, so2: 0.01, nox: 0.01, vocs: 0.01 },
  other: { pm: 0.01, so2: 0, nox: 0, vocs: 0.005 },
};

/** The list's industry (行业) names. */
const listIndustry: Partial<Record<Industry, string>> = {
  'cement-grinding': '水泥（粉磨站）',
  refractory: '耐火材料',
  'brick-tile': '砖瓦窑',
  lime: '石灰窑',
  coking: '焦化',
  'coal-gasification': '煤化工（煤气化）',
  casting: '铸造',
  chemical: '化工',
  'heat-power': '热力生产和供应',
  'industrial-coating': '工业涂装',
  'packaging-printing': '包装印刷',
  'wood-panel': '人造板',
};

/** Industries of the heavy polluters (task 2): building materials, coking, casting. */
const heavyIndustries = new Set<Industry>(['cement-grinding', 'refractory', 'brick-tile', 'lime', 'coking', 'casting']);
/** Graded industries put on the list whole, and the share of the larger ones taken of the others. */
const takeAll = new Set<Industry>(['cement-grinding', 'coking', 'coal-gasification', 'lime', 'chemical', 'heat-power']);
const takeShare: Partial<Record<Industry, number>> = { refractory: 0.5, 'brick-tile': 0.3, casting: 0.45 };
/** VOC industries on the list as 非重点行业 (the largest two of each). */
const nonKeyIndustries = new Set<Industry>(['industrial-coating', 'packaging-printing', 'wood-panel']);

/** The enterprise's typical daily emission, t/day: the industry's, scaled by its size (freight). */
export function dailyEmission(e: EnterpriseRow): Tonnes {
  const base = typicalDaily[e.industry as Industry] ?? typicalDaily.other;
  const size = Math.min(1.6, Math.max(0.6, Math.sqrt(e.annual_freight_t / 300_000)));
  const f = e.industry === 'heat-power' || e.industry === 'coking' ? 1 : size;
  return scale(base, f);
}

function scale(t: Tonnes, f: number): Tonnes {
  return { pm: t.pm * f, so2: t.so2 * f, nox: t.nox * f, vocs: t.vocs * f };
}

function add(a: Tonnes, b: Tonnes): Tonnes {
  return { pm: a.pm + b.pm, so2: a.so2 + b.so2, nox: a.nox + b.nox, vocs: a.vocs + b.vocs };
}

export function round3(t: Tonnes): Tonnes {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { pm: r(t.pm), so2: r(t.so2), nox: r(t.nox), vocs: r(t.vocs) };
}

/** The enterprises the demo list holds: operating, in the relevant industries, the larger ones where not all. */
export function listCandidates(enterprises: readonly EnterpriseRow[]): EnterpriseRow[] {
  const operating = enterprises.filter((e) => e.operating_status === 'operating');
  const byIndustry = new Map<Industry, EnterpriseRow[]>();
  for (const e of operating) {
    const list = byIndustry.get(e.industry as Industry) ?? [];
    list.push(e);
    byIndustry.set(e.industry as Industry, list);
  }
  const picked: EnterpriseRow[] = [];
  for (const [industry, list] of byIndustry) {
    const larger = [...list].sort((a, b) => b.annual_freight_t - a.annual_freight_t || a.id.localeCompare(b.id));
    if (takeAll.has(industry)) picked.push(...list);
    const share = takeShare[industry];
    if (share !== undefined) picked.push(...larger.slice(0, Math.max(1, Math.round(list.length * share))));
    if (nonKeyIndustries.has(industry)) picked.push(...larger.slice(0, 2));
  }
  return picked.sort((a, b) => a.id.localeCompare(b.id));
}

function listGrade(rng: Rng, e: EnterpriseRow): ListGrade {
  if (nonKeyIndustries.has(e.industry as Industry)) return 'non-key';
  switch (e.performance_grade) {
    case 'A':
      return e.industry === 'cement-grinding' || e.industry === 'coking' ? 'leading' : 'A';
    case 'B':
      return rng.chance(0.3) ? 'B-' : 'B';
    case 'C':
      return 'C';
    default:
      return 'D';
  }
}

const limitPcts: Record<'B' | 'B-' | 'non-key', Record<WarningLevel, number>> = {
  B: { yellow: 20, orange: 30, red: 50 },
  'B-': { yellow: 30, orange: 40, red: 50 },
  'non-key': { yellow: 10, orange: 20, red: 30 },
};

interface Line {
  line: string;
  outletCode: string | null;
}

/** The measures of an entry at one level, and the share (0–1) of its daily emission they cut. */
function measuresAt(grade: ListGrade, stricter: boolean, lines: readonly Line[], level: WarningLevel) {
  const measures: DemoMeasure[] = [];
  let cut = 0;
  const share = 1 / lines.length;
  const stop = (l: Line, why = '') => {
    measures.push({ ...l, kind: 'stop', limitPct: null, text: `${l.line}停产${why}` });
    cut += share;
  };
  const limit = (l: Line, pct: number) => {
    measures.push({ ...l, kind: 'limit', limitPct: pct, text: `${l.line}限产${pct}%（以日产量计）` });
    cut += (share * pct) / 100;
  };
  const plant = { line: '全厂', outletCode: null };
  const effective: ListGrade = stricter && grade === 'C' ? 'D' : grade;
  if (effective === 'leading' || effective === 'A') {
    measures.push({ ...plant, kind: 'self-determined', limitPct: null, text: '自主采取减排措施，环保设施满负荷运行' });
    cut += { yellow: 0.05, orange: 0.08, red: 0.1 }[level];
  } else if (effective === 'B' || effective === 'B-' || effective === 'non-key') {
    if (effective === 'non-key' && level === 'yellow') {
      measures.push({ ...plant, kind: 'other', limitPct: null, text: '加强治理设施运行管理，减少无组织排放' });
      cut += 0.05;
    } else for (const l of lines) limit(l, limitPcts[effective][level]);
  } else if (effective === 'C') {
    if (level === 'yellow') for (const l of lines) limit(l, 30);
    else if (lines.length === 1) {
      const only = lines[0] as Line;
      if (level === 'orange') limit(only, 50);
      else stop(only);
    } else {
      lines.forEach((l, i) => (i === 0 ? stop(l) : limit(l, level === 'orange' ? 40 : 60)));
    }
  } else {
    for (const l of lines) stop(l, stricter ? '（建成区重污染企业，从严）' : '');
  }
  if (level !== 'yellow' && effective !== 'D')
    measures.push({ ...plant, kind: 'stagger-transport', limitPct: null, text: '大宗物料错峰运输，早晚高峰不进出厂' });
  if (level !== 'yellow' && effective !== 'D' && (effective === 'leading' || effective === 'A' || level === 'red'))
    measures.push({ ...plant, kind: 'truck-ban', limitPct: null, text: '禁止国五及以下排放标准柴油货车进出厂运输' });
  return { measures, cut: Math.min(1, cut) };
}

/**
 * One demo list entry for an enterprise: its list grade (from its A–D grade: some B-, A as 引领性 in cement and
 * coking, 非重点行业 for the VOC industries), built-up area (a subdistrict) and heavy polluter (C/D in building
 * materials, coking, casting), its lines (its outlets, else 全厂), measures per level by grade (built-up heavy
 * polluters one grade stricter, task 2) and the reductions the measures give.
 */
export function demoEntry(
  ctx: GeneratorContext,
  rng: Rng,
  e: EnterpriseRow,
  outlets: readonly OutletRow[],
  gradeOverride?: ListGrade,
): DemoEntry {
  const grade = gradeOverride ?? listGrade(rng, e);
  const builtUpArea = ctx.subdistricts.some((t) => t.code === e.township_code);
  const heavyPolluter = (grade === 'C' || grade === 'D') && heavyIndustries.has(e.industry as Industry);
  const stricter = builtUpArea && heavyPolluter;
  const own = outlets.filter((o) => o.enterprise_id === e.id);
  const lines: Line[] = own.length
    ? own.map((o) => ({ line: o.name, outletCode: o.code }))
    : [{ line: '全厂', outletCode: null }];
  const daily = dailyEmission(e);
  const measures = {} as Record<WarningLevel, DemoMeasure[]>;
  const reductions = {} as Record<WarningLevel, Tonnes>;
  for (const level of LEVELS) {
    const at = measuresAt(grade, stricter, lines, level);
    measures[level] = at.measures;
    reductions[level] = round3(scale(daily, at.cut));
  }
  return {
    enterpriseId: e.id,
    enterpriseName: e.name,
    consoleIndustry: e.industry as Industry,
    grade,
    industry: listIndustry[e.industry as Industry] ?? e.industry,
    builtUpArea,
    heavyPolluter,
    contact:
      `${rng.pick(['王', '李', '张', '刘', '陈', '杨', '赵'])}经理 ` + `1${rng.int(30, 89)}****${rng.int(1000, 9999)}`,
    daily,
    outlets: own.map((o) => ({ id: o.id, code: o.code, name: o.name })),
    measures,
    reductions,
  };
}

/** Totals of the entries' reductions per level, t/day. */
export function entryTotals(entries: readonly DemoEntry[]): Record<WarningLevel, Tonnes> {
  const totals = { yellow: ZERO, orange: ZERO, red: ZERO };
  for (const entry of entries) for (const level of LEVELS) totals[level] = add(totals[level], entry.reductions[level]);
  return totals;
}

/** The sum of the typical daily emissions of the enterprises, t/day. */
export function sumDaily(enterprises: readonly EnterpriseRow[]): Tonnes {
  return enterprises.reduce((sum, e) => add(sum, dailyEmission(e)), ZERO);
}

const pollutants = ['pm', 'so2', 'nox', 'vocs'] as const;
export type Pollutant = (typeof pollutants)[number];

/**
 * The synthetic district base emissions (t/day) of the demo requirement: the industrial part (every operating
 * enterprise's typical daily emission) plus non-industrial sources (heating, traffic, dust) sized so that the
 * demo list meets the yellow and orange shares with a margin and falls short at red for one pollutant (the
 * first of VOCs, NOx, SO2, PM for which that is possible): the console has a shortfall to show.
 */
export function demoBase(
  industrial: Tonnes,
  totals: Record<WarningLevel, Tonnes>,
  shares: Record<WarningLevel, number>,
): { base: Tonnes; short: Pollutant } {
  const meetAll = (p: Pollutant) =>
    0.95 * Math.min(totals.yellow[p] / shares.yellow, totals.orange[p] / shares.orange, totals.red[p] / shares.red);
  const meetLower = (p: Pollutant) =>
    0.99 * Math.min(totals.yellow[p] / shares.yellow, totals.orange[p] / shares.orange);
  const shortAt = (p: Pollutant) => Math.max(industrial[p] * 1.1, (1.03 * totals.red[p]) / shares.red);
  const short =
    (['vocs', 'pm', 'nox', 'so2'] as const).find((p) => totals.red[p] > 0 && shortAt(p) <= meetLower(p)) ?? 'vocs';
  const base = { ...ZERO };
  for (const p of pollutants) {
    const value = p === short ? shortAt(p) : Math.max(industrial[p] * 1.1, meetAll(p));
    base[p] = Math.round(Math.max(value, 0.01) * 100) / 100;
  }
  return { base, short };
}
