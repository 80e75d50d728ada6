/**
 * The live events `GET /api/events` pushes (server-sent events, issue 14). Each SSE message has
 * `id:` (a number increasing by one per event in this server process), `event:` (the topic) and
 * `data:` (JSON of the type below). `?topics=a,b` selects topics (default: every topic but `data`);
 * a reconnect with `Last-Event-ID` gets the events it missed while they are still held (the newest
 * 10,000; `data` events are never held or replayed), else a `reset` event: reload everything. A `: ping`
 * comment every 15 s keeps proxies open.
 * Zod-free: the client imports it.
 *
 * @module
 */
import type { DeviceStatus } from './enums/device-kind.ts';

export const liveTopics = [
  'present',
  'readings',
  'outlets',
  'alerts',
  'devices',
  'emergency',
  'data',
  'reset',
] as const;
export type LiveTopic = (typeof liveTopics)[number];

/** The dataset's present moved (a newer hour arrived): `YYYY-MM-DDTHH:mm` CST. */
export interface PresentEvent {
  asOf: string;
}

/** Station hours that arrived or changed (after the commit that stored them). */
export interface ReadingsEvent {
  readings: {
    station: string;
    /** Hour end 'YYYY-MM-DDTHH:00' CST. */
    ts: string;
    so2: number | null;
    no2: number | null;
    pm10: number | null;
    pm25: number | null;
    co: number | null;
    o3: number | null;
  }[];
}

/** Outlet hours that arrived: values as measured and whether any is over its limit. */
export interface OutletsEvent {
  outlets: {
    outlet: string;
    enterprise: string;
    ts: string;
    pm: number | null;
    so2: number | null;
    nox: number | null;
    over: boolean;
  }[];
}

/** Alerts raised or cleared by a ledger advance. */
export interface AlertsEvent {
  raised: { id: number; rule: string; task: number; entityId: string; title: string; detail: string }[];
  cleared: { id: number; rule: string; entityId: string }[];
  /** Open alerts after the change. */
  open: number;
}

/** Device statuses that changed. */
export interface DevicesEvent {
  devices: { mn: string; status: DeviceStatus; since: string | null }[];
}

/**
 * A heavy-pollution warning changed (issued, upgraded, downgraded, extended, lifted: `warning`) or a record of its
 * mechanism was written (a step, notifications, an acknowledgement, supervisors, a visit: `mechanism`). `warningId`
 * is null for a visit outside any warning.
 */
export interface EmergencyEvent {
  kind: 'warning' | 'mechanism';
  warningId: number | null;
}

/** Accepted data packets of one ingest commit (raw values; topic `data`, opt-in). */
export interface DataEvent {
  packets: {
    mn: string;
    cn: string;
    /** 'YYYY-MM-DDTHH:mm:ss' CST. */
    dataTime: string;
    /** Receipt time, epoch ms (the benchmark measures packet → event from it). */
    receivedAt: number;
    values: Record<string, number | null>;
  }[];
}

export interface ResetEvent {
  reason: string;
}

export interface LiveEventData {
  present: PresentEvent;
  readings: ReadingsEvent;
  outlets: OutletsEvent;
  alerts: AlertsEvent;
  devices: DevicesEvent;
  emergency: EmergencyEvent;
  data: DataEvent;
  reset: ResetEvent;
}

/** An event as held and sent. */
export interface LiveEvent<T extends LiveTopic = LiveTopic> {
  id: number;
  topic: T;
  data: LiveEventData[T];
}
