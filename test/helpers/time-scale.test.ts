import { describe, expect, it } from 'vitest';
import { scaled, TIME_SCALE, timeScaleFor } from './time-scale.ts';

describe('timeScaleFor', () => {
  it('is 1 on an idle machine and grows with the load per core, up to 4', () => {
    expect(timeScaleFor({}, 0, 2)).toBe(1);
    expect(timeScaleFor({}, 1, 2)).toBe(1.5);
    expect(timeScaleFor({}, 2, 2)).toBe(2);
    expect(timeScaleFor({}, 40, 2)).toBe(4);
  });

  it('takes LANTIAN_TEST_SLOWDOWN over the load when it is set', () => {
    expect(timeScaleFor({ LANTIAN_TEST_SLOWDOWN: '6' }, 0, 2)).toBe(6);
    expect(timeScaleFor({ LANTIAN_TEST_SLOWDOWN: '1' }, 3, 2)).toBe(1);
    expect(timeScaleFor({ LANTIAN_TEST_SLOWDOWN: '' }, 1, 2)).toBe(1.5);
  });

  it('refuses a LANTIAN_TEST_SLOWDOWN that is not a number ≥ 1', () => {
    expect(() => timeScaleFor({ LANTIAN_TEST_SLOWDOWN: '0.5' }, 0, 2)).toThrow(
      /LANTIAN_TEST_SLOWDOWN=0.5: expected a number ≥ 1/,
    );
    expect(() => timeScaleFor({ LANTIAN_TEST_SLOWDOWN: 'slow' }, 0, 2)).toThrow(/LANTIAN_TEST_SLOWDOWN=slow/);
  });
});

describe('TIME_SCALE', () => {
  it('is the factor vitest.config.ts computed at start, handed to this test process through the environment', () => {
    expect(process.env.LANTIAN_TEST_SLOWDOWN).toBe(String(TIME_SCALE));
    expect(scaled(30_000)).toBe(Math.round(30_000 * TIME_SCALE));
  });
});
