import { recordAudit, type Actor } from '../db/audit-log.ts';
import {
  deleteDevice,
  deviceEntityExists,
  hashDevicePassword,
  insertDevice,
  insertOutlet,
  newDeviceSalt,
  outletExists,
  outletId,
  readDeviceRecord,
  readEnterpriseForOutlet,
  updateDevice,
  type DeviceChanges,
  type DeviceRecord,
} from '../db/devices-repository.ts';
import type { Db } from '../db/open-database.ts';
import { emissionStandardIds, findEmissionStandard } from '../monitoring/emission-standards.ts';
import { err, ok, type Result } from '../result.ts';
import type { Device, DeviceEntity, DeviceInput, DevicePatch } from '../schema/devices.ts';
import {
  deviceEntityLayerLabels,
  deviceKindLabels,
  deviceKindLayer,
  type DeviceKind,
} from '../schema/enums/device-kind.ts';
import type { Localized } from '../schema/localized.ts';
import { deviceView } from './device-views.ts';

/** Why a registry write was refused: a value that is not usable (400), no such device (404), a taken MN (409). */
export interface DeviceProblem {
  code: 'invalid' | 'not-found' | 'conflict';
  message: string;
  text: Localized;
}

/** The audit log's entity of these writes (entity id: the MN). */
const ENTITY = 'device';

/** Default expected interval by kind, seconds: minute data, or a tracker's 30 s fixes. */
const defaultIntervalS: Readonly<Record<DeviceKind, number>> = { ambient: 60, micro: 60, stack: 60, nrmm: 30 };

const problem = (code: DeviceProblem['code'], text: Localized): DeviceProblem => ({ code, message: text.en, text });

/** The registry fields the audit log keeps (never the password's salt or hash). */
const audited = (r: Pick<DeviceRecord, 'mn' | 'kind' | 'entity' | 'intervalS' | 'enabled'>) => ({
  mn: r.mn,
  kind: r.kind,
  entity: r.entity,
  intervalS: r.intervalS,
  enabled: r.enabled,
});

/** 400 unless a device of `kind` may be bound to `entity` and the entity exists. */
function checkEntity(db: Db, kind: DeviceKind, entity: DeviceEntity): DeviceProblem | null {
  const expected = deviceKindLayer[kind];
  if (entity.layer !== expected) {
    return problem('invalid', {
      zh:
        `设备类型「${deviceKindLabels[kind].zh}」须绑定${deviceEntityLayerLabels[expected].zh}，` +
        `不能绑定${deviceEntityLayerLabels[entity.layer].zh}`,
      en: `entity.layer: a ${deviceKindLabels[kind].en} is bound to ${expected}, not ${entity.layer}`,
    });
  }
  if (!deviceEntityExists(db, entity.layer, entity.id)) {
    const label = deviceEntityLayerLabels[entity.layer];
    return problem('invalid', {
      zh: `绑定对象：${label.zh}「${entity.id}」不存在`,
      en: `entity.id: no ${label.en} '${entity.id}'`,
    });
  }
  return null;
}

/** Creates the outlet a stack device's POST names, or says why not. Returns the outlet id. */
function createOutlet(db: Db, input: DeviceInput, actor: Actor, at: string): Result<string, DeviceProblem> {
  const outlet = input.outlet;
  if (!outlet) return err(problem('invalid', { zh: '缺少排放口', en: 'outlet: missing' }));
  if (input.kind !== 'stack') {
    return err(
      problem('invalid', {
        zh:
          `只有「${deviceKindLabels.stack.zh}」设备可同时新建排放口，` +
          `所选类型为「${deviceKindLabels[input.kind].zh}」`,
        en: `outlet: only a stack device creates an outlet; kind is ${input.kind}`,
      }),
    );
  }
  if (input.entity.layer !== 'outlets') {
    return err(
      problem('invalid', {
        zh: `新建排放口时绑定对象的图层须为 outlets，收到「${input.entity.layer}」`,
        en: `entity.layer: must be 'outlets' with outlet; got '${input.entity.layer}'`,
      }),
    );
  }
  const enterprise = readEnterpriseForOutlet(db, outlet.enterpriseId);
  if (!enterprise) {
    return err(
      problem('invalid', {
        zh: `排放口所属企业「${outlet.enterpriseId}」不存在`,
        en: `outlet.enterpriseId: no enterprise '${outlet.enterpriseId}'`,
      }),
    );
  }
  if (!findEmissionStandard(outlet.standard)) {
    return err(
      problem('invalid', {
        zh: `排放标准「${outlet.standard}」不在可选标准之列（${emissionStandardIds.join('、')}）`,
        en: `outlet.standard: unknown standard '${outlet.standard}'; standards are ${emissionStandardIds.join(', ')}`,
      }),
    );
  }
  const id = outletId(outlet.enterpriseId, outlet.code);
  if (outletExists(db, id)) {
    return err(
      problem('conflict', {
        zh: `${enterprise.name}已有编号为 ${outlet.code} 的排放口（${id}），请直接绑定该排放口`,
        en: `outlet: ${id} exists; bind the device to it (entity {layer: 'outlets', id: '${id}'})`,
      }),
    );
  }
  return ok(
    insertOutlet(db, outlet, {
      provenance: 'official',
      source: `设备登记时由 ${actor.username} 录入（${at.slice(0, 10)}）`,
      lon: enterprise.lon,
      lat: enterprise.lat,
    }),
  );
}

