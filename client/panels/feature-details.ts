import { kilnFuelLabels } from '../../server/schema/enums/kiln-fuel.ts';
import { siteKindLabels, sixCheckLabels, sixChecks } from '../../server/schema/enums/construction-site.ts';
import {
  emissionTestResultLabels,
  operatingStatusLabels,
  railSpurStatusLabels,
  uleStatusLabels,
} from '../../server/schema/enums/enterprise-status.ts';
import { fuelPointKindLabels, fuelPointStatusLabels } from '../../server/schema/enums/fuel-point.ts';
import { industryInfo, type Industry } from '../../server/schema/enums/industry.ts';
import type { LayerId } from '../../server/schema/enums/layer-id.ts';
import {
  banReasonLabels,
  emissionStageLabels,
  machineTypeLabels,
  smokeTestResultLabels,
  type BanReason,
  type EmissionStage,
} from '../../server/schema/enums/machine.ts';
import { provenanceLabels, type Provenance } from '../../server/schema/enums/provenance.ts';
import { stationKindLabels } from '../../server/schema/enums/station-kind.ts';
import { townshipKindLabels } from '../../server/schema/enums/township-kind.ts';
import {
  lowEfficiencyProcesses,
  treatmentProcessInfo,
  type TreatmentProcess,
} from '../../server/schema/enums/treatment-process.ts';
import {
  heatingStatusLabels,
  retrofitTypeLabels,
  type HeatingStatus,
} from '../../server/schema/enums/village-heating.ts';
import { vocLinkLabels, vocLinks, type VocLink } from '../../server/schema/enums/voc-link.ts';
import type { Language } from '../state/app-state.ts';
import { DUSTFALL_LIMIT } from '../../server/schema/plan-targets.ts';
import { consoleMessages } from '../i18n/messages.ts';
import { dustDetailRows, dustRelatedTasks } from './dust-feature-details.ts';
import { enforcementDetailRows, enforcementRelatedTasks } from './enforcement-feature-details.ts';

type Props = Record<string, unknown>;
type Label = { zh: string; en: string };
/** One row of the details table: label, formatted value, and whether the value is a warning (overdue). */
export type DetailRow = [string, string] | [string, string, 'overdue'];

/** What the rows need besides the feature: the as-of moment (overdue deadlines) and township names in English. */
export interface DetailContext {
  /** `YYYY-MM-DDTHH:mm` (CST) the console shows; a deadline before its date is overdue. */
  asOf?: string;
  /** A township's English (pinyin) name by its code. */
  townshipNameEn?: (code: string) => string | undefined;
}

/** Labels of values the enum modules do not word (gate systems, kiln fuels, capacity units, exempt uses). */
const gateSystemLabels: Record<string, Label> = {
  none: { zh: '无', en: 'none' },
  installed: { zh: '已安装', en: 'installed' },
  networked: { zh: '已安装并联网', en: 'installed and networked' },
};
const capacityUnitLabels: Record<string, Label> = {
  't/h': { zh: '蒸吨/小时', en: 't/h' },
  MW: { zh: '兆瓦', en: 'MW' },
  't/d': { zh: '吨/日', en: 't/d' },
};
const exemptUseLabels: Record<string, Label> = {
  livelihood: { zh: '民生保障', en: 'livelihood' },
  emergency: { zh: '应急抢险', en: 'emergency' },
};
/** A unified social credit code (GB 32100-2015): 18 characters, digits and capitals. */
const CREDIT_CODE = /^[0-9A-Z]{18}$/;

const L = (zh: string, en: string): Label => ({ zh, en });
const yesNo = (lang: Language, v: unknown) =>
  v === true ? (lang === 'zh' ? '是' : 'yes') : v === false ? (lang === 'zh' ? '否' : 'no') : '—';
const text = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));
const num = (lang: Language, v: unknown, digits = 0) =>
  typeof v === 'number' ? v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: digits }) : '—';
function pick<K extends string>(labels: Record<K, Label>, key: unknown, lang: Language): string {
  return (labels as Record<string, Label>)[String(key)]?.[lang] ?? text(key);
}

/**
 * The rows of a feature's details: attributes with Chinese (or English) labels and units,
 * standards named where they apply. Provenance is shown separately by the drawer.
 */
