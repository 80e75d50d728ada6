import { describe, expect, it } from 'vitest';
import type { Hj212Problem } from '../../server/hj212/contract.ts';
import { decodePacket } from '../../server/hj212/decode-packet.ts';
import {
  AMBIENT_HOUR_SEGMENT,
  frame,
  REALTIME_SEGMENT,
  STACK_HOUR_SEGMENT,
  WORKED_FRAME,
  WORKED_SEGMENT,
} from './frames.ts';

function problemOf(text: string): Hj212Problem {
  const result = decodePacket(text);
  if (result.ok) throw new Error(`expected a refusal of ${text}`);
  return result.error;
}

const HEAD = 'QN=20240131150012345;ST=22;CN=2061;PW=123456;MN=AQ14090001;Flag=5';
const CP = 'CP=&&DataTime=20240131140000;a34004-Avg=35,a34004-Flag=N&&';

describe('decodePacket: good frames', () => {
  it("decodes the standard's worked example", () => {
    expect(WORKED_FRAME).toBe(`##0101${WORKED_SEGMENT}1C80\r\n`);
    expect(decodePacket(WORKED_FRAME)).toEqual({
      ok: true,
      value: {
        qn: '20160801085857223',
        st: '32',
        cn: '1062',
        pw: '100000',
        mn: '010000A8900016F000169DC0',
        flag: 5,
        pnum: null,
        pno: null,
        cp: 'RtdInterval=30',
      },
    });
  });

  it('takes a frame without its CR LF (alone over HTTP), or with a lone LF', () => {
    const bare = WORKED_FRAME.slice(0, -2);
    expect(decodePacket(bare).ok).toBe(true);
    expect(decodePacket(`${bare}\n`).ok).toBe(true);
  });

  it('accepts the CRC in lowercase hex', () => {
    expect(decodePacket(`##0101${WORKED_SEGMENT}1c80\r\n`).ok).toBe(true);
  });

  it('decodes ambient hour data (ST 22, CN 2061)', () => {
    const result = decodePacket(frame(AMBIENT_HOUR_SEGMENT));
    expect(result.ok && result.value).toMatchObject({ st: '22', cn: '2061', mn: 'AQ14090001', flag: 5 });
    expect(result.ok && result.value.cp.startsWith('DataTime=20240131140000;a34004-Avg=35.2')).toBe(true);
  });

  it('decodes stack hour data (ST 31) and real-time data (CN 2011)', () => {
    const stack = decodePacket(frame(STACK_HOUR_SEGMENT));
    expect(stack.ok && stack.value).toMatchObject({ st: '31', cn: '2061', pw: '654321', mn: 'ST14090001' });
    const realtime = decodePacket(frame(REALTIME_SEGMENT));
    expect(realtime.ok && realtime.value).toMatchObject({ st: '22', cn: '2011', flag: 4 });
  });

  it('takes the fields in any order, without QN and without Flag', () => {
    const result = decodePacket(frame(`${CP};MN=X1;PW=1;CN=2051;ST=22`));
    expect(result).toEqual({
      ok: true,
      value: {
        qn: null,
        st: '22',
        cn: '2051',
        pw: '1',
        mn: 'X1',
        flag: null,
        pnum: null,
        pno: null,
        cp: expect.any(String),
      },
    });
  });

  it('reads PNUM/PNO of a split part', () => {
    const result = decodePacket(frame(`${HEAD.replace('Flag=5', 'Flag=7')};PNUM=3;PNO=2;${CP}`));
    expect(result.ok && result.value).toMatchObject({ flag: 7, pnum: 3, pno: 2 });
  });

  it('counts the length in UTF-8 bytes when a non-ASCII character sneaks in', () => {
    const segment = `${HEAD};CP=&&i12001-Info=故障&&`;
    const good = frame(segment);
    expect(Buffer.byteLength(segment)).toBe(segment.length + 4);
    expect(decodePacket(good).ok).toBe(true);
    const byCharacters = `##${String(segment.length).padStart(4, '0')}${good.slice(6)}`;
    expect(problemOf(byCharacters).code).toBe('frame-length');
  });
});

