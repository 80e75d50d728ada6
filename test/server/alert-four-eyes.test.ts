import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { refreshAlerts } from '../../server/services/refresh-alerts.ts';
import { alertSchema } from '../../server/schema/alerts.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let app: ReturnType<typeof createApp>;
/** Open alerts (id and township) in the ledger, one per test. */
let open: { id: number; township: string }[];
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  app = createApp({ db: seeded.db });
  refreshAlerts(seeded.db, '2023-07-15T11:00', 'none', Date.now());
  open = seeded.db
    .prepare("SELECT id, township_code AS township FROM alerts WHERE status = 'open' ORDER BY id LIMIT 4")
    .all() as { id: number; township: string }[];
});
afterAll(() => seeded.dispose());

function nextAlert(): { id: number; township: string } {
  const alert = open.shift();
  if (!alert) throw new Error('no open alert left in the ledger');
  return alert;
}
const post = async (as: Caller, id: number, step: 'assign' | 'resolve' | 'verify', body: unknown) => {
  const res = await as.request(`/api/alerts/${id}/${step}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as unknown };
};
/** An inspector account of `township`, whom an alert there may be assigned to; its login name. */
const inspectorOf = (township: string) =>
  asUser(app, seeded.db, 'inspector', { username: `insp-${township}`, townships: [township] }).user.username;
const eventsOf = (id: number) =>
  seeded.db.prepare('SELECT action, actor FROM alert_events WHERE alert_id = ? ORDER BY id').all(id);

describe('four eyes on the alert loop', () => {
  it(
    'an inspector who assigned and resolved his own alert cannot verify it (409, nothing written); ' +
      'another user can',
    async () => {
      const alert = nextAlert();
      const inspector = asUser(app, seeded.db, 'inspector', { username: 'solo', townships: [alert.township] });
      expect((await post(inspector, alert.id, 'assign', { assignee: 'solo' })).status).toBe(200);
      expect((await post(inspector, alert.id, 'resolve', { note: '已整改' })).status).toBe(200);
      const before = eventsOf(alert.id);
      const own = await post(inspector, alert.id, 'verify', { outcome: 'verified' });
      expect(own.status).toBe(409);
      expect(errorBodySchema.parse(own.body).error).toEqual({
        code: 'conflict',
        message: `alert ${alert.id}: solo resolved this alert, so another user must verify it (four eyes)`,
        text: {
          zh: '此告警由您办结，须由另一名用户核验（双人复核）',
          en: `alert ${alert.id}: solo resolved this alert, so another user must verify it (four eyes)`,
        },
      });
      // a step its status does not allow is refused in Chinese too
      const again = await post(inspector, alert.id, 'resolve', { note: '再次办结' });
      expect(again.status).toBe(409);
      expect(errorBodySchema.parse(again.body).error.text.zh).toBe('告警当前为「已办结待核验」，不能办结');
      expect(eventsOf(alert.id)).toEqual(before);
      const colleague = asUser(app, seeded.db, 'inspector', { username: 'colleague', townships: [alert.township] });
      const verified = await post(colleague, alert.id, 'verify', { outcome: 'verified' });
      expect(verified.status).toBe(200);
      expect(
        alertSchema
          .parse(verified.body)
          .events.slice(-2)
          .map((e) => [e.action, e.actor]),
      ).toEqual([
        ['resolved', 'solo'],
        ['verified', 'colleague'],
      ]);
    },
  );

  it('admins included: the admin who resolved cannot verify; another admin can', async () => {
    const alert = nextAlert();
    const admin = asUser(app, seeded.db, 'admin', { username: 'boss' });
    await post(admin, alert.id, 'assign', { assignee: inspectorOf(alert.township) });
    expect((await post(admin, alert.id, 'resolve', { note: 'done' })).status).toBe(200);
    expect((await post(admin, alert.id, 'verify', { outcome: 'verified' })).status).toBe(409);
    const other = asUser(app, seeded.db, 'admin', { username: 'boss2' });
    expect((await post(other, alert.id, 'verify', { outcome: 'verified' })).status).toBe(200);
  });

  it('the resolver may reopen his own resolution; after someone else resolves it again, he may verify', async () => {
    const alert = nextAlert();
    const first = asUser(app, seeded.db, 'admin', { username: 'first' });
    const second = asUser(app, seeded.db, 'admin', { username: 'second' });
    await post(first, alert.id, 'assign', { assignee: inspectorOf(alert.township) });
    await post(first, alert.id, 'resolve', { note: 'done' });
    expect((await post(first, alert.id, 'verify', { outcome: 'reopened', note: '还没好' })).status).toBe(200);
    expect((await post(second, alert.id, 'resolve', { note: 'really done' })).status).toBe(200);
    expect((await post(second, alert.id, 'verify', { outcome: 'verified' })).status).toBe(409);
    expect((await post(first, alert.id, 'verify', { outcome: 'verified' })).status).toBe(200);
  });
});
