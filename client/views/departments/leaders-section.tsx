import { useState } from 'preact/hooks';
import { type LeaderRole, leaderRoleLabels } from '../../../server/schema/enums/department.ts';
import { session } from '../../api/session.ts';
import { useFetched } from '../../api/use-fetched.ts';
import { departmentsLeadersMessages } from '../../i18n/departments-leaders.ts';
import type { Leader, LeadersResponse } from './department-types.ts';
import type { DepartmentsSectionProps } from './departments-view.tsx';
import { firstRoles, LeaderForm } from './leader-form.tsx';
import { loadState, SyntheticMark } from './load-state.tsx';
import { asOfQuery } from './owners-section.tsx';

function LeaderCell({ lang, leader }: { lang: DepartmentsSectionProps['lang']; leader: Leader | undefined }) {
  const m = departmentsLeadersMessages(lang);
  if (!leader) return <span class="muted">{m.vacant}</span>;
  return (
    <>
      <strong>{leader.name}</strong> · {leader.post} · {m.since} {leader.since}{' '}
      <SyntheticMark lang={lang} provenance={leader.provenance} />
    </>
  );
}

/**
 * 第一责任人: the 18 townships, each with its party secretary and head of government in post at the as-of (name,
 * post, since; GET /api/departments/leaders), synthetic records marked 「演示数据（合成）」; `edit` holders edit a
 * township's pair (PUT /api/departments/leaders/:township).
 */
export function LeadersSection({ context, lang, asOf }: DepartmentsSectionProps) {
  const m = departmentsLeadersMessages(lang);
  const leaders = useFetched<LeadersResponse>(`/api/departments/leaders${asOfQuery(asOf)}`, lang);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const waiting = loadState(lang, leaders.value, leaders.error, leaders.reload);
  if (waiting) return <section data-departments-section="leaders">{waiting}</section>;
  const townships = leaders.value?.townships ?? [];
  const englishNames = new Map(
    (context.data().layers.townships ?? []).map((f) => [String(f.properties.code), String(f.properties.nameEn ?? '')]),
  );
  const nameOf = (code: string, name: string) => (lang === 'en' && englishNames.get(code)) || name;
  const canEdit = session.can('edit');
  const of = (list: readonly Leader[], role: LeaderRole) => list.find((l) => l.role === role);
  return (
    <section data-departments-section="leaders">
      <p class="muted">{m.intro}</p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {townships.length === 0 ? (
        <p class="muted">{m.noLeaders}</p>
      ) : (
        <table class="departments-table leaders-table" data-leaders-table="">
          <thead>
            <tr>
              <th scope="col">{m.township}</th>
              {firstRoles.map((role) => (
                <th key={role} scope="col">
                  {leaderRoleLabels[role][lang]}
                </th>
              ))}
              {canEdit && <th scope="col" />}
            </tr>
          </thead>
          <tbody>
            {townships.map((t) =>
              editing === t.code ? (
                <tr key={t.code} data-leader-row={t.code}>
                  <th scope="row">{nameOf(t.code, t.name)}</th>
                  <td colSpan={canEdit ? 3 : 2}>
                    <LeaderForm
                      lang={lang}
                      township={t.code}
                      current={t.leaders}
                      onDone={(saved) => {
                        setEditing(null);
                        setNotice(saved ? m.saved : null);
                        if (saved) leaders.reload();
                      }}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={t.code} data-leader-row={t.code}>
                  <th scope="row">{nameOf(t.code, t.name)}</th>
                  {firstRoles.map((role) => (
                    <td key={role} data-leader={role}>
                      <LeaderCell lang={lang} leader={of(t.leaders, role)} />
                    </td>
                  ))}
                  {canEdit && (
                    <td>
                      <button type="button" class="tool" data-leader-edit={t.code} onClick={() => setEditing(t.code)}>
                        {m.edit}
                      </button>
                    </td>
                  )}
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
