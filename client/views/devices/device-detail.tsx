import { useEffect, useRef, useState } from 'preact/hooks';
import type { Device, DeviceDetail } from '../../../server/schema/devices.ts';
import { deviceKindLabels, deviceStatusLabels } from '../../../server/schema/enums/device-kind.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { sendJson } from '../../api/send-json.ts';
import { devicesMessages, qnReturnMeanings } from '../../i18n/devices.ts';
import type { Language } from '../../state/app-state.ts';
import { cstText, localText } from './device-format.ts';

type Status = { kind: 'ok' | 'error' | 'busy'; text: string } | null;

/** A refusal's code with its meaning: 「3 密码错误」; an ingest reason id as it is. */
export function errorCodeText(code: string, lang: Language): string {
  const meaning = qnReturnMeanings[code];
  return meaning ? `${code} ${meaning[lang]}` : code;
}

/**
 * One device opened from the list: its binding, counts, last packet (the server hides PW) and error log (time,
 * code with its meaning, message); admins change its password, interval and enabling, or delete it after a
 * confirmation.
 */
export function DeviceDetailPanel(props: {
  lang: Language;
  mn: string;
  admin: boolean;
  /** The list's copy of the device (status updated live), shown while the detail loads. */
  listed: Device | undefined;
  onClose: () => void;
  onChanged: (device: Device) => void;
  onRemoved: (mn: string) => void;
}) {
  const { lang, mn, admin } = props;
  const m = devicesMessages(lang);
  const [detail, setDetail] = useState<DeviceDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [interval, setIntervalText] = useState('');
  const [enabled, setEnabled] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    // the detail sits above the list: bring it into view when a row far down opens it
    box.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    const controller = new AbortController();
    setDetail(null);
    setLoadError(null);
    setConfirming(false);
    setStatus(null);
    void fetchJson<DeviceDetail>(`/api/devices/${encodeURIComponent(mn)}`, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (!result.ok) {
        setLoadError(failureText(lang, result.error));
        return;
      }
      setDetail(result.value);
      setIntervalText(String(result.value.intervalS));
      setEnabled(result.value.enabled);
    });
    return () => controller.abort();
  }, [mn]);

  const save = async () => {
    if (!detail) return;
    const patch: Record<string, unknown> = {};
    if (password !== '') patch.password = password;
    const n = Number(interval.trim());
    if (interval.trim() !== String(detail.intervalS)) patch.intervalS = Number.isFinite(n) ? n : interval;
    if (enabled !== detail.enabled) patch.enabled = enabled;
    if (!Object.keys(patch).length) {
      setStatus({ kind: 'error', text: m.nothingChanged });
      return;
    }
    setStatus({ kind: 'busy', text: m.saving });
    const result = await sendJson<Device>('PATCH', `/api/devices/${encodeURIComponent(mn)}`, patch);
    if (!result.ok) {
      setStatus({ kind: 'error', text: failureText(lang, result.error) });
      return;
    }
    setPassword('');
    setDetail((d) => (d ? { ...d, ...result.value } : d));
    setStatus({ kind: 'ok', text: m.updated(mn) });
    props.onChanged(result.value);
  };
  const remove = async () => {
    setStatus({ kind: 'busy', text: m.saving });
    const result = await sendJson<unknown>('DELETE', `/api/devices/${encodeURIComponent(mn)}`, {});
    if (!result.ok) {
      setStatus({ kind: 'error', text: failureText(lang, result.error) });
      return;
    }
    props.onRemoved(mn);
  };

  const shown = detail ?? props.listed;
  return (
    <section class="device-detail" data-device-detail={mn} aria-label={m.detailOf(mn)} ref={box}>
      <header class="drawer-head">
        <h4>{m.detailOf(mn)}</h4>
        <button type="button" class="icon-button" aria-label={m.close} data-device-close="" onClick={props.onClose}>
          ×
        </button>
      </header>
      {shown ? (
        <table class="details">
          <tr>
            <th>{m.colKind}</th>
            <td>{deviceKindLabels[shown.kind][lang]}</td>
          </tr>
          <tr>
            <th>{m.colEntity}</th>
            <td>{shown.entityName ?? m.entityGone(shown.entity.id)}</td>
          </tr>
          <tr>
            <th>{m.colStatus}</th>
            <td>
              {deviceStatusLabels[shown.status][lang]}
              {shown.statusSince ? ` · ${m.since(cstText(shown.statusSince))}` : ''}
            </td>
          </tr>
          <tr>
            <th>{m.lastSeen}</th>
            <td>{shown.lastSeen ? cstText(shown.lastSeen) : m.neverSeen}</td>
          </tr>
          <tr>
            <th>{m.colLastData}</th>
            <td>{localText(shown.lastDataTime)}</td>
          </tr>
          <tr>
            <th>{m.colCounts}</th>
            <td>{m.counts(shown.accepted, shown.refused, shown.duplicates)}</td>
          </tr>
        </table>
      ) : null}
      {loadError !== null ? <p class="error">{m.loadFailed(loadError)}</p> : null}
      {detail === null && loadError === null ? <p class="loading">{m.detailLoading}</p> : null}
      {detail ? (
        <>
          <h5>{m.lastPacket}</h5>
          {detail.lastPacket ? (
            <pre class="device-packet" data-device-packet="">
              {detail.lastPacket}
            </pre>
          ) : (
            <p class="muted">{m.noPacket}</p>
          )}
          <h5>{m.errorLog}</h5>
          {detail.errors.length ? (
            <div class="table-scroll">
              <table class="device-errors" data-device-errors="">
                <thead>
                  <tr>
                    <th>{m.errAt}</th>
                    <th>{m.errCode}</th>
                    <th>{m.errMessage}</th>
                  </tr>
                </thead>
                <tbody>
                  {detail.errors.map((e, i) => (
                    <tr key={`${e.at}-${i}`} title={e.raw}>
                      <td>{cstText(e.at)}</td>
                      <td data-error-code={e.code}>{errorCodeText(e.code, lang)}</td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p class="muted">{m.noErrors}</p>
          )}
        </>
      ) : null}
      {detail && admin ? (
        <form
          class="device-edit"
          data-device-edit=""
          novalidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <h5>{m.edit}</h5>
          <label class="field">
            <span class="muted">{m.newPassword}</span>
            <input
              type="password"
              autocomplete="new-password"
              data-device-edit-field="password"
              value={password}
              onInput={(event) => setPassword(event.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span class="muted">{m.interval}</span>
            <input
              type="text"
              inputMode="numeric"
              data-device-edit-field="interval"
              value={interval}
              onInput={(event) => setIntervalText(event.currentTarget.value)}
            />
          </label>
          <label class="check">
            <input
              type="checkbox"
              data-device-edit-field="enabled"
              checked={enabled}
              onChange={(event) => setEnabled(event.currentTarget.checked)}
            />{' '}
            {m.enabled}
          </label>
          <div class="alert-actions">
            <button type="submit" class="tool" data-device-save="" disabled={status?.kind === 'busy'}>
              {m.saveChanges}
            </button>
            {confirming ? null : (
              <button type="button" class="tool danger" data-device-remove="" onClick={() => setConfirming(true)}>
                {m.remove}
              </button>
            )}
          </div>
          {confirming ? (
            <div class="device-confirm" role="alertdialog" data-device-confirm="">
              <p>{m.confirmRemove(mn)}</p>
              <div class="alert-actions">
                <button
                  type="button"
                  class="tool danger"
                  data-device-confirm-yes=""
                  disabled={status?.kind === 'busy'}
                  onClick={() => void remove()}
                >
                  {m.confirmYes}
                </button>
                <button type="button" class="tool" data-device-confirm-no="" onClick={() => setConfirming(false)}>
                  {m.cancel}
                </button>
              </div>
            </div>
          ) : null}
          {status ? (
            <p
              role="status"
              class={status.kind === 'error' ? 'error' : status.kind === 'ok' ? 'import-done' : 'muted'}
              data-device-edit-message={status.kind}
            >
              {status.text}
            </p>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
