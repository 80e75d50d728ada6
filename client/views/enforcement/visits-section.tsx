import { useState } from 'preact/hooks';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { session } from '../../api/session.ts';
import { useFetched } from '../../api/use-fetched.ts';
import { enforcementMessages } from '../../i18n/enforcement.ts';
import { enforcementVisitsMessages } from '../../i18n/enforcement-visits.ts';
import { showOnMap } from '../../map/show-on-map.ts';
import type { Language } from '../../state/app-state.ts';
import {
  requestCategoryLabels,
  requestStatusLabels,
  visitTopicLabels,
  visitTopics,
  type VisitTopic,
} from '../../../server/schema/enums/assistance.ts';
import { visitProblemCategoryLabels } from '../../../server/visits/problem-categories.ts';
import type {
  AssistanceRequest,
  AssistanceVisit,
  VisitsListResponse,
  VisitsSummary,
} from '../../../server/schema/visits.ts';
import type { EnforcementSectionProps } from './enforcement-view.tsx';
import { VisitForm } from './visit-form.tsx';

/**
 * 帮扶走访 (S6, S11, T15.4): the summary figures (visits this month and year, requests open and open more than 30
 * days, follow-ups overdue), the visits newest first filtered by topic or open requests, each with the problems
 * found, the requests with their status (answered inline by those who supervise) and the follow-up; 「在地图上显示」
 * shows the enterprise; those who supervise record a visit.
 */
