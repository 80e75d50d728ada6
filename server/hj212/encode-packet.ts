/**
 * Writes HJ 212 frames: the CP text, a whole frame (length, CRC, CR LF) and a long packet split into PNUM/PNO
 * parts. For responses, the simulator and tests; the output decodes back with decodePacket / parseCp.
 *
 * @module
 */
import type { CpItem, Hj212Packet } from './contract.ts';
import { crc16Hex } from './crc16.ts';
import { MAX_SEGMENT } from './decode-frame-body.ts';
import { FLAG_SPLIT, FLAG_VERSION_2017 } from './flags.ts';
import { utf8Length, utf8Width } from './utf8-length.ts';

/** What encodePacket takes: a packet without split fields; QN and Flag optional. */
export type PacketInput = Omit<Hj212Packet, 'flag' | 'pnum' | 'pno' | 'qn'> & {
  qn?: string | null;
  flag?: number | null;
};

const itemFields = ['Rtd', 'Avg', 'Min', 'Max', 'Cou', 'Flag'] as const;
const MAX_PARTS = 999;

/** A number as a plain decimal (HJ 212 has no exponent notation); throws on NaN/Infinity (a caller's bug). */
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`HJ 212 numbers are finite, got ${value}`);
  const text = String(value);
  if (!text.includes('e')) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * The CP text of a data packet: DataTime first, then each item's fields (Rtd, Avg, Min, Max, Cou, Flag), then the
 * other fields, as `key=value` with `,` inside an item and `;` between entries.
 *
 * @example
 * encodeCp({ dataTime: '20240101120000', items: { a34004: { Avg: 35, Flag: 'N' } } });
 * // 'DataTime=20240101120000;a34004-Avg=35,a34004-Flag=N'
 */
export function encodeCp(data: { dataTime?: string; items?: Record<string, CpItem>; fields?: Record<string, string> }) {
  const entries: string[] = [];
  if (data.dataTime !== undefined) entries.push(`DataTime=${data.dataTime}`);
  for (const [code, item] of Object.entries(data.items ?? {})) {
    const parts: string[] = [];
    for (const field of itemFields) {
      const value = item[field];
      if (value === undefined) continue;
      parts.push(`${code}-${field}=${typeof value === 'number' ? formatNumber(value) : value}`);
    }
    if (parts.length > 0) entries.push(parts.join(','));
  }
  for (const [key, value] of Object.entries(data.fields ?? {})) entries.push(`${key}=${value}`);
  return entries.join(';');
}

/** A whole frame around a data segment: `##`, 4-digit byte length, the segment, its CRC, CR LF. */
function frameOf(segment: string): string {
  const length = utf8Length(segment);
  if (length > 9999) throw new RangeError(`a data segment of ${length} bytes does not fit 4 length digits`);
  return `##${String(length).padStart(4, '0')}${segment}${crc16Hex(segment)}\r\n`;
}

function segmentOf(p: PacketInput, split: { pnum: number; pno: number } | null, cp: string): string {
  const fields: string[] = [];
  if (p.qn !== undefined && p.qn !== null) fields.push(`QN=${p.qn}`);
  fields.push(`ST=${p.st}`, `CN=${p.cn}`, `PW=${p.pw}`, `MN=${p.mn}`);
  if (p.flag !== undefined && p.flag !== null) fields.push(`Flag=${p.flag}`);
  if (split !== null) fields.push(`PNUM=${split.pnum}`, `PNO=${split.pno}`);
  fields.push(`CP=&&${cp}&&`);
  return fields.join(';');
}

/**
 * One whole frame (`##` + length + data segment + CRC + CR LF) with the fields in the standard's order: QN (when
 * given), ST, CN, PW, MN, Flag (when given), CP. Not split: use encodeSplit for a CP that may exceed 1024 bytes.
 * Throws only when the segment exceeds 9999 bytes (no 4-digit length can say it: a caller's bug).
 *
 * @example
 * encodePacket({ qn: '20160801085857223', st: '32', cn: '1062', pw: '100000', mn: '010000A8900016F000169DC0',
 *   flag: 5, cp: 'RtdInterval=30' });
 * // '##0101QN=20160801085857223;ST=32;…;CP=&&RtdInterval=30&&1C80\r\n'
 */
export function encodePacket(p: PacketInput): string {
  return frameOf(segmentOf(p, null, p.cp));
}

/** Cuts `cp` into pieces of at most `budget` bytes, at `;` where it can (a piece then ends with its `;`). */
function cutCp(cp: string, budget: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < cp.length) {
    let bytes = 0;
    let end = start;
    let lastBreak = -1;
    while (end < cp.length) {
      const width = utf8Width(cp, end);
      const pairEnd = width === 4 ? end + 2 : end + 1; // a surrogate pair moves as one
      if (bytes + width > budget) break;
      bytes += width;
      end = pairEnd;
      if (cp[end - 1] === ';') lastBreak = end;
    }
    if (end === start) end = start + 1; // unreachable with a budget of 4 bytes or more; keeps the loop finite
    const stop = end < cp.length && lastBreak > start ? lastBreak : end;
    pieces.push(cp.slice(start, stop));
    start = stop;
  }
  return pieces.length > 0 ? pieces : [''];
}

/**
 * The packet as one frame when its data segment fits `maxSegment` bytes, else as PNUM/PNO parts: each part a
 * whole frame with the same QN, ST, CN, PW, MN and Flag (with the split bit; version 1 assumed when no Flag given),
 * its CP a piece of the CP (cut at `;` where possible); the pieces concatenated in PNO order are the CP.
 * Throws when more than 999 parts would be needed (a caller's bug).
 *
 * @example
 * encodeSplit({ qn: '20240101120000000', st: '31', cn: '2061', pw: '123456', mn: 'ST01', flag: 5, cp: long }, 200);
 * // ['##0198QN=…;Flag=7;PNUM=3;PNO=1;CP=&&DataTime=…;&&…\r\n', …]
 */
export function encodeSplit(p: PacketInput, maxSegment = MAX_SEGMENT): string[] {
  const whole = segmentOf(p, null, p.cp);
  if (utf8Length(whole) <= maxSegment) return [frameOf(whole)];
  const flag = (p.flag ?? FLAG_VERSION_2017) | FLAG_SPLIT;
  const split = { ...p, flag };
  for (let digits = 1; digits <= 3; digits += 1) {
    const widest = 10 ** digits - 1;
    const overhead = utf8Length(segmentOf(split, { pnum: widest, pno: widest }, ''));
    const budget = maxSegment - overhead;
    if (budget < 4) break; // not even one character (4 bytes at most) per part
    const pieces = cutCp(p.cp, budget);
    if (pieces.length > widest) continue;
    return pieces.map((piece, i) => frameOf(segmentOf(split, { pnum: pieces.length, pno: i + 1 }, piece)));
  }
  throw new RangeError(`the CP does not fit ${MAX_PARTS} parts of ${maxSegment} bytes`);
}
