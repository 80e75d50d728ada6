import { useEffect, useState } from 'preact/hooks';
import { industryInfo, type Industry } from '../../../server/schema/enums/industry.ts';
import type { StaggerResponse, StaggerSchedule } from '../../../server/schema/stagger.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { sendJson } from '../../api/send-json.ts';
import { emergencyListMessages } from '../../i18n/emergency-list.ts';
import type { Language } from '../../state/app-state.ts';
import { scheduleText, StaggerCalendar } from './stagger-calendar.tsx';
import { StaggerForm } from './stagger-form.tsx';

/** The stagger URL: a chosen season (else the one holding the as-of) and the as-of for who is bound. */
export function staggerUrl(season: string | null, at: string | null): string {
  const q = new URLSearchParams();
  if (season) q.set('season', season);
  if (at) q.set('at', at);
  const query = q.toString();
  return query ? `/api/emergency/stagger?${query}` : '/api/emergency/stagger';
}

const industryText = (lang: Language, industry: string | null): string =>
  industry !== null && Object.hasOwn(industryInfo, industry) ? industryInfo[industry as Industry][lang] : '';

/**
 * 错峰生产: the season picker, the season calendar (enterprise × line, periods as bars, the as-of day as a line),
 * 今日受约束企业 (who the schedules bind on the as-of day), and for emergency holders 新增 / 修改 / 删除 (delete asks
 * first).
 */
export function StaggerSection(props: { lang: Language; canEdit: boolean; at: string | null }) {
  const { lang, canEdit, at } = props;
  const m = emergencyListMessages(lang);
  const [season, setSeason] = useState<string | null>(null);
  const [data, setData] = useState<StaggerResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [editing, setEditing] = useState<StaggerSchedule | 'new' | null>(null);
  const [removing, setRemoving] = useState<StaggerSchedule | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void fetchJson<StaggerResponse>(staggerUrl(season, at), controller.signal).then((r) => {
      if (controller.signal.aborted) return;
      if (r.ok) {
        setData(r.value);
        setError(null);
      } else setError(failureText(lang, r.error));
    });
    return () => controller.abort();
  }, [season, at, attempt]);

  const reload = () => setAttempt((n) => n + 1);
  const remove = async (s: StaggerSchedule) => {
    const r = await sendJson<unknown>('DELETE', `/api/emergency/stagger/${s.id}`, {});
    setRemoving(null);
    if (r.ok) {
      setNotice(m.removedNotice);
      setActionError(null);
      reload();
    } else setActionError(failureText(lang, r.error));
  };

  const heading = <h2>{m.staggerTitle}</h2>;
  if (data === null)
    return (
      <section class="emergency-stagger" data-stagger-section="">
        {heading}
        {error === null ? (
          <p class="loading">{m.loading}</p>
        ) : (
          <>
            <p class="error" role="alert">
              {m.loadFailed(error)}
            </p>
            <button type="button" class="tool" data-stagger-retry="" onClick={reload}>
              {m.retry}
            </button>
          </>
        )}
      </section>
    );

  const seasons = [...new Set([...data.seasons, data.season])].sort().reverse();
  const byId = new Map(data.schedules.map((s) => [s.id, s]));
  const bound = data.boundAt.enterprises;
  return (
    <section class="emergency-stagger" data-stagger-section="">
      {heading}
      <div class="alert-actions filters">
        <label class="field">
          <span class="muted">{m.season}</span>
          <select data-stagger-season="" value={data.season} onChange={(e) => setSeason(e.currentTarget.value)}>
            {seasons.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <span class="muted">{m.seasonText(data.period.from, data.period.to)}</span>
        {canEdit && editing === null ? (
          <button type="button" class="tool" data-stagger-add="" onClick={() => setEditing('new')}>
            {m.add}
          </button>
        ) : null}
      </div>
      {error ? (
        <p class="error" role="alert">
          {m.loadFailed(error)}
        </p>
      ) : null}
      {notice ? (
        <p class="import-done" role="status" data-stagger-notice="">
          {notice}
        </p>
      ) : null}
      {actionError ? (
        <p class="error" role="alert" data-stagger-action-error="">
          {actionError}
        </p>
      ) : null}
      {canEdit && editing !== null ? (
        <StaggerForm
          key={editing === 'new' ? 'new' : editing.id}
          lang={lang}
          season={data.season}
          period={data.period}
          editing={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setNotice(m.saved);
            reload();
          }}
        />
      ) : null}
      {removing ? (
        <div class="alert-actions" role="alertdialog" data-stagger-confirm="">
          <span>
            {m.confirmRemove(`${removing.enterpriseName} ${removing.line}（${scheduleText(lang, removing)}）`)}
          </span>
          <button type="button" class="tool" data-stagger-confirm-yes="" onClick={() => void remove(removing)}>
            {m.confirmYes}
          </button>
          <button type="button" class="tool" data-stagger-confirm-no="" onClick={() => setRemoving(null)}>
            {m.cancel}
          </button>
        </div>
      ) : null}
      <div class="stagger-bound" data-stagger-bound="">
        <h3>{m.boundTitle}</h3>
        <p class="muted" data-stagger-bound-count={String(bound.length)}>
          {m.boundCount(bound.length, data.boundAt.at.slice(0, 10))}
        </p>
        {bound.length === 0 ? (
          <p class="muted">{m.boundNone}</p>
        ) : (
          <ul>
            {bound.map((b) => {
              const schedules = b.scheduleIds.flatMap((id) => byId.get(id) ?? []);
              const first = schedules[0];
              return (
                <li key={b.enterpriseId} data-stagger-bound-enterprise={b.enterpriseId}>
                  <strong>{first?.enterpriseName ?? b.enterpriseId}</strong>
                  {first?.townshipName ? <span class="muted"> · {first.townshipName}</span> : null}
                  {first?.industry ? <span class="muted"> · {industryText(lang, first.industry)}</span> : null}：
                  {schedules.map((s) => `${s.line} ${scheduleText(lang, s)}`).join(lang === 'zh' ? '；' : '; ')}
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <StaggerCalendar
        data={data}
        lang={lang}
        at={at ?? data.boundAt.at}
        onEdit={canEdit ? (s) => setEditing(s) : undefined}
        onRemove={canEdit ? (s) => setRemoving(s) : undefined}
      />
    </section>
  );
}
