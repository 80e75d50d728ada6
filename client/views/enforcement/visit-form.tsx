import { useState } from 'preact/hooks';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { useFetched } from '../../api/use-fetched.ts';
import { enforcementVisitsMessages, requestDepartments } from '../../i18n/enforcement-visits.ts';
import type { Language } from '../../state/app-state.ts';
import {
  requestCategories,
  requestCategoryLabels,
  visitTopicLabels,
  visitTopics,
  type RequestCategory,
  type VisitTopic,
} from '../../../server/schema/enums/assistance.ts';
import {
  visitProblemCategories,
  visitProblemCategoryLabels,
  type VisitProblemCategory,
} from '../../../server/visits/problem-categories.ts';

interface EnterpriseFeature {
  id: string;
  properties: { name: string; townshipName: string };
}

const departmentIds = [
  'eco-env',
  'ndrc',
  'approval',
  'industry',
  'energy',
  'market',
  'natural-resources',
  'transport',
  'housing',
  'finance',
  'commerce',
] as const;

/**
 * The enterprises whose name or code holds `text` (at most `limit`), for the form's search.
 *
 * @example
 * matchEnterprises([{ id: 'E1', properties: { name: '示例焦化', townshipName: '' } }], '焦化', 8).length; // 1
 */
export function matchEnterprises(list: readonly EnterpriseFeature[], text: string, limit: number) {
  const t = text.trim();
  if (t === '') return [];
  return list.filter((e) => e.properties.name.includes(t) || e.id.includes(t)).slice(0, limit);
}

/**
 * The visit form (for those who supervise): the enterprise by search, time, visitors, topic, the problems found and
 * the requests as repeatable rows, the follow-up with its due day → POST /api/visits.
 */
export function VisitForm({ lang, onSaved }: { lang: Language; onSaved: () => void }) {
  const m = enforcementVisitsMessages(lang);
  const deps = requestDepartments(lang);
  const enterprises = useFetched<{ features: EnterpriseFeature[] }>('/api/layers/enterprises', lang);
  const [search, setSearch] = useState('');
  const [enterprise, setEnterprise] = useState<EnterpriseFeature | null>(null);
  const [visitedAt, setVisitedAt] = useState('');
  const [visitors, setVisitors] = useState('');
  const [topic, setTopic] = useState<VisitTopic>('technical');
  const [problems, setProblems] = useState<{ text: string; category: VisitProblemCategory }[]>([]);
  const [requests, setRequests] = useState<{ text: string; category: RequestCategory; departmentId: string }[]>([]);
  const [followUp, setFollowUp] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const matches = enterprise ? [] : matchEnterprises(enterprises.value?.features ?? [], search, 8);
  const save = async () => {
    if (!enterprise) {
      setError(m.pickEnterprise);
      return;
    }
    setBusy(true);
    const r = await sendJson('POST', '/api/visits', {
      enterpriseId: enterprise.id,
      ...(visitedAt ? { visitedAt } : {}),
      visitors,
      topic,
      problems,
      requests,
      followUp,
      ...(dueOn ? { followUpDueOn: dueOn } : {}),
    });
    setBusy(false);
    if (r.ok) onSaved();
    else setError(m.failed(failureText(lang, r.error)));
  };
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <form
      class="visit-form"
      data-visit-form=""
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        {m.enterprise}{' '}
        <input
          name="enterprise"
          value={enterprise ? enterprise.properties.name : search}
          onInput={(e) => {
            setEnterprise(null);
            setSearch(value(e));
          }}
        />
      </label>
      {matches.length > 0 ? (
        <ul class="enterprise-matches">
          {matches.map((e) => (
            <li key={e.id}>
              <button type="button" class="link-button" data-enterprise={e.id} onClick={() => setEnterprise(e)}>
                {e.properties.name} <span class="muted">{e.properties.townshipName}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label>
        {m.visitedAt}{' '}
        <input type="datetime-local" name="visitedAt" value={visitedAt} onInput={(e) => setVisitedAt(value(e))} />
      </label>
      <label>
        {m.visitors}{' '}
        <input name="visitors" required maxLength={200} value={visitors} onInput={(e) => setVisitors(value(e))} />
      </label>
      <label>
        {m.topic}{' '}
        <select name="topic" value={topic} onChange={(e) => setTopic(value(e) as VisitTopic)}>
          {visitTopics.map((t) => (
            <option key={t} value={t}>
              {visitTopicLabels[t][lang]}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{m.problems}</legend>
        {problems.map((p, i) => (
          <div key={i} class="repeat-row" data-problem-row={String(i)}>
            <input
              name="problemText"
              placeholder={m.problemText}
              maxLength={500}
              required
              value={p.text}
              onInput={(e) => setProblems(problems.map((q, k) => (k === i ? { ...q, text: value(e) } : q)))}
            />
            <select
              name="problemCategory"
              value={p.category}
              onChange={(e) =>
                setProblems(
                  problems.map((q, k) => (k === i ? { ...q, category: value(e) as VisitProblemCategory } : q)),
                )
              }
            >
              {visitProblemCategories.map((c) => (
                <option key={c} value={c}>
                  {visitProblemCategoryLabels[c][lang]}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => setProblems(problems.filter((_, k) => k !== i))}>
              {m.remove}
            </button>
          </div>
        ))}
        {problems.length < 20 ? (
          <button
            type="button"
            data-add-problem=""
            onClick={() => setProblems([...problems, { text: '', category: 'treatment' }])}
          >
            {m.addProblem}
          </button>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{m.requests}</legend>
        {requests.map((r, i) => (
          <div key={i} class="repeat-row" data-request-row={String(i)}>
            <input
              name="requestText"
              placeholder={m.requestText}
              maxLength={500}
              required
              value={r.text}
              onInput={(e) => setRequests(requests.map((q, k) => (k === i ? { ...q, text: value(e) } : q)))}
            />
            <select
              name="requestCategory"
              value={r.category}
              onChange={(e) =>
                setRequests(requests.map((q, k) => (k === i ? { ...q, category: value(e) as RequestCategory } : q)))
              }
            >
              {requestCategories.map((c) => (
                <option key={c} value={c}>
                  {requestCategoryLabels[c][lang]}
                </option>
              ))}
            </select>
            <select
              name="requestDepartment"
              aria-label={m.answerBy}
              value={r.departmentId}
              onChange={(e) => setRequests(requests.map((q, k) => (k === i ? { ...q, departmentId: value(e) } : q)))}
            >
              {departmentIds.map((d) => (
                <option key={d} value={d}>
                  {deps[d]}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => setRequests(requests.filter((_, k) => k !== i))}>
              {m.remove}
            </button>
          </div>
        ))}
        {requests.length < 10 ? (
          <button
            type="button"
            data-add-request=""
            onClick={() => setRequests([...requests, { text: '', category: 'policy', departmentId: 'eco-env' }])}
          >
            {m.addRequest}
          </button>
        ) : null}
      </fieldset>
      <label>
        {m.followUpText}{' '}
        <input name="followUp" maxLength={1000} value={followUp} onInput={(e) => setFollowUp(value(e))} />
      </label>
      <label>
        {m.followUpDue} <input type="date" name="followUpDueOn" value={dueOn} onInput={(e) => setDueOn(value(e))} />
      </label>
      <p class="muted">
        {m.department}：{m.ownDepartment}
      </p>
      <button type="submit" disabled={busy}>
        {m.save}
      </button>
      {error ? <span class="error"> {error}</span> : null}
    </form>
  );
}
