import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { ConstructionSiteProperties } from '../schema/construction-site.ts';
import { treatmentProcessInfo, type EnterpriseProperties } from '../schema/enterprise.ts';
import type { FuelPointProperties } from '../schema/fuel-point.ts';
import type { MachineProperties } from '../schema/machine.ts';
import type { NrmmZoneProperties } from '../schema/nrmm-zone.ts';
import type { VillageProperties } from '../schema/village.ts';
import { pointInPolygon } from '../spatial/point-in-polygon.ts';
import { emergencyMeasure, emergencyMeasureLabels, REQUIRED_REDUCTION, type AlertLevel } from './alert-level.ts';
import { deadlinePassed, ozoneControlInForce } from './seasonal-controls.ts';

/** Every rule, with the plan task it enforces. */
export const rules = {
  'nrmm-banned-in-zone': { task: 10, zh: '控制区内使用禁用非道路移动机械', en: 'Banned machine working in an NRMM control zone' },
  'ozone-voc-stagger': { task: 14, zh: '臭氧管控：涉VOCs工序错时生产', en: 'Ozone control: stagger VOC work' },
  'ozone-outdoor-works': { task: 14, zh: '臭氧管控：禁止户外涂装、划线、沥青铺装', en: 'Ozone control: no outdoor painting, marking or asphalt' },
  'heavy-pollution-measure': { task: 15, zh: '重污染天气应急减排措施', en: 'Heavy-pollution emergency measure' },
  'six-hundred-failed': { task: 11, zh: '工地“六个百分之百”未落实', en: 'Construction site fails the six 100%' },
  'dustfall-over-limit': { task: 12, zh: '降尘量超过7吨/(平方公里·月)', en: 'Dustfall above 7 t/(km²·month)' },
  'heating-unstable': { task: 7, zh: '清洁取暖运行不稳定', en: 'Clean heating not running stably' },
  'coal-reburning': { task: 7, zh: '散煤复烧', en: 'Scattered coal re-burning' },
  'retrofit-in-progress': { task: 7, zh: '清洁取暖改造未完成', en: 'Clean-heating retrofit not finished' },
  'ule-assessment-overdue': { task: 3, zh: '超低排放改造评估监测逾期', en: 'Ultra-low-emission assessment overdue' },
  'boiler-survey-overdue': { task: 4, zh: '燃气/生物质/醇基锅炉摸底排查逾期', en: 'Gas/biomass/alcohol boiler survey overdue' },
  'low-efficiency-treatment': { task: 4, zh: '低效治理工艺待升级', en: 'Low-efficiency treatment to upgrade' },
  'activated-carbon-late': { task: 13, zh: '活性炭未按期更换', en: 'Activated carbon not replaced in time' },
  'voc-checklist-gaps': { task: 13, zh: 'VOCs关键环节存在问题', en: 'VOC key-link gaps' },
  'freight-no-rail': { task: 9, zh: '年货运量150万吨以上无铁路专用线', en: '≥ 1.5 Mt/year freight without a rail spur' },
  'gate-not-networked': { task: 16, zh: '重点用车单位门禁未联网', en: 'Key vehicle-using unit without a networked gate system' },
  'illegal-fuel-open': { task: 17, zh: '非标油品线索未办结', en: 'Illegal fuel report still open' },
} as const;
export type RuleId = keyof typeof rules;

/**
 * How serious a hit is: `violation` (a breach to act on), `overdue` (a plan deadline missed),
 * `warning` (a problem to follow up), `control` (a measure in force that binds the entity now),
 * `info` (progress to track).
 */
export type Severity = 'violation' | 'overdue' | 'warning' | 'control' | 'info';

/** One rule hit: what, which task, how serious, on which entity, where, since when. */
export interface RuleHit {
  rule: RuleId;
  task: number;
  severity: Severity;
  layer: 'enterprises' | 'construction-sites' | 'villages' | 'machines' | 'townships' | 'fuel-points';
  entityId: string;
  township: string;
  /** Since when the condition holds, as far as the data say (date or date-time); null when unknown. */
  since: string | null;
  /** The rule's name. */
  title: { zh: string; en: string };
  detail: { zh: string; en: string };
}

/** The plan's deadlines (quotes in seeds/plan/plan.json). */
export interface PlanDeadlines {
  /** Task 3: “力争2023年6月底前完成超低排放改造评估监测工作”. */
  uleAssessment: string;
  /** Task 4: “2023年6月底前，完成……锅炉达标排放情况的摸底排查”. */
  boilerSurvey: string;
  /** Task 13: “5月底前完成一轮活性炭更换”. */
  activatedCarbon: string;
}
export const PLAN_DEADLINES: PlanDeadlines = { uleAssessment: '2023-06-30', boilerSurvey: '2023-06-30', activatedCarbon: '2023-05-31' };

