import { planBasis } from '../schema/basis.ts';
import { reportCategoryLabels, reportCategoryTasks } from '../schema/enums/public-report.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * A public report (群众举报) received by as-of and still waiting: `received` or `accepted`. It cites the task of its
 * category (a burning report task 12, a loose-coal report task 7 …) and clears once the report is handled,
 * rejected or closed. Silent without report facts.
 *
 * @example
 * publicReportOpenRule.evaluate(facts, context)[0]?.task; // 12 for an open burning report
 */
export const publicReportOpenRule: RuleDefinition = {
  id: 'public-report-open',
  task: 4,
  severity: 'warning',
  layer: 'public-reports',
  basis: [
    planBasis('S8'),
    {
      kind: 'convention',
      note: {
        zh:
          '群众举报进入告警闭环：已收到或已受理而未处理的举报按其类别对应的任务生成告警，' +
          '处理、不予受理或办结后解除（本系统约定）',
        en:
          'Public reports enter the alert loop: a report received or accepted and not yet handled raises an alert ' +
          "under its category's task, cleared once handled, rejected or closed (console convention)",
      },
    },
  ],
  evaluate: (facts, { asOf }) =>
    (facts.publicReports ?? [])
      .filter((r) => (r.status === 'received' || r.status === 'accepted') && r.receivedAt <= asOf)
      .map((r) => ({
        entityId: r.ticket,
        township: r.township,
        since: r.receivedAt,
        task: reportCategoryTasks[r.category],
        detail: {
          zh: `${reportCategoryLabels[r.category].zh}举报 ${r.ticket}（${
            r.status === 'received' ? '待受理' : '已受理，待处理'
          }）`,
          en: `${reportCategoryLabels[r.category].en} report ${r.ticket} (${
            r.status === 'received' ? 'awaiting acceptance' : 'accepted, awaiting handling'
          })`,
        },
      })),
};
