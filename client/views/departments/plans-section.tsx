import { useState } from 'preact/hooks';
import { planItemStatusLabels, planItemStatuses } from '../../../server/schema/enums/department.ts';
import { session } from '../../api/session.ts';
import { useFetched } from '../../api/use-fetched.ts';
import { departmentsPlansMessages } from '../../i18n/departments-plans.ts';
import type { DepartmentsResponse, PlanItem, PlanItemsResponse } from './department-types.ts';
import type { DepartmentsSectionProps } from './departments-view.tsx';
import { loadState, SyntheticMark } from './load-state.tsx';
import { ownDepartmentId } from './own-department.ts';
import { PlanItemForm } from './plan-item-form.tsx';
import { PlanProgress } from './plan-progress.tsx';
import { filterPlanItems, type PlanFilter, planYears } from './plans-filter.ts';

/** Whether the signed-in user may edit an item's progress: its own department's users and admins. */
export function mayEditProgress(item: PlanItem): boolean {
  return session.can('edit') || (session.user !== null && ownDepartmentId() === item.departmentId);
}

/**
 * 年度计划: the departments' annual plan items (S3; GET /api/departments/plan-items) by department and year, with
 * status and overdue filters; progress editing for the item's own department and admins; a new item form for admins.
 */
export function PlansSection({ context, lang, asOf }: DepartmentsSectionProps) {
  const m = departmentsPlansMessages(lang);
  const items = useFetched<PlanItemsResponse>(
    `/api/departments/plan-items${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`,
    lang,
  );
  const departments = useFetched<DepartmentsResponse>('/api/departments', lang);
  const fallbackYear = Number((asOf ?? '2023').slice(0, 4));
  const [filter, setFilter] = useState<PlanFilter>({
    department: '',
    year: fallbackYear,
    status: '',
    overdueOnly: false,
  });
  const waiting = loadState(lang, items.value, items.error, items.reload);
  if (waiting) return <section data-departments-section="plans">{waiting}</section>;
  const all = items.value?.items ?? [];
  const years = planYears(all, fallbackYear);
  const year = years.includes(filter.year) ? filter.year : (years[0] ?? fallbackYear);
  const { shown, done, overdue } = filterPlanItems(all, { ...filter, year });
  const choices = (departments.value?.departments ?? []).map((d) => ({
    id: d.id,
    name: lang === 'zh' ? d.name : d.nameEn,
  }));
  const update = (patch: Partial<PlanFilter>) => setFilter({ ...filter, year, ...patch });
  return (
    <section data-departments-section="plans">
      <p class="muted">{m.intro}</p>
      <div class="department-filters">
        <label>
          {m.department}
          <select
            data-filter="department"
            value={filter.department}
            onChange={(e) => update({ department: e.currentTarget.value })}
          >
            <option value="">{m.allDepartments}</option>
            {choices.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.year}
          <select
            data-filter="year"
            value={String(year)}
            onChange={(e) => update({ year: Number(e.currentTarget.value) })}
          >
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.status}
          <select
            data-filter="status"
            value={filter.status}
            onChange={(e) => update({ status: planItemStatuses.find((s) => s === e.currentTarget.value) ?? '' })}
          >
            <option value="">{m.allStatuses}</option>
            {planItemStatuses.map((s) => (
              <option key={s} value={s}>
                {planItemStatusLabels[s][lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            data-filter="overdue"
            checked={filter.overdueOnly}
            onChange={(e) => update({ overdueOnly: e.currentTarget.checked })}
          />
          {m.onlyOverdue}
        </label>
      </div>
      <p class="muted" data-plan-total={String(shown.length)}>
        {m.total(shown.length, done, overdue)}
      </p>
      {shown.length === 0 ? (
        <p class="muted">{m.none}</p>
      ) : (
        <ul class="plan-items" data-plan-items="">
          {shown.map((item) => (
            <li
              key={item.id}
              data-plan-item={String(item.id)}
              class={item.overdue ? 'department-overdue-row' : undefined}
            >
              <div>
                <strong>{item.title}</strong> <SyntheticMark lang={lang} provenance={item.provenance} />
              </div>
              <div class="muted">
                {item.departmentName}
                {item.task !== null && ` · ${m.task} ${item.task}`} · {m.dueOn} {item.dueOn} ·{' '}
                {planItemStatusLabels[item.status][lang]}
                {item.overdue && <span class="department-overdue"> · {m.overdue}</span>}
              </div>
              <span class="department-progress" title={`${item.progress}%`}>
                <span class="department-progress-bar" style={{ width: `${item.progress}%` }} />
              </span>
              {mayEditProgress(item) && item.status !== 'cancelled' ? (
                <PlanProgress key={`${item.id}:${item.progress}`} lang={lang} item={item} onSaved={items.reload} />
              ) : (
                <span data-progress={String(item.progress)}>{item.progress}%</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {session.can('edit') && choices.length > 0 && (
        <PlanItemForm
          lang={lang}
          departments={choices}
          tasks={context
            .data()
            .plan.tasks.map((t) => ({ number: t.number, title: lang === 'zh' ? t.title : t.titleEn }))}
          year={year}
          onCreated={items.reload}
        />
      )}
    </section>
  );
}
