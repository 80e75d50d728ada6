import { useRef, useState } from 'preact/hooks';
import type { Alert, Assignee } from '../../../server/schema/alerts.ts';
import type { ApiFailure } from '../../api/api-result.ts';
import { failureText } from '../../api/failure-text.ts';
import { alertsMessages } from '../../i18n/alerts.ts';
import type { Language } from '../../state/app-state.ts';

/** The actions of the alert loop and the body each sends (POST /api/alerts/:id/assign | resolve | verify). */
export type AlertActionRequest =
  | { action: 'assign'; body: { assignee: string } }
  | { action: 'resolve'; body: { note: string; photo?: string } }
  | { action: 'verify'; body: { outcome: 'verified' | 'reopened'; note?: string } };

/** Sends an action; resolves to null when done, else the failure. */
export type SendAlertAction = (id: number, request: AlertActionRequest) => Promise<ApiFailure | null>;

/** Which control an error belongs to (it is shown beside it). */
type Control = 'assign' | 'resolve' | 'verify' | 'reopen';

/** Reads a chosen image file as a data URL. */
function readPhoto(input: HTMLInputElement | null): Promise<string | undefined> {
  const file = input?.files?.[0];
  if (!file) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : undefined);
    reader.onerror = () => resolve(undefined);
    reader.readAsDataURL(file);
  });
}

/**
 * The controls of one alert's next steps, by status: 指派/改派 (an account picked from `assignees`), 办结 (a note and
 * an optional photo), 核验通过 / 退回 (an optional remark). What the user typed is this component's state, so a
 * refresh of the list keeps it; an error is shown beside the control that caused it, in the user's language; an
 * empty required field is caught here, before anything is sent.
 */
export function AlertActions({
  alert,
  lang,
  assignees,
  send,
}: {
  alert: Alert;
  lang: Language;
  /** undefined while loading, null when they could not be read. */
  assignees: Assignee[] | null | undefined;
  send: SendAlertAction;
}) {
  const m = alertsMessages(lang);
  const [assignee, setAssignee] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Control, string>>>({});
  const [busy, setBusy] = useState<Control | null>(null);
  const [photoName, setPhotoName] = useState('');
  const photo = useRef<HTMLInputElement>(null);

  const run = async (control: Control, request: AlertActionRequest) => {
    setBusy(control);
    const failure = await send(alert.id, request);
    setBusy(null);
    if (failure) {
      setErrors({ [control]: m.failed(failureText(lang, failure)) });
      return;
    }
    setErrors({});
    setAssignee('');
    setNote('');
    if (photo.current) photo.current.value = '';
    setPhotoName('');
  };
  const refuse = (control: Control, text: string) => setErrors({ [control]: text });
  const error = (control: Control) =>
    errors[control] ? (
      <span class="error inline-error" role="alert" data-action-error={control}>
        {errors[control]}
      </span>
    ) : null;
  const button = (control: Control, label: string, onClick: () => void) => (
    <button type="button" class="tool" data-act={control} disabled={busy !== null} onClick={onClick}>
      {busy === control ? m.working : label}
    </button>
  );

  const canAssign = alert.status === 'open' || alert.status === 'assigned';
  return (
    <span class="alert-actions">
      {canAssign && (
        <span class="alert-control" data-control="assign">
          <select
            class="inline-input"
            data-input="assignee"
            aria-label={m.assignTo}
            value={assignee}
            disabled={!assignees?.length}
            onChange={(e) => {
              setAssignee(e.currentTarget.value);
              setErrors({});
            }}
          >
            <option value="">
              {assignees === undefined ? m.loadingAssignees : assignees?.length ? m.assignTo : m.noAssignees}
            </option>
            {(assignees ?? []).map((a) => (
              <option key={a.username} value={a.username}>
                {a.displayName}
              </option>
            ))}
          </select>
          {button('assign', alert.status === 'open' ? m.assign : m.reassign, () => {
            if (!assignee) refuse('assign', assignees?.length === 0 ? m.noAssignees : m.chooseAssignee);
            else void run('assign', { action: 'assign', body: { assignee } });
          })}
          {error('assign')}
        </span>
      )}
      {alert.status === 'assigned' && (
        <span class="alert-control" data-control="resolve">
          <input
            type="text"
            class="inline-input"
            data-input="note"
            placeholder={m.whatWasDone}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          {/* the browser's own file button would speak its UI language: a worded label opens it */}
          <label class="tool photo-pick">
            {photoName ? m.photoChosen(photoName) : m.photo}
            <input
              type="file"
              accept="image/jpeg,image/png"
              class="visually-hidden"
              data-input="photo"
              ref={photo}
              onChange={(e) => setPhotoName(e.currentTarget.files?.[0]?.name ?? '')}
            />
          </label>
          {button('resolve', m.resolve, () => {
            const text = note.trim();
            if (!text) {
              refuse('resolve', m.noteRequired);
              return;
            }
            void readPhoto(photo.current).then((data) =>
              run('resolve', { action: 'resolve', body: data ? { note: text, photo: data } : { note: text } }),
            );
          })}
          {error('resolve')}
        </span>
      )}
      {(alert.status === 'resolved' || alert.status === 'verified') && (
        <span class="alert-control" data-control="verify">
          <input
            type="text"
            class="inline-input"
            data-input="note"
            placeholder={m.remark}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          {alert.status === 'resolved' &&
            button('verify', m.verify, () => {
              const text = note.trim();
              void run('verify', {
                action: 'verify',
                body: text ? { outcome: 'verified', note: text } : { outcome: 'verified' },
              });
            })}
          {button('reopen', m.reopen, () => {
            const text = note.trim();
            void run('reopen', {
              action: 'verify',
              body: text ? { outcome: 'reopened', note: text } : { outcome: 'reopened' },
            });
          })}
          {error('verify')}
          {error('reopen')}
        </span>
      )}
    </span>
  );
}
