import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZipEntries } from '../../server/import/read-zip-entries.ts';
import { makeZipBomb } from './make-zip-bomb.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const all = { include: () => true, maxBytes: 1024 * 1024 };
/** The offset of the first central directory entry, from the end record. */
const centralDirectory = (zip: Uint8Array) =>
  new DataView(zip.buffer, zip.byteOffset).getUint32(zip.length - 22 + 16, true);

describe('readZipEntries', () => {
  it('reads stored and deflated entries, and lists the ones it skips without inflating them', async () => {
    const zip = zipSync({
      'a.txt': [new TextEncoder().encode('stored'), { level: 0 }],
      'dir/b.txt': new TextEncoder().encode('deflated '.repeat(100)),
      'skip.bin': new Uint8Array(10),
    });
    const result = await readZipEntries(zip, { include: (name) => name.endsWith('.txt'), maxBytes: 1024 });
    expect(result.ok && result.value.entries.map((e) => [e.name, text(e.bytes).slice(0, 9)])).toEqual([
      ['a.txt', 'stored'],
      ['dir/b.txt', 'deflated '],
    ]);
    expect(result.ok && result.value.names).toEqual(['a.txt', 'dir/b.txt', 'skip.bin']);
  });

  it('counts the inflated bytes, not the declared size, across entries', async () => {
    const zip = zipSync({ 'a.txt': new Uint8Array(600_000), 'b.txt': new Uint8Array(600_000) });
    expect(await readZipEntries(zip, { include: () => true, maxBytes: 1_000_000 })).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'unpacks to more than 977 KB (the limit, counted as it is inflated)' },
    });
    expect(
      (await readZipEntries(makeZipBomb({ name: 'a.shp', inflatedBytes: 2_000_000, declaredBytes: 1 }), all)).ok,
    ).toBe(false);
  });

  it('refuses encrypted entries and unknown compression methods as unreadable', async () => {
    const zip = zipSync({ 'a.txt': new TextEncoder().encode('secret '.repeat(10)) });
    const encrypted = zip.slice();
    new DataView(encrypted.buffer).setUint16(centralDirectory(encrypted) + 8, 1, true);
    expect(await readZipEntries(encrypted, all)).toEqual({
      ok: false,
      error: { code: 'unreadable', message: 'a.txt is encrypted; zip it without a password' },
    });
    const bzip2 = zip.slice();
    new DataView(bzip2.buffer).setUint16(centralDirectory(bzip2) + 10, 12, true);
    expect(await readZipEntries(bzip2, all)).toEqual({
      ok: false,
      error: {
        code: 'unreadable',
        message: 'a.txt uses compression method 12; only stored and deflated entries are read',
      },
    });
  });

  it('refuses headers that point past the end of the file', async () => {
    const zip = zipSync({ 'a.txt': new TextEncoder().encode('x') });
    new DataView(zip.buffer).setUint32(centralDirectory(zip) + 42, zip.length + 100, true);
    expect(await readZipEntries(zip, all)).toMatchObject({
      ok: false,
      error: { code: 'unreadable', message: expect.stringMatching(/runs past the end of the file/) },
    });
  });
});
