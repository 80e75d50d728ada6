/**
 * The details rows of issue 17's layers (群众举报 public reports, 油品抽检 fuel samples): their key fields in words,
 * labelled from the zod-free enums. A report's rows never hold the reporter's contact data (the layer has none).
 *
 * @module
 */
import {
  reportCategoryLabels,
  reportCategoryTasks,
  reportStatusLabels,
} from '../../server/schema/enums/public-report.ts';
import {
  fuelProductLabels,
  sampleResultLabels,
  sampleSiteKindLabels,
  traceStatusLabels,
} from '../../server/schema/enums/fuel-sample.ts';
import type { LayerId } from '../../server/schema/enums/layer-id.ts';
import type { Language } from '../state/app-state.ts';

type Props = Record<string, unknown>;
type Label = { zh: string; en: string };
/** One row: label, value, and 'overdue' when the value is a warning. */
export type EnforcementRow = [Label, string, 'overdue' | null];

const L = (zh: string, en: string): Label => ({ zh, en });
const text = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));
/** A CST moment `YYYY-MM-DDTHH:mm` with a space for the T. */
const when = (v: unknown) => text(v).replace(/^(\d{4}-\d{2}-\d{2})T/, '$1 ');
function pick(labels: Readonly<Record<string, Label>>, key: unknown, lang: Language): string {
  return labels[String(key)]?.[lang] ?? text(key);
}

/** The rows of an issue-17 layer's feature; [] for other layers. `township` gives the township's name. */
export function enforcementDetailRows(
  layer: LayerId,
  p: Props,
  lang: Language,
  township: () => string,
): EnforcementRow[] {
  const rows: EnforcementRow[] = [];
  const add = (label: Label, value: string, flag: 'overdue' | null = null) => rows.push([label, value, flag]);
  switch (layer) {
    case 'public-reports':
      add(L('受理编号', 'Ticket'), text(p.id));
      add(L('举报类别', 'Category'), pick(reportCategoryLabels, p.category, lang));
      add(L('所属乡镇（街道）', 'Township'), township());
      add(L('收到时间', 'Received'), when(p.receivedAt));
      add(
        L('办理状态', 'Status'),
        pick(reportStatusLabels, p.status, lang),
        p.status === 'received' || p.status === 'accepted' ? 'overdue' : null,
      );
      add(L('举报内容', 'Description'), text(p.description));
      add(L('现场照片', 'Photo'), p.hasPhoto === true ? (lang === 'zh' ? '有' : 'yes') : lang === 'zh' ? '无' : 'none');
      break;
    case 'fuel-samples':
      add(L('样品编号', 'Sample number'), text(p.id));
      add(L('抽检地点', 'Site'), `${text(p.siteName)}（${pick(sampleSiteKindLabels, p.siteKind, lang)}）`);
      add(L('所属乡镇（街道）', 'Township'), township());
      add(L('抽样时间', 'Sampled'), when(p.sampledAt));
      add(L('油品', 'Product'), pick(fuelProductLabels, p.product, lang));
      add(L('执行标准', 'Standard'), text(p.standard));
      add(L('检测结论', 'Result'), pick(sampleResultLabels, p.result, lang), p.result === 'fail' ? 'overdue' : null);
      if (p.resultOn) add(L('出具结论日期', 'Result on'), text(p.resultOn));
      if (Array.isArray(p.failedItems) && p.failedItems.length > 0)
        add(L('不合格项目', 'Failed items'), p.failedItems.map(String).join(lang === 'zh' ? '、' : ', '));
      if (p.traceStatus) add(L('溯源', 'Trace'), pick(traceStatusLabels, p.traceStatus, lang));
      break;
    default:
      break;
  }
  return rows;
}

/** Plan tasks an issue-17 feature relates to: a report its category's task, a sample task 17. */
export function enforcementRelatedTasks(layer: LayerId, p: Props): number[] {
  if (layer === 'public-reports') {
    const task = reportCategoryTasks[p.category as keyof typeof reportCategoryTasks];
    return task ? [task] : [];
  }
  return layer === 'fuel-samples' ? [17] : [];
}
