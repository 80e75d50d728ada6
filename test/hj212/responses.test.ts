import { describe, expect, it } from 'vitest';
import { qnReturnCodes } from '../../server/hj212/contract.ts';
import { crc16Hex } from '../../server/hj212/crc16.ts';
import { decodePacket } from '../../server/hj212/decode-packet.ts';
import { parseCp } from '../../server/hj212/parse-cp.ts';
import { dataResponse, requestResponse } from '../../server/hj212/responses.ts';
import { frame, REALTIME_SEGMENT, WORKED_FRAME } from './frames.ts';

function decoded(text: string) {
  const result = decodePacket(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('responses', () => {
  it('answers a data packet with a 9014 data response that decodes back with a correct CRC', () => {
    const packet = decoded(frame(REALTIME_SEGMENT));
    const text = dataResponse({ ...packet, flag: 5 });
    expect(text).toBe(
      '##0069QN=20240131150101000;ST=91;CN=9014;PW=123456;MN=MS0001;Flag=4;CP=&&&&' +
        `${crc16Hex('QN=20240131150101000;ST=91;CN=9014;PW=123456;MN=MS0001;Flag=4;CP=&&&&')}\r\n`,
    );
    expect(decoded(text)).toEqual({
      qn: '20240131150101000',
      st: '91',
      cn: '9014',
      pw: '123456',
      mn: 'MS0001',
      flag: 4,
      pnum: null,
      pno: null,
      cp: '',
    });
  });

  it.each(Object.values(qnReturnCodes))('answers with a 9011 request response carrying QnRtn=%i', (qnRtn) => {
    const packet = decoded(WORKED_FRAME);
    const response = decoded(requestResponse(packet, qnRtn));
    expect(response).toMatchObject({ qn: packet.qn, st: '91', cn: '9011', mn: packet.mn, pw: packet.pw, flag: 4 });
    const cp = parseCp(response.cp);
    expect(cp.ok && cp.value.fields).toEqual({ QnRtn: String(qnRtn) });
  });

  it("answers a refusal addressed from a CRC problem's header", () => {
    const result = decodePacket(WORKED_FRAME.replace('1C80', '1C81'));
    if (result.ok || result.error.head === undefined) throw new Error('expected a CRC refusal with its header');
    const response = decoded(requestResponse(result.error.head, result.error.qnRtn));
    expect(response).toMatchObject({ cn: '9011', mn: '010000A8900016F000169DC0', cp: 'QnRtn=9' });
  });

  it('uses the given QN when the packet had none, keeps the version bits, and clears ack and split bits', () => {
    const head = { qn: null, st: '31', cn: '2061', pw: 'p', mn: 'S1', flag: 7 };
    expect(decoded(dataResponse(head, '20240131150000123'))).toMatchObject({ qn: '20240131150000123', flag: 4 });
    expect(decoded(dataResponse(head))).toMatchObject({ qn: null });
    expect(decoded(dataResponse({ ...head, flag: null }))).toMatchObject({ flag: 4 });
    expect(decoded(dataResponse({ ...head, flag: 9 }))).toMatchObject({ flag: 8 });
  });
});
