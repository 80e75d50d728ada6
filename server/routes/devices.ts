import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Db } from '../db/open-database.ts';
import type { Writer } from '../db/writer.ts';
import { ApiError, errorBody } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { describeDeviceIssues } from '../http/describe-device-issues.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { problemError } from '../http/status-of.ts';
import { deviceInputSchema, devicePatchSchema, type DeviceDetail, type DevicesResponse } from '../schema/devices.ts';
import { listDevices, readDeviceDetail } from '../services/device-views.ts';
import { patchDevice, registerDevice, removeDevice } from '../services/write-device.ts';
import type { z } from 'zod';

/** Largest body a registry write accepts, bytes: a device with a new outlet is well under 2 KB. */
export const MAX_DEVICE_BODY_BYTES = 16 * 1024;

const limitDeviceBody = bodyLimit({
  maxSize: MAX_DEVICE_BODY_BYTES,
  onError: (c) =>
    c.json(
      errorBody('payload_too_large', `request body exceeds ${MAX_DEVICE_BODY_BYTES} bytes`, {
        zh: `提交的内容过大（设备登记最多 ${MAX_DEVICE_BODY_BYTES / 1024} KB）`,
        en: `request body exceeds ${MAX_DEVICE_BODY_BYTES} bytes`,
      }),
      413,
    ),
});

/** The body parsed with `schema`, or a 400 naming each offending field in Chinese. */
function parseDeviceBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new ApiError(400, 'invalid_request', describeDeviceIssues(result.error, body));
}

const notFound = (mn: string) => {
  const shown = mn.slice(0, 40);
  return new ApiError(404, 'not_found', { zh: `没有设备编号（MN）为 ${shown} 的设备`, en: `no device ${shown}` });
};

/**
 * The HJ 212 device registry, mounted at /api/devices: GET / (every device with its status: anyone who
 * reads), GET /:mn (its last packet and error log, passwords redacted), POST / (register, optionally
 * creating its outlet), PATCH /:mn and DELETE /:mn (admins; the policy table says who). Writes go through
 * the writer, each audited in its own job; `now` is the app's clock (epoch ms), statuses are computed at it.
 */
export function deviceRoutes(db: Db, writer: Writer, now: () => number) {
  return new Hono<AuthEnv>()
    .use('*', async (c, next) =>
      c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitDeviceBody(c, next),
    )
    .get('/', (c) => {
      const body: DevicesResponse = { devices: listDevices(db, now()) };
      return c.json(body);
    })
    .get('/:mn', (c) => {
      const mn = c.req.param('mn');
      const body: DeviceDetail | undefined = readDeviceDetail(db, mn, now());
      if (!body) throw notFound(mn);
      return c.json(body);
    })
    .post('/', async (c) => {
      const admin = currentUser(c);
      const input = parseDeviceBody(deviceInputSchema, await readJsonBody(c));
      const at = new Date(now()).toISOString();
      const outcome = await writer.write((tx) => registerDevice(tx, admin, input, at));
      if (!outcome.ok) throw problemError(outcome.error);
      return c.json(outcome.value, 201);
    })
    .patch('/:mn', async (c) => {
      const admin = currentUser(c);
      const mn = c.req.param('mn');
      const patch = parseDeviceBody(devicePatchSchema, await readJsonBody(c));
      const at = new Date(now()).toISOString();
      const outcome = await writer.write((tx) => patchDevice(tx, admin, mn, patch, at));
      if (!outcome.ok) throw problemError(outcome.error);
      return c.json(outcome.value);
    })
    .delete('/:mn', async (c) => {
      const admin = currentUser(c);
      const mn = c.req.param('mn');
      const at = new Date(now()).toISOString();
      const outcome = await writer.write((tx) => removeDevice(tx, admin, mn, at));
      if (!outcome.ok) throw problemError(outcome.error);
      return c.json(outcome.value);
    });
}
