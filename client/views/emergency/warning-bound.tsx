import { useEffect, useState } from 'preact/hooks';
import {
  listGradeLabels,
  type ListGrade,
  type MeasureKind,
  measureKindLabels,
  measureKinds,
  type NotificationChannel,
  notificationChannelLabels,
  notificationChannels,
} from '../../../server/schema/enums/emergency.ts';
import type { WarningDetail } from '../../../server/schema/emergency-warnings.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { sendJson } from '../../api/send-json.ts';
import { emergencyMessages } from '../../i18n/emergency.ts';
import type { Language } from '../../state/app-state.ts';
import { shownTime } from './warning-banner.tsx';

type Bound = WarningDetail['bound'][number];
type Notification = WarningDetail['notifications'][number];

/** An account that may supervise (GET /api/emergency/supervisor-candidates). */
export interface SupervisorCandidate {
  id: number;
  username: string;
  displayName: string;
}

/** The candidates out of the answer (a list, or `{candidates}`). */
function candidatesOf(value: unknown): SupervisorCandidate[] {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && 'candidates' in value && Array.isArray(value.candidates)
      ? value.candidates
      : [];
  return list.filter(
    (c): c is SupervisorCandidate =>
      typeof c === 'object' && c !== null && typeof c.id === 'number' && typeof c.displayName === 'string',
  );
}

/** A measure without its own text: 「line：kind limit%」. */
const measureWords = (lang: Language, x: Bound['measures'][number]): string =>
  `${x.line}：${x.kind in measureKindLabels ? measureKindLabels[x.kind as MeasureKind][lang] : x.kind}` +
  (x.limitPct !== null ? ` ${x.limitPct}%` : '');

const gradeText = (lang: Language, grade: string): string =>
  grade in listGradeLabels ? listGradeLabels[grade as ListGrade][lang] : grade;

/** The bound enterprises a township and measure-kind filter keeps. */
export function filterBound(bound: readonly Bound[], township: string, kind: string): Bound[] {
  return bound.filter(
    (b) => (township === '' || b.township === township) && (kind === '' || b.measures.some((x) => x.kind === kind)),
  );
}

/**
 * 「谁须做什么」: the bound enterprises (name, township, grade, 建成区, the measures at the current level, from when),
 * filtered by township and measure kind, each selectable on the map; with 驻点监督 (a supervisor picker per
 * enterprise and 「保存分配」) and 通知 (「通知全部企业」 and each enterprise's acknowledgement, 「登记回执」) for
 * `emergency` holders.
 */
