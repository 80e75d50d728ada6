import { describe, expect, it } from 'vitest';
import { cstToDataTime, dataTimeToCst } from '../../server/hj212/data-time.ts';
import { isSplit, requestsAck } from '../../server/hj212/flags.ts';
import { ambientCodes, legacyCodes, stackCodes } from '../../server/hj212/pollutant-codes.ts';

describe('pollutant codes', () => {
  it('name the 11 ambient codes with their console keys and units', () => {
    const byKey = Object.fromEntries(Object.values(ambientCodes).map((c) => [c.key, `${c.code} ${c.unit}`]));
    expect(byKey).toEqual({
      pm25: 'a34004 µg/m³',
      pm10: 'a34002 µg/m³',
      so2: 'a21026 µg/m³',
      no2: 'a21004 µg/m³',
      co: 'a21005 mg/m³',
      o3: 'a05024 µg/m³',
      temp: 'a01001 ℃',
      rh: 'a01002 %',
      pressure: 'a01006 kPa',
      ws: 'a01007 m/s',
      wd: 'a01008 °',
    });
  });

  it('name the stack codes with their console keys and units', () => {
    const byKey = Object.fromEntries(Object.values(stackCodes).map((c) => [c.key, `${c.code} ${c.unit}`]));
    expect(byKey).toEqual({
      pm: 'a34013 mg/m³',
      so2: 'a21026 mg/m³',
      nox: 'a21002 mg/m³',
      o2: 'a19001 %',
      flow: 'a00000 m³/h',
      temp: 'a01012 ℃',
      moisture: 'a01014 %',
      velocity: 'a01011 m/s',
      pressure: 'a01013 kPa',
    });
  });

  it('key each table by its own code and name each code in both languages', () => {
    for (const table of [ambientCodes, stackCodes]) {
      for (const [code, entry] of Object.entries(table)) {
        expect(entry.code).toBe(code);
        expect(entry.name.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(entry.name.en.length).toBeGreaterThan(1);
      }
    }
  });

  it('map the 2005 stack codes onto 2017 stack codes', () => {
    for (const code of Object.values(legacyCodes)) expect(stackCodes[code]).toBeDefined();
    expect(legacyCodes['01']).toBe('a34013');
    expect(legacyCodes.B02).toBe('a00000');
  });
});

describe('DataTime', () => {
  it('spells a real date-time as CST text and back', () => {
    expect(dataTimeToCst('20240131150000')).toBe('2024-01-31T15:00:00');
    expect(dataTimeToCst('20240229235959')).toBe('2024-02-29T23:59:59');
    expect(cstToDataTime('2024-01-31T15:00:00')).toBe('20240131150000');
    expect(cstToDataTime('2024-01-31 15:00:00')).toBe('20240131150000');
    expect(cstToDataTime('2024-01-31T15:00')).toBe('20240131150000');
  });

  it.each([
    '20230229120000',
    '20241301000000',
    '20240132000000',
    '20240131240000',
    '20240131126000',
    '2024013115000',
    '2024013115000a',
    '',
  ])('refuses %j', (text) => {
    expect(dataTimeToCst(text)).toBeNull();
  });

  it.each(['2024-02-30T00:00:00', '2024/01/31T15:00:00', '2024-01-31T15-00-00', '2024-01-31'])(
    'refuses the CST text %j',
    (text) => {
      expect(cstToDataTime(text)).toBeNull();
    },
  );
});

describe('Flag bits', () => {
  it('reads the ack request (bit 0) and the split (bit 1)', () => {
    expect([requestsAck(5), requestsAck(4), requestsAck(1), requestsAck(null)]).toEqual([true, false, true, false]);
    expect([isSplit(7), isSplit(6), isSplit(5), isSplit(null)]).toEqual([true, true, false, false]);
  });
});