/**
 * Registers a device (and, for a stack device with `outlet`, creates the outlet it is bound to), audited, in
 * the caller's transaction. Refused: a taken MN (conflict), a kind bound to the wrong layer, an entity or
 * enterprise that does not exist, an unknown emission standard (invalid); nothing is written then.
 *
 * @param at the moment of the write, ISO 8601 UTC; the answer's status is computed at it
 */
export function registerDevice(db: Db, actor: Actor, input: DeviceInput, at: string): Result<Device, DeviceProblem> {
  if (readDeviceRecord(db, input.mn)) {
    return err(
      problem('conflict', { zh: `设备编号（MN）${input.mn} 已登记`, en: `mn: device ${input.mn} is registered` }),
    );
  }
  let entityId = input.entity.id;
  if (input.outlet) {
    const created = createOutlet(db, input, actor, at);
    if (!created.ok) return created;
    entityId = created.value;
  } else {
    const bad = checkEntity(db, input.kind, input.entity);
    if (bad) return err(bad);
  }
  const salt = newDeviceSalt();
  insertDevice(
    db,
    {
      mn: input.mn,
      kind: input.kind,
      entityLayer: input.entity.layer,
      entityId,
      salt,
      hash: hashDevicePassword(input.password, salt),
      intervalS: input.intervalS ?? defaultIntervalS[input.kind],
    },
    at,
  );
  const record = readDeviceRecord(db, input.mn);
  if (!record) throw new Error(`device ${input.mn} vanished after its insert`);
  recordAudit(
    db,
    actor,
    {
      action: 'device.create',
      entity: ENTITY,
      entityId: input.mn,
      after: audited(record),
      ...(input.outlet ? { detail: { outlet: { id: entityId, ...input.outlet } } } : {}),
    },
    at,
  );
  return ok(deviceView(record, Date.parse(at)));
}

const notFound = (mn: string) =>
  problem('not-found', { zh: `没有设备编号（MN）为 ${mn} 的设备`, en: `no device ${mn}` });

/**
 * Changes a device's password, binding, interval or enabled state, audited (a new password as the fact that it
 * changed, never the password). A new entity must fit the device's kind and exist.
 */
export function patchDevice(
  db: Db,
  actor: Actor,
  mn: string,
  patch: DevicePatch,
  at: string,
): Result<Device, DeviceProblem> {
  const before = readDeviceRecord(db, mn);
  if (!before) return err(notFound(mn));
  if (patch.entity) {
    const bad = checkEntity(db, before.kind, patch.entity);
    if (bad) return err(bad);
  }
  const changes: DeviceChanges = {};
  if (patch.entity) {
    changes.entityLayer = patch.entity.layer;
    changes.entityId = patch.entity.id;
  }
  if (patch.password !== undefined) {
    changes.salt = newDeviceSalt();
    changes.hash = hashDevicePassword(patch.password, changes.salt);
  }
  if (patch.intervalS !== undefined) changes.intervalS = patch.intervalS;
  if (patch.enabled !== undefined) changes.enabled = patch.enabled;
  updateDevice(db, mn, changes, at);
  const after = readDeviceRecord(db, mn);
  if (!after) throw new Error(`device ${mn} vanished during its update`);
  recordAudit(
    db,
    actor,
    {
      action: 'device.update',
      entity: ENTITY,
      entityId: mn,
      before: audited(before),
      after: audited(after),
      ...(patch.password !== undefined ? { detail: { passwordChanged: true } } : {}),
    },
    at,
  );
  return ok(deviceView(after, Date.parse(at)));
}

/** Removes a device and its error log, audited; its data (device_data, readings) and outlet stay. */
export function removeDevice(db: Db, actor: Actor, mn: string, at: string): Result<{ deleted: string }, DeviceProblem> {
  const before = readDeviceRecord(db, mn);
  if (!before) return err(notFound(mn));
  deleteDevice(db, mn);
  recordAudit(db, actor, { action: 'device.delete', entity: ENTITY, entityId: mn, before: audited(before) }, at);
  return ok({ deleted: mn });
}
