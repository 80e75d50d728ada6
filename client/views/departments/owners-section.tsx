import { useState } from 'preact/hooks';
import { type RuleId, ruleIds } from '../../../server/schema/enums/rule-id.ts';
import { useFetched } from '../../api/use-fetched.ts';
import { departmentsOwnersMessages } from '../../i18n/departments-owners.ts';
import { DepartmentDetailPanel, type DetailLinks } from './department-detail.tsx';
import type { DepartmentDetail, DepartmentsResponse } from './department-types.ts';
import type { DepartmentsSectionProps } from './departments-view.tsx';
import { loadState } from './load-state.tsx';
import { OwnersTable } from './owners-table.tsx';
import { ownDepartmentId } from './own-department.ts';

/** The as-of query of the departments' reads (their open and overdue counts are at the console's moment). */
export function asOfQuery(asOf: string | null): string {
  return asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
}

/** A rule id the console knows, else null (the 告警 view then lists every rule). */
function ruleIdOf(rule: string): RuleId | null {
  return ruleIds.find((r) => r === rule) ?? null;
}

/** The alert's township as the 告警 view's township filter (none for a district-wide alert). */
function townshipsOf(code: string): string[] {
  return /^\d{9}$/.test(code) ? [code] : [];
}

/**
 * 部门职责: every department with what it owns, counted (GET /api/departments); a department chosen opens its
 * detail (GET /api/departments/:id) with links to the 任务, 告警 and 执法 views.
 */
export function OwnersSection({ context, lang, asOf }: DepartmentsSectionProps) {
  const m = departmentsOwnersMessages(lang);
  const [selected, setSelected] = useState<string | null>(null);
  const list = useFetched<DepartmentsResponse>(`/api/departments${asOfQuery(asOf)}`, lang);
  const detail = useFetched<DepartmentDetail>(
    selected ? `/api/departments/${encodeURIComponent(selected)}${asOfQuery(asOf)}` : null,
    lang,
  );
  const { store } = context;
  const links: DetailLinks = {
    openTask: () => store.update({ view: 'tasks' }),
    openAlert: (a) => store.update({ view: 'alerts', alertRule: ruleIdOf(a.rule), townships: townshipsOf(a.township) }),
    enterpriseName: (id) => {
      const f = context.data().layers.enterprises?.find((x) => String(x.id) === id);
      return f ? String(f.properties.name ?? id) : id;
    },
    openCase: (id) => store.update({ view: 'enforcement', caseId: id }),
  };

  if (selected) {
    const waiting = loadState(lang, detail.value, detail.error, detail.reload);
    const shown = detail.value?.department.id === selected ? detail.value : null;
    return (
      <section data-departments-section="owners">
        <button type="button" class="link-button" data-department-back="" onClick={() => setSelected(null)}>
          ← {m.back}
        </button>
        {waiting ?? (shown ? <DepartmentDetailPanel lang={lang} detail={shown} links={links} /> : null)}
        {!waiting && !shown && <p class="loading">…</p>}
      </section>
    );
  }
  const waiting = loadState(lang, list.value, list.error, list.reload);
  return (
    <section data-departments-section="owners">
      {waiting ??
        (list.value && (
          <OwnersTable
            lang={lang}
            departments={list.value.departments}
            own={ownDepartmentId()}
            onSelect={setSelected}
          />
        ))}
    </section>
  );
}
