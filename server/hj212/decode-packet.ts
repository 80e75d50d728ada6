import type { Result } from '../result.ts';
import type { Hj212Packet, Hj212Problem } from './contract.ts';
import { decodeFrameBody } from './decode-frame-body.ts';

/**
 * Decodes one whole frame `##dddd…CRC\r\n` (the trailing CR LF may be absent, or be a lone LF, when a frame comes
 * alone over HTTP). Never throws: every malformed input is a problem with its 9011 return code (CRC 9, MN 4,
 * ST 5, Flag 6, QN 7, CN 8, PW 3, others 100). The CP stays raw (see parseCp).
 *
 * @example
 * const segment =
 *   'QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&';
 * decodePacket(`##0101${segment}1C80\r\n`);
 * // { ok: true, value: { qn: '20160801085857223', st: '32', cn: '1062', pw: '100000', mn: '010000A8900016F000169DC0',
 * //   flag: 5, pnum: null, pno: null, cp: 'RtdInterval=30' } }
 */
export function decodePacket(frame: string): Result<Hj212Packet, Hj212Problem> {
  let end = frame.length;
  if (frame.endsWith('\r\n')) end -= 2;
  else if (frame.endsWith('\n')) end -= 1;
  return decodeFrameBody(end === frame.length ? frame : frame.slice(0, end));
}
