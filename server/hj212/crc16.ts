/**
 * The CRC of HJ 212-2017 (domain notes §11, confirmed against public implementations): over the data segment's
 * bytes (UTF-8), start 0xFFFF; per byte `crc = (crc >> 8) ^ byte`, then 8 times shift right by one and XOR 0xA001
 * when the bit shifted out was 1. It is NOT CRC-16/MODBUS (which XORs the byte into the low byte instead).
 *
 * @module
 */
import { NON_ASCII } from './utf8-length.ts';

const encoder = new TextEncoder();

/** The 8 shift-and-XOR steps of one byte: `(crc >> 8) ^ byte` is 8 bits wide, so 256 results cover them all. */
const STEPS = new Uint16Array(256);
for (let index = 0; index < 256; index += 1) {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? (value >> 1) ^ 0xa001 : value >> 1;
  STEPS[index] = value;
}

function crcOfByte(crc: number, byte: number): number {
  return STEPS[(crc >> 8) ^ byte] ?? 0;
}

/**
 * The standard's CRC16 of a data segment (the text between the 4 length digits and the CRC), 0…0xFFFF.
 *
 * @example
 * crc16('QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&');
 * // 0x1C80
 */
export function crc16(text: string): number {
  let crc = 0xffff;
  if (!NON_ASCII.test(text)) {
    for (let i = 0; i < text.length; i += 1) crc = crcOfByte(crc, text.charCodeAt(i));
    return crc;
  }
  for (const byte of encoder.encode(text)) crc = crcOfByte(crc, byte);
  return crc;
}

/**
 * {@link crc16} as the 4 uppercase hex digits a frame carries.
 *
 * @example
 * crc16Hex('QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&');
 * // '1C80'
 */
export function crc16Hex(text: string): string {
  return crc16(text).toString(16).toUpperCase().padStart(4, '0');
}