/** Everything the rules look at, as the layers serve it at as-of. */
export interface RuleFacts {
  enterprises: readonly EnterpriseProperties[];
  sites: readonly ConstructionSiteProperties[];
  villages: readonly VillageProperties[];
  machines: readonly (MachineProperties & { position: Position })[];
  zones: readonly (NrmmZoneProperties & { geometry: Polygon | MultiPolygon })[];
  fuelPoints: readonly FuelPointProperties[];
  /** Township dustfall of the month, t/(km²·month) (null = no reading). */
  townshipDustfall: readonly { code: string; month: string; value: number | null }[];
}

/** The moment and the settings the rules are evaluated under. */
export interface RuleContext {
  /** `YYYY-MM-DDTHH:mm`, China Standard Time. */
  asOf: string;
  /** Heavy-pollution alert level in force (set by an official or derived from the forecast). */
  alertLevel: AlertLevel;
  deadlines?: PlanDeadlines;
}

/** Industries the task-14 ozone control names: 化工、工业涂装、包装印刷、油品储运销. */
const OZONE_VOC_INDUSTRIES = new Set(['chemical', 'industrial-coating', 'packaging-printing', 'oil-storage-sales']);
const OUTDOOR_WORKS = new Set(['painting', 'asphalt', 'road-marking']);
const DUSTFALL_LIMIT = 7;
const FREIGHT_RAIL_THRESHOLD_T = 1_500_000;

/**
 * Every rule hit at `context.asOf`, in rule order then entity id. Pure: the facts come in, the
 * hits go out; persisting them as alerts is the caller's business.
 *
 * @example
 * evaluateRules(facts, { asOf: '2023-07-15T11:00', alertLevel: 'none' }).filter((h) => h.task === 14);
 */
