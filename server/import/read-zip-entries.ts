/**
 * Reading the entries of an uploaded zip archive without trusting what it declares: sizes are
 * counted as bytes are actually inflated, and reading stops at a cap (a guard against zip bombs,
 * issue 12: an 8.3 MB archive declaring 1,000 bytes expanded toward 8 GiB).
 *
 * @module
 */
import { createInflateRaw } from 'node:zlib';
import { strFromU8 } from 'fflate';
import { err, ok, type Result } from '../result.ts';

/** One entry read from an archive. */
export interface ZipEntry {
  /** Path inside the archive, as written (UTF-8 when flagged so, otherwise Latin-1 as fflate reads it). */
  name: string;
  /** Its content, inflated. */
  bytes: Uint8Array;
}

/** Options of {@link readZipEntries}. */
export interface ReadZipOptions {
  /** Which entries to read (by name); the others are listed, never inflated. */
  include: (name: string) => boolean;
  /** Most bytes inflated over all included entries together; reading stops as soon as one more is produced. */
  maxBytes: number;
}

/**
 * Entries read (`names` lists every entry, read or not), or why the archive was not read:
 * `too-large` when the included entries inflate to more than `maxBytes`, `unreadable` when it is
 * not a zip archive this reader understands.
 */
export type ZipReadResult = Result<
  { entries: ZipEntry[]; names: string[] },
  { code: 'too-large' | 'unreadable'; message: string }
>;

/** Size of the pieces the inflater hands back, bytes: the unit in which the cap is checked. */
const OUTPUT_CHUNK_BYTES = 1024 * 1024;

class UnreadableZip extends Error {}

/** A little-endian reader over the archive that refuses to read past its end. */
function reader(data: Uint8Array) {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const check = (at: number, size: number) => {
    if (at < 0 || at + size > data.length)
      throw new UnreadableZip(`a header at byte ${at} runs past the end of the file`);
  };
  return {
    bytes: (at: number, size: number) => (check(at, size), data.subarray(at, at + size)),
    u16: (at: number) => (check(at, 2), view.getUint16(at, true)),
    u32: (at: number) => (check(at, 4), view.getUint32(at, true)),
    u64: (at: number) => (check(at, 8), view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32),
  };
}

interface CentralEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  localHeaderOffset: number;
}

