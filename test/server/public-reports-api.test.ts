import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { REPORTS_GLOBAL, REPORTS_PER_CLIENT } from '../../server/reports/intake-limits.ts';
import { TICKET_PATTERN } from '../../server/reports/report-ticket.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import {
  publicReportDetailSchema,
  publicReportFollowUpSchema,
  publicReportReceiptSchema,
  publicReportsResponseSchema,
} from '../../server/schema/public-reports.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, TEST_ORIGIN, type Caller } from '../helpers/sign-in.ts';

type App = ReturnType<typeof createApp>;

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;

let seeded: ReturnType<typeof createSeededDbFile>;
let clock = Date.parse('2026-01-05T02:00:00Z');
let app: App;
let pin: { lon: number; lat: number; township: string };
let otherTownship: string;
let address = 0;

/** A fresh client address per test (each has its own limits), sent through the trusted proxy header. */
const nextClient = () => `198.51.100.${++address}`;

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const valid = () => ({
  category: 'burning',
  description: '村东头有人焚烧秸秆，浓烟很大',
  lon: String(pin.lon),
  lat: String(pin.lat),
});

const submit = (fields: Record<string, string | Blob>, client = nextClient()) =>
  app.request('/api/reports/public', {
    method: 'POST',
    headers: { origin: TEST_ORIGIN, 'x-forwarded-for': client },
    body: form(fields),
  });

const lookUp = (ticket: string, client = nextClient()) =>
  app.request(`/api/reports/public/${ticket}`, { headers: { 'x-forwarded-for': client } });

beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.1 });
  app = createApp({ db: seeded.db, trustProxy: true, now: () => clock });
  pin = seeded.db
    .prepare('SELECT lon, lat, township_code AS township FROM villages ORDER BY code LIMIT 1')
    .get() as typeof pin;
  otherTownship = seeded.db
    .prepare('SELECT code FROM townships WHERE code <> ? LIMIT 1')
    .pluck()
    .get(pin.township) as string;
});
afterAll(() => seeded.dispose());

describe('POST /api/reports/public: the intake', () => {
  it('takes a report without sign-in, answers a ticket, stores the pin’s township and not the address', async () => {
    const res = await submit({
      ...valid(),
      photo: new File([JPEG], 'x.jpg'),
      reporterName: '王先生',
      reporterPhone: '13900001234',
    });
    expect(res.status).toBe(201);
    const receipt = publicReportReceiptSchema.parse(await res.json());
    expect(receipt.ticket).toMatch(TICKET_PATTERN);
    expect(receipt).toMatchObject({ status: 'received', receivedAt: '2023-12-31T23:00' });
    expect(receipt.ticket.startsWith('JB20231231-')).toBe(true);
    const row = seeded.db
      .prepare('SELECT township_code, photo_id, client_key, provenance FROM public_reports WHERE ticket = ?')
      .get(receipt.ticket) as {
      township_code: string;
      photo_id: number | null;
      client_key: string;
      provenance: string;
    };
    expect(row.township_code).toBe(pin.township);
    expect(row.photo_id).not.toBeNull();
    expect(row.client_key).toMatch(/^[0-9a-f]{64}$/);
    expect(row.provenance).toBe('official');
    const audit = seeded.db
      .prepare("SELECT actor, after FROM audit_log WHERE action = 'report.create' ORDER BY id DESC LIMIT 1")
      .get() as { actor: string; after: string };
    expect(audit.actor).toBe('public');
    expect(audit.after).not.toContain('13900001234');
  });

  it('refuses a write from another origin, and a body that is not a form', async () => {
    const cross = await app.request('/api/reports/public', {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'x-forwarded-for': nextClient() },
      body: form(valid()),
    });
    expect(cross.status).toBe(403);
    const json = await app.request('/api/reports/public', {
      method: 'POST',
      headers: { origin: TEST_ORIGIN, 'content-type': 'application/json', 'x-forwarded-for': nextClient() },
      body: JSON.stringify(valid()),
    });
    expect(json.status).toBe(400);
    expect((await errorOf(json)).message).toMatch(/multipart/);
  });

  it.each([
    ['category', { category: 'aliens' }, /category/],
    ['a description too short', { description: '太短了' }, /description/],
    ['a description too long', { description: '烟'.repeat(1001) }, /description/],
    ['a lon that is no number', { lon: 'east' }, /lon/],
    ['a lat out of range', { lat: '123' }, /lat/],
    ['an address too long', { address: '路'.repeat(201) }, /address/],
    ['a name too long', { reporterName: '名'.repeat(51) }, /reporterName/],
    ['a phone of the wrong shape', { reporterPhone: '12345' }, /reporterPhone/],
    ['a filled honeypot', { website: 'http://spam.example' }, /website/],
    ['an unknown field', { extra: 'x' }, /extra/],
  ])('refuses %s with a 400 naming it', async (_, change, field) => {
    const res = await submit({ ...valid(), ...change });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.message).toMatch(field);
    expect(error.text.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('accepts a landline and the boundary lengths (10 and 1,000 characters)', async () => {
    expect((await submit({ ...valid(), description: '烟'.repeat(10), reporterPhone: '0350-3031234' })).status).toBe(
      201,
    );
    expect((await submit({ ...valid(), description: '烟'.repeat(1000) })).status).toBe(201);
  });

  it('refuses a pin outside the district with a 400 naming it', async () => {
    const res = await submit({ ...valid(), lon: '116.40', lat: '39.90' });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.message).toMatch(/outside Xinfu District/);
    expect(error.text.zh).toMatch(/不在忻府区/);
  });

  it('refuses a photo that is not JPEG or PNG (415) and one over 5 MiB (413)', async () => {
    const pdf = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])], 'x.jpg');
    expect((await submit({ ...valid(), photo: pdf })).status).toBe(415);
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.jpg');
    expect((await submit({ ...valid(), photo: big })).status).toBe(413);
  });
});

