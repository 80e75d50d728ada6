import { describe, expect, it } from 'vitest';
import type { CpItem } from '../../server/hj212/contract.ts';
import { decodePacket } from '../../server/hj212/decode-packet.ts';
import { encodeCp, encodePacket, encodeSplit } from '../../server/hj212/encode-packet.ts';
import { parseCp } from '../../server/hj212/parse-cp.ts';
import { createReassembler } from '../../server/hj212/reassembler.ts';
import { AMBIENT_HOUR_SEGMENT, frame, WORKED_FRAME } from './frames.ts';

const WORKED = {
  qn: '20160801085857223',
  st: '32',
  cn: '1062',
  pw: '100000',
  mn: '010000A8900016F000169DC0',
  flag: 5,
  cp: 'RtdInterval=30',
};

function stackItems(count: number): Record<string, CpItem> {
  const items: Record<string, CpItem> = {};
  for (let i = 0; i < count; i += 1) {
    items[`a${String(20000 + i)}`] = { Avg: i * 1.5, Min: i, Max: i * 2 + 0.25, Cou: i / 8, Flag: i % 7 ? 'N' : 'D' };
  }
  return items;
}

describe('encodeCp / encodePacket', () => {
  it("writes the standard's worked example frame exactly", () => {
    expect(encodePacket(WORKED)).toBe(WORKED_FRAME);
  });

  it('writes the hand-built ambient packet exactly', () => {
    const decoded = decodePacket(frame(AMBIENT_HOUR_SEGMENT));
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(encodePacket(decoded.value)).toBe(frame(AMBIENT_HOUR_SEGMENT));
  });

  it('writes DataTime, items field by field, then other fields', () => {
    const cp = encodeCp({
      dataTime: '20240131140000',
      items: { a34013: { Flag: 'N', Avg: 8.2, Cou: 1.5 }, a19001: { Avg: 10 } },
      fields: { RtdInterval: '30' },
    });
    expect(cp).toBe('DataTime=20240131140000;a34013-Avg=8.2,a34013-Cou=1.5,a34013-Flag=N;a19001-Avg=10;RtdInterval=30');
  });

  it('round-trips items through encodeCp → encodePacket → decodePacket → parseCp', () => {
    const items = stackItems(8);
    items.a01013 = { Avg: -0.125, Flag: 'N' };
    items.tiny = { Rtd: 1.5e-7 };
    items.huge = { Rtd: 2e21 };
    const cp = encodeCp({ dataTime: '20240131140000', items, fields: { QnRtn: '1' } });
    const packet = { qn: '20240131150000001', st: '31', cn: '2061', pw: 'pw', mn: 'ST01', flag: 5, cp };
    const decoded = decodePacket(encodePacket(packet));
    expect(decoded).toEqual({ ok: true, value: { ...packet, pnum: null, pno: null } });
    const parsed = decoded.ok ? parseCp(decoded.value.cp) : null;
    expect(parsed?.ok && parsed.value).toEqual({ dataTime: '20240131140000', items, fields: { QnRtn: '1' } });
  });

  it('leaves out QN and Flag when not given, and decodes back to null', () => {
    const text = encodePacket({ st: '22', cn: '2011', pw: '1', mn: 'M1', cp: '' });
    expect(text.startsWith('##0032ST=22;CN=2011;PW=1;MN=M1;CP=&&&&')).toBe(true);
    const decoded = decodePacket(text);
    expect(decoded.ok && decoded.value).toMatchObject({ qn: null, flag: null });
  });

  it('refuses a number that HJ 212 cannot carry (a caller bug)', () => {
    expect(() => encodeCp({ items: { a: { Avg: Number.NaN } } })).toThrow(RangeError);
  });
});

describe('encodeSplit', () => {
  const big = {
    qn: '20240131150000001',
    st: '31',
    cn: '2061',
    pw: '123456',
    mn: 'ST14090001',
    flag: 5,
    cp: encodeCp({ dataTime: '20240131140000', items: stackItems(60) }),
  };

  it('keeps a packet that fits as one unsplit frame', () => {
    expect(encodeSplit(WORKED)).toEqual([WORKED_FRAME]);
  });

  it('splits a long CP into frames of at most maxSegment bytes with PNUM/PNO and the split bit', () => {
    expect(big.cp.length).toBeGreaterThan(3000);
    const frames = encodeSplit(big);
    expect(frames.length).toBeGreaterThan(2);
    const parts = frames.map((text) => {
      const decoded = decodePacket(text);
      if (!decoded.ok) throw new Error(decoded.error.message);
      expect(Number(text.slice(2, 6))).toBeLessThanOrEqual(1024);
      return decoded.value;
    });
    parts.forEach((part, i) => {
      expect(part).toMatchObject({ qn: big.qn, mn: big.mn, flag: 7, pnum: frames.length, pno: i + 1 });
    });
    expect(parts.map((part) => part.cp).join('')).toBe(big.cp);
    expect(parts.slice(0, -1).every((part) => part.cp.endsWith(';'))).toBe(true);
  });

  it('splits at smaller segments too, and the reassembler restores the packet', () => {
    for (const maxSegment of [120, 200, 333, 1024]) {
      const frames = encodeSplit(big, maxSegment);
      const reassembler = createReassembler();
      let whole = null;
      for (const text of frames) {
        expect(Number(text.slice(2, 6))).toBeLessThanOrEqual(maxSegment);
        const decoded = decodePacket(text);
        if (!decoded.ok) throw new Error(decoded.error.message);
        const added = reassembler.add(decoded.value, 0);
        if (added.ok && added.value) whole = added.value;
      }
      expect(whole).toEqual({ ...big, pnum: null, pno: null });
    }
  });

  it('cuts inside a long entry and never inside a character', () => {
    const cp = `i12001-Info=${'烟尘仪故障😀'.repeat(60)}`;
    const frames = encodeSplit({ ...big, cp }, 150);
    const parts = frames.map((text) => decodePacket(text));
    expect(parts.every((part) => part.ok)).toBe(true);
    expect(parts.map((part) => (part.ok ? part.value.cp : '')).join('')).toBe(cp);
  });

  it('refuses a CP that would need more than 999 parts (a caller bug)', () => {
    expect(() => encodeSplit({ ...big, cp: 'x'.repeat(200_000) }, 150)).toThrow(RangeError);
  });
});
