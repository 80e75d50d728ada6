import { useState } from 'preact/hooks';
import type { Alert } from '../../../server/schema/alerts.ts';
import type { CaseDetail, CasesResponse } from '../../../server/schema/cases.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { sendJson } from '../../api/send-json.ts';
import { enforcementCasesMessages } from '../../i18n/enforcement-cases.ts';
import type { Language } from '../../state/app-state.ts';

/** The violation a case from `alert` is filed with unless the user rewrites it: the alert's title and detail. */
export function violationFromAlert(alert: Pick<Alert, 'title' | 'detail'>): string {
  return `${alert.title.zh}：${alert.detail.zh}`.slice(0, 2000);
}

/** The case already opened from alert `alertId` (the server refused a second with 409), if it can be found. */
async function existingCase(alert: Alert): Promise<{ id: number; number: string } | null> {
  const q = new URLSearchParams({ origin: 'alert', layer: alert.layer, entity: alert.entityId, limit: '500' });
  const result = await fetchJson<CasesResponse>(`/api/cases?${q.toString()}`);
  if (!result.ok) return null;
  const found = result.value.cases.find((c) => c.links.alertId === alert.id);
  return found ? { id: found.id, number: found.number } : null;
}

/**
 * 「立案」 on an alert (for those who may open cases): a small form with the violation prefilled from the alert and
 * the enforcing department (市生态环境局忻府分局 by default) → POST /api/cases {origin: 'alert', alertId}; then, or
 * when the alert already has a case, a link 「查看案件 …」 that opens it in the 执法 view.
 */
export function FileCaseControl({
  alert,
  lang,
  onOpenCase,
}: {
  alert: Alert;
  lang: Language;
  onOpenCase: (caseId: number) => void;
}) {
  const m = enforcementCasesMessages(lang);
  const [open, setOpen] = useState(false);
  const [violation, setViolation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [filed, setFiled] = useState<{ id: number; number: string; before: boolean } | null>(null);

  if (filed)
    return (
      <span class="file-case" data-file-case="done">
        {filed.before ? <span class="muted">{m.alreadyFiled(filed.number)} </span> : null}
        <button
          type="button"
          class="link-button"
          data-view-case={String(filed.id)}
          onClick={() => onOpenCase(filed.id)}
        >
          {m.viewCase(filed.number)}
        </button>
      </span>
    );
  if (!open)
    return (
      <button
        type="button"
        class="tool"
        data-act="file-case"
        onClick={() => {
          setViolation(violationFromAlert(alert));
          setOpen(true);
        }}
      >
        {m.fileCase}
      </button>
    );
  const submit = async () => {
    const text = violation.trim();
    if (!text) return setError(m.required(m.fileViolation));
    setBusy(true);
    const result = await sendJson<CaseDetail>('POST', '/api/cases', {
      origin: 'alert',
      alertId: alert.id,
      violation: text,
      departmentId: 'eco-env',
    });
    if (result.ok) {
      setBusy(false);
      setFiled({ id: result.value.id, number: result.value.number, before: false });
      return;
    }
    const before = result.error.status === 409 ? await existingCase(alert) : null;
    setBusy(false);
    if (before) setFiled({ ...before, before: true });
    else setError(m.failed(failureText(lang, result.error)));
  };
  return (
    <div class="file-case-form" data-file-case="form">
      <strong>{m.fileCaseTitle}</strong>
      <label>
        {m.fileViolation}
        <textarea
          rows={3}
          maxLength={2000}
          data-input="violation"
          value={violation}
          onInput={(e) => {
            setViolation(e.currentTarget.value);
            setError(null);
          }}
        />
      </label>
      <span class="muted">{m.fileDepartment(m.defaultDepartment)}</span>
      <span>
        <button type="button" class="tool" data-act="file-case-send" disabled={busy} onClick={() => void submit()}>
          {busy ? m.working : m.fileSend}
        </button>{' '}
        <button type="button" class="tool" disabled={busy} onClick={() => setOpen(false)}>
          {m.cancel}
        </button>
      </span>
      {error ? (
        <span class="error inline-error" role="alert" data-file-case-error="">
          {error}
        </span>
      ) : null}
    </div>
  );
}
