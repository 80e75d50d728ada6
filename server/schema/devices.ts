import { z } from 'zod';
import { deviceKinds, deviceStatuses } from './enums/device-kind.ts';

/**
 * The HJ 212 device registry (数据 → 设备): `POST /api/devices` (admin), `GET /api/devices`,
 * `PATCH` / `DELETE /api/devices/:mn` (admin), `GET /api/devices/:mn` (with its error log).
 * A device sends as MN (设备唯一标识, up to 24 characters) with a password PW, and is bound to an
 * entity: a station (`stations`, station code) for ambient and micro-stations, an outlet (`outlets`,
 * outlet id) for stacks, a machine for NRMM trackers. For a stack device the POST may create the outlet
 * in the same request (`outlet`), with its limits.
 */

/** MN: 1–24 characters of letters, digits and `-` (HJ 212 uses hex-like ids such as 010000A8900016F000169DC0). */
export const mnSchema = z
  .string({ error: '设备编号（MN）须为文本' })
  .regex(/^[0-9A-Za-z-]{1,24}$/, { message: '设备编号（MN）须为1–24位字母、数字或“-”' });

/** PW: HJ 212's password, 1–32 printable ASCII characters without `;`, `,`, `=`, `&` (6 in the standard). */
export const devicePasswordSchema = z
  .string({ error: '密码（PW）须为文本' })
  .regex(/^[!-%'-+\--:<>-~]{1,32}$/, { message: '密码（PW）须为1–32位可见ASCII字符，不含 ; , = &' });

export const deviceKindSchema = z.enum(deviceKinds, { error: '设备类型须为 ambient、micro、stack 或 nrmm' });

export const deviceEntitySchema = z
  .object({
    layer: z.enum(['stations', 'outlets', 'machines'], { error: '绑定对象的图层须为 stations、outlets 或 machines' }),
    id: z.string().min(1, { message: '绑定对象编号不能为空' }).max(64, { message: '绑定对象编号过长' }),
  })
  .strict();
export type DeviceEntity = z.infer<typeof deviceEntitySchema>;

// the stack pollutant keys an outlet's limits name (mg/m³), zod-free for the client
export { stackPollutantKeys, type StackPollutantKey } from './enums/stack-pollutant.ts';

const limitValue = z
  .number({ error: '限值须为数字（mg/m³）' })
  .positive({ message: '限值须大于0' })
  .max(100_000, { message: '限值过大' });

/** Limits in mg/m³ per stack pollutant (a pollutant left out has no limit). */
export const outletLimitsSchema = z
  .object({ pm: limitValue.optional(), so2: limitValue.optional(), nox: limitValue.optional() })
  .strict();
export type OutletLimits = z.infer<typeof outletLimitsSchema>;

/** A new outlet, given with a stack device (`POST /api/devices` `outlet`). */
export const outletInputSchema = z
  .object({
    enterpriseId: z.string().min(1).max(64),
    code: z.string().regex(/^[0-9A-Za-z#_-]{1,16}$/, { message: '排放口编号须为1–16位字母、数字、#、_ 或 -' }),
    name: z.string().min(1, { message: '排放口名称不能为空' }).max(60, { message: '排放口名称过长' }),
    standard: z.string().min(1).max(64),
    referenceO2: z.number().min(0).lt(21, { message: '基准氧含量须小于21%' }).nullable(),
    limits: outletLimitsSchema,
    uleLimits: outletLimitsSchema.nullable(),
  })
  .strict();
export type OutletInput = z.infer<typeof outletInputSchema>;

export const deviceInputSchema = z
  .object({
    mn: mnSchema,
    password: devicePasswordSchema,
    kind: deviceKindSchema,
    /** For a stack with `outlet`, the entity is the outlet the request creates (layer 'outlets', id ignored). */
    entity: deviceEntitySchema,
    outlet: outletInputSchema.optional(),
    /** Expected data interval, seconds (default by kind: 60 ambient/micro/stack minute data, 30 NRMM). */
    intervalS: z.number().int().min(1).max(86_400).optional(),
  })
  .strict();
export type DeviceInput = z.infer<typeof deviceInputSchema>;

export const devicePatchSchema = z
  .object({
    password: devicePasswordSchema.optional(),
    entity: deviceEntitySchema.optional(),
    intervalS: z.number().int().min(1).max(86_400).optional(),
    enabled: z.boolean().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: '请至少修改一项' });
export type DevicePatch = z.infer<typeof devicePatchSchema>;

export const deviceStatusSchema = z.enum(deviceStatuses);

/** A device as `GET /api/devices` lists it (never its password). Instants: ISO 8601 UTC. */
export const deviceSchema = z.object({
  mn: z.string(),
  kind: deviceKindSchema,
  entity: deviceEntitySchema,
  /** The bound entity's display name (station or `enterprise · outlet`), null when it no longer exists. */
  entityName: z.string().nullable(),
  intervalS: z.number(),
  enabled: z.boolean(),
  status: deviceStatusSchema,
  /** Since when the status holds (ISO UTC), null when never seen. */
  statusSince: z.string().nullable(),
  lastSeen: z.string().nullable(),
  /** The DataTime of the newest accepted data packet, 'YYYY-MM-DDTHH:mm:ss' CST. */
  lastDataTime: z.string().nullable(),
  accepted: z.number(),
  refused: z.number(),
  duplicates: z.number(),
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
});
export type Device = z.infer<typeof deviceSchema>;

/** `GET /api/devices`: every registered device, MN order. */
export const devicesResponseSchema = z.object({ devices: z.array(deviceSchema) });
export type DevicesResponse = z.infer<typeof devicesResponseSchema>;

export const deviceErrorSchema = z.object({
  at: z.string(),
  code: z.string(),
  message: z.string(),
  raw: z.string(),
});
export type DeviceError = z.infer<typeof deviceErrorSchema>;

/** `GET /api/devices/:mn`: the device, its last packet (raw text) and its newest refusals (at most 50). */
export const deviceDetailSchema = deviceSchema.extend({
  lastPacket: z.string().nullable(),
  errors: z.array(deviceErrorSchema),
});
export type DeviceDetail = z.infer<typeof deviceDetailSchema>;
