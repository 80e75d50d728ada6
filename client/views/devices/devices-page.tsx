import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Device } from '../../../server/schema/devices.ts';
import {
  deviceKindLabels,
  deviceKinds,
  deviceStatuses,
  deviceStatusLabels,
  type DeviceKind,
  type DeviceStatus,
} from '../../../server/schema/enums/device-kind.ts';
import type { DevicesEvent } from '../../../server/schema/live-events.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { devicesMessages } from '../../i18n/devices.ts';
import type { Language } from '../../state/app-state.ts';
import { DeviceDetailPanel } from './device-detail.tsx';
import { DeviceForm, type EntityOption } from './device-form.tsx';
import { cstText, devicesOf, localText, sortDevices } from './device-format.ts';

/** Listens to the live `devices` events; returns the unsubscribe. */
export type DevicesSubscribe = (listener: (event: DevicesEvent) => void) => () => void;

/** How often the list is fetched again (counts, last data; statuses too when no live events come). */
export const DEVICES_POLL_MS = 30_000;

export interface DevicesPageProps {
  lang: Language;
  /**
   * Admins add, change and delete devices and open a device's detail (its packets and error log: the API serves
   * them to admins only); everyone else reads the list.
   */
  admin: boolean;
  stations: readonly EntityOption[];
  enterprises: readonly EntityOption[];
  /** The live `devices` events (statuses move without a reload); without it the list is polled. */
  subscribe?: DevicesSubscribe;
}

/** A status chip: the word (never colour alone) and, when known, since when. */
function StatusChip({ device, lang }: { device: Device; lang: Language }) {
  const m = devicesMessages(lang);
  return (
    <span class={`device-status device-${device.status}`} data-device-status={device.status}>
      <span class="status-chip">{deviceStatusLabels[device.status][lang]}</span>
      {device.statusSince ? <span class="muted status-since"> {m.since(cstText(device.statusSince))}</span> : null}
    </span>
  );
}

/**
 * 数据 → 设备: the HJ 212 devices with their status (在线/延迟/离线/已停用 since when), last data, counts and
 * last error, filtered by kind and status, offline first. A row opens the device's detail; admins add devices.
 */