describe('the intake’s abuse limits', () => {
  const [perHour, perDay] = REPORTS_PER_CLIENT as [(typeof REPORTS_PER_CLIENT)[0], (typeof REPORTS_PER_CLIENT)[0]];

  it('takes the N-th report of an hour and refuses the N+1-th with 429, Retry-After and the limit’s name', async () => {
    const client = nextClient();
    for (let i = 0; i < perHour.max; i++) expect((await submit(valid(), client)).status).toBe(201);
    const res = await submit(valid(), client);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBe(3600);
    expect((await errorOf(res)).message).toMatch(/per-hour/);
    expect((await submit(valid(), nextClient())).status).toBe(201); // another client is not held up
  });

  it('frees the hour exactly an hour after the first report, and holds the day at its limit', async () => {
    const client = nextClient();
    const start = clock;
    try {
      for (let hour = 0; hour < perDay.max / perHour.max; hour++) {
        for (let i = 0; i < perHour.max; i++) {
          expect((await submit(valid(), client)).status).toBe(201);
        }
        clock += perHour.windowMs - 1;
        expect((await submit(valid(), client)).status).toBe(429);
        clock += 1;
      }
      const res = await submit(valid(), client);
      expect(res.status).toBe(429);
      expect((await errorOf(res)).message).toMatch(/per-day/);
      clock = start + perDay.windowMs;
      expect((await submit(valid(), client)).status).toBe(201);
    } finally {
      clock = start + perDay.windowMs + 60_000;
    }
  });

  it('caps the whole intake per minute', async () => {
    const [global] = REPORTS_GLOBAL as [(typeof REPORTS_GLOBAL)[0]];
    clock += 10 * 60_000;
    for (let i = 0; i < global.max; i++) expect((await submit(valid(), nextClient())).status).toBe(201);
    const res = await submit(valid(), nextClient());
    expect(res.status).toBe(429);
    expect((await errorOf(res)).message).toMatch(/global-per-minute/);
    clock += 60_000;
    expect((await submit(valid(), nextClient())).status).toBe(201);
  });

  it('limits ticket look-ups per client (guessing)', async () => {
    clock += 10 * 60_000;
    const client = nextClient();
    for (let i = 0; i < 30; i++) expect((await lookUp('JB20231231-AAAAAA', client)).status).toBe(404);
    const res = await lookUp('JB20231231-AAAAAA', client);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBeTruthy();
  });
});

describe('GET /api/reports/public/:ticket: the follow-up', () => {
  it('shows the status and the reply, never the contact data; 400 for a malformed ticket', async () => {
    clock += 10 * 60_000;
    const receipt = publicReportReceiptSchema.parse(
      await (await submit({ ...valid(), reporterName: '李女士', reporterPhone: '13900005678' })).json(),
    );
    const res = await lookUp(receipt.ticket.toLowerCase());
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/13900005678|李女士|client/);
    expect(publicReportFollowUpSchema.strict().parse(JSON.parse(text))).toMatchObject({
      ticket: receipt.ticket,
      status: 'received',
      reply: null,
    });
    expect((await lookUp('nonsense')).status).toBe(400);
  });
});

