import { describe, expect, it } from 'vitest';
import type { Hj212Packet } from '../../server/hj212/contract.ts';
import { createReassembler } from '../../server/hj212/reassembler.ts';

function part(pno: number, pnum: number, cp: string, over: Partial<Hj212Packet> = {}): Hj212Packet {
  return { qn: '20240131150000001', st: '31', cn: '2061', pw: 'pw', mn: 'ST01', flag: 7, pnum, pno, cp, ...over };
}

const WHOLE = { qn: '20240131150000001', st: '31', cn: '2061', pw: 'pw', mn: 'ST01', flag: 5, pnum: null, pno: null };

describe('createReassembler', () => {
  it('passes an unsplit packet straight through', () => {
    const packet = { ...WHOLE, cp: 'DataTime=20240131140000' };
    expect(createReassembler().add(packet, 0)).toEqual({ ok: true, value: packet });
  });

  it('joins parts arriving in order, clearing the split bit and PNUM/PNO', () => {
    const reassembler = createReassembler();
    expect(reassembler.add(part(1, 3, 'A;'), 0)).toEqual({ ok: true, value: null });
    expect(reassembler.add(part(2, 3, 'B;'), 1)).toEqual({ ok: true, value: null });
    expect(reassembler.open).toBe(1);
    expect(reassembler.add(part(3, 3, 'C'), 2)).toEqual({ ok: true, value: { ...WHOLE, cp: 'A;B;C' } });
    expect(reassembler.open).toBe(0);
  });

  it('joins parts arriving out of order in PNO order', () => {
    for (const order of [
      [3, 1, 2],
      [2, 3, 1],
      [3, 2, 1],
    ]) {
      const reassembler = createReassembler();
      const results = order.map((pno) => reassembler.add(part(pno, 3, `p${pno};`), 0));
      expect(results.at(-1)).toEqual({ ok: true, value: { ...WHOLE, cp: 'p1;p2;p3;' } });
    }
  });

  it('takes a single-part split packet as whole', () => {
    expect(createReassembler().add(part(1, 1, 'X'), 0)).toEqual({ ok: true, value: { ...WHOLE, cp: 'X' } });
  });

  it('ignores an exact repeat of a part and refuses a different one with the same PNO', () => {
    const reassembler = createReassembler();
    reassembler.add(part(1, 2, 'A;'), 0);
    expect(reassembler.add(part(1, 2, 'A;'), 1)).toEqual({ ok: true, value: null });
    const conflict = reassembler.add(part(1, 2, 'Z;'), 2);
    expect(conflict.ok === false && conflict.error.code).toBe('split-invalid');
    expect(reassembler.add(part(2, 2, 'B'), 3)).toEqual({ ok: true, value: { ...WHOLE, cp: 'A;B' } });
  });

  it('refuses a part whose PNUM contradicts its set', () => {
    const reassembler = createReassembler();
    reassembler.add(part(1, 3, 'A;'), 0);
    const result = reassembler.add(part(2, 4, 'B;'), 0);
    expect(result.ok === false && result.error).toMatchObject({ code: 'split-invalid', qnRtn: 100 });
  });

  it('keeps sets of different devices, QNs and CNs apart', () => {
    const reassembler = createReassembler();
    reassembler.add(part(1, 2, 'a;'), 0);
    reassembler.add(part(1, 2, 'b;', { mn: 'ST02' }), 0);
    reassembler.add(part(1, 2, 'c;', { qn: '20240131150000002' }), 0);
    reassembler.add(part(1, 2, 'd;', { cn: '2051' }), 0);
    expect(reassembler.open).toBe(4);
    const done = reassembler.add(part(2, 2, 'B', { mn: 'ST02' }), 0);
    expect(done.ok && done.value?.cp).toBe('b;B');
  });

  it('drops an incomplete set after the timeout, so a late part starts a new set', () => {
    const reassembler = createReassembler({ timeoutMs: 1000 });
    reassembler.add(part(1, 2, 'A;'), 0);
    expect(reassembler.sweep(999)).toBe(0);
    expect(reassembler.add(part(2, 2, 'B'), 1000)).toEqual({ ok: true, value: null });
    expect(reassembler.open).toBe(1);
    expect(reassembler.sweep(2000)).toBe(1);
    expect(reassembler.open).toBe(0);
  });

  it('caps the open sets, dropping the oldest', () => {
    const reassembler = createReassembler({ maxOpen: 10 });
    for (let i = 0; i < 100; i += 1) reassembler.add(part(1, 2, 'A;', { mn: `M${i}` }), i);
    expect(reassembler.open).toBe(10);
    expect(reassembler.add(part(2, 2, 'B', { mn: 'M0' }), 100)).toEqual({ ok: true, value: null });
    const recent = reassembler.add(part(2, 2, 'B', { mn: 'M99' }), 100);
    expect(recent.ok && recent.value?.cp).toBe('A;B');
  });

  it('caps the characters held across open sets', () => {
    const reassembler = createReassembler({ maxChars: 10_000 });
    for (let i = 0; i < 100; i += 1) reassembler.add(part(1, 999, 'x'.repeat(1000), { mn: `M${i}` }), i);
    expect(reassembler.open).toBeLessThanOrEqual(10);
  });
});