export function VisitsSection({ context, lang, asOf }: EnforcementSectionProps) {
  const m = enforcementVisitsMessages(lang);
  const shared = enforcementMessages(lang);
  const [topic, setTopic] = useState<VisitTopic | ''>('');
  const [openOnly, setOpenOnly] = useState(false);
  const [adding, setAdding] = useState(false);
  const params = new URLSearchParams();
  if (asOf) params.set('asOf', asOf);
  const summaryQuery = params.toString();
  if (topic) params.set('topic', topic);
  if (openOnly) params.set('openRequests', 'true');
  params.set('limit', '100');
  const visits = useFetched<VisitsListResponse>(`/api/visits?${params.toString()}`, lang);
  const summary = useFetched<VisitsSummary>(`/api/visits/summary${summaryQuery ? `?${summaryQuery}` : ''}`, lang);
  const reload = () => {
    visits.reload();
    summary.reload();
  };
  const s = summary.value;
  return (
    <section data-enforcement-section="visits" class="visits-section">
      <h3>{m.title}</h3>
      {s ? (
        <p data-visit-figures="">
          {m.figures(s.visits.month, s.visits.year, s.requests.open, s.requests.openLong, s.followUpsOverdue)}
        </p>
      ) : null}
      {s ? <p class="muted">{s.openLongBasis[lang]}</p> : null}
      <div class="filters">
        <label>
          {m.topicFilter}{' '}
          <select
            name="topic"
            value={topic}
            onChange={(e) => setTopic((e.currentTarget as HTMLSelectElement).value as VisitTopic | '')}
          >
            <option value="">{m.all}</option>
            {visitTopics.map((t) => (
              <option key={t} value={t}>
                {visitTopicLabels[t][lang]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          <input
            type="checkbox"
            name="openRequests"
            checked={openOnly}
            onChange={(e) => setOpenOnly((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {m.openOnly}
        </label>{' '}
        {session.can('supervise') ? (
          <button type="button" data-new-visit="" onClick={() => setAdding(!adding)}>
            {m.newVisit}
          </button>
        ) : null}
      </div>
      {adding ? (
        <VisitForm
          lang={lang}
          onSaved={() => {
            setAdding(false);
            reload();
          }}
        />
      ) : null}
      {visits.error ? (
        <p class="error">
          {shared.loadFailed(visits.error)}{' '}
          <button type="button" onClick={visits.reload}>
            {shared.retry}
          </button>
        </p>
      ) : null}
      {!visits.value && !visits.error ? <p class="muted">{shared.loading}</p> : null}
      {visits.value ? (
        <VisitList
          lang={lang}
          response={visits.value}
          onShow={(v) => showOnMap(context.store, context.map, 'enterprises', v.enterpriseId, v.position)}
          onSaved={reload}
        />
      ) : null}
    </section>
  );
}

/** The visits as cards: enterprise, department, topic, problems, requests and follow-up. */
export function VisitList(props: {
  lang: Language;
  response: VisitsListResponse;
  onShow: (v: AssistanceVisit) => void;
  onSaved: () => void;
}) {
  const { lang, response, onShow, onSaved } = props;
  const m = enforcementVisitsMessages(lang);
  if (response.visits.length === 0) return <p class="muted">{m.empty}</p>;
  return (
    <div class="visit-list">
      <p class="muted">{m.count(response.visits.length, response.total)}</p>
      {response.visits.map((v) => (
        <article key={v.id} class="visit-card" data-visit={String(v.id)}>
          <header>
            <strong>{v.enterpriseName}</strong> <span class="muted">{v.townshipName}</span>{' '}
            <button type="button" class="link-button" onClick={() => onShow(v)}>
              {m.showOnMap}
            </button>
          </header>
          <p class="muted">
            {v.visitedAt.replace('T', ' ')} · {v.departmentName} · {visitTopicLabels[v.topic][lang]} · {v.visitors}
          </p>
          <p>
            {m.problems}：
            {v.problems.length === 0
              ? m.noProblems
              : v.problems.map((p) => `${p.text}（${visitProblemCategoryLabels[p.category][lang]}）`).join('；')}
          </p>
          {v.requests.length > 0 ? (
            <ul class="visit-requests">
              {v.requests.map((r) => (
                <RequestItem key={r.id} lang={lang} request={r} onSaved={onSaved} />
              ))}
            </ul>
          ) : null}
          {v.followUp ? <FollowUp lang={lang} visit={v} onSaved={onSaved} /> : null}
        </article>
      ))}
    </div>
  );
}

/** A request with its status badge; an open one gets the answer form for those who supervise. */
function RequestItem({ lang, request, onSaved }: { lang: Language; request: AssistanceRequest; onSaved: () => void }) {
  const m = enforcementVisitsMessages(lang);
  const [status, setStatus] = useState<'answered' | 'resolved' | 'declined'>('answered');
  const [response, setResponse] = useState('');
  const [error, setError] = useState<string | null>(null);
  const answer = async () => {
    const r = await sendJson('PATCH', `/api/visits/requests/${request.id}`, { status, response });
    if (r.ok) onSaved();
    else setError(m.failed(failureText(lang, r.error)));
  };
  const answerable = session.can('supervise') && (request.status === 'open' || request.status === 'answered');
  return (
    <li data-request={String(request.id)}>
      <span class={`badge request-${request.status}`}>{requestStatusLabels[request.status][lang]}</span> {request.text}
      <span class="muted">
        {' '}
        · {requestCategoryLabels[request.category][lang]} · {request.departmentName}
        {request.openDays !== null ? ` · ${m.openDays(request.openDays)}` : ''}
        {request.response ? ` · ${request.response}` : ''}
      </span>
      {answerable ? (
        <form
          class="request-answer"
          onSubmit={(e) => {
            e.preventDefault();
            void answer();
          }}
        >
          <select
            name="status"
            value={status}
            onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as typeof status)}
          >
            {(['answered', 'resolved', 'declined'] as const).map((s) => (
              <option key={s} value={s}>
                {requestStatusLabels[s][lang]}
              </option>
            ))}
          </select>{' '}
          <input
            name="response"
            placeholder={m.response}
            value={response}
            maxLength={1000}
            required
            onInput={(e) => setResponse((e.currentTarget as HTMLInputElement).value)}
          />{' '}
          <button type="submit">{m.answer}</button>
          {error ? <span class="error"> {error}</span> : null}
        </form>
      ) : null}
    </li>
  );
}

/** The follow-up with its due day, done day or overdue badge; 「跟进完成」 for those who supervise. */
function FollowUp({ lang, visit, onSaved }: { lang: Language; visit: AssistanceVisit; onSaved: () => void }) {
  const m = enforcementVisitsMessages(lang);
  const [error, setError] = useState<string | null>(null);
  const [day, setDay] = useState('');
  const done = async () => {
    const r = await sendJson('PATCH', `/api/visits/${visit.id}`, { followUpDoneOn: day });
    if (r.ok) onSaved();
    else setError(m.failed(failureText(lang, r.error)));
  };
  return (
    <p class="visit-follow-up">
      {m.followUp}：{visit.followUp}
      {visit.followUpDueOn ? <span class="muted"> · {m.dueOn(visit.followUpDueOn)}</span> : null}
      {visit.followUpDoneOn ? <span class="muted"> · {m.doneOn(visit.followUpDoneOn)}</span> : null}
      {visit.followUpOverdue ? <span class="badge overdue"> {m.overdue}</span> : null}
      {session.can('supervise') && !visit.followUpDoneOn ? (
        <span>
          {' '}
          <input
            type="date"
            name="followUpDoneOn"
            value={day}
            onInput={(e) => setDay((e.currentTarget as HTMLInputElement).value)}
          />{' '}
          <button type="button" disabled={day === ''} onClick={() => void done()}>
            {m.markDone}
          </button>
        </span>
      ) : null}
      {error ? <span class="error"> {error}</span> : null}
    </p>
  );
}
