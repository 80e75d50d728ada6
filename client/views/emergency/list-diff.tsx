import { useState } from 'preact/hooks';
import type { ListDiff, ListVersionSummary } from '../../../server/schema/emergency-list.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { emergencyListMessages } from '../../i18n/emergency-list.ts';
import type { Language } from '../../state/app-state.ts';
import { diffFieldText, diffValueText } from './list-format.ts';

/** What a diff lists: enterprises added, removed and changed (the list/diff body and the import report share it). */
export type ListChanges = Pick<ListDiff, 'added' | 'removed' | 'changed'>;

/** A diff in words: 新增 / 移出 / 变更, each change as 「field：before → after」 in `lang`. */
export function ListChangesView({ diff, lang }: { diff: ListChanges; lang: Language }) {
  const m = emergencyListMessages(lang);
  if (diff.added.length + diff.removed.length + diff.changed.length === 0)
    return (
      <p class="muted" data-list-diff-none="">
        {m.diffNone}
      </p>
    );
  return (
    <div data-list-diff="">
      <h4>{m.added(diff.added.length)}</h4>
      <ul data-list-diff-part="added">
        {diff.added.map((e) => (
          <li key={e.enterpriseId}>{e.enterpriseName}</li>
        ))}
      </ul>
      <h4>{m.removed(diff.removed.length)}</h4>
      <ul data-list-diff-part="removed">
        {diff.removed.map((e) => (
          <li key={e.enterpriseId}>{e.enterpriseName}</li>
        ))}
      </ul>
      <h4>{m.changed(diff.changed.length)}</h4>
      <ul data-list-diff-part="changed">
        {diff.changed.map((e) => (
          <li key={e.enterpriseId} data-list-diff-enterprise={e.enterpriseId}>
            {e.enterpriseName}
            <ul>
              {e.changes.map((c) => (
                <li key={c.field} data-list-diff-field={c.field}>
                  {m.change(
                    diffFieldText(lang, c.field),
                    diffValueText(lang, c.field, c.before),
                    diffValueText(lang, c.field, c.after),
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** 修订对比: pick two versions (default: the one before the newest, and the newest) and see what changed. */
export function ListDiffPicker({ versions, lang }: { versions: readonly ListVersionSummary[]; lang: Language }) {
  const m = emergencyListMessages(lang);
  const [from, setFrom] = useState(versions[1]?.id ?? versions[0]?.id ?? 0);
  const [to, setTo] = useState(versions[0]?.id ?? 0);
  const [diff, setDiff] = useState<ListDiff | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (versions.length < 2) return null;
  const run = async () => {
    if (from === to) {
      setDiff(null);
      setMessage(m.diffSame);
      return;
    }
    setBusy(true);
    const r = await fetchJson<ListDiff>(`/api/emergency/list/diff?from=${from}&to=${to}`);
    setBusy(false);
    if (r.ok) {
      setDiff(r.value);
      setMessage(null);
    } else {
      setDiff(null);
      setMessage(m.loadFailed(failureText(lang, r.error)));
    }
  };
  const picker = (label: string, value: number, set: (id: number) => void, key: string) => (
    <label class="field">
      <span class="muted">{label}</span>
      <select data-list-diff-pick={key} value={String(value)} onChange={(e) => set(Number(e.currentTarget.value))}>
        {versions.map((v) => (
          <option key={v.id} value={String(v.id)}>
            {v.version}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div class="list-diff" data-list-diff-picker="">
      <h3>{m.diffTitle}</h3>
      <div class="alert-actions filters">
        {picker(m.diffFrom, from, setFrom, 'from')}
        {picker(m.diffTo, to, setTo, 'to')}
        <button type="button" class="tool" data-list-diff-run="" disabled={busy} onClick={() => void run()}>
          {m.diffRun}
        </button>
      </div>
      {message ? (
        <p class="error" role="alert">
          {message}
        </p>
      ) : null}
      {diff ? <ListChangesView diff={diff} lang={lang} /> : null}
    </div>
  );
}
