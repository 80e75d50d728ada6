import { describe, expect, it } from 'vitest';
import { dataFlags } from '../../server/hj212/contract.ts';
import { decodePacket } from '../../server/hj212/decode-packet.ts';
import { parseCp } from '../../server/hj212/parse-cp.ts';
import { ambientCodes, stackCodes } from '../../server/hj212/pollutant-codes.ts';
import { AMBIENT_HOUR_SEGMENT, frame, REALTIME_SEGMENT, STACK_HOUR_SEGMENT } from './frames.ts';

function cpOf(segment: string): string {
  const result = decodePacket(frame(segment));
  if (!result.ok) throw new Error(result.error.message);
  return result.value.cp;
}

function problemOf(cp: string) {
  const result = parseCp(cp);
  if (result.ok) throw new Error(`expected a refusal of ${cp}`);
  return result.error;
}

describe('parseCp', () => {
  it('reads ambient hour data: DataTime and all 11 codes with Avg and Flag', () => {
    const result = parseCp(cpOf(AMBIENT_HOUR_SEGMENT));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.dataTime).toBe('20240131140000');
    expect(Object.keys(result.value.items).sort()).toEqual(Object.keys(ambientCodes).sort());
    expect(result.value.items.a34004).toEqual({ Avg: 35.2, Flag: 'N' });
    expect(result.value.items.a01001).toEqual({ Avg: -3.4, Flag: 'N' });
    expect(result.value.items.a21005).toEqual({ Avg: 0.8, Flag: 'N' });
    expect({ ...result.value.fields }).toEqual({});
  });

  it('reads stack hour data with Avg/Min/Max/Cou/Flag', () => {
    const result = parseCp(cpOf(STACK_HOUR_SEGMENT));
    if (!result.ok) throw new Error(result.error.message);
    expect(Object.keys(result.value.items).sort()).toEqual(Object.keys(stackCodes).sort());
    expect(result.value.items.a34013).toEqual({ Avg: 8.2, Min: 6.1, Max: 9.9, Cou: 1.23, Flag: 'N' });
    expect(result.value.items.a21002).toEqual({ Avg: 48, Min: 40, Max: 55.6, Cou: 7.2, Flag: 'M' });
    expect(result.value.items.a00000).toEqual({ Avg: 150000, Cou: 150000, Flag: 'N' });
    expect(result.value.items.a01013).toEqual({ Avg: -0.12, Flag: 'N' });
  });

  it('reads real-time data with Rtd', () => {
    const result = parseCp(cpOf(REALTIME_SEGMENT));
    expect(result.ok && result.value.items).toEqual({
      a34004: { Rtd: 33, Flag: 'N' },
      a34002: { Rtd: 58.5, Flag: 'N' },
    });
  });

  it.each(dataFlags)('keeps the data flag %s as sent', (flag) => {
    const result = parseCp(`DataTime=20240131140000;a34013-Avg=12,a34013-Flag=${flag}`);
    expect(result.ok && result.value.items.a34013).toEqual({ Avg: 12, Flag: flag });
  });

  it('keeps keys outside pollutant items in fields (QnRtn, RtdInterval, converted values, info)', () => {
    const result = parseCp('QnRtn=1;RtdInterval=30;a34013-ZsAvg=9.1,a34013-Avg=8;i12001-Info=ok');
    expect(result.ok && result.value).toEqual({
      dataTime: null,
      items: { a34013: { Avg: 8 } },
      fields: { QnRtn: '1', RtdInterval: '30', 'a34013-ZsAvg': '9.1', 'i12001-Info': 'ok' },
    });
  });

  it('accepts an empty CP and empty entries', () => {
    expect(parseCp('')).toEqual({ ok: true, value: { dataTime: null, items: {}, fields: {} } });
    expect(parseCp(';DataTime=20240131140000;;a34004-Avg=1,;').ok).toBe(true);
  });

  it.each([
    'NaN',
    'Infinity',
    '-Infinity',
    '0x1F',
    '1e309',
    '1e3',
    '1E-2',
    '',
    '-',
    '.',
    '1.2.3',
    ' 5',
    '5 ',
    '1_000',
    '１２', // fullwidth digits
    '9'.repeat(40),
  ])('refuses the number %j naming the item', (value) => {
    const problem = problemOf(`DataTime=20240131140000;a34004-Avg=${value},a34004-Flag=N`);
    expect(problem.code).toBe('cp-invalid');
    expect(problem.message).toContain('a34004-Avg');
  });

  it.each(['+5', '-0.5', '.5', '12.', '0012.50'])('accepts the decimal %j', (value) => {
    const result = parseCp(`a34004-Rtd=${value}`);
    expect(result.ok && result.value.items.a34004?.Rtd).toBe(Number(value));
  });

  it.each([
    ['an entry without =', 'DataTime=20240131140000;a34004-Avg'],
    ['an entry with an empty key', '=5'],
    ['a duplicate DataTime', 'DataTime=20240131140000;DataTime=20240131150000'],
    ['a duplicate item field', 'a34004-Avg=1;a34004-Avg=2'],
    ['a duplicate other key', 'QnRtn=1;QnRtn=2'],
    ['a flag of two letters', 'a34004-Avg=1,a34004-Flag=NN'],
    ['an empty flag', 'a34004-Avg=1,a34004-Flag='],
    ['a DataTime that is no date', 'DataTime=20240230140000'],
    ['a DataTime of 12 digits', 'DataTime=202401311400'],
  ])('refuses %s', (_name, cp) => {
    expect(problemOf(cp).code).toBe('cp-invalid');
  });

  it('keeps prototype-like keys as plain data', () => {
    const result = parseCp('__proto__-Avg=1;constructor=2;__proto__=3');
    if (!result.ok) throw new Error(result.error.message);
    expect(Object.keys(result.value.items)).toEqual(['__proto__']);
    expect(result.value.fields.constructor).toBe('2');
    expect(Object.getOwnPropertyDescriptor(result.value.fields, '__proto__')?.value).toBe('3');
    expect(({} as Record<string, unknown>).Avg).toBeUndefined();
  });
});
