/**
 * Hand-made hostile zip archives for the archive-cap tests (issue 12, probe 1): entries of zeros
 * whose local header and central directory declare a small size while the data inflate to far
 * more. The deflate stream is written directly (one fixed-Huffman block: a literal 0, then
 * <length 258, distance 1> copies), 13 bits per 258 bytes, so a gigabyte costs ~6.5 MB and no
 * gigabyte is ever held in memory.
 */

/** Writes bits least-significant first, as DEFLATE packs them. */
class BitWriter {
  private readonly bytes: Uint8Array;
  private bit = 0;
  constructor(capacityBytes: number) {
    this.bytes = new Uint8Array(capacityBytes);
  }
  /** Writes `count` bits of `value`, low bit first. */
  write(value: number, count: number): void {
    for (let i = 0; i < count; i += 1) {
      if ((value >> i) & 1) this.bytes[this.bit >> 3]! |= 1 << (this.bit & 7);
      this.bit += 1;
    }
  }
  /** Writes a Huffman code of `count` bits, most-significant first. */
  writeCode(code: number, count: number): void {
    for (let i = count - 1; i >= 0; i -= 1) this.write((code >> i) & 1, 1);
  }
  done(): Uint8Array {
    return this.bytes.slice(0, (this.bit + 7) >> 3);
  }
}

/**
 * A raw DEFLATE stream that inflates to `1 + 258 × copies` zero bytes.
 *
 * @param copies - how many 258-byte copies follow the first literal zero
 */
export function deflatedZeros(copies: number): Uint8Array {
  const out = new BitWriter(Math.ceil((3 + 8 + 13 * copies + 7) / 8) + 1);
  out.write(1, 1); // BFINAL
  out.write(1, 2); // BTYPE 01: fixed Huffman
  out.writeCode(0x30, 8); // literal 0
  for (let i = 0; i < copies; i += 1) {
    out.writeCode(0xc5, 8); // length code 285 = 258 bytes
    out.writeCode(0, 5); // distance code 0 = 1 byte back
  }
  out.writeCode(0, 7); // end of block (256)
  return out.done();
}

/** What {@link makeZipBomb} builds. */
export interface ZipBombSpec {
  /** Entry name, e.g. `layer.shp`. */
  name: string;
  /** Zero bytes the entry really inflates to (rounded to 1 + 258·k). */
  inflatedBytes: number;
  /** The uncompressed size written in the local header and the central directory. Default 1,000. */
  declaredBytes?: number;
  /** Central directory entries pointing at the same data (an overlapping-entries bomb). Default 1. */
  copies?: number;
}

/** A zip archive of one deflated entry of zeros that declares `declaredBytes`. */
export function makeZipBomb(spec: ZipBombSpec): Uint8Array {
  const data = deflatedZeros(Math.ceil((spec.inflatedBytes - 1) / 258));
  const declared = spec.declaredBytes ?? 1000;
  const name = new TextEncoder().encode(spec.name);
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true); // deflate
  lv.setUint32(14, 0x12345678, true); // CRC (never checked)
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, declared, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  const copies = spec.copies ?? 1;
  const central = new Uint8Array((46 + name.length) * copies);
  for (let i = 0; i < copies; i += 1) {
    const at = (46 + name.length) * i;
    const cv = new DataView(central.buffer, at);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(16, 0x12345678, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, declared, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, 0, true); // every copy points at the one local header
    central.set(name, at + 46);
  }
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, copies, true);
  ev.setUint16(10, copies, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + data.length, true);
  const zip = new Uint8Array(local.length + data.length + central.length + end.length);
  zip.set(local, 0);
  zip.set(data, local.length);
  zip.set(central, local.length + data.length);
  zip.set(end, local.length + data.length + central.length);
  return zip;
}
