import { departmentKindLabels, departmentKinds } from '../../../server/schema/enums/department.ts';
import { departmentsOwnersMessages } from '../../i18n/departments-owners.ts';
import type { Language } from '../../state/app-state.ts';
import type { DepartmentSummary } from './department-types.ts';
import { formatWan } from './load-state.tsx';

/**
 * The departments in their kind groups (区直部门, 市局驻区分局, 乡镇（街道）), the user's own department first in the
 * table and marked 「本部门」; each row counts what it owns. Overdue counts carry the overdue colour and the word 逾期.
 */
export function OwnersTable(props: {
  lang: Language;
  departments: DepartmentSummary[];
  /** The signed-in user's department, null when none. */
  own: string | null;
  onSelect(id: string): void;
}) {
  const { lang, departments, own } = props;
  const m = departmentsOwnersMessages(lang);
  if (departments.length === 0) return <p class="muted">{m.noDepartments}</p>;
  const mine = departments.filter((d) => d.id === own);
  const groups = departmentKinds.map(
    (kind) => [kind, departments.filter((d) => d.kind === kind && d.id !== own)] as const,
  );
  const row = (d: DepartmentSummary) => {
    const { total, done, overdue } = d.planItems;
    const share = total ? Math.round((done / total) * 100) : 0;
    return (
      <tr key={d.id} data-department-row={d.id} class={d.id === own ? 'department-own' : undefined}>
        <th scope="row">
          <button type="button" class="link-button" data-department-open={d.id} onClick={() => props.onSelect(d.id)}>
            {lang === 'zh' ? d.name : d.nameEn}
          </button>
          {d.id === own && <span class="department-own-mark">{m.ownDepartment}</span>}
        </th>
        <td data-count="tasks-led">{d.tasks.lead}</td>
        <td data-count="open-alerts">{d.openAlerts}</td>
        <td data-count="open-cases">{d.openCases}</td>
        <td data-count="overdue-rectifications" class={d.overdueRectifications ? 'department-overdue' : undefined}>
          {d.overdueRectifications ? `${d.overdueRectifications} ${m.overdue}` : 0}
        </td>
        <td data-count="plan-items">
          <span class="department-progress" title={`${share}%`}>
            <span class="department-progress-bar" style={{ width: `${share}%` }} />
          </span>
          {m.planDone(done, total)}
          {overdue > 0 && <span class="department-overdue"> · {m.overdueCount(overdue)}</span>}
        </td>
        <td data-count="funds">{d.funds.totalWan > 0 ? m.wan(formatWan(d.funds.totalWan)) : '—'}</td>
        <td data-count="open-requests">{d.openRequests}</td>
      </tr>
    );
  };
  const head = (
    <tr>
      {[m.department, m.tasksLed, m.openAlerts, m.openCases, m.overdueRectifications, m.planItems, m.funds].map(
        (label) => (
          <th key={label} scope="col">
            {label}
          </th>
        ),
      )}
      <th scope="col">{m.openRequests}</th>
    </tr>
  );
  return (
    <table class="departments-table" data-departments-table="">
      <thead>{head}</thead>
      {mine.length > 0 && <tbody data-kind="own">{mine.map(row)}</tbody>}
      {groups
        .filter(([, list]) => list.length > 0)
        .map(([kind, list]) => (
          <tbody key={kind} data-kind={kind}>
            <tr class="departments-group">
              <th colSpan={8} scope="rowgroup">
                {departmentKindLabels[kind][lang]}
              </th>
            </tr>
            {list.map(row)}
          </tbody>
        ))}
    </table>
  );
}
