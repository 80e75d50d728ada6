import { err, type Result } from '../result.ts';
import type { Hj212Head, Hj212Packet, Hj212Problem } from './contract.ts';
import { crc16, crc16Hex } from './crc16.ts';
import { parseSegment } from './parse-segment.ts';
import { hj212Problem } from './problem.ts';
import { utf8Length } from './utf8-length.ts';

/** The data segment's greatest length in a single frame (bytes; longer data is split with PNUM/PNO). */
export const MAX_SEGMENT = 1024;

function isLengthDigits(text: string): boolean {
  if (text.length !== 4) return false;
  for (let i = 0; i < 4; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isHex4(text: string): boolean {
  if (text.length !== 4) return false;
  for (let i = 0; i < 4; i += 1) {
    const c = text.charCodeAt(i) | 0x20; // lower-cases letters; digits keep their codes
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/**
 * Decodes a frame without its trailing CR LF (`##` + 4-digit length + data segment + 4 hex CRC): checks the
 * header, the length (bytes of the data segment, at most `maxSegment`), the CRC (either case of hex), then the
 * data segment's fields. A CRC mismatch carries the packet's header when the segment can be read (for a 9011).
 *
 * @example
 * const segment =
 *   'QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&';
 * decodeFrameBody(`##0101${segment}1C80`); // { ok: true, value: { qn: '20160801085857223', st: '32', … } }
 */
export function decodeFrameBody(body: string, maxSegment = MAX_SEGMENT): Result<Hj212Packet, Hj212Problem> {
  if (!body.startsWith('##')) return err(hj212Problem('frame-header', 'frame does not start with ##', 100));
  const lengthText = body.slice(2, 6);
  if (!isLengthDigits(lengthText)) {
    return err(hj212Problem('frame-length', `length field '${lengthText}' is not 4 digits`, 100));
  }
  const length = Number(lengthText);
  if (length > maxSegment) {
    return err(hj212Problem('frame-too-long', `data segment of ${length} bytes (at most ${maxSegment})`, 100));
  }
  if (body.length < 10) return err(hj212Problem('frame-length', 'frame too short for a data segment and CRC', 100));
  const data = body.slice(6, -4);
  const bytes = utf8Length(data);
  if (bytes !== length) {
    return err(hj212Problem('frame-length', `length field says ${length}, the data segment has ${bytes}`, 100));
  }
  const sent = body.slice(-4);
  if (!isHex4(sent)) return err(hj212Problem('crc', `CRC field '${sent}' is not 4 hex digits`, 9));
  const computed = crc16(data);
  if (Number.parseInt(sent, 16) !== computed) {
    const problem = hj212Problem('crc', `CRC mismatch: sent ${sent.toUpperCase()}, computed ${crc16Hex(data)}`, 9);
    const read = parseSegment(data);
    const head = read.ok ? read.value : read.error.head;
    return err(head === undefined ? problem : { ...problem, head: headFields(head) });
  }
  return parseSegment(data);
}

function headFields(p: Hj212Head): Hj212Head {
  return { qn: p.qn, st: p.st, cn: p.cn, pw: p.pw, mn: p.mn, flag: p.flag };
}
