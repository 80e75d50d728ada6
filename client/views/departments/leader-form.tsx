import { useState } from 'preact/hooks';
import { type LeaderRole, leaderRoleLabels } from '../../../server/schema/enums/department.ts';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { departmentsLeadersMessages } from '../../i18n/departments-leaders.ts';
import type { Language } from '../../state/app-state.ts';
import type { Leader } from './department-types.ts';

/** The township's first responsible persons (第一责任人, S1) the form edits. */
export const firstRoles: readonly LeaderRole[] = ['party-secretary', 'government-head'];

type Entry = { name: string; post: string; since: string };

/**
 * The roster body of PUT /api/departments/leaders/:township: the two first responsible persons as typed (those left
 * wholly empty are left out), and the other leaders in post (the deputy in charge) as they are; null when a person is
 * half filled in or no first responsible person is named.
 *
 * @example
 * leaderRoster({ 'party-secretary': { name: '王', post: '党委书记', since: '2023-01-01' } }, []);
 */
export function leaderRoster(entries: Partial<Record<LeaderRole, Entry>>, current: readonly Leader[]) {
  const named = [];
  for (const role of firstRoles) {
    const e = entries[role];
    const name = e?.name.trim() ?? '';
    const post = e?.post.trim() ?? '';
    if (!name && !post && !e?.since) continue;
    if (!name || !post || !e?.since) return null;
    named.push({ role, name, post, since: e.since });
  }
  if (named.length === 0) return null;
  const others = current
    .filter((l) => !firstRoles.includes(l.role))
    .map((l) => ({ role: l.role, name: l.name, post: l.post, since: l.since }));
  return { leaders: [...named, ...others] };
}

/**
 * The edit form of a township's first responsible persons (PUT /api/departments/leaders/:township): name, post and
 * since of the party secretary and the head of government; the server ends the previous holders' periods. A half
 * filled person is caught before sending.
 */
export function LeaderForm(props: {
  lang: Language;
  township: string;
  current: readonly Leader[];
  onDone(saved: boolean): void;
}) {
  const { lang, township, current } = props;
  const m = departmentsLeadersMessages(lang);
  const initial = Object.fromEntries(
    firstRoles.map((role) => {
      const l = current.find((x) => x.role === role);
      return [role, { name: l?.name ?? '', post: l?.post ?? '', since: l?.since ?? '' }];
    }),
  ) as Record<LeaderRole, Entry>;
  const [entries, setEntries] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (role: LeaderRole, field: keyof Entry, value: string) =>
    setEntries({ ...entries, [role]: { ...entries[role], [field]: value } });

  const save = async (event: Event) => {
    event.preventDefault();
    const body = leaderRoster(entries, current);
    if (!body) {
      setError(m.required);
      return;
    }
    setBusy(true);
    const result = await sendJson<unknown>('PUT', `/api/departments/leaders/${township}`, body);
    setBusy(false);
    if (!result.ok) setError(m.failed(failureText(lang, result.error)));
    else props.onDone(true);
  };
  return (
    <form class="department-form" data-leader-form={township} onSubmit={(e) => void save(e)}>
      {firstRoles.map((role) => (
        <fieldset key={role} data-leader-role={role}>
          <legend>{leaderRoleLabels[role][lang]}</legend>
          <label>
            {m.name}
            <input
              name={`${role}-name`}
              maxLength={40}
              value={entries[role].name}
              onInput={(e) => set(role, 'name', e.currentTarget.value)}
            />
          </label>
          <label>
            {m.post}
            <input
              name={`${role}-post`}
              maxLength={40}
              value={entries[role].post}
              onInput={(e) => set(role, 'post', e.currentTarget.value)}
            />
          </label>
          <label>
            {m.since}
            <input
              type="date"
              name={`${role}-since`}
              value={entries[role].since}
              onInput={(e) => set(role, 'since', e.currentTarget.value)}
            />
          </label>
        </fieldset>
      ))}
      <button type="submit" data-leader-save="" disabled={busy}>
        {m.save}
      </button>
      <button type="button" onClick={() => props.onDone(false)}>
        {m.cancel}
      </button>
      {error && (
        <p class="error" role="alert" data-form-error="">
          {error}
        </p>
      )}
    </form>
  );
}
