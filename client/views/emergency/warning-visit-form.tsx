import { useState } from 'preact/hooks';
import {
  type LineState,
  lineStateLabels,
  lineStates,
  type VisitKind,
  visitKindLabels,
  visitKinds,
  type VisitVerdict,
  visitVerdicts,
} from '../../../server/schema/enums/emergency.ts';
import type { VisitBody, WarningDetail } from '../../../server/schema/emergency-warnings.ts';
import { apiFailure, type ApiResult } from '../../api/api-result.ts';
import { failureText } from '../../api/failure-text.ts';
import { apiFetch } from '../../api/session.ts';
import { sendJson } from '../../api/send-json.ts';
import { emergencyMessages } from '../../i18n/emergency.ts';
import type { Language } from '../../state/app-state.ts';

/** The largest attachment the server keeps (5 MiB). */
const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** Uploads a file's bytes to POST /api/attachments?file=<name>; the new attachment's id. */
export async function uploadAttachment(file: File): Promise<ApiResult<{ id: number }>> {
  const path = `/api/attachments?file=${encodeURIComponent(file.name)}`;
  try {
    const res = await apiFetch(path, {
      method: 'POST',
      headers: { 'content-type': file.type || 'application/octet-stream' },
      body: await file.arrayBuffer(),
    });
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) return { ok: false, error: apiFailure(res.status, res.statusText, body) };
    if (typeof body === 'object' && body !== null && 'id' in body && typeof body.id === 'number')
      return { ok: true, value: { id: body.id } };
    return { ok: false, error: { code: 'bad_response', message: `${path}: no id`, status: res.status } };
  } catch (error) {
    const message = `${path}: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, error: { code: 'network_error', message, status: 0 } };
  }
}

const verdictWord = (lang: Language, v: VisitVerdict): string => {
  const m = emergencyMessages(lang);
  return v === 'compliant' ? m.verdictCompliant : v === 'non-compliant' ? m.verdictNonCompliant : m.verdictNotChecked;
};

/** The lines of an enterprise's measures (each once), for the visit's line states. */
function linesOf(detail: WarningDetail, enterpriseId: string): { line: string; state: LineState }[] {
  const bound = detail.bound.find((b) => b.enterpriseId === enterpriseId);
  return [...new Set((bound?.measures ?? []).map((x) => x.line))].map((line) => ({ line, state: 'stopped' }));
}

/**
 * 「记录检查」 for `supervise` holders: enterprise, kind, verdict, each line's state, note and a photo (uploaded
 * first to POST /api/attachments, then POST /api/emergency/visits with its id).
 */
export function WarningVisitForm(props: { lang: Language; detail: WarningDetail; at: string; onSaved: () => void }) {
  const { lang, detail } = props;
  const m = emergencyMessages(lang);
  const [enterpriseId, setEnterpriseId] = useState('');
  const [kind, setKind] = useState<VisitKind>('supervision');
  const [verdict, setVerdict] = useState<VisitVerdict>('compliant');
  const [visitedAt, setVisitedAt] = useState(props.at);
  const [lines, setLines] = useState<{ line: string; state: LineState }[]>([]);
  const [note, setNote] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    if (!enterpriseId) return setMessage({ error: true, text: m.needEnterprise });
    if (!note.trim()) return setMessage({ error: true, text: m.needNote });
    if (photo && photo.size > MAX_PHOTO_BYTES) return setMessage({ error: true, text: m.photoTooLarge });
    setBusy(true);
    let photoId: number | null = null;
    if (photo) {
      const uploaded = await uploadAttachment(photo);
      if (!uploaded.ok) {
        setBusy(false);
        return setMessage({ error: true, text: failureText(lang, uploaded.error) });
      }
      photoId = uploaded.value.id;
    }
    const body: VisitBody = {
      warningId: detail.warning.id,
      enterpriseId,
      kind,
      verdict,
      lines: lines.filter((l) => l.line.trim() !== ''),
      note: note.trim(),
      photoId,
    };
    if (visitedAt) body.visitedAt = visitedAt;
    const r = await sendJson<unknown>('POST', '/api/emergency/visits', body);
    setBusy(false);
    if (!r.ok) return setMessage({ error: true, text: failureText(lang, r.error) });
    setMessage({ error: false, text: m.visitSaved });
    setNote('');
    setPhoto(null);
    props.onSaved();
  }

  return (
    <form class="emergency-form" data-visit-form="" onSubmit={(e) => void save(e)}>
      <h3>{m.visitTitle}</h3>
      <label>
        {m.enterprise}
        <select
          name="enterprise"
          value={enterpriseId}
          onChange={(e) => {
            setEnterpriseId(e.currentTarget.value);
            setLines(linesOf(detail, e.currentTarget.value));
          }}
        >
          <option value="">—</option>
          {detail.bound.map((b) => (
            <option key={b.enterpriseId} value={b.enterpriseId}>
              {b.enterpriseName}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.visitKind}
        <select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as VisitKind)}>
          {visitKinds.map((k) => (
            <option key={k} value={k}>
              {visitKindLabels[k][lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.visitVerdict}
        <select name="verdict" value={verdict} onChange={(e) => setVerdict(e.currentTarget.value as VisitVerdict)}>
          {visitVerdicts.map((v) => (
            <option key={v} value={v}>
              {verdictWord(lang, v)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.stepAt}
        <input
          type="datetime-local"
          step="3600"
          value={visitedAt}
          onInput={(e) => setVisitedAt(e.currentTarget.value)}
        />
      </label>
      <fieldset>
        <legend>{m.lines}</legend>
        {lines.map((l, i) => (
          <div class="line-state" key={`line-${i}`}>
            <input
              aria-label={m.lineName}
              maxLength={80}
              value={l.line}
              onInput={(e) => setLines(lines.map((x, j) => (j === i ? { ...x, line: e.currentTarget.value } : x)))}
            />
            <select
              aria-label={`${m.lines} ${l.line}`}
              value={l.state}
              onChange={(e) =>
                setLines(lines.map((x, j) => (j === i ? { ...x, state: e.currentTarget.value as LineState } : x)))
              }
            >
              {lineStates.map((s) => (
                <option key={s} value={s}>
                  {lineStateLabels[s][lang]}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="button" onClick={() => setLines([...lines, { line: '', state: 'stopped' }])}>
          {m.addLine}
        </button>
      </fieldset>
      <label>
        {m.note}
        <textarea name="note" maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {m.visitPhoto}
        <input
          type="file"
          name="photo"
          accept="image/jpeg,image/png,application/pdf"
          onChange={(e) => setPhoto(e.currentTarget.files?.[0] ?? null)}
        />
      </label>
      {message ? (
        <p class={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'} data-visit-message="">
          {message.text}
        </p>
      ) : null}
      <button type="submit" disabled={busy} data-action="save-visit">
        {m.visitSubmit}
      </button>
    </form>
  );
}
