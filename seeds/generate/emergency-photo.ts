import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A tiny valid PNG (16 × 12 px, RGB) standing in for a supervision visit's photo: a grey "site" with a coloured
 * band whose hue depends on `n`, so each demo photo has its own bytes. Deterministic.
 *
 * @example
 * demoPng(1).buffer.subarray(1, 4).toString(); // 'PNG'
 */
export function demoPng(n: number): { buffer: Buffer; length: number; sha256: string } {
  const width = 16;
  const height = 12;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const band = y >= 4 && y < 8;
      const at = row + 1 + x * 3;
      raw[at] = band ? (60 * n) % 256 : 150;
      raw[at + 1] = band ? (110 + 40 * n) % 256 : 150 + (x % 3);
      raw[at + 2] = band ? (((200 - 30 * n) % 256) + 256) % 256 : 140;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type RGB
  const buffer = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { buffer, length: buffer.length, sha256: createHash('sha256').update(buffer).digest('hex') };
}
