/**
 * The platform's answers to a device (HJ 212-2017, [memory, high confidence]): 9014 data response (ST 91, empty
 * CP) acknowledging an uploaded data packet, 9011 request response (ST 91, `CP=&&QnRtn=n&&`) accepting or refusing.
 * Both echo the packet's QN (which request is answered), PW and MN, with the packet's version bits and no
 * acknowledgement request in Flag.
 *
 * @module
 */
import type { Hj212Head, QnReturnCode } from './contract.ts';
import { encodePacket } from './encode-packet.ts';
import { FLAG_ACK, FLAG_SPLIT, FLAG_VERSION_2017 } from './flags.ts';

/** The Flag of a response: the request's version bits (2017 when it sent no Flag), no ack asked, not split. */
function responseFlag(flag: number | null): number {
  return flag === null ? FLAG_VERSION_2017 : flag & ~(FLAG_ACK | FLAG_SPLIT);
}

/**
 * The 9014 data response to a packet (the ack a device asks for with Flag bit 0). `qn` is used when the packet
 * carried no QN (the caller's clock: `YYYYMMDDhhmmsszzz`).
 *
 * @example
 * dataResponse(packet); // '##0068QN=20240101120000000;ST=91;CN=9014;PW=123456;MN=AQ001;Flag=4;CP=&&&&EDC1\r\n'
 */
export function dataResponse(packet: Hj212Head, qn?: string): string {
  return encodePacket({
    qn: packet.qn ?? qn ?? null,
    st: '91',
    cn: '9014',
    pw: packet.pw,
    mn: packet.mn,
    flag: responseFlag(packet.flag),
    cp: '',
  });
}

/**
 * The 9011 request response to a packet with its return code (1 ready, 2 refused, 3 PW, 4 MN, 5 ST, 6 Flag,
 * 7 QN, 8 CN, 9 CRC, 100 other). `qn` is used when the packet carried no QN.
 *
 * @example
 * requestResponse(problem.head, qnReturnCodes.crcWrong); // '##…;ST=91;CN=9011;…;CP=&&QnRtn=9&&…\r\n'
 */
export function requestResponse(packet: Hj212Head, qnRtn: QnReturnCode, qn?: string): string {
  return encodePacket({
    qn: packet.qn ?? qn ?? null,
    st: '91',
    cn: '9011',
    pw: packet.pw,
    mn: packet.mn,
    flag: responseFlag(packet.flag),
    cp: `QnRtn=${qnRtn}`,
  });
}
