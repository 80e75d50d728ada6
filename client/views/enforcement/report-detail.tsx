import { useState } from 'preact/hooks';
import type { CaseDetail } from '../../../server/schema/cases.ts';
import {
  reportCategoryLabels,
  reportStatusLabels,
  type ReportStatus,
} from '../../../server/schema/enums/public-report.ts';
import type { PublicReportDetail, PublicReportStepBody } from '../../../server/schema/public-reports.ts';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { session } from '../../api/session.ts';
import { enforcementReportsMessages } from '../../i18n/enforcement-reports.ts';
import type { Language } from '../../state/app-state.ts';

type Action = PublicReportStepBody['action'];

/** The steps offered from each status (the server checks them again). */
const stepsFrom: Readonly<Record<ReportStatus, readonly Action[]>> = {
  received: ['accept', 'reject'],
  accepted: ['handle', 'reject'],
  handled: ['close'],
  rejected: ['close'],
  closed: [],
};

/** The body of a step from the form's two texts (`note`: a reason or what was done). */
function stepBody(action: Action, note: string, reply: string): PublicReportStepBody {
  if (action === 'reject') return { action, reason: note, reply };
  if (action === 'handle') return { action, done: note, reply };
  return reply ? { action, reply } : { action };
}

/**
 * One public report in full: its photo, the contact data when the server served them (or why not), the handling
 * record, the step buttons the user's role allows, 「立案」 (POST /api/cases with the report) and 「在地图上显示」.
 */
export function ReportDetail({
  report,
  lang,
  onChanged,
  onShowOnMap,
}: {
  report: PublicReportDetail;
  lang: Language;
  onChanged: () => void;
  onShowOnMap: () => void;
}) {
  const m = enforcementReportsMessages(lang);
  const [action, setAction] = useState<Action | null>(null);
  const [note, setNote] = useState('');
  const [reply, setReply] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [caseNo, setCaseNo] = useState<string | null>(null);
  const needsNote = action === 'reject' || action === 'handle';

  const send = async () => {
    if (!action) return;
    if (needsNote && note.trim().length < 2) return setError(m.required(action === 'reject' ? m.reason : m.done));
    if (needsNote && reply.trim().length < 2) return setError(m.required(m.reply));
    setBusy(true);
    const result = await sendJson('POST', `/api/public-reports/${report.id}/steps`, stepBody(action, note, reply));
    setBusy(false);
    if (!result.ok) return setError(m.failed(failureText(lang, result.error)));
    setAction(null);
    setNote('');
    setReply('');
    onChanged();
  };
  const fileCase = async () => {
    setBusy(true);
    const result = await sendJson<CaseDetail>('POST', '/api/cases', {
      origin: 'public-report',
      reportId: report.id,
      violation: `群众举报 ${report.ticket}（${reportCategoryLabels[report.category].zh}）：${report.description}`,
    });
    setBusy(false);
    if (result.ok) setCaseNo(result.value.number);
    else setError(m.failed(failureText(lang, result.error)));
  };

  return (
    <article class="report-detail" data-report-detail={report.ticket}>
      <h4>
        {reportCategoryLabels[report.category][lang]} · {reportStatusLabels[report.status][lang]}
      </h4>
      <dl>
        <dt>{m.ticket}</dt>
        <dd>{report.ticket}</dd>
        <dt>{m.received}</dt>
        <dd>{report.receivedAt.replace('T', ' ')}</dd>
        <dt>{m.township}</dt>
        <dd>{report.townshipName}</dd>
        {report.address ? (
          <>
            <dt>{m.address}</dt>
            <dd>{report.address}</dd>
          </>
        ) : null}
        <dt>{m.description}</dt>
        <dd class="report-text">{report.description}</dd>
        <dt>{m.contact}</dt>
        <dd data-report-contact={report.contactVisible ? 'visible' : 'hidden'}>
          {!report.contactVisible
            ? m.contactHidden
            : report.contact
              ? [report.contact.name, report.contact.phone].filter(Boolean).join(' ')
              : m.contactNone}
        </dd>
        {report.reply ? (
          <>
            <dt>{m.reply}</dt>
            <dd>{report.reply}</dd>
          </>
        ) : null}
      </dl>
      {report.provenance === 'synthetic' ? <p class="muted">{m.synthetic}</p> : null}
      {report.alertId !== null ? <p class="muted">{m.alert(report.alertId)}</p> : null}
      {report.photoId !== null ? (
        <img class="report-photo" src={`/api/attachments/${report.photoId}`} alt={m.photo} loading="lazy" />
      ) : null}
      {report.steps.length > 0 ? (
        <>
          <h5>{m.steps}</h5>
          <ol class="report-steps">
            {report.steps.map((s) => (
              <li key={`${s.at}-${s.action}`}>
                {s.at.slice(0, 16).replace('T', ' ')} {s.actor} · {reportStatusLabels[s.status][lang]}
                {s.note ? `：${s.note}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <div class="report-actions">
        <button type="button" class="tool" data-act="report-map" onClick={onShowOnMap}>
          {m.showOnMap}
        </button>
        {session.can('supervise')
          ? stepsFrom[report.status].map((a) => (
              <button
                key={a}
                type="button"
                class={a === action ? 'tool active' : 'tool'}
                data-report-step={a}
                disabled={busy}
                onClick={() => {
                  setAction(a);
                  setError(null);
                }}
              >
                {m[a]}
              </button>
            ))
          : null}
        {session.can('cases') && !caseNo ? (
          <button
            type="button"
            class="tool"
            data-act="report-file-case"
            disabled={busy}
            onClick={() => void fileCase()}
          >
            {m.fileCase}
          </button>
        ) : null}
      </div>
      {caseNo ? <p data-report-case="">{m.caseFiled(caseNo)}</p> : null}
      {action ? (
        <div class="report-step-form" data-report-step-form={action}>
          {needsNote ? (
            <label>
              {action === 'reject' ? m.reason : m.done}
              <textarea rows={2} maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            </label>
          ) : null}
          <label>
            {m.replyHint}
            <textarea rows={2} maxLength={500} value={reply} onInput={(e) => setReply(e.currentTarget.value)} />
          </label>
          <span>
            <button type="button" class="tool" data-act="report-step-send" disabled={busy} onClick={() => void send()}>
              {busy ? m.working : m.send}
            </button>{' '}
            <button type="button" class="tool" disabled={busy} onClick={() => setAction(null)}>
              {m.cancel}
            </button>
          </span>
        </div>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}
