/**
 * The details rows of issue 16's layers (built-up area, vehicles, checkpoints, repair shops, muck trucks, road
 * segments, stockyards): every property in words, with units, labelled from the zod-free enums.
 *
 * @module
 */
import type { LayerId } from '../../server/schema/enums/layer-id.ts';
import { repairInspectionOutcomeLabels, repairShopCategoryLabels } from '../../server/schema/enums/repair-shop.ts';
import { roadClassLabels } from '../../server/schema/enums/road-segment.ts';
import { checkOutcomeLabels, checkpointKindLabels } from '../../server/schema/enums/roadside-check.ts';
import {
  stockyardControlLabels,
  stockyardControls,
  stockyardKindLabels,
  stockyardMaterialLabels,
} from '../../server/schema/enums/stockyard.ts';
import {
  vehicleCategoryLabels,
  vehicleEmissionStageLabels,
  vehicleFuelLabels,
  vehicleRegisterLabels,
  vehicleStatusLabels,
} from '../../server/schema/enums/vehicle.ts';
import { consoleMessages } from '../i18n/messages.ts';
import type { Language } from '../state/app-state.ts';

type Props = Record<string, unknown>;
type Label = { zh: string; en: string };
/** One row: label, value, and 'overdue' when the value is a warning. */
export type DustRow = [Label, string, 'overdue' | null];

const L = (zh: string, en: string): Label => ({ zh, en });
const text = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));
const yesNo = (lang: Language, v: unknown) =>
  v === true ? (lang === 'zh' ? '是' : 'yes') : v === false ? (lang === 'zh' ? '否' : 'no') : '—';
const num = (lang: Language, v: unknown, digits = 0) =>
  typeof v === 'number' ? v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: digits }) : '—';
function pick(labels: Readonly<Record<string, Label>>, key: unknown, lang: Language): string {
  return labels[String(key)]?.[lang] ?? text(key);
}
const percent = (lang: Language, v: unknown) => (typeof v === 'number' ? `${num(lang, v * 100, 1)}%` : '—');
const hours = (lang: Language, h: unknown) =>
  typeof h === 'number'
    ? lang === 'zh'
      ? `每 ${num(lang, h)} 小时至少一次`
      : `at least every ${num(lang, h)} h`
    : null;
const never = (lang: Language) => (lang === 'zh' ? '无记录' : 'none');
/** A CST moment `YYYY-MM-DDTHH:mm[:ss]` as the console writes it (a space for the T). */
const when = (v: unknown) => text(v).replace(/^(\d{4}-\d{2}-\d{2})T/, '$1 ');

