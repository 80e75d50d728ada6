import { describe, expect, it } from 'vitest';
import { defaultLoginLimits, LoginLimiter } from '../../server/auth/login-limiter.ts';

const t0 = Date.parse('2026-01-05T08:00:00Z');

describe('LoginLimiter', () => {
  it(
    '30 failures with made-up names from one address leave admin free to sign in from it ' +
      '(the issue’s probe, default limits)',
    () => {
      const limiter = new LoginLimiter();
      for (let i = 0; i < 30; i++) limiter.fail('10.0.0.1', `made-up-${i}`, false, t0 + i);
      expect(limiter.retryAfter('10.0.0.1', 'admin', t0 + 30)).toBe(0);
    },
  );

  it(
    'locks an account for every address after perAccount failures from many addresses, ' + 'until the window passes',
    () => {
      const limiter = new LoginLimiter();
      for (let i = 0; i < defaultLoginLimits.perAccount; i++) limiter.fail(`10.0.1.${i}`, 'admin', true, t0 + i * 1000);
      const wait = limiter.retryAfter('192.0.2.1', 'admin', t0 + 10_000);
      expect(wait).toBe(Math.ceil((defaultLoginLimits.windowMs - 10_000) / 1000));
      expect(limiter.retryAfter('192.0.2.1', 'official', t0 + 10_000)).toBe(0);
      expect(limiter.retryAfter('192.0.2.1', 'admin', t0 + defaultLoginLimits.windowMs + 1)).toBe(0);
    },
  );

  it('locks a made-up name the same way (the answer does not tell whether an account exists)', () => {
    const limiter = new LoginLimiter();
    for (let i = 0; i < defaultLoginLimits.perAccount; i++) {
      limiter.fail(`10.0.2.${i}`, 'ghost', false, t0);
      limiter.fail(`10.0.2.${i}`, 'admin', true, t0);
    }
    expect(limiter.retryAfter('192.0.2.1', 'ghost', t0)).toBe(limiter.retryAfter('192.0.2.1', 'admin', t0));
  });

  it('locks an address for every name after perAddress failures; other addresses are free', () => {
    const limiter = new LoginLimiter();
    for (let i = 0; i < defaultLoginLimits.perAddress; i++) limiter.fail('10.0.3.1', `name-${i}`, false, t0);
    expect(limiter.retryAfter('10.0.3.1', 'admin', t0)).toBeGreaterThan(0);
    expect(limiter.retryAfter('10.0.3.2', 'admin', t0)).toBe(0);
  });

  it('a success clears the account’s count, not the address’s', () => {
    const limiter = new LoginLimiter({ windowMs: 60_000, perAccount: 2, perAddress: 3 });
    limiter.fail('10.0.4.1', 'admin', true, t0);
    limiter.fail('10.0.4.1', 'admin', true, t0);
    expect(limiter.retryAfter('10.0.4.2', 'admin', t0)).toBeGreaterThan(0);
    limiter.succeed('admin');
    expect(limiter.retryAfter('10.0.4.2', 'admin', t0)).toBe(0);
    limiter.fail('10.0.4.1', 'official', true, t0);
    expect(limiter.retryAfter('10.0.4.1', 'analyst', t0)).toBeGreaterThan(0);
  });

  it('stays bounded under a flood of made-up names and addresses without forgetting a real account’s failures', () => {
    const limiter = new LoginLimiter({ windowMs: 60_000, perAccount: 3, perAddress: 1000 });
    for (let i = 0; i < 3; i++) limiter.fail('10.0.5.1', 'admin', true, t0);
    for (let i = 0; i < 25_000; i++) limiter.fail(`a${i}`, `n${i}`, false, t0 + 1);
    const tracked = limiter.trackedKeys();
    expect(tracked.unknownNames).toBeLessThanOrEqual(10_000);
    expect(tracked.addresses).toBeLessThanOrEqual(10_000);
    expect(tracked.accounts).toBe(1);
    expect(limiter.retryAfter('192.0.2.9', 'admin', t0 + 2)).toBeGreaterThan(0);
  });
});
