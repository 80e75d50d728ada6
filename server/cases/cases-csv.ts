import { toCsv, type CsvColumn, type CsvLang } from '../export/to-csv.ts';
import type { CaseListItem } from '../schema/cases.ts';
import { caseOriginLabels, caseStageLabels, reinspectionResultLabels } from '../schema/enums/enforcement-case.ts';

type CaseCsvKey =
  | 'number'
  | 'origin'
  | 'stage'
  | 'entityLayer'
  | 'entityId'
  | 'entityName'
  | 'township'
  | 'townshipName'
  | 'industry'
  | 'task'
  | 'department'
  | 'violation'
  | 'openedAt'
  | 'decidedAt'
  | 'fineYuan'
  | 'rectificationDueOn'
  | 'reinspection'
  | 'overdue'
  | 'closedAt'
  | 'source'
  | 'provenance';

/** The columns of the case export, in order. */
export const caseCsvColumns: readonly CsvColumn<CaseCsvKey>[] = [
  { key: 'number', header: { zh: '案件编号', en: 'case number' } },
  { key: 'origin', header: { zh: '案件来源', en: 'origin' } },
  { key: 'stage', header: { zh: '办理阶段', en: 'stage' } },
  { key: 'entityLayer', header: { zh: '对象图层', en: 'entity layer' } },
  { key: 'entityId', header: { zh: '对象编号', en: 'entity id' } },
  { key: 'entityName', header: { zh: '当事对象', en: 'entity' } },
  { key: 'township', header: { zh: '乡镇代码', en: 'township code' } },
  { key: 'townshipName', header: { zh: '乡镇（街道）', en: 'township' } },
  { key: 'industry', header: { zh: '行业', en: 'industry' } },
  { key: 'task', header: { zh: '规划任务', en: 'plan task' } },
  { key: 'department', header: { zh: '办案部门', en: 'department' } },
  { key: 'violation', header: { zh: '违法事实', en: 'violation' } },
  { key: 'openedAt', header: { zh: '立案时间', en: 'opened at' } },
  { key: 'decidedAt', header: { zh: '处罚决定时间', en: 'decided at' } },
  { key: 'fineYuan', header: { zh: '罚款（元）', en: 'fine (yuan)' } },
  { key: 'rectificationDueOn', header: { zh: '整改期限', en: 'rectification due' } },
  { key: 'reinspection', header: { zh: '最近复查', en: 'latest re-inspection' } },
  { key: 'overdue', header: { zh: '整改逾期', en: 'overdue' } },
  { key: 'closedAt', header: { zh: '结案时间', en: 'closed at' } },
  { key: 'source', header: { zh: '线索编号', en: 'source' } },
  { key: 'provenance', header: { zh: '数据来源', en: 'provenance' } },
];

/**
 * The cases as CSV (UTF-8 with BOM, CRLF), labels in `lang`.
 *
 * @example
 * casesCsv(list.cases, 'zh').startsWith('\uFEFF案件编号,'); // true
 */
export function casesCsv(cases: readonly CaseListItem[], lang: CsvLang): string {
  const rows = cases.map((c) => ({
    number: c.number,
    origin: caseOriginLabels[c.origin][lang],
    stage: caseStageLabels[c.stage][lang],
    entityLayer: c.entity.layer,
    entityId: c.entity.id,
    entityName: c.entity.name,
    township: c.township,
    townshipName: c.townshipName,
    industry: c.industry,
    task: c.task,
    department: c.departmentName ?? c.departmentId,
    violation: c.violation,
    openedAt: c.openedAt,
    decidedAt: c.decidedAt,
    fineYuan: c.fineYuan,
    rectificationDueOn: c.rectificationDueOn,
    reinspection: c.reinspectionResult === null ? null : reinspectionResultLabels[c.reinspectionResult][lang],
    overdue: c.overdue,
    closedAt: c.closedAt,
    source: c.links.alertId !== null ? `alert ${c.links.alertId}` : (c.links.reportTicket ?? c.links.sampleNo ?? null),
    provenance: c.provenance,
  }));
  return toCsv(rows, caseCsvColumns, { lang });
}
