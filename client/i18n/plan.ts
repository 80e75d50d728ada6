import type { CoverageStatus, RequirementKind, SupportKind } from '../../server/schema/plan-requirements.ts';
import { defineMessages } from './define-messages.ts';

/**
 * The 计划 view's messages: the plan's text with its requirements, the coverage summary, the filters and the card
 * of a selected requirement (what supervises it, what is missing). The plan's own words (quotes, units, strength)
 * are shown verbatim in Chinese in both languages.
 *
 * @example
 * planMessages('zh').statusLabels.partial; // '部分覆盖'
 */
export const planMessages = defineMessages({
  loading: { zh: '正在加载计划原文与要求登记…', en: 'Loading the plan and its requirements…' },
  retry: { zh: '重试', en: 'Retry' },
  loadFailed: {
    zh: (what: string, text: string) => `${what}加载失败：${text}`,
    en: (what: string, text: string) => `Could not load ${what}: ${text}`,
  },
  partRequirements: { zh: '要求登记', en: 'the requirements register' },
  partDocument: { zh: '计划原文', en: 'the plan’s text' },
  title: { zh: '计划', en: 'The plan' },
  issued: {
    zh: (by: string, date: string) => `${by} · ${date} 印发`,
    en: (by: string, date: string) => `Issued by ${by} on ${date}`,
  },
  lead: {
    zh:
      '按发布原文呈现。每项要求按监管状态着色并标注编号；' +
      '点击一项要求，查看监管它的图层、规则、视图与报告，或尚缺什么。',
    en:
      'The plan as published, in Chinese. Each requirement is coloured and marked by how the console supervises ' +
      'it, with its id; click one to see the layers, rules, views and reports that supervise it, or what is missing.',
  },
  summaryLabel: { zh: '监管覆盖（点击按状态筛选）', en: 'Coverage (click to filter by status)' },
  statusLabel: {
    zh: (status: CoverageStatus) => ({ covered: '已覆盖', partial: '部分覆盖', missing: '未覆盖' })[status],
    en: (status: CoverageStatus) => ({ covered: 'Covered', partial: 'Partly covered', missing: 'Not covered' })[status],
  },
  countOf: {
    zh: (shown: number, total: number) => `${shown} / ${total}`,
    en: (shown: number, total: number) => `${shown} of ${total}`,
  },
  countTitle: {
    zh: (shown: number, total: number) => `筛选后 ${shown} 项，全部 ${total} 项`,
    en: (shown: number, total: number) => `${shown} after the filters, ${total} in all`,
  },
  filterTask: { zh: '任务', en: 'Task' },
  filterUnit: { zh: '单位', en: 'Unit' },
  filterStatus: { zh: '状态', en: 'Status' },
  allTasks: { zh: '全部', en: 'All' },
  goals: { zh: '主要目标', en: 'Targets' },
  safeguards: { zh: '保障措施', en: 'Safeguards' },
  taskN: { zh: (n: number) => `任务${n}`, en: (n: number) => `Task ${n}` },
  allUnits: { zh: '全部单位', en: 'Every unit' },
  allStatuses: { zh: '全部状态', en: 'Every status' },
  showAs: { zh: '显示方式', en: 'Show as' },
  asText: { zh: '原文', en: 'Text' },
  asList: { zh: '列表', en: 'List' },
  listEmpty: { zh: '没有符合筛选条件的要求。', en: 'No requirement matches the filters.' },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
  shown: {
    zh: (shown: number, total: number) => `显示 ${shown} / ${total} 项要求，其余变淡`,
    en: (shown: number, total: number) => `${shown} of ${total} requirements match; the others are dimmed`,
  },
  requirementTitle: {
    zh: (id: string, status: string) => `要求 ${id}（${status}），点击查看监管情况`,
    en: (id: string, status: string) => `Requirement ${id} (${status}); click to see how it is supervised`,
  },
  card: { zh: (id: string) => `要求 ${id}`, en: (id: string) => `Requirement ${id}` },
  close: { zh: '关闭', en: 'Close' },
  kind: { zh: '类型', en: 'Kind' },
  kindLabel: {
    zh: (kind: RequirementKind) =>
      ({
        target: '目标',
        obligation: '任务要求',
        deadline: '时限要求',
        control: '管控要求',
        encouragement: '鼓励性要求',
        safeguard: '保障措施',
      })[kind],
    en: (kind: RequirementKind) =>
      ({
        target: 'Target',
        obligation: 'Obligation',
        deadline: 'Deadline',
        control: 'Control',
        encouragement: 'Encouragement',
        safeguard: 'Safeguard',
      })[kind],
  },
  strength: { zh: '措辞强度', en: 'Strength (the plan’s word)' },
  noStrength: { zh: '无', en: 'none' },
  status: { zh: '监管状态', en: 'Coverage' },
  leadUnits: { zh: '牵头单位', en: 'Lead' },
  cooperatingUnits: { zh: '配合单位', en: 'Cooperating' },
  responsibleUnits: { zh: '责任单位', en: 'Responsible' },
  noUnits: { zh: '原文未写明', en: 'not named in the plan' },
  listSeparator: { zh: '、', en: ', ' },
  gap: { zh: '尚缺', en: 'What is missing' },
  supports: { zh: '监管手段（点击跳转）', en: 'Supervised by (click to open)' },
  noSupports: { zh: '控制台尚无任何手段监管此项要求。', en: 'Nothing in the console supervises this requirement yet.' },
  supportKind: {
    zh: (kind: SupportKind) =>
      ({
        layer: '图层',
        rule: '规则',
        view: '视图',
        report: '报告',
        api: '接口',
        target: '目标',
        control: '管控',
        indicator: '指标',
      })[kind],
    en: (kind: SupportKind) =>
      ({
        layer: 'Layer',
        rule: 'Rule',
        view: 'View',
        report: 'Report',
        api: 'API',
        target: 'Target',
        control: 'Control',
        indicator: 'Indicator',
      })[kind],
  },
  /** A control's name (`ozone`, `autumn-winter`, `heavy-pollution`); an unknown one by its id. */
  controlLabel: {
    zh: (id: string) =>
      (
        ({ ozone: '夏季臭氧管控', 'autumn-winter': '秋冬季攻坚', 'heavy-pollution': '重污染天气预警' }) as Record<
          string,
          string
        >
      )[id] ?? id,
    en: (id: string) =>
      (
        ({
          ozone: 'Summer ozone control',
          'autumn-winter': 'Autumn–winter campaign',
          'heavy-pollution': 'Heavy-pollution alert',
        }) as Record<string, string>
      )[id] ?? id,
  },
  monthlyReport: { zh: '月度报告', en: 'Monthly report' },
  cityIndicators: { zh: '市下达年度约束性指标', en: 'City-assigned annual indicators' },
  apiNote: { zh: '数据接口，无页面可跳转', en: 'a data route; nothing to open' },
  inBrackets: { zh: (text: string) => `（${text}）`, en: (text: string) => ` (${text})` },
  thisView: { zh: '本视图', en: 'this view' },
  notInText: {
    zh: '这些要求未能在原文中定位：',
    en: 'These requirements could not be placed in the text:',
  },
});
