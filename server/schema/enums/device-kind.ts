/**
 * HJ 212 device kinds, their entity layers and statuses. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const deviceKinds = ['ambient', 'micro', 'stack', 'nrmm'] as const;
export type DeviceKind = (typeof deviceKinds)[number];

/**
 * @example
 * deviceKindLabels.stack.zh; // '排放口在线监测'
 */
export const deviceKindLabels: Labels<DeviceKind> = {
  ambient: { zh: '空气自动站', en: 'ambient station' },
  micro: { zh: '微站', en: 'micro-station' },
  stack: { zh: '排放口在线监测', en: 'stack outlet (CEMS)' },
  nrmm: { zh: '非道路机械定位终端', en: 'NRMM tracker' },
};

/** The layer a device of each kind is bound to. */
export const deviceEntityLayers = ['stations', 'outlets', 'machines'] as const;
export type DeviceEntityLayer = (typeof deviceEntityLayers)[number];

export const deviceEntityLayerLabels: Labels<DeviceEntityLayer> = {
  stations: { zh: '站点', en: 'station' },
  outlets: { zh: '排放口', en: 'outlet' },
  machines: { zh: '非道路机械', en: 'machine' },
};

/** Which entity layer each kind binds to. */
export const deviceKindLayer: Readonly<Record<DeviceKind, DeviceEntityLayer>> = {
  ambient: 'stations',
  micro: 'stations',
  stack: 'outlets',
  nrmm: 'machines',
};

/**
 * online: a packet within 2 expected intervals; late: within 6; offline: none for longer (or never);
 * disabled: the admin turned the device off (its packets are refused).
 */
export const deviceStatuses = ['online', 'late', 'offline', 'disabled'] as const;
export type DeviceStatus = (typeof deviceStatuses)[number];

export const deviceStatusLabels: Labels<DeviceStatus> = {
  online: { zh: '在线', en: 'online' },
  late: { zh: '延迟', en: 'late' },
  offline: { zh: '离线', en: 'offline' },
  disabled: { zh: '已停用', en: 'disabled' },
};

/** Status thresholds in expected intervals since the last packet. */
export const DEVICE_LATE_AFTER_INTERVALS = 2;
export const DEVICE_OFFLINE_AFTER_INTERVALS = 6;