/** The central directory's entries (zip64 sizes and offsets understood). */
function centralDirectory(data: Uint8Array): CentralEntry[] {
  const { bytes, u16, u32, u64 } = reader(data);
  let eocd = data.length - 22;
  while (eocd >= 0 && u32(eocd) !== 0x06054b50) {
    if (data.length - eocd > 22 + 0xffff) eocd = -1;
    else eocd -= 1;
  }
  if (eocd < 0) throw new UnreadableZip('no end of central directory record (not a zip archive, or a truncated one)');
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if (eocd >= 20 && u32(eocd - 20) === 0x07064b50) {
    const zip64 = u64(eocd - 12);
    if (u32(zip64) !== 0x06064b50) throw new UnreadableZip('the zip64 end of central directory record is missing');
    count = u64(zip64 + 32);
    offset = u64(zip64 + 48);
  }
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (u32(offset) !== 0x02014b50) throw new UnreadableZip(`central directory entry ${i + 1} is damaged`);
    const flags = u16(offset + 8);
    const nameLength = u16(offset + 28);
    const extraLength = u16(offset + 30);
    const commentLength = u16(offset + 32);
    const nameStart = offset + 46;
    const name = strFromU8(bytes(nameStart, nameLength), (flags & 0x800) === 0);
    bytes(nameStart + nameLength, extraLength + commentLength);
    let compressedSize = u32(offset + 20);
    const uncompressedSize = u32(offset + 24);
    let localHeaderOffset = u32(offset + 42);
    // zip64 extra field (id 1): the 64-bit values of the fields set to 0xFFFFFFFF, in this order
    for (let at = nameStart + nameLength, end = at + extraLength; at + 4 <= end; at += 4 + u16(at + 2)) {
      if (u16(at) !== 1) continue;
      let field = at + 4;
      if (uncompressedSize === 0xffffffff) field += 8; // the declared size is never used
      if (compressedSize === 0xffffffff) {
        compressedSize = u64(field);
        field += 8;
      }
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(field);
    }
    entries.push({ name, method: u16(offset + 10), encrypted: (flags & 1) === 1, compressedSize, localHeaderOffset });
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, located through its local header. */
function entryData(data: Uint8Array, entry: CentralEntry): Uint8Array {
  const { bytes, u16, u32 } = reader(data);
  const at = entry.localHeaderOffset;
  if (u32(at) !== 0x04034b50) throw new UnreadableZip(`the local header of ${entry.name} is missing`);
  return bytes(at + 30 + u16(at + 26) + u16(at + 28), entry.compressedSize);
}

/**
 * Reads the entries of a zip archive that `options.include` accepts, inflating them as a stream:
 * the inflated bytes are counted as they come out in 1 MB pieces (the sizes the archive declares
 * are never used), and reading stops as soon as the count passes `options.maxBytes`, so memory
 * stays within the cap plus a piece. Inflating runs on zlib's thread pool, so a server keeps
 * answering meanwhile. Stored and deflated entries are read; encrypted entries and other
 * compression methods make the archive unreadable. Entries the central directory lists more than
 * once (overlapping entries) are counted each time.
 *
 * @param data - the archive's bytes
 * @param options - which entries to read and the cap, bytes
 * @example
 * await readZipEntries(bytes, { include: (name) => name.endsWith('.shp'), maxBytes: 256 * 2 ** 20 });
 * // { ok: true, value: { entries: [{ name: 'layer.shp', bytes: Uint8Array(…) }], names: ['layer.shp', 'layer.dbf'] } }
 */
export async function readZipEntries(data: Uint8Array, options: ReadZipOptions): Promise<ZipReadResult> {
  const tooLarge = (): ZipReadResult =>
    err({
      code: 'too-large',
      message: `unpacks to more than ${formatBytes(options.maxBytes)} (the limit, counted as it is inflated)`,
    });
  try {
    const directory = centralDirectory(data);
    const entries: ZipEntry[] = [];
    let total = 0;
    for (const entry of directory) {
      if (!options.include(entry.name)) continue;
      if (entry.encrypted) throw new UnreadableZip(`${entry.name} is encrypted; zip it without a password`);
      const compressed = entryData(data, entry);
      if (entry.method === 0) {
        total += compressed.length;
        if (total > options.maxBytes) return tooLarge();
        entries.push({ name: entry.name, bytes: compressed.slice() });
        continue;
      }
      if (entry.method !== 8)
        throw new UnreadableZip(
          `${entry.name} uses compression method ${entry.method}; only stored and deflated entries are read`,
        );
      const inflated = await inflateCounted(entry.name, compressed, options.maxBytes - total);
      if (inflated === 'too-large') return tooLarge();
      total += inflated.length;
      entries.push({ name: entry.name, bytes: inflated });
    }
    return ok({ entries, names: directory.map((e) => e.name) });
  } catch (error) {
    if (error instanceof UnreadableZip) return err({ code: 'unreadable', message: error.message });
    throw error;
  }
}

/**
 * Inflates `compressed` with a streaming inflater (zlib, on libuv's thread pool, so the event loop
 * stays free), counting the bytes as they come out and destroying the stream as soon as more than
 * `budget` have.
 */
function inflateCounted(name: string, compressed: Uint8Array, budget: number): Promise<Uint8Array | 'too-large'> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: OUTPUT_CHUNK_BYTES });
    const chunks: Uint8Array[] = [];
    let produced = 0;
    let settled = false;
    inflater.on('data', (chunk: Uint8Array) => {
      if (settled) return;
      produced += chunk.length;
      if (produced > budget) {
        settled = true;
        inflater.destroy();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    inflater.on('end', () => {
      if (settled) return;
      settled = true;
      const out = new Uint8Array(produced);
      let offset = 0;
      for (const chunk of chunks) out.set(chunk, (offset += chunk.length) - chunk.length);
      resolve(out);
    });
    inflater.on('error', (error) => {
      if (settled) return;
      settled = true;
      reject(new UnreadableZip(`${name} could not be inflated: ${error.message}`));
    });
    inflater.end(compressed);
  });
}

/** `256 MB` for 268,435,456 bytes; KB below a megabyte. */
function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}
