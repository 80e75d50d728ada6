import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { caseDetailSchema, caseSummarySchema, casesResponseSchema } from '../../server/schema/cases.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x25, 0x25, 0x45, 0x4f, 0x46]);

const upload = (
  bytes: Uint8Array<ArrayBuffer>,
  name: string,
  kind = 'evidence',
  title = '现场检查笔录',
): RequestInit => {
  const form = new FormData();
  form.set('file', new File([bytes], name));
  form.set('kind', kind);
  form.set('title', title);
  return { method: 'POST', body: form };
};

describe('/api/cases (执法案件)', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let admin: Caller;
  let inspector: Caller;
  let outsider: Caller;
  let official: Caller;
  let analyst: Caller;
  let enterprise: { id: string; name: string; township: string; industry: string };
  let alertId: number;

  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.25 });
    const app = createApp({ db: seeded.db });
    enterprise = seeded.db
      .prepare('SELECT id, name, township_code AS township, industry FROM enterprises ORDER BY id LIMIT 1')
      .get() as typeof enterprise;
    admin = asUser(app, seeded.db, 'admin');
    inspector = asUser(app, seeded.db, 'inspector', { username: 'cases-local', townships: [enterprise.township] });
    outsider = asUser(app, seeded.db, 'inspector', { username: 'cases-other', townships: ['140902999'] });
    official = asUser(app, seeded.db, 'official');
    analyst = asUser(app, seeded.db, 'analyst');
    alertId = Number(
      seeded.db
        .prepare(
          `INSERT INTO alerts (rule, task, severity, layer, entity_id, township_code, title, detail, since, raised_at,
             last_seen_at, status)
           VALUES ('stack-exceedance', 4, 'violation', 'enterprises', ?, ?, '{"zh":"超标","en":"over"}',
             '{"zh":"超标","en":"over"}', '2023-12-01', '2023-12-01T10:00', '2023-12-01T10:00', 'open')`,
        )
        .run(enterprise.id, enterprise.township).lastInsertRowid,
    );
  });
  afterAll(() => seeded.dispose());

  const openOnAlert = (caller: Caller) =>
    caller.request(
      '/api/cases',
      json('POST', { origin: 'alert', alertId, violation: '废气超标排放', openedAt: '2023-12-02T09:00' }),
    );

  it('lets neither an official nor an analyst open a case, nor an inspector outside the township', async () => {
    expect((await openOnAlert(official)).status).toBe(403);
    expect((await openOnAlert(analyst)).status).toBe(403);
    const res = await openOnAlert(outsider);
    expect(res.status).toBe(403);
    expect((await errorOf(res)).text.zh).toContain('不在您负责的乡镇');
  });

  it('follows an alert to the penalty, the re-inspections and the closing', async () => {
    const opened = await openOnAlert(inspector);
    expect(opened.status).toBe(201);
    const c = caseDetailSchema.parse(await opened.json());
    expect(c).toMatchObject({
      stage: 'filed',
      origin: 'alert',
      task: 4,
      township: enterprise.township,
      industry: enterprise.industry,
      departmentId: 'eco-env',
      entity: { layer: 'enterprises', id: enterprise.id, name: enterprise.name },
      links: { alertId, reportTicket: null, sampleNo: null },
    });
    expect(c.number).toMatch(/^忻府环罚〔2023〕\d{4}号$/);
    expect(c.steps.map((s) => s.step)).toEqual(['file']);

    const again = await openOnAlert(admin);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toContain(c.number);

    const step = (caller: Caller, body: Record<string, unknown>) =>
      caller.request(`/api/cases/${c.id}/steps`, json('POST', body));
    expect((await step(inspector, { step: 'investigate', at: '2023-12-03T10:00', note: '现场勘查' })).status).toBe(201);
    const illegal = await step(inspector, { step: 'investigate', at: '2023-12-03T11:00', note: '再查' });
    expect(illegal.status).toBe(409);
    expect((await errorOf(illegal)).message).toMatch(/investigate.*investigating/);
    const decision = {
      step: 'decide',
      at: '2023-12-10T10:00',
      legalBasis: '《中华人民共和国大气污染防治法》第九十九条',
      decisionNo: '忻环罚字〔2023〕99号',
      fineYuan: 150_000,
      measures: ['order-correct'],
    };
    expect((await step(inspector, decision)).status).toBe(403);
    expect((await step(admin, { ...decision, fineYuan: 10_000_001 })).status).toBe(400);
    expect((await step(admin, { ...decision, fineYuan: 0, measures: [] })).status).toBe(400);
    expect((await step(admin, { ...decision, at: '2023-12-03T09:00' })).status).toBe(400);
    expect((await step(admin, { ...decision, at: '2099-01-01T00:00' })).status).toBe(400);
    const decided = caseDetailSchema.parse(await (await step(admin, decision)).json());
    expect(decided).toMatchObject({ stage: 'decided', fineYuan: 150_000, otherMeasures: ['order-correct'] });
    const order = { step: 'order-rectification', at: '2023-12-11T10:00', dueOn: '2023-12-20', requirement: '检修设施' };
    expect((await step(inspector, { ...order, dueOn: '2023-12-10' })).status).toBe(400);
    expect((await step(inspector, order)).status).toBe(201);
    const noDue = await step(inspector, { step: 'reinspect', at: '2023-12-21T10:00', result: 'failed' });
    expect(noDue.status).toBe(400);
    expect(
      (await step(inspector, { step: 'reinspect', at: '2023-12-21T10:00', result: 'failed', newDueOn: '2023-12-28' }))
        .status,
    ).toBe(201);
    expect((await step(admin, { step: 'close', at: '2023-12-22T10:00' })).status).toBe(409);
    expect((await step(inspector, { step: 'reinspect', at: '2023-12-28T10:00', result: 'passed' })).status).toBe(201);
    expect((await step(inspector, { step: 'close', at: '2023-12-29T10:00' })).status).toBe(403);
    const closed = caseDetailSchema.parse(await (await step(admin, { step: 'close', at: '2023-12-29T10:00' })).json());
    expect(closed).toMatchObject({ stage: 'closed', closedAt: '2023-12-29T10:00', overdue: false });
    expect(closed.steps.map((s) => s.step)).toEqual([
      'file',
      'investigate',
      'decide',
      'order-rectification',
      'reinspect',
      'reinspect',
      'close',
    ]);
    expect((await step(admin, { step: 'note', at: '2023-12-30T10:00', note: '归档' })).status).toBe(409);
    const audit = seeded.db
      .prepare(
        "SELECT action, count(*) AS n FROM audit_log WHERE entity = 'enforcement_case' AND entity_id = ? " +
          'GROUP BY action',
      )
      .all(String(c.id));
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'case.open', n: 1 },
        { action: 'case.step', n: 6 },
      ]),
    );
    // closed: a new case may be opened on the alert
    expect((await openOnAlert(admin)).status).toBe(201);
  });

  it('refuses bodies that name the wrong source, an unknown entity or a machine', async () => {
    const bad = async (body: Record<string, unknown>, status = 400) => {
      const res = await admin.request('/api/cases', json('POST', { violation: '违法', ...body }));
      expect(res.status, JSON.stringify(body)).toBe(status);
    };
    await bad({ origin: 'alert' });
    await bad({ origin: 'alert', alertId: 99_999_999 }, 404);
    await bad({ origin: 'inspection', entity: { layer: 'enterprises', id: enterprise.id } });
    await bad({ origin: 'inspection', entity: { layer: 'enterprises', id: 'nope' }, task: 4 });
    await bad({ origin: 'inspection', entity: { layer: 'machines', id: 'M1' }, task: 11 });
    await bad({ origin: 'inspection', entity: { layer: 'nowhere', id: 'x' }, task: 4 });
    await bad({ origin: 'inspection', entity: { layer: 'enterprises', id: enterprise.id }, task: 4, violation: '' });
    await bad({ origin: 'other', entity: { layer: 'enterprises', id: enterprise.id }, task: 4, departmentId: 'nope' });
    await bad({
      origin: 'other',
      entity: { layer: 'enterprises', id: enterprise.id },
      task: 4,
      violation: 'x'.repeat(2001),
    });
    await bad({ origin: 'fuel-sample', sampleId: 'one' });
  });

  it('attaches a PDF (multipart or by id), refuses an exe renamed .pdf and a file over 5 MiB', async () => {
    const opened = await admin.request(
      '/api/cases',
      json('POST', {
        origin: 'inspection',
        entity: { layer: 'enterprises', id: enterprise.id },
        task: 4,
        violation: '检查',
      }),
    );
    const c = caseDetailSchema.parse(await opened.json());
    const ok = await inspector.request(`/api/cases/${c.id}/attachments`, upload(PDF, '笔录.pdf'));
    expect(ok.status).toBe(201);
    const [doc] = caseDetailSchema.parse(await ok.json()).documents;
    expect(doc).toMatchObject({
      kind: 'evidence',
      title: '现场检查笔录',
      mime: 'application/pdf',
      fileName: '笔录.pdf',
    });
    const file = await admin.request(`/api/attachments/${doc?.attachmentId}`);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''/);

    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]);
    expect((await inspector.request(`/api/cases/${c.id}/attachments`, upload(exe, 'decision.pdf'))).status).toBe(415);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PDF);
    expect((await inspector.request(`/api/cases/${c.id}/attachments`, upload(big, 'big.pdf'))).status).toBe(413);
    expect((await outsider.request(`/api/cases/${c.id}/attachments`, upload(PDF, 'x.pdf'))).status).toBe(403);
    expect((await official.request(`/api/cases/${c.id}/attachments`, upload(PDF, 'x.pdf'))).status).toBe(403);

    const stored = await admin.request(`/api/attachments?file=photo.png`, {
      method: 'POST',
      body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
    });
    const { id } = (await stored.json()) as { id: number };
    const byId = { attachmentId: id, kind: 'photo', title: '现场照片' };
    expect((await inspector.request(`/api/cases/${c.id}/attachments`, json('POST', byId))).status).toBe(201);
    expect((await inspector.request(`/api/cases/${c.id}/attachments`, json('POST', byId))).status).toBe(409);
    const unknown = { ...byId, attachmentId: 99_999_999 };
    expect((await inspector.request(`/api/cases/${c.id}/attachments`, json('POST', unknown))).status).toBe(400);
    const detail = caseDetailSchema.parse(await (await admin.request(`/api/cases/${c.id}`)).json());
    expect(detail.documents.map((d) => d.kind)).toEqual(['evidence', 'photo']);
  });

  it('lists with filters and a total, refusing bad queries', async () => {
    const all = casesResponseSchema.parse(await (await official.request('/api/cases?limit=500')).json());
    expect(all.total).toBe(all.cases.length);
    const rectifying = casesResponseSchema.parse(
      await (await official.request('/api/cases?stage=rectifying&limit=500')).json(),
    );
    expect(rectifying.cases.every((c) => c.stage === 'rectifying')).toBe(true);
    const overdue = casesResponseSchema.parse(await (await official.request('/api/cases?overdue=true')).json());
    expect(overdue.total).toBeGreaterThanOrEqual(2);
    expect(overdue.cases.every((c) => c.overdue && c.stage === 'rectifying')).toBe(true);
    const byNumber = casesResponseSchema.parse(
      await (await official.request(`/api/cases?q=${encodeURIComponent('〔2023〕0001号')}`)).json(),
    );
    expect(byNumber.cases.map((c) => c.number)).toEqual(['忻府环罚〔2023〕0001号']);
    for (const q of ['limit=501', 'stage=done', 'task=18', 'entity=E1', 'from=2023-12-31&to=2023-01-01', 'nope=1'])
      expect((await official.request(`/api/cases?${q}`)).status, q).toBe(400);
    expect((await official.request('/api/cases/99999999')).status).toBe(404);
    expect((await official.request('/api/cases/0x1')).status).toBe(400);
  });

  it('summarises as of a moment, as the list counts it', async () => {
    const empty = caseSummarySchema.parse(await (await official.request('/api/cases/summary?asOf=2023-01-01')).json());
    expect(empty).toMatchObject({ open: 0, openedThisYear: 0, decided: 0, finesYuan: 0, overdue: 0, byTownship: [] });
    const summary = caseSummarySchema.parse(await (await official.request('/api/cases/summary')).json());
    const counts = seeded.db
      .prepare(
        `SELECT sum(stage <> 'closed') AS open, count(*) AS year,
           sum(stage = 'rectifying' AND rectification_due_on < '2023-12-31') AS overdue,
           sum(CASE WHEN decided_at LIKE '2023%' THEN fine_yuan ELSE 0 END) AS fines,
           sum(decided_at LIKE '2023%') AS decided
         FROM enforcement_cases WHERE opened_at <= '2023-12-31T23:00'`,
      )
      .get() as { open: number; year: number; overdue: number; fines: number; decided: number };
    expect(summary).toMatchObject({
      open: counts.open,
      openedThisYear: counts.year,
      overdue: counts.overdue,
      finesYuan: counts.fines,
      decided: counts.decided,
    });
    for (const groups of [summary.byTownship, summary.byTask, summary.byDepartment, summary.byIndustry])
      expect(groups.reduce((n, g) => n + g.open, 0)).toBe(summary.open);
    expect((await official.request('/api/cases/summary?asOf=2023-02-30')).status).toBe(400);
  });

  it('exports the list as CSV with a BOM (export permission)', async () => {
    expect((await official.request('/api/cases/export')).status).toBe(403);
    const res = await analyst.request('/api/cases/export?stage=closed');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('lantian-cases-');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith('\uFEFF案件编号,案件来源,办理阶段,对象图层,对象编号,当事对象,')).toBe(true);
    const closed = casesResponseSchema.parse(
      await (await official.request('/api/cases?stage=closed&limit=500')).json(),
    );
    expect(text.trimEnd().split('\r\n')).toHaveLength(closed.total + 1);
  });
});
