import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { sanitiseFileName, sniffAttachment } from '../../server/http/sniff-attachment.ts';
import { attachmentSchema } from '../../server/schema/attachments.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const PDF = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

describe('sniffAttachment and sanitiseFileName', () => {
  it('tells JPEG, PNG and PDF by their first bytes and nothing else', () => {
    expect(sniffAttachment(JPEG)).toBe('image/jpeg');
    expect(sniffAttachment(PNG)).toBe('image/png');
    expect(sniffAttachment(PDF)).toBe('application/pdf');
    expect(sniffAttachment(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffAttachment(new Uint8Array([0x89, 0x50, 0x4e]))).toBeNull(); // a PNG cut short
    expect(sniffAttachment(new TextEncoder().encode('%PDF'))).toBeNull();
  });

  it('keeps the last path segment without control characters, ending in its type’s extension', () => {
    expect(sanitiseFileName('../../etc/现场照片\u0000.jpg', 'image/jpeg')).toBe('现场照片.jpg');
    expect(sanitiseFileName('C:\\photos\\a"b<c>.PNG', 'image/png')).toBe('abc.PNG');
    expect(sanitiseFileName('report.pdf', 'image/png')).toBe('report.pdf.png');
    expect(sanitiseFileName('', 'application/pdf')).toBe('attachment.pdf');
    expect(sanitiseFileName('.hidden', 'image/png')).toBe('hidden.png');
    expect(sanitiseFileName('x'.repeat(300), 'image/png')).toHaveLength(114);
  });
});

describe('the attachments API', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let app: ReturnType<typeof createApp>;
  let inspector: Caller;
  let official: Caller;
  let duty: Caller;

  const upload = (caller: Caller, name: string, bytes: Uint8Array<ArrayBuffer>) =>
    caller.request(`/api/attachments?file=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: bytes,
    });

  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.1 });
    app = createApp({ db: seeded.db });
    inspector = asUser(app, seeded.db, 'inspector');
    official = asUser(app, seeded.db, 'official');
    duty = asUser(app, seeded.db, 'duty');
  });
  afterAll(() => seeded.dispose());

  it('stores a PNG named .pdf as image/png with its SHA-256, audited, and serves it inline with nosniff', async () => {
    const res = await upload(inspector, '../现场 照片.pdf', PNG);
    expect(res.status).toBe(201);
    const stored = attachmentSchema.parse(await res.json());
    expect(stored).toMatchObject({ mime: 'image/png', size: PNG.length, fileName: '现场 照片.pdf.png' });
    const row = seeded.db.prepare('SELECT sha256, created_by FROM attachments WHERE id = ?').get(stored.id) as {
      sha256: string;
      created_by: string;
    };
    expect(row).toEqual({
      sha256: createHash('sha256').update(PNG).digest('hex'),
      created_by: inspector.user.username,
    });
    const audit = seeded.db.prepare("SELECT entity_id FROM audit_log WHERE action = 'attachment.create'").all() as {
      entity_id: string;
    }[];
    expect(audit).toEqual([{ entity_id: String(stored.id) }]);

    const got = await official.request(`/api/attachments/${stored.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-disposition')).toBe(
      `inline; filename*=UTF-8''${encodeURIComponent('现场 照片.pdf.png')}`,
    );
    expect(got.headers.get('cache-control')).toBe('private, max-age=3600');
    expect(got.headers.get('content-security-policy')).toBe('sandbox');
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(PNG);
  });

  it('serves a PDF as a download and a JPEG inline', async () => {
    const pdf = attachmentSchema.parse(await (await upload(duty, '整改报告.pdf', PDF)).json());
    expect(pdf.mime).toBe('application/pdf');
    const got = await official.request(`/api/attachments/${pdf.id}`);
    expect(got.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''/);
    const jpeg = attachmentSchema.parse(await (await upload(duty, 'photo', JPEG)).json());
    expect(jpeg).toMatchObject({ mime: 'image/jpeg', fileName: 'photo.jpg' });
  });

  it('refuses a text file (415 naming the accepted types), an empty body (400) and more than 5 MiB (413)', async () => {
    const text = await upload(inspector, 'photo.jpg', new TextEncoder().encode('hello, not a photo'));
    expect(text.status).toBe(415);
    const error = errorBodySchema.parse(await text.json()).error;
    expect(error.message).toMatch(/JPEG, PNG or PDF/);
    expect(error.text?.zh).toContain('JPEG、PNG');
    expect((await upload(inspector, 'empty.png', new Uint8Array(0))).status).toBe(400);

    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(PNG);
    const tooBig = await upload(inspector, 'big.png', big);
    expect(tooBig.status).toBe(413);
    const exact = new Uint8Array(5 * 1024 * 1024);
    exact.set(PNG);
    expect((await upload(inspector, 'exact.png', exact)).status).toBe(201);
    const count = seeded.db
      .prepare("SELECT COUNT(*) AS n FROM attachments WHERE created_by IN ('test-inspector', 'test-duty')")
      .get() as { n: number };
    expect(count.n).toBe(4);
  });

  it('only those who supervise upload; anyone signed in reads; unknown ids 404', async () => {
    expect((await upload(official, 'p.png', PNG)).status).toBe(403);
    expect((await official.request('/api/attachments/999999')).status).toBe(404);
    expect((await official.request('/api/attachments/abc')).status).toBe(400);
    expect((await app.request('/api/attachments/1')).status).toBe(401);
  });
});