/** The rows of an issue-16 layer's feature; [] for other layers. `township` adds the township row. */
export function dustDetailRows(layer: LayerId, p: Props, lang: Language, township: () => string): DustRow[] {
  const m = consoleMessages(lang);
  const rows: DustRow[] = [];
  const add = (label: Label, value: string, flag: 'overdue' | null = null) => rows.push([label, value, flag]);
  const townshipRow = () => add(L('所属乡镇（街道）', 'Township'), township());
  switch (layer) {
    case 'built-up-area':
      townshipRow();
      add(L('面积', 'Area'), `${num(lang, p.areaKm2, 2)} km²`);
      add(L('实施日期', 'In force from'), text(p.effectiveFrom));
      add(
        L('边界', 'Boundary'),
        p.provisional === false
          ? lang === 'zh'
            ? '已导入（规划部门边界）'
            : 'imported (planning department)'
          : lang === 'zh'
            ? '示意范围：待导入规划部门的城市建成区边界'
            : 'provisional outline, until the planning department’s boundary is imported',
      );
      add(
        L('适用规则', 'Rules limited to it'),
        lang === 'zh'
          ? '任务2 重污染企业错峰与应急、任务9 物料运输、任务10 渣土车与非道路机械、' +
              '任务11 道路清扫、任务14 臭氧时段作业'
          : 'tasks 2 (heavy polluters), 9 (material transfer), 10 (muck trucks, NRMM), 11 (road sweeping), 14 (ozone)',
      );
      break;
    case 'vehicles': {
      add(L('号牌', 'Plate'), text(p.plate));
      add(L('车辆类型', 'Vehicle type'), pick(vehicleCategoryLabels, p.category, lang));
      add(L('燃料类型', 'Fuel'), pick(vehicleFuelLabels, p.fuel, lang));
      add(L('排放阶段', 'Emission stage'), pick(vehicleEmissionStageLabels, p.emissionStage, lang));
      if (p.leanBurn === true) add(L('稀薄燃烧技术', 'Lean-burn engine'), yesNo(lang, true));
      add(L('市政公共服务车辆', 'Municipal service vehicle'), yesNo(lang, p.municipal));
      add(L('所有人', 'Owner unit'), text(p.ownerUnit));
      if (p.keyUserEnterpriseId) add(L('重点用车单位', 'Key vehicle-using unit'), text(p.keyUserEnterpriseId));
      add(L('注册登记日期', 'Registered on'), text(p.registeredOn));
      add(
        L('状态', 'Status'),
        `${pick(vehicleStatusLabels, p.status, lang)}${p.statusOn ? m.inParentheses(String(p.statusOn)) : ''}`,
      );
      if (p.scrapDueOn) add(L('强制报废期限', 'Scrapping due'), text(p.scrapDueOn));
      add(L('数据来源台账', 'Register'), pick(vehicleRegisterLabels, p.register, lang));
      townshipRow();
      const check = p.lastCheck as { at: string; hit: boolean; outcome: string } | null;
      add(
        L('最近路检路查', 'Latest roadside check'),
        check
          ? `${when(check.at)} · ${check.hit ? m.checkHit : m.checkClear}` +
              ` · ${pick(checkOutcomeLabels, check.outcome, lang)}`
          : never(lang),
      );
      break;
    }
    case 'checkpoints':
      add(L('类型', 'Kind'), pick(checkpointKindLabels, p.kind, lang));
      townshipRow();
      add(L('近30日检查', 'Checks (30 days)'), `${num(lang, p.checks)} ${lang === 'zh' ? '辆次' : 'vehicles'}`);
      add(L('其中发现问题', 'Of which with a problem'), `${num(lang, p.hits)} ${lang === 'zh' ? '辆次' : 'vehicles'}`);
      add(L('命中率', 'Hit rate'), percent(lang, p.hitRate));
      add(L('最近检查', 'Latest check'), p.lastCheckAt ? when(p.lastCheckAt) : never(lang));
      break;
    case 'repair-shops': {
      add(L('类别', 'Category'), pick(repairShopCategoryLabels, p.category, lang));
      add(L('排放维修站（M站）', 'Emissions repair station (M)'), yesNo(lang, p.emissionsRepair));
      add(L('经营许可证号', 'Licence'), text(p.licence));
      townshipRow();
      const i = p.lastInspection as {
        date: string;
        aftertreatmentRemoval: boolean;
        obdTampering: boolean;
        ledgerComplete: boolean;
        outcome: string;
        rectifiedOn: string | null;
        inspector: string;
      } | null;
      add(L('最近检查', 'Latest inspection'), i ? `${i.date} · ${i.inspector}` : lang === 'zh' ? '未检查' : 'never');
      if (i) {
        const found = lang === 'zh' ? '✗ 发现' : '✗ found';
        const none = lang === 'zh' ? '✓ 未发现' : '✓ none';
        add(L('拆除尾气后处理装置', 'After-treatment removed'), i.aftertreatmentRemoval ? found : none);
        add(L('篡改OBD', 'OBD tampering'), i.obdTampering ? found : none);
        add(L('维修台账完整', 'Repair ledger complete'), yesNo(lang, i.ledgerComplete));
        add(L('处理结果', 'Outcome'), pick(repairInspectionOutcomeLabels, i.outcome, lang));
        add(L('整改完成日期', 'Rectified on'), text(i.rectifiedOn));
      }
      add(L('未整改问题', 'Open finding'), yesNo(lang, p.openFinding), p.openFinding === true ? 'overdue' : null);
      break;
    }
    case 'muck-trucks': {
      add(L('号牌', 'Plate'), text(p.plate));
      add(L('运输企业', 'Company'), text(p.company));
      add(L('燃料类型', 'Fuel'), pick(vehicleFuelLabels, p.fuel, lang));
      add(L('排放阶段', 'Emission stage'), pick(vehicleEmissionStageLabels, p.emissionStage, lang));
      add(L('密闭运输', 'Sealed body'), yesNo(lang, p.sealed));
      add(L('卫星定位终端', 'GPS device'), text(p.gpsDevice));
      townshipRow();
      add(
        L('定位时间', 'Position time'),
        p.positionAt
          ? `${when(p.positionAt)}${typeof p.speedKmh === 'number' ? ` · ${num(lang, p.speedKmh)} km/h` : ''}`
          : lang === 'zh'
            ? '24小时内无定位（显示企业驻地）'
            : 'no fix in 24 h (shown at its base)',
      );
      const permit = p.permit as {
        id: string;
        siteId: string;
        disposalSiteId: string;
        validFrom: string;
        validTo: string;
        hoursFrom: string;
        hoursTo: string;
        bufferM: number;
      } | null;
      if (permit) {
        add(L('准运证', 'Permit'), `${permit.id} · ${permit.validFrom} — ${permit.validTo}`);
        add(L('核准运输时段', 'Approved hours'), `${permit.hoursFrom}–${permit.hoursTo}`);
        add(L('路线偏离容许距离', 'Route buffer'), `${num(lang, permit.bufferM)} m`);
        add(L('出土工地', 'Construction site'), text(permit.siteId));
        add(L('消纳场所', 'Disposal site'), text(permit.disposalSiteId));
      } else add(L('准运证', 'Permit'), lang === 'zh' ? '无有效准运证' : 'no valid permit', 'overdue');
      break;
    }
    case 'road-segments': {
      add(L('道路等级', 'Road class'), pick(roadClassLabels, p.roadClass, lang));
      townshipRow();
      add(L('长度', 'Length'), `${num(lang, p.lengthKm, 2)} km`);
      add(L('养护（作业）单位', 'Maintainer'), text(p.maintainer));
      const sweep = hours(lang, p.sweepIntervalH);
      const wash = hours(lang, p.washIntervalH);
      add(L('机械化湿扫频次', 'Wet sweeping'), sweep ?? (lang === 'zh' ? '无要求' : 'not required'));
      add(L('冲洗频次', 'Washing'), wash ?? (lang === 'zh' ? '无要求' : 'not required'));
      add(L('最近湿扫', 'Last wet sweep'), p.lastSweepAt ? when(p.lastSweepAt) : never(lang));
      add(L('最近冲洗', 'Last wash'), p.lastWashAt ? when(p.lastWashAt) : never(lang));
      add(
        L('清扫进度', 'Cleaning schedule'),
        p.behind === true
          ? lang === 'zh'
            ? '滞后（超过规定间隔未作业）'
            : 'behind (no cleaning within the interval)'
          : sweep || wash
            ? lang === 'zh'
              ? '按规定频次'
              : 'on schedule'
            : '—',
        p.behind === true ? 'overdue' : null,
      );
      const dust = p.dustLoad as { measuredOn: string; loadGM2: number } | null;
      add(
        L('道路积尘负荷', 'Road-dust load'),
        dust
          ? `${num(lang, dust.loadGM2, 2)} g/m²${m.inParentheses(dust.measuredOn)}`
          : lang === 'zh'
            ? '未检测'
            : 'not measured',
      );
      break;
    }
    case 'stockyards': {
      add(L('类型', 'Kind'), pick(stockyardKindLabels, p.kind, lang));
      add(L('堆存物料', 'Material'), pick(stockyardMaterialLabels, p.material, lang));
      add(L('占地面积', 'Area'), `${num(lang, p.areaM2)} m²`);
      if (p.enterpriseId) add(L('所属企业', 'Enterprise'), text(p.enterpriseId));
      townshipRow();
      const i = p.lastInspection as { date: string; checks: Record<string, boolean>; inspector: string } | null;
      add(L('最近检查', 'Latest inspection'), i ? `${i.date} · ${i.inspector}` : lang === 'zh' ? '未检查' : 'never');
      if (i)
        for (const c of stockyardControls)
          add(
            stockyardControlLabels[c],
            i.checks[c] ? (lang === 'zh' ? '✓ 到位' : '✓ in place') : lang === 'zh' ? '✗ 未到位' : '✗ missing',
            i.checks[c] ? null : 'overdue',
          );
      break;
    }
    default:
      break;
  }
  return rows;
}

/** Plan tasks an issue-16 feature relates to. */
export function dustRelatedTasks(layer: LayerId, p: Props): number[] {
  switch (layer) {
    case 'built-up-area':
      return [2, 9, 10, 11, 14];
    case 'vehicles':
      return p.municipal === true ? [9, 10, 16] : [9, 16];
    case 'checkpoints':
    case 'repair-shops':
      return [16];
    case 'muck-trucks':
      return [10, 11];
    case 'road-segments':
      return [11, 12];
    case 'stockyards':
      return [12];
    default:
      return [];
  }
}