export function detailRows(layer: LayerId, p: Props, lang: Language, context: DetailContext = {}): DetailRow[] {
  const m = consoleMessages(lang);
  const rows: [Label, string, 'overdue' | null][] = [];
  const add = (label: Label, value: string, flag: 'overdue' | null = null) => rows.push([label, value, flag]);
  const townshipName = () =>
    lang === 'en' && typeof p.township === 'string'
      ? (context.townshipNameEn?.(p.township) ?? text(p.townshipName))
      : text(p.townshipName);
  const township = () => add(L('所属乡镇（街道）', 'Township'), townshipName());
  switch (layer) {
    case 'townships':
      add(L('统计用区划代码', 'Statistical code'), text(p.code));
      add(L('类型', 'Kind'), pick(townshipKindLabels, p.kind, lang));
      add(L('面积（示意边界）', 'Area (approximate boundary)'), `${num(lang, p.areaKm2, 1)} km²`);
      break;
    case 'villages':
      add(L('统计用区划代码', 'Statistical code'), text(p.code));
      township();
      add(L('清洁取暖状态', 'Clean-heating status'), pick(heatingStatusLabels, p.heatingStatus as HeatingStatus, lang));
      add(L('改造方式', 'Retrofit type'), pick(retrofitTypeLabels, p.retrofitType, lang));
      add(L('改造年份', 'Retrofit year'), text(p.retrofitYear));
      add(L('户数', 'Households'), `${num(lang, p.households)} ${lang === 'zh' ? '户' : ''}`.trim());
      add(L('稳定运行', 'Stable operation'), yesNo(lang, p.stableOperation));
      add(L('改造推进中', 'Retrofit under way'), yesNo(lang, p.retrofitInProgress));
      add(
        L('近一年散煤复烧举报', 'Coal re-burning reports (12 months)'),
        `${num(lang, p.reburnReports)}` + `${p.lastReburnReport ? m.inParentheses(String(p.lastReburnReport)) : ''}`,
      );
      break;
    case 'enterprises': {
      const industry = industryInfo[p.industry as Industry];
      const id = text(p.id);
      add(L('统一社会信用代码', 'Unified social credit code'), CREDIT_CODE.test(id) ? id : m.demoId(id));
      add(L('行业', 'Industry'), industry ? industry[lang] : text(p.industry));
      township();
      add(L('生产状态', 'Operating status'), pick(operatingStatusLabels, p.operatingStatus, lang));
      add(L('绩效分级', 'Performance grade'), `${text(p.grade)} ${lang === 'zh' ? '级' : ''}`.trim());
      const uleDue = typeof p.uleDue === 'string' ? p.uleDue : null;
      const uleOpen = !['accepted', 'monitoring-done', 'not-applicable'].includes(String(p.uleStatus));
      const overdue = uleDue !== null && uleOpen && context.asOf !== undefined && uleDue < context.asOf.slice(0, 10);
      add(
        L('超低排放改造', 'Ultra-low-emission retrofit'),
        `${pick(uleStatusLabels, p.uleStatus, lang)}` +
          `${uleDue ? ` · ${overdue ? m.overdue(uleDue) : m.due(uleDue)}` : ''}`,
        overdue ? 'overdue' : null,
      );
      const processes = (p.treatmentProcesses as TreatmentProcess[]) ?? [];
      const soluble = typeof p.vocWaterSoluble === 'boolean' ? p.vocWaterSoluble : null;
      const lowEfficiency = new Set(lowEfficiencyProcesses(processes, soluble));
      add(
        L('治理工艺', 'Treatment processes'),
        processes
          .map(
            (t) =>
              `${treatmentProcessInfo[t]?.[lang] ?? t}` +
              `${lowEfficiency.has(t) ? m.inParentheses(lang === 'zh' ? '低效' : 'low-efficiency') : ''}`,
          )
          .join(m.listSeparator) || '—',
      );
      if (p.vocEmitter)
        add(
          L('挥发性有机物是否水溶性', 'VOCs water-soluble'),
          soluble === null ? (lang === 'zh' ? '未填报' : 'not recorded') : yesNo(lang, soluble),
        );
      if (p.planRequirement || p.emissionTestOn)
        add(
          L('最近监测', 'Last emission test'),
          p.emissionTestOn
            ? `${text(p.emissionTestOn)} · ${pick(emissionTestResultLabels, p.emissionTestResult, lang)}`
            : lang === 'zh'
              ? '无记录'
              : 'none',
        );
      if (p.vocEmitter) {
        const checklist = (p.vocChecklist ?? {}) as Record<VocLink, string>;
        const gaps = vocLinks.filter((l) => checklist[l] === 'gap').map((l) => vocLinkLabels[l][lang]);
        add(
          L('VOCs十个关键环节', 'VOC 10 key links'),
          gaps.length
            ? `${lang === 'zh' ? '存在问题：' : 'gaps: '}${gaps.join(m.listSeparator)}`
            : lang === 'zh'
              ? '无问题'
              : 'no gaps',
        );
      }
      if (p.activatedCarbon) add(L('活性炭更换日期', 'Activated carbon replaced'), text(p.carbonReplacedOn));
      add(
        L('年货运量', 'Annual freight'),
        `${num(lang, (p.annualFreightT as number) / 10_000, 1)} ${lang === 'zh' ? '万吨/年' : '×10⁴ t/year'}`,
      );
      add(L('铁路专用线', 'Rail spur'), pick(railSpurStatusLabels, p.railSpur, lang));
      if (p.keyVehicleUnit) add(L('门禁系统', 'Gate system'), pick(gateSystemLabels, p.gateSystem, lang));
      for (const k of (p.kilnsBoilers as Props[]) ?? []) {
        add(
          L(k.kind === 'kiln' ? '工业炉窑' : '锅炉', k.kind === 'kiln' ? 'Kiln' : 'Boiler'),
          `${text(k.purpose)} · ${pick(kilnFuelLabels, k.fuel, lang)} · ` +
            `${num(lang, k.capacity)} ${pick(capacityUnitLabels, k.capacityUnit, lang)} · ${text(k.treatmentProcess)}`,
        );
      }
      break;
    }
    case 'construction-sites': {
      add(L('工程类型', 'Kind'), pick(siteKindLabels, p.kind, lang));
      township();
      add(L('占地面积', 'Area'), `${num(lang, p.areaM2)} m²`);
      add(L('工期', 'Period'), `${text(p.startDate)} — ${text(p.endDate)}`);
      add(L('施工单位', 'Contractor'), text(p.contractor));
      const inspection = p.lastInspection as {
        date: string;
        checks: Record<string, boolean>;
        inspector: string;
      } | null;
      add(
        L('最近检查', 'Latest inspection'),
        inspection ? `${inspection.date} · ${inspection.inspector}` : lang === 'zh' ? '未检查' : 'never',
      );
      if (inspection)
        for (const c of sixChecks)
          add(sixCheckLabels[c], inspection.checks[c] ? '✓ 100%' : lang === 'zh' ? '✗ 未达标' : '✗ failed');
      break;
    }
    case 'nrmm-zones':
      township();
      add(L('面积', 'Area'), `${num(lang, p.areaKm2, 2)} km²`);
      add(
        L('禁用标准', 'Banned'),
        lang === 'zh'
          ? `低于${pick(emissionStageLabels, p.minStage, lang)}、未编码登记、冒黑烟`
          : `below ${pick(emissionStageLabels, p.minStage, lang)}, unregistered, black smoke`,
      );
      add(L('实施日期', 'In force from'), text(p.effectiveFrom));
      add(
        L('区内禁用机械', 'Banned machines inside'),
        ((p.bannedMachinesInside as string[]) ?? []).join(m.listSeparator) || (lang === 'zh' ? '无' : 'none'),
      );
      break;
    case 'machines':
      add(L('机械类型', 'Type'), pick(machineTypeLabels, p.type, lang));
      add(L('排放阶段', 'Emission stage'), pick(emissionStageLabels, p.emissionStage as EmissionStage, lang));
      add(
        L('编码登记号', 'Registration code'),
        text(p.registrationCode) === '—' ? (lang === 'zh' ? '未登记' : 'not registered') : text(p.registrationCode),
      );
      add(
        L('烟度检测', 'Smoke test'),
        `${pick(smokeTestResultLabels, p.smokeTest, lang)}` +
          `${p.smokeTestedOn ? m.inParentheses(String(p.smokeTestedOn)) : ''}`,
      );
      add(
        L('禁用原因', 'Banned because'),
        ((p.banReasons as BanReason[]) ?? []).map((r) => banReasonLabels[r][lang]).join(m.listSeparator) || '—',
      );
      add(L('豁免', 'Exempt use'), pick(exemptUseLabels, p.exemptUse, lang));
      add(L('所有人', 'Owner'), text(p.owner));
      add(L('定位时间', 'Position time'), text(p.positionTs));
      township();
      break;
    case 'stations': {
      add(L('站点代码', 'Station code'), text(p.code));
      add(L('类型', 'Kind'), pick(stationKindLabels, p.kind, lang));
      township();
      if (p.status === 'stopped')
        add(L('状态', 'Status'), `${lang === 'zh' ? '已停运' : 'stopped'} ${text(p.stoppedOn)}`);
      const aqi = p.aqi as {
        period: 'hour' | 'day';
        at: string;
        value: number;
        category: string;
        categoryEn: string;
        primary: string[];
      } | null;
      const latest = p.latest as Record<string, number | null> | null;
      if (aqi)
        add(
          aqi.period === 'day'
            ? L(`日AQI（${aqi.at}）`, `Daily AQI (${aqi.at})`)
            : L('AQI（HJ 633-2012 实时）', 'AQI (HJ 633-2012, hourly)'),
          `${aqi.value} ${lang === 'zh' ? aqi.category : aqi.categoryEn}` +
            `${aqi.primary.length ? ` · ${m.primaryPollutant} ${aqi.primary.join(m.listSeparator)}` : ''}`,
        );
      if (latest) {
        add(L('时间', 'Hour ending'), text(latest.ts));
        for (const k of ['PM2.5', 'PM10', 'SO2', 'NO2', 'O3'] as const) add(L(k, k), `${text(latest[k])} µg/m³`);
        add(L('CO', 'CO'), `${text(latest.CO)} mg/m³`);
      }
      break;
    }
    case 'dustfall-points':
      township();
      add(L('月份', 'Month'), text(p.month));
      add(L('降尘量', 'Dustfall'), `${num(lang, p.value, 2)} ${lang === 'zh' ? '吨/(平方公里·月)' : 't/(km²·month)'}`);
      add(L(`是否超过 ${DUSTFALL_LIMIT}`, `Above ${DUSTFALL_LIMIT}`), yesNo(lang, p.exceeds));
      break;
    case 'fuel-points':
      add(L('类型', 'Kind'), pick(fuelPointKindLabels, p.kind, lang));
      township();
      add(L('举报日期', 'Reported'), text(p.reportedOn));
      add(L('处置状态', 'Status'), pick(fuelPointStatusLabels, p.status, lang));
      add(L('关停日期', 'Closed'), text(p.closedOn));
      break;
    default:
      // issue 16: vehicles, roads and dust
      rows.push(...dustDetailRows(layer, p, lang, townshipName));
      // issue 17: public reports and fuel samples
      rows.push(...enforcementDetailRows(layer, p, lang, townshipName));
      break;
  }
  return rows.map(([label, value, flag]): DetailRow => (flag ? [label[lang], value, flag] : [label[lang], value]));
}