export function DevicesPage(props: DevicesPageProps) {
  const { lang, admin } = props;
  const m = devicesMessages(lang);
  const [devices, setDevices] = useState<Device[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [kind, setKind] = useState<DeviceKind | ''>('');
  const [status, setStatus] = useState<DeviceStatus | ''>('');
  const [open, setOpen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let controller = new AbortController();
    const load = () => {
      controller.abort();
      controller = new AbortController();
      const { signal } = controller;
      void fetchJson<unknown>('/api/devices', signal).then((result) => {
        if (signal.aborted) return;
        if (!result.ok) {
          setLoadError(failureText(lang, result.error));
          return;
        }
        setLoadError(null);
        setDevices(devicesOf(result.value));
      });
    };
    load();
    const timer = setInterval(load, DEVICES_POLL_MS);
    const unsubscribe = props.subscribe?.((event) => {
      const changed = new Map(event.devices.map((d) => [d.mn, d]));
      setDevices((list) =>
        list
          ? list.map((d) => {
              const c = changed.get(d.mn);
              return c ? { ...d, status: c.status, statusSince: c.since } : d;
            })
          : list,
      );
    });
    return () => {
      clearInterval(timer);
      controller.abort();
      unsubscribe?.();
    };
  }, [attempt]);

  if (loadError !== null && devices === null)
    return (
      <div class="devices-page" data-devices-page="">
        <p class="error" role="alert">
          {m.loadFailed(loadError)}
        </p>
        <button type="button" class="tool" data-devices-retry="" onClick={() => setAttempt((n) => n + 1)}>
          {m.retry}
        </button>
      </div>
    );
  if (devices === null) return <p class="loading">{m.loading}</p>;

  const shown = sortDevices(devices).filter((d) => (!kind || d.kind === kind) && (!status || d.status === status));
  const listed = open === null ? undefined : devices.find((d) => d.mn === open);
  return (
    <div class="devices-page" data-devices-page="">
      <p class="muted">{m.about}</p>
      <p class="muted" data-devices-live={props.subscribe ? 'events' : 'poll'}>
        {props.subscribe ? m.live : m.polling}
        {admin ? '' : ` ${m.readOnly}`}
      </p>
      <div class="alert-actions devices-filters">
        <label class="field">
          <span class="muted">{m.kindFilter}</span>
          <select
            data-devices-filter="kind"
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as DeviceKind | '')}
          >
            <option value="">{m.all}</option>
            {deviceKinds.map((k) => (
              <option key={k} value={k}>
                {deviceKindLabels[k][lang]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span class="muted">{m.statusFilter}</span>
          <select
            data-devices-filter="status"
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as DeviceStatus | '')}
          >
            <option value="">{m.all}</option>
            {deviceStatuses.map((s) => (
              <option key={s} value={s}>
                {deviceStatusLabels[s][lang]}
              </option>
            ))}
          </select>
        </label>
        {admin && !adding ? (
          <button type="button" class="tool" data-device-add="" onClick={() => setAdding(true)}>
            {m.add}
          </button>
        ) : null}
      </div>
      {notice ? (
        <p role="status" class="import-done" data-devices-notice="">
          {notice}
        </p>
      ) : null}
      {admin && adding ? (
        <DeviceForm
          lang={lang}
          stations={props.stations}
          enterprises={props.enterprises}
          onCancel={() => setAdding(false)}
          onCreated={(device) => {
            setAdding(false);
            setNotice(m.created(device.mn));
            setDevices((list) => [...(list ?? []).filter((d) => d.mn !== device.mn), device]);
          }}
        />
      ) : null}
      <p class="muted" data-devices-count="">
        {m.count(shown.length, devices.length)}
      </p>
      {open !== null ? (
        <DeviceDetailPanel
          lang={lang}
          mn={open}
          admin={admin}
          listed={listed}
          onClose={() => setOpen(null)}
          onChanged={(device) => setDevices((list) => (list ?? []).map((d) => (d.mn === device.mn ? device : d)))}
          onRemoved={(mn) => {
            setOpen(null);
            setNotice(m.removed(mn));
            setDevices((list) => (list ?? []).filter((d) => d.mn !== mn));
          }}
        />
      ) : null}
      {devices.length === 0 ? (
        <p class="muted">{m.none}</p>
      ) : shown.length === 0 ? (
        <p class="muted">{m.noneMatch}</p>
      ) : (
        <div class="table-scroll">
          <table class="devices-table" data-devices-table="">
            <thead>
              <tr>
                <th>{m.colDevice}</th>
                <th>{m.colEntity}</th>
                <th>{m.colStatus}</th>
                <th>{m.colData}</th>
                <th>{m.colLastError}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((d) => (
                <tr
                  key={d.mn}
                  data-device-row={d.mn}
                  class={admin ? (open === d.mn ? 'selected openable' : 'openable') : undefined}
                  onClick={admin ? () => setOpen(d.mn) : undefined}
                >
                  <td>
                    {admin ? (
                      <button type="button" class="link-button" data-device-open={d.mn} aria-expanded={open === d.mn}>
                        {d.mn}
                      </button>
                    ) : (
                      d.mn
                    )}
                    <div class="muted" data-device-kind={d.kind}>
                      {deviceKindLabels[d.kind][lang]}
                    </div>
                  </td>
                  <td>{d.entityName ?? m.entityGone(d.entity.id)}</td>
                  <td>
                    <StatusChip device={d} lang={lang} />
                  </td>
                  <td>
                    <div class="nowrap">{localText(d.lastDataTime)}</div>
                    <div class="muted" data-device-counts="">
                      {m.counts(d.accepted, d.refused, d.duplicates)}
                    </div>
                  </td>
                  <td class="device-last-error" title={d.lastErrorAt ? cstText(d.lastErrorAt) : undefined}>
                    {d.lastError ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/**
 * Renders the page into `box` (a section of the h()-built 数据 view); returns the unmount.
 *
 * @example
 * const unmount = mountDevicesPage(section, { lang: 'zh', admin: true, stations, enterprises });
 */
export function mountDevicesPage(box: HTMLElement, props: DevicesPageProps): () => void {
  render(<DevicesPage {...props} />, box);
  return () => render(null, box);
}