describe('decodePacket: malformed frames', () => {
  it.each([
    ['no ##', WORKED_FRAME.slice(2), 'frame-header'],
    ['one #', WORKED_FRAME.slice(1), 'frame-header'],
    ['length not digits', WORKED_FRAME.replace('##0101', '##01a1'), 'frame-length'],
    ['length too short', WORKED_FRAME.replace('##0101', '##0100'), 'frame-length'],
    ['length too long', WORKED_FRAME.replace('##0101', '##0102'), 'frame-length'],
    ['length over 1024', `##1025${'x'.repeat(1025)}0000\r\n`, 'frame-too-long'],
    ['nothing after the length', '##0101', 'frame-length'],
    ['empty text', '', 'frame-header'],
    ['CRC not hex', `##0101${WORKED_SEGMENT}1CG0\r\n`, 'crc'],
  ])('refuses %s', (_name, text, code) => {
    const problem = problemOf(text);
    expect(problem.code).toBe(code);
    expect(problem.qnRtn).toBe(code === 'crc' ? 9 : 100);
    expect(problem.message.length).toBeGreaterThan(5);
  });

  it('refuses a wrong CRC with return code 9, naming both CRCs, and keeps the header for a 9011', () => {
    const problem = problemOf(`##0101${WORKED_SEGMENT}1C81\r\n`);
    expect(problem).toMatchObject({ code: 'crc', qnRtn: 9, message: 'CRC mismatch: sent 1C81, computed 1C80' });
    expect(problem.head).toEqual({
      qn: '20160801085857223',
      st: '32',
      cn: '1062',
      pw: '100000',
      mn: '010000A8900016F000169DC0',
      flag: 5,
    });
  });

  it('refuses a frame whose content was altered after the CRC was computed', () => {
    const altered = WORKED_FRAME.replace('RtdInterval=30', 'RtdInterval=31');
    expect(problemOf(altered).code).toBe('crc');
  });
});

describe('decodePacket: malformed fields', () => {
  it.each([
    ['MN missing', `QN=20240131150012345;ST=22;CN=2061;PW=1;${CP}`, 'field-missing', 4],
    ['MN empty', `ST=22;CN=2061;PW=1;MN=;${CP}`, 'field-invalid', 4],
    ['MN over 24 characters', `ST=22;CN=2061;PW=1;MN=${'A'.repeat(25)};${CP}`, 'field-invalid', 4],
    ['MN with a blank', `ST=22;CN=2061;PW=1;MN=A B;${CP}`, 'field-invalid', 4],
    ['ST missing', `CN=2061;PW=1;MN=A1;${CP}`, 'field-missing', 5],
    ['ST not numeric', `ST=2x;CN=2061;PW=1;MN=A1;${CP}`, 'field-invalid', 5],
    ['CN missing', `ST=22;PW=1;MN=A1;${CP}`, 'field-missing', 8],
    ['CN not numeric', `ST=22;CN=20.1;PW=1;MN=A1;${CP}`, 'field-invalid', 8],
    ['QN not 17 digits', `QN=2024013115001234;ST=22;CN=2061;PW=1;MN=A1;${CP}`, 'field-invalid', 7],
    ['Flag not numeric', `ST=22;CN=2061;PW=1;MN=A1;Flag=x;${CP}`, 'field-invalid', 6],
    ['Flag over 255', `ST=22;CN=2061;PW=1;MN=A1;Flag=256;${CP}`, 'field-invalid', 6],
    ['Flag split without PNUM/PNO', `ST=22;CN=2061;PW=1;MN=A1;Flag=7;${CP}`, 'split-invalid', 6],
    ['PW missing', `ST=22;CN=2061;MN=A1;${CP}`, 'field-missing', 3],
    ['CP missing', 'ST=22;CN=2061;PW=1;MN=A1', 'field-missing', 100],
    ['CP not closed', 'ST=22;CN=2061;PW=1;MN=A1;CP=&&DataTime=20240131140000', 'field-invalid', 100],
    ['text after CP', `ST=22;CN=2061;PW=1;MN=A1;${CP}x`, 'field-invalid', 100],
    ['a field without =', `ST=22;CN=2061;PW=1;MN=A1;junk;${CP}`, 'field-invalid', 100],
    ['duplicate ST', `ST=22;ST=31;CN=2061;PW=1;MN=A1;${CP}`, 'field-invalid', 5],
    ['duplicate MN', `ST=22;CN=2061;PW=1;MN=A1;MN=A2;${CP}`, 'field-invalid', 4],
    ['duplicate CP', `ST=22;CN=2061;PW=1;MN=A1;${CP};${CP}`, 'field-invalid', 100],
    ['PNUM without PNO', `ST=22;CN=2061;PW=1;MN=A1;PNUM=2;${CP}`, 'split-invalid', 100],
    ['PNO above PNUM', `ST=22;CN=2061;PW=1;MN=A1;PNUM=2;PNO=3;${CP}`, 'split-invalid', 100],
    ['PNO 0', `ST=22;CN=2061;PW=1;MN=A1;PNUM=2;PNO=0;${CP}`, 'split-invalid', 100],
    ['PNUM over 999', `ST=22;CN=2061;PW=1;MN=A1;PNUM=1000;PNO=1;${CP}`, 'split-invalid', 100],
  ])('refuses %s', (_name, segment, code, qnRtn) => {
    const problem = problemOf(frame(segment));
    expect(problem.code).toBe(code);
    expect(problem.qnRtn).toBe(qnRtn);
  });

  it('keeps the readable header of a refused packet whose MN is good, not of one whose MN is bad', () => {
    expect(problemOf(frame(`QN=1;ST=22;CN=2061;PW=9;MN=A1;${CP}`)).head).toEqual({
      qn: null,
      st: '22',
      cn: '2061',
      pw: '9',
      mn: 'A1',
      flag: null,
    });
    expect(problemOf(frame(`ST=22;CN=2061;PW=9;MN=;${CP}`)).head).toBeUndefined();
  });
});
