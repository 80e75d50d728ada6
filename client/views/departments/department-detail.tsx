import type { ComponentChildren } from 'preact';
import {
  fundPurposeLabels,
  fundStatusLabels,
  planItemStatusLabels,
  taskDepartmentRoleLabels,
  taskDepartmentRoles,
} from '../../../server/schema/enums/department.ts';
import { caseStageLabels, caseStages } from '../../../server/schema/enums/enforcement-case.ts';
import { departmentsOwnersMessages } from '../../i18n/departments-owners.ts';
import type { Language } from '../../state/app-state.ts';
import type { DepartmentDetail } from './department-types.ts';
import { disbursedShare } from './disbursed-share.ts';
import { formatWan } from './load-state.tsx';

/** How many open alerts the detail lists (the oldest first as the server gives them); the rest are counted. */
export const ALERTS_LISTED = 20;

/** A case stage in words (the id itself for a stage this console does not know). */
function stageText(stage: string, lang: Language): string {
  const known = caseStages.find((s) => s === stage);
  return known ? caseStageLabels[known][lang] : stage;
}

/** Where the detail's links lead: the 任务, 告警 and 执法 views. */
export interface DetailLinks {
  openTask(task: number): void;
  /** The name of an enterprise (its id in the enterprises layer), for the requests. */
  enterpriseName(id: string): string;
  openAlert(alert: DepartmentDetail['alerts'][number]): void;
  openCase(id: number): void;
}

function Block(props: { title: string; name: string; empty: string; count: number; children: ComponentChildren }) {
  return (
    <section class="department-block" data-detail-block={props.name}>
      <h4>
        {props.title} <span class="muted">{props.count}</span>
      </h4>
      {props.count === 0 ? <p class="muted">{props.empty}</p> : props.children}
    </section>
  );
}

/**
 * One department's detail: the tasks it leads, cooperates on and answers for (links to the 任务 view), its open
 * alerts (links to 告警 with the alert's rule and entity selected), open cases (to 执法's 案件), plan items with
 * progress, funds and the enterprise requests it is to answer. Overdue things carry the overdue colour and 逾期.
 */
export function DepartmentDetailPanel(props: { lang: Language; detail: DepartmentDetail; links: DetailLinks }) {
  const { lang, detail, links } = props;
  const m = departmentsOwnersMessages(lang);
  const overdue = <span class="department-overdue"> {m.overdue}</span>;
  return (
    <div class="department-detail" data-department-detail={detail.department.id}>
      <h3>{lang === 'zh' ? detail.department.name : detail.department.nameEn}</h3>
      <Block title={m.roleTasks} name="tasks" empty={m.noTasks} count={detail.tasks.length}>
        {taskDepartmentRoles.map((role) => {
          const tasks = detail.tasks.filter((t) => t.role === role);
          if (!tasks.length) return null;
          return (
            <div key={role} data-task-role={role}>
              <span class="muted">{taskDepartmentRoleLabels[role][lang]}：</span>
              <ul class="department-list">
                {tasks.map((t) => (
                  <li key={t.number}>
                    <button
                      type="button"
                      class="link-button"
                      data-detail-task={String(t.number)}
                      title={m.openTask(t.number)}
                      onClick={() => links.openTask(t.number)}
                    >
                      {m.taskNumber(t.number)}
                    </button>{' '}
                    {t.title}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </Block>
      <Block title={m.alertsTitle} name="alerts" empty={m.noAlerts} count={detail.alerts.length}>
        <ul class="department-list">
          {detail.alerts.slice(0, ALERTS_LISTED).map((a) => (
            <li key={a.id}>
              <button
                type="button"
                class="link-button"
                data-detail-alert={String(a.id)}
                title={m.openAlert}
                onClick={() => links.openAlert(a)}
              >
                {a.title[lang]}
              </button>{' '}
              <span class="muted">
                {m.taskNumber(a.task)} · {m.age(a.ageDays)} · {a.routed === 'explicit' ? m.routed : m.byDefault}
              </span>
            </li>
          ))}
        </ul>
        {detail.alerts.length > ALERTS_LISTED && (
          <p class="muted" data-alerts-more={String(detail.alerts.length - ALERTS_LISTED)}>
            {m.moreAlerts(detail.alerts.length - ALERTS_LISTED)}
          </p>
        )}
      </Block>
      <Block title={m.casesTitle} name="cases" empty={m.noCases} count={detail.cases.length}>
        <ul class="department-list">
          {detail.cases.map((c) => (
            <li key={c.id} class={c.overdue ? 'department-overdue' : undefined}>
              <button
                type="button"
                class="link-button"
                data-detail-case={c.number}
                onClick={() => links.openCase(c.id)}
              >
                {c.number}
              </button>{' '}
              {c.entityName} · {stageText(c.stage, lang)}
              {c.dueOn && ` · ${m.dueOn(c.dueOn)}`}
              {c.overdue && overdue}
            </li>
          ))}
        </ul>
      </Block>
      <Block title={m.planTitle} name="plan" empty={m.noPlan} count={detail.planItems.length}>
        <ul class="department-list">
          {detail.planItems.map((p) => (
            <li key={p.id} class={p.overdue ? 'department-overdue' : undefined} data-detail-plan={String(p.id)}>
              {p.title} · {planItemStatusLabels[p.status][lang]} · {p.progress}% · {m.dueOn(p.dueOn)}
              {p.overdue && overdue}
            </li>
          ))}
        </ul>
      </Block>
      <Block title={m.fundsTitle} name="funds" empty={m.noFunds} count={detail.funds.length}>
        <ul class="department-list">
          {detail.funds.map((f) => (
            <li key={f.id}>
              {f.year} · {f.project} · {fundPurposeLabels[f.purpose][lang]} · {m.wan(formatWan(f.amountWan))} ·{' '}
              {fundStatusLabels[f.status][lang]} · {m.disbursed(disbursedShare(f))}
            </li>
          ))}
        </ul>
      </Block>
      <Block title={m.requestsTitle} name="requests" empty={m.noRequests} count={detail.requests.length}>
        <ul class="department-list">
          {detail.requests.map((r) => (
            <li key={r.id} data-detail-request={String(r.id)}>
              {links.enterpriseName(r.enterpriseId)}：{r.text} <span class="muted">{r.visitedAt.slice(0, 10)}</span>
            </li>
          ))}
        </ul>
      </Block>
    </div>
  );
}