/** The provenance badge text, e.g. 示意 / 合成 / 官方. */
export function provenanceText(p: Props, lang: Language): string {
  const label = provenanceLabels[p.provenance as Provenance];
  return label ? label[lang] : text(p.provenance);
}

/** Plan tasks a feature relates to (task numbers of the 2023 plan). */
export function relatedTasks(layer: LayerId, p: Props): number[] {
  const tasks = new Set<number>();
  switch (layer) {
    case 'enterprises':
      if (typeof p.planTask === 'number') tasks.add(p.planTask);
      if (((p.kilnsBoilers as unknown[]) ?? []).length) tasks.add(4).add(8);
      tasks.add(5).add(15);
      if (typeof p.annualFreightT === 'number' && p.annualFreightT >= 1_500_000) tasks.add(9);
      if (p.vocEmitter) tasks.add(13).add(14);
      if (p.keyVehicleUnit) tasks.add(16);
      break;
    case 'construction-sites':
      tasks.add(11).add(12);
      if (((p.activities as string[]) ?? []).some((a) => ['painting', 'asphalt', 'road-marking'].includes(a)))
        tasks.add(14);
      break;
    case 'villages':
      tasks.add(7);
      break;
    case 'nrmm-zones':
    case 'machines':
      tasks.add(10);
      break;
    case 'dustfall-points':
      tasks.add(12);
      break;
    case 'fuel-points':
      tasks.add(17);
      break;
    default:
      for (const n of dustRelatedTasks(layer, p)) tasks.add(n);
      for (const n of enforcementRelatedTasks(layer, p)) tasks.add(n);
      break;
  }
  return [...tasks].sort((a, b) => a - b);
}
