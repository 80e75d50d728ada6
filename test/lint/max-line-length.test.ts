import { describe, expect, it } from 'vitest';
import { lineWidth, longLines } from './max-line-length.ts';

describe('the 120-column check', () => {
  it('counts a CJK character as two columns and ASCII as one, as Biome does', () => {
    expect(lineWidth('abc')).toBe(3);
    expect(lineWidth('忻府区')).toBe(6);
    expect(lineWidth('PM2.5 ≤ 35 µg/m³')).toBe(16);
  });

  it('lists exactly the lines wider than the limit, numbered from 1', () => {
    const text = ['a'.repeat(120), 'b'.repeat(121), '蓝'.repeat(60), '天'.repeat(61)].join('\n');
    expect(longLines('f.ts', text, 120)).toEqual([
      { file: 'f.ts', line: 2, width: 121 },
      { file: 'f.ts', line: 4, width: 122 },
    ]);
  });

  it('ignores the carriage return of a CRLF line', () => {
    expect(longLines('f.ts', `${'x'.repeat(120)}\r\n`, 120)).toEqual([]);
  });
});
