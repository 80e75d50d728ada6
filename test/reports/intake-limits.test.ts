import { describe, expect, it } from 'vitest';
import {
  LOOKUPS_PER_CLIENT,
  REPORTS_GLOBAL,
  REPORTS_PER_CLIENT,
  SlidingWindowLimiter,
} from '../../server/reports/intake-limits.ts';

const HOUR = 3_600_000;

describe('the intake limits', () => {
  it('are 5 an hour and 20 a day per client, 30 a minute overall, look-ups 30 an hour and 100 a day', () => {
    expect(REPORTS_PER_CLIENT.map((l) => [l.windowMs, l.max])).toEqual([
      [HOUR, 5],
      [24 * HOUR, 20],
    ]);
    expect(REPORTS_GLOBAL.map((l) => [l.windowMs, l.max])).toEqual([[60_000, 30]]);
    expect(LOOKUPS_PER_CLIENT.map((l) => [l.windowMs, l.max])).toEqual([
      [HOUR, 30],
      [24 * HOUR, 100],
    ]);
  });
});

describe('SlidingWindowLimiter', () => {
  it('allows the N-th event and refuses the N+1-th, naming the limit and the seconds until it frees', () => {
    const limiter = new SlidingWindowLimiter(REPORTS_PER_CLIENT);
    for (let i = 0; i < 5; i++) expect(limiter.take('a', i * 1000).ok).toBe(true);
    const refused = limiter.take('a', 10_000);
    expect(refused).toMatchObject({ ok: false, limit: { name: 'per-hour' }, retryAfterSeconds: 3590 });
    expect(limiter.take('b', 10_000).ok).toBe(true);
  });

  it('counts an event in its window until exactly windowMs later', () => {
    const limiter = new SlidingWindowLimiter([{ name: 'w', windowMs: 1000, max: 1 }]);
    expect(limiter.take('a', 0).ok).toBe(true);
    expect(limiter.take('a', 999)).toMatchObject({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take('a', 1000).ok).toBe(true);
  });

  it('holds the day limit when each hour stays under its own', () => {
    const limiter = new SlidingWindowLimiter(REPORTS_PER_CLIENT);
    for (let hour = 0; hour < 4; hour++) {
      for (let i = 0; i < 5; i++) expect(limiter.take('a', hour * HOUR + i).ok).toBe(true);
    }
    const refused = limiter.take('a', 4 * HOUR);
    expect(refused).toMatchObject({ ok: false, limit: { name: 'per-day' }, retryAfterSeconds: 20 * 3600 });
    expect(limiter.take('a', 24 * HOUR).ok).toBe(true);
  });

  it('check looks without counting; a refused take is not counted', () => {
    const limiter = new SlidingWindowLimiter([{ name: 'w', windowMs: 1000, max: 2 }]);
    expect(limiter.check('a', 0).ok).toBe(true);
    expect(limiter.check('a', 0).ok).toBe(true);
    limiter.record('a', 0);
    limiter.record('a', 0);
    expect(limiter.take('a', 500).ok).toBe(false);
    expect(limiter.take('a', 1000).ok).toBe(true);
  });
});
