import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AuditEntry, AuditResponse } from '../../../server/schema/audit.ts';
import { auditActionLabels, auditActions } from '../../../server/schema/enums/audit-action.ts';
import { roleLabels, roles } from '../../../server/schema/enums/role.ts';
import type { ImportTargetInfo, ImportTargetsResponse } from '../../../server/schema/imports.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { auditMessages } from '../../i18n/audit.ts';
import type { Language } from '../../state/app-state.ts';
import { onAuditChanged } from './audit-events.ts';
import { actionText, type AuditVocabulary, cstDateTime, describeChanges, entityText } from './describe-entry.ts';

const PAGE_SIZE = 100;
/** The actor of the rule engine's writes (server/db/alerts-repository.ts). */
const SYSTEM_ACTOR = 'system';

function AuditRow({ entry, lang, vocabulary }: { entry: AuditEntry; lang: Language; vocabulary: AuditVocabulary }) {
  const role = roles.find((r) => r === entry.role);
  return (
    <tr data-audit-row={String(entry.id)} data-action={entry.action}>
      <td class="audit-time">
        <time dateTime={entry.at}>{cstDateTime(entry.at)}</time>
      </td>
      <td>
        {entry.actorId === null && entry.actor === SYSTEM_ACTOR ? auditMessages(lang).system : entry.actor}
        {role && <span class="audit-role">{roleLabels[role][lang]}</span>}
      </td>
      <td>{actionText(entry.action, lang)}</td>
      <td>{entityText(entry, lang)}</td>
      <td class="audit-changes">
        {describeChanges(entry, lang, vocabulary).map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </td>
    </tr>
  );
}

type Status = { kind: 'loading' } | { kind: 'idle' } | { kind: 'failed'; message: string; before: number | null };

/**
 * The admin's 审计日志: the audit log (GET /api/audit) newest first, 100 entries a page with an 更早 button that
 * follows `nextBefore`, filtered by actor and by action (chosen by its label); actions, objects, field names and
 * values in the UI's language, times in China Standard Time. It reloads when something is audited in this console
 * (an import, a record edit, an account change). Read-only.
 */
export function AuditPanel({ lang }: { lang: Language }) {
  const m = auditMessages(lang);
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const [vocabulary, setVocabulary] = useState<ImportTargetInfo[] | null>(null);
  const pending = useRef<AbortController | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const filters = useRef({ actor, action });
  filters.current = { actor, action };

  async function load(before: number | null): Promise<void> {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    const { actor: who, action: what } = filters.current;
    if (who.trim()) query.set('actor', who.trim());
    if (what) query.set('action', what);
    if (before !== null) query.set('before', String(before));
    setStatus({ kind: 'loading' });
    const result = await fetchJson<AuditResponse>(`/api/audit?${query}`, controller.signal);
    if (controller.signal.aborted) return;
    if (!result.ok) {
      setStatus({ kind: 'failed', message: failureText(lang, result.error), before });
      return;
    }
    setEntries((shown) => (before === null ? result.value.entries : [...shown, ...result.value.entries]));
    setNextBefore(result.value.nextBefore);
    setStatus({ kind: 'idle' });
  }

  useEffect(() => {
    const controller = new AbortController();
    void fetchJson<ImportTargetsResponse>('/api/imports/targets', controller.signal).then((r) => {
      if (!controller.signal.aborted) setVocabulary(r.ok ? r.value.targets : []);
    });
    // the 数据 view replaces its panel without unmounting: a detached log stops listening
    const stop = onAuditChanged(() => {
      if (title.current?.isConnected) void load(null);
      else stop();
    });
    return () => {
      stop();
      controller.abort();
      pending.current?.abort();
    };
  }, []);
  useEffect(() => void load(null), [action]); // also the first load

  return (
    <>
      <h2 ref={title}>{m.title}</h2>
      <p class="muted audit-readonly">{m.readonly}</p>
      <div class="audit-filters">
        <input
          type="search"
          class="audit-filter"
          data-audit-actor=""
          placeholder={m.actor}
          aria-label={m.actorFilter}
          value={actor}
          onInput={(e) => setActor(e.currentTarget.value)}
          onChange={() => void load(null)}
        />
        <select
          class="audit-filter"
          data-audit-action=""
          aria-label={m.actionFilter}
          value={action}
          onChange={(e) => setAction(e.currentTarget.value)}
        >
          <option value="">{m.allActions}</option>
          {auditActions.map((a) => (
            <option key={a} value={a}>
              {auditActionLabels[a][lang]}
            </option>
          ))}
        </select>
      </div>
      <table class="audit-table" data-audit-table="">
        <thead>
          <tr>
            <th>{m.time}</th>
            <th>{m.actor}</th>
            <th>{m.action}</th>
            <th>{m.object}</th>
            <th>{m.changes}</th>
          </tr>
        </thead>
        <tbody>
          {/* field names need the vocabulary: rows wait for it rather than show column names */}
          {(vocabulary ? entries : []).map((entry) => (
            <AuditRow key={entry.id} entry={entry} lang={lang} vocabulary={vocabulary} />
          ))}
        </tbody>
      </table>
      <div class="audit-status">
        {(status.kind === 'loading' || !vocabulary) && <p class="loading">{m.loading}</p>}
        {status.kind === 'failed' && (
          <>
            <p class="error" role="alert">
              {m.failed}：{status.message}
            </p>
            <button type="button" onClick={() => void load(status.before)}>
              {m.retry}
            </button>
          </>
        )}
        {status.kind === 'idle' && vocabulary && entries.length === 0 && <p class="muted">{m.none}</p>}
      </div>
      {status.kind === 'idle' && nextBefore !== null && (
        <button type="button" data-audit-older="" onClick={() => void load(nextBefore)}>
          {m.older}
        </button>
      )}
    </>
  );
}

/** Renders the audit log into `container` (the 数据 view's 审计日志 section). */
export function renderAuditPanel(container: HTMLElement, lang: Language): void {
  render(<AuditPanel lang={lang} />, container);
}