describe('handling a report (/api/public-reports)', () => {
  let admin: Caller;
  let duty: Caller;
  let official: Caller;
  let localInspector: Caller;
  let otherInspector: Caller;
  let reportId: number;
  let ticket: string;

  beforeAll(async () => {
    admin = asUser(app, seeded.db, 'admin');
    duty = asUser(app, seeded.db, 'duty');
    official = asUser(app, seeded.db, 'official');
    localInspector = asUser(app, seeded.db, 'inspector', { username: 'jb-local', townships: [pin.township] });
    otherInspector = asUser(app, seeded.db, 'inspector', { username: 'jb-other', townships: [otherTownship] });
    clock += 10 * 60_000;
    const receipt = publicReportReceiptSchema.parse(
      await (await submit({ ...valid(), reporterName: '赵先生', reporterPhone: '13900009999' })).json(),
    );
    ticket = receipt.ticket;
    reportId = seeded.db.prepare('SELECT id FROM public_reports WHERE ticket = ?').pluck().get(ticket) as number;
  });

  const step = (caller: Caller, body: unknown, id = reportId) =>
    caller.request(`/api/public-reports/${id}/steps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('lists reports without contact data, filtered, with a limit', async () => {
    const res = await official.request(`/api/public-reports?status=received&township=${pin.township}&limit=500`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/13900009999|赵先生/);
    const list = publicReportsResponseSchema.parse(JSON.parse(text));
    expect(list.reports.some((r) => r.ticket === ticket)).toBe(true);
    expect(list.reports.every((r) => r.status === 'received' && r.township === pin.township)).toBe(true);
    expect((await official.request('/api/public-reports?limit=501')).status).toBe(400);
    expect((await official.request('/api/public-reports?from=2023-12-31&to=2023-01-01')).status).toBe(400);
    expect((await official.request('/api/public-reports?status=lost')).status).toBe(400);
    expect((await app.request('/api/public-reports')).status).toBe(401);
  });

  it.each([
    ['admin', () => admin, true],
    ['duty officer', () => duty, true],
    ['inspector of the township', () => localInspector, true],
    ['inspector of another township', () => otherInspector, false],
    ['official', () => official, false],
  ])('serves the contact data to the %s: %s', async (_, who, visible) => {
    const detail = publicReportDetailSchema.parse(
      await (await who().request(`/api/public-reports/${reportId}`)).json(),
    );
    expect(detail.contactVisible).toBe(visible);
    expect(detail.contact).toEqual(visible ? { name: '赵先生', phone: '13900009999' } : null);
  });

  it('raises an alert for the new report and clears it once handled', async () => {
    const before = publicReportDetailSchema.parse(
      await (await admin.request(`/api/public-reports/${reportId}`)).json(),
    );
    expect(before.alertId).not.toBeNull();
    expect((await step(official, { action: 'accept' })).status).toBe(403);
    expect((await step(otherInspector, { action: 'accept' })).status).toBe(403);
    expect((await step(localInspector, { action: 'handle', done: '已制止', reply: '已处理' })).status).toBe(409);
    expect((await step(localInspector, { action: 'accept' })).status).toBe(200);
    expect((await step(duty, { action: 'handle', done: '现场已制止焚烧', reply: '经核查属实，已制止。' })).status).toBe(
      200,
    );
    const after = publicReportDetailSchema.parse(await (await admin.request(`/api/public-reports/${reportId}`)).json());
    expect(after).toMatchObject({ status: 'handled', alertId: null, reply: '经核查属实，已制止。' });
    expect(after.steps.map((s) => s.action)).toEqual(['accept', 'handle']);
    expect((await step(admin, { action: 'close' })).status).toBe(200);
    const follow = publicReportFollowUpSchema.parse(await (await lookUp(ticket)).json());
    expect(follow).toMatchObject({ status: 'closed', reply: '经核查属实，已制止。' });
    expect((await step(admin, { action: 'accept' })).status).toBe(409);
  });

  it('requires a reason and a public reply to reject; refuses unknown ids and bad bodies', async () => {
    clock += 10 * 60_000;
    const receipt = publicReportReceiptSchema.parse(await (await submit(valid())).json());
    const id = seeded.db
      .prepare('SELECT id FROM public_reports WHERE ticket = ?')
      .pluck()
      .get(receipt.ticket) as number;
    const noReply = await step(duty, { action: 'reject', reason: '重复举报' }, id);
    expect(noReply.status).toBe(400);
    expect((await errorOf(noReply)).message).toMatch(/reply/);
    expect(
      (await step(duty, { action: 'reject', reason: '重复举报', reply: '与此前举报重复，已合并办理' }, id)).status,
    ).toBe(200);
    expect((await step(duty, { action: 'accept' }, 999_999)).status).toBe(404);
    expect((await step(duty, { action: 'fly' }, id)).status).toBe(400);
    expect((await duty.request('/api/public-reports/abc')).status).toBe(400);
    expect((await duty.request('/api/public-reports/999999')).status).toBe(404);
  });
});