export function WarningBound(props: {
  lang: Language;
  detail: WarningDetail;
  canEdit: boolean;
  onSelect: (enterpriseId: string) => void;
  onChanged: () => void;
}) {
  const { lang, detail, canEdit } = props;
  const m = emergencyMessages(lang);
  const warningId = detail.warning.id;
  const [township, setTownship] = useState('');
  const [kind, setKind] = useState('');
  const [candidates, setCandidates] = useState<SupervisorCandidate[]>([]);
  const [picks, setPicks] = useState<Record<string, string>>({});
  const [channel, setChannel] = useState<NotificationChannel>('platform');
  const [ackFor, setAckFor] = useState<string | null>(null);
  const [ackBy, setAckBy] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  useEffect(() => {
    if (!canEdit) return;
    const controller = new AbortController();
    void fetchJson<unknown>('/api/emergency/supervisor-candidates', controller.signal).then((r) => {
      if (r.ok) setCandidates(candidatesOf(r.value));
    });
    return () => controller.abort();
  }, [canEdit]);

  const assigned = new Map(detail.supervisors.map((s) => [s.enterpriseId, s]));
  const notified = new Map<string, Notification>(detail.notifications.map((n) => [n.enterpriseId, n]));
  const townships = [
    ...new Map(detail.bound.map((b) => [b.township ?? '', b.townshipName ?? b.township ?? ''])).entries(),
  ]
    .filter(([code]) => code !== '')
    .sort((a, b) => a[1].localeCompare(b[1], 'zh'));
  const shown = filterBound(detail.bound, township, kind);
  const currentPick = (id: string): string => picks[id] ?? String(assigned.get(id)?.userId ?? '');

  const report = (ok: boolean, text: string) => setMessage({ error: !ok, text });

  async function saveSupervisors(): Promise<void> {
    const assignments = Object.entries(picks)
      .filter(([id, pick]) => pick !== String(assigned.get(id)?.userId ?? ''))
      .map(([enterpriseId, pick]) => ({ enterpriseId, userId: pick === '' ? null : Number(pick) }));
    if (assignments.length === 0) return report(true, m.noChanges);
    const r = await sendJson<unknown>('PUT', `/api/emergency/warnings/${warningId}/supervisors`, { assignments });
    if (!r.ok) return report(false, failureText(lang, r.error));
    setPicks({});
    report(true, m.supervisorsSaved);
    props.onChanged();
  }

  async function notifyAll(): Promise<void> {
    const r = await sendJson<unknown>('POST', `/api/emergency/warnings/${warningId}/notifications`, { channel });
    if (!r.ok) return report(false, failureText(lang, r.error));
    setMessage(null);
    props.onChanged();
  }

  async function acknowledge(enterpriseId: string): Promise<void> {
    const path = `/api/emergency/warnings/${warningId}/notifications/${encodeURIComponent(enterpriseId)}/ack`;
    const r = await sendJson<unknown>('POST', path, { acknowledgedBy: ackBy.trim() });
    if (!r.ok) return report(false, failureText(lang, r.error));
    setAckFor(null);
    setAckBy('');
    setMessage(null);
    props.onChanged();
  }

  function notificationCell(b: Bound) {
    const n = notified.get(b.enterpriseId);
    const status = !n
      ? m.notNotified
      : n.acknowledgedAt
        ? m.acknowledged(shownTime(n.acknowledgedAt), n.acknowledgedBy ?? '')
        : m.notified(shownTime(n.notifiedAt), notificationChannelLabels[n.channel][lang]);
    const canAck = canEdit && n !== undefined && n.acknowledgedAt === null;
    return (
      <td data-notification={n ? (n.acknowledgedAt ? 'acknowledged' : 'notified') : 'none'}>
        {status}
        {canAck && ackFor !== b.enterpriseId ? (
          <button type="button" class="link-button" data-action="ack" onClick={() => setAckFor(b.enterpriseId)}>
            {m.recordAck}
          </button>
        ) : null}
        {canAck && ackFor === b.enterpriseId ? (
          <span class="inline-form">
            <input
              aria-label={m.ackBy}
              placeholder={m.ackBy}
              maxLength={60}
              value={ackBy}
              onInput={(e) => setAckBy(e.currentTarget.value)}
            />
            <button type="button" data-action="save-ack" onClick={() => void acknowledge(b.enterpriseId)}>
              {m.confirm}
            </button>
          </span>
        ) : null}
      </td>
    );
  }

  return (
    <section class="emergency-bound" data-bound="">
      <h3>{m.boundTitle}</h3>
      <div class="filters">
        <select aria-label={m.township} value={township} onChange={(e) => setTownship(e.currentTarget.value)}>
          <option value="">{m.allTownships}</option>
          {townships.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        <select aria-label={m.measures} value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
          <option value="">{m.allKinds}</option>
          {measureKinds.map((k) => (
            <option key={k} value={k}>
              {measureKindLabels[k][lang]}
            </option>
          ))}
        </select>
        <span class="muted" data-bound-count={shown.length}>
          {m.boundCount(shown.length)}
        </span>
      </div>
      {canEdit ? (
        <div class="form-actions">
          <label>
            {m.channel}{' '}
            <select value={channel} onChange={(e) => setChannel(e.currentTarget.value as NotificationChannel)}>
              {notificationChannels.map((c) => (
                <option key={c} value={c}>
                  {notificationChannelLabels[c][lang]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" data-action="notify-all" onClick={() => void notifyAll()}>
            {m.notifyAll}
          </button>
          <button type="button" data-action="save-supervisors" onClick={() => void saveSupervisors()}>
            {m.saveSupervisors}
          </button>
        </div>
      ) : null}
      {message ? (
        <p class={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'} data-bound-message="">
          {message.text}
        </p>
      ) : null}
      {detail.bound.length === 0 ? <p class="muted">{m.noBound}</p> : null}
      <div class="table-scroll">
        <table class="emergency-table">
          <thead>
            <tr>
              <th>{m.enterprise}</th>
              <th>{m.township}</th>
              <th>{m.grade}</th>
              <th>{m.measures}</th>
              <th>{m.from}</th>
              <th>{m.supervisor}</th>
              <th>{m.notification}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((b) => (
              <tr key={b.enterpriseId} data-bound-enterprise={b.enterpriseId}>
                <td>
                  <button
                    type="button"
                    class="link-button"
                    title={m.showOnMap}
                    data-action="select-enterprise"
                    onClick={() => props.onSelect(b.enterpriseId)}
                  >
                    {b.enterpriseName}
                  </button>
                  {b.builtUpArea ? <span class="tag">{m.builtUp}</span> : null}
                  {b.heavyPolluter ? <span class="tag">{m.heavy}</span> : null}
                </td>
                <td>{b.townshipName ?? b.township ?? ''}</td>
                <td>{gradeText(lang, b.grade)}</td>
                <td>
                  <ul class="measures">
                    {b.measures.map((x) => (
                      <li key={`${x.line}|${x.kind}|${x.text}`} data-measure-kind={x.kind}>
                        {x.text || measureWords(lang, x)}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{shownTime(b.from)}</td>
                <td data-supervisor={assigned.get(b.enterpriseId)?.username ?? ''}>
                  {canEdit ? (
                    <select
                      aria-label={`${m.supervisor} ${b.enterpriseName}`}
                      data-supervisor-pick={b.enterpriseId}
                      value={currentPick(b.enterpriseId)}
                      onChange={(e) => setPicks({ ...picks, [b.enterpriseId]: e.currentTarget.value })}
                    >
                      <option value="">{m.unassigned}</option>
                      {withAssigned(candidates, assigned.get(b.enterpriseId)).map((c) => (
                        <option key={c.id} value={String(c.id)}>
                          {c.displayName}
                        </option>
                      ))}
                    </select>
                  ) : (
                    (assigned.get(b.enterpriseId)?.displayName ?? m.unassigned)
                  )}
                </td>
                {notificationCell(b)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The candidates, with the assigned supervisor kept as a choice even when no longer a candidate. */
function withAssigned(
  candidates: SupervisorCandidate[],
  current: WarningDetail['supervisors'][number] | undefined,
): SupervisorCandidate[] {
  if (!current || current.userId === null || candidates.some((c) => c.id === current.userId)) return candidates;
  return [...candidates, { id: current.userId, username: current.username, displayName: current.displayName }];
}