export function evaluateRules(facts: RuleFacts, context: RuleContext): RuleHit[] {
  const { asOf, alertLevel } = context;
  const deadlines = context.deadlines ?? PLAN_DEADLINES;
  const hits: RuleHit[] = [];
  const hit = (rule: RuleId, severity: Severity, layer: RuleHit['layer'], entityId: string, township: string, since: string | null, zh: string, en: string) =>
    hits.push({ rule, task: rules[rule].task, severity, layer, entityId, township, since, title: { zh: rules[rule].zh, en: rules[rule].en }, detail: { zh, en } });
  const operating = facts.enterprises.filter((e) => e.operatingStatus === 'operating');

  // task 10: banned machines inside a zone (exempt livelihood/emergency work excepted)
  for (const m of facts.machines) {
    if (!m.banned || m.exemptUse !== null) continue;
    const zone = facts.zones.find((z) => z.effectiveFrom <= asOf.slice(0, 10) && pointInPolygon(m.position, z.geometry));
    if (zone) hit('nrmm-banned-in-zone', 'violation', 'machines', m.id, m.township, m.positionTs, `位于${zone.name}`, `inside ${zone.name}`);
  }
  // task 14: summer ozone control in force now
  if (ozoneControlInForce(asOf)) {
    for (const e of operating) {
      if (e.vocEmitter && OZONE_VOC_INDUSTRIES.has(e.industry)) hit('ozone-voc-stagger', 'control', 'enterprises', e.id, e.township, null, '10–16时错时生产', 'stagger VOC work 10:00–16:00');
    }
    for (const s of facts.sites) {
      const works = s.activities.filter((a) => OUTDOOR_WORKS.has(a));
      if (s.active && works.length) hit('ozone-outdoor-works', 'control', 'construction-sites', s.id, s.township, null, `暂停：${works.join('、')}`, `pause: ${works.join(', ')}`);
    }
  }
  // task 15: measures by grade under an alert
  if (alertLevel !== 'none') {
    for (const e of operating) {
      const measure = emergencyMeasure(e.grade, alertLevel);
      hit('heavy-pollution-measure', 'control', 'enterprises', e.id, e.township, null,
        `${e.grade}级：${emergencyMeasureLabels[measure].zh}（全社会减排≥${REQUIRED_REDUCTION[alertLevel] * 100}%）`,
        `grade ${e.grade}: ${emergencyMeasureLabels[measure].en} (area-wide cut ≥ ${REQUIRED_REDUCTION[alertLevel] * 100}%)`);
    }
  }
  // task 11: active sites failing the six 100% at their latest inspection
  for (const s of facts.sites) {
    if (s.active && s.compliant === false) hit('six-hundred-failed', 'violation', 'construction-sites', s.id, s.township, s.lastInspection?.date ?? null, `未达标 ${s.failedChecks.length} 项`, `${s.failedChecks.length} check(s) failed`);
  }
  // task 12: townships above 7 t/(km²·month)
  for (const t of facts.townshipDustfall) {
    if (t.value !== null && t.value > DUSTFALL_LIMIT) hit('dustfall-over-limit', 'warning', 'townships', t.code, t.code, t.month, `${t.month}：${t.value.toFixed(2)}`, `${t.month}: ${t.value.toFixed(2)}`);
  }
  // task 7: clean heating
  for (const v of facts.villages) {
    if (v.heatingStatus === 'reburning') hit('coal-reburning', 'violation', 'villages', v.code, v.township, v.lastReburnReport, `近一年举报 ${v.reburnReports} 次`, `${v.reburnReports} report(s) in 12 months`);
    else if (v.heatingStatus === 'unstable') hit('heating-unstable', 'warning', 'villages', v.code, v.township, null, '需优化改造方式或运行模式', 'retrofit or operation to improve');
    if (v.retrofitInProgress) hit('retrofit-in-progress', 'info', 'villages', v.code, v.township, null, '改造推进中', 'retrofit under way');
  }
  // industry: tasks 3, 4, 9, 13, 16
  for (const e of operating) {
    if (e.planTask === 3 && e.uleStatus !== 'accepted' && e.uleStatus !== 'not-applicable' && deadlinePassed(deadlines.uleAssessment, asOf)) {
      hit('ule-assessment-overdue', 'overdue', 'enterprises', e.id, e.township, deadlines.uleAssessment, `时限 ${deadlines.uleAssessment}`, `due ${deadlines.uleAssessment}`);
    }
    const unsurveyed = e.kilnsBoilers.filter((k) => k.kind === 'boiler' && ['natural-gas', 'biomass', 'alcohol-based'].includes(k.fuel) && (k.surveyedOn === null || k.surveyedOn > deadlines.boilerSurvey));
    if (unsurveyed.length && deadlinePassed(deadlines.boilerSurvey, asOf)) {
      hit('boiler-survey-overdue', 'overdue', 'enterprises', e.id, e.township, deadlines.boilerSurvey, `${unsurveyed.length} 台锅炉`, `${unsurveyed.length} boiler(s)`);
    }
    const lowProcesses = e.treatmentProcesses.filter((p) => treatmentProcessInfo[p].lowEfficiency);
    const lowKilns = e.kilnsBoilers.filter((k) => k.lowEfficiency);
    if (lowProcesses.length || lowKilns.length) {
      hit('low-efficiency-treatment', 'warning', 'enterprises', e.id, e.township, null,
        [...lowProcesses.map((p) => treatmentProcessInfo[p].zh), ...lowKilns.map((k) => `${k.purpose}：${k.treatmentProcess}`)].join('、'),
        [...lowProcesses.map((p) => treatmentProcessInfo[p].en), ...lowKilns.map((k) => `${k.purpose}: ${k.treatmentProcess}`)].join(', '));
    }
    if (e.activatedCarbon && deadlinePassed(deadlines.activatedCarbon, asOf) && (e.carbonReplacedOn === null || e.carbonReplacedOn > deadlines.activatedCarbon)) {
      hit('activated-carbon-late', 'violation', 'enterprises', e.id, e.township, deadlines.activatedCarbon,
        e.carbonReplacedOn ? `更换于 ${e.carbonReplacedOn}` : '未更换', e.carbonReplacedOn ? `replaced ${e.carbonReplacedOn}` : 'not replaced');
    }
    if (e.vocGaps > 0) hit('voc-checklist-gaps', 'warning', 'enterprises', e.id, e.township, null, `${e.vocGaps} 个环节`, `${e.vocGaps} link(s)`);
    if (e.annualFreightT >= FREIGHT_RAIL_THRESHOLD_T && e.railSpur !== 'operating') {
      hit('freight-no-rail', 'warning', 'enterprises', e.id, e.township, null, `年货运 ${(e.annualFreightT / 10_000).toFixed(0)} 万吨`, `${(e.annualFreightT / 1e6).toFixed(2)} Mt/year`);
    }
    if (e.keyVehicleUnit && e.gateSystem !== 'networked') hit('gate-not-networked', 'warning', 'enterprises', e.id, e.township, null, `门禁：${e.gateSystem ?? '无'}`, `gate: ${e.gateSystem ?? 'none'}`);
  }
  // task 17: open illegal fuel reports
  for (const f of facts.fuelPoints) {
    if (f.status !== 'closed' && f.reportedOn <= asOf.slice(0, 10)) hit('illegal-fuel-open', 'warning', 'fuel-points', f.id, f.township, f.reportedOn, f.name, f.name);
  }
  const order = Object.keys(rules);
  return hits.sort((a, b) => order.indexOf(a.rule) - order.indexOf(b.rule) || a.entityId.localeCompare(b.entityId));
}
