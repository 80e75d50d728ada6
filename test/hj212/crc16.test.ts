import { describe, expect, it } from 'vitest';
import { crc16, crc16Hex } from '../../server/hj212/crc16.ts';
import { WORKED_SEGMENT } from './frames.ts';

/** The standard's CRC written from the domain notes' description, over bytes. */
function reference(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc = (crc >> 8) ^ byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >> 1) ^ 0xa001 : crc >> 1;
  }
  return crc;
}

/** CRC-16/MODBUS, to show the standard's CRC is another one. */
function modbus(text: string): number {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >> 1) ^ 0xa001 : crc >> 1;
  }
  return crc;
}

describe('crc16', () => {
  it("gives the standard's worked example: 101 characters, CRC 1C80", () => {
    expect(WORKED_SEGMENT).toHaveLength(101);
    expect(crc16(WORKED_SEGMENT)).toBe(0x1c80);
    expect(crc16Hex(WORKED_SEGMENT)).toBe('1C80');
  });

  it('agrees with a byte-level reference on many texts', () => {
    for (let i = 0; i < 500; i += 1) {
      const text = `QN=${i};MN=${'x'.repeat(i % 30)};CP=&&a34004-Rtd=${i / 7}&&`;
      expect(crc16(text)).toBe(reference(Buffer.from(text, 'utf8')));
    }
  });

  it('is not CRC-16/MODBUS', () => {
    expect(modbus(WORKED_SEGMENT)).not.toBe(0x1c80);
  });

  it('writes 4 uppercase hex digits, zero-padded', () => {
    const texts = Array.from({ length: 2000 }, (_, i) => `ST=22;CN=${i}`);
    for (const text of texts) expect(crc16Hex(text)).toMatch(/^[0-9A-F]{4}$/);
    expect(texts.some((text) => crc16Hex(text).startsWith('0'))).toBe(true);
    expect(crc16Hex('')).toBe('FFFF');
  });

  it('runs over the UTF-8 bytes of a non-ASCII text', () => {
    const text = 'i12001-Info=烟尘仪故障';
    expect(crc16(text)).toBe(reference(Buffer.from(text, 'utf8')));
    expect(crc16(text)).not.toBe(crc16('i12001-Info=??????'));
  });
});
