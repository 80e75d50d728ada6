import { describe, expect, it } from 'vitest';
import { readServerConfig } from '../../server/config.ts';

describe('the HJ 212 listener settings', () => {
  it('listens on 9212 by default, on --hj212-port or LANTIAN_HJ212_PORT, and 0 turns it off', () => {
    expect(readServerConfig([], {}).hj212Port).toBe(9212);
    expect(readServerConfig(['--hj212-port', '7000'], { LANTIAN_HJ212_PORT: '7001' }).hj212Port).toBe(7000);
    expect(readServerConfig([], { LANTIAN_HJ212_PORT: '7001' }).hj212Port).toBe(7001);
    expect(readServerConfig(['--hj212-port', '0'], {}).hj212Port).toBe(0);
  });

  it('binds --hj212-host, else LANTIAN_HJ212_HOST, else --host', () => {
    expect(readServerConfig([], {}).hj212Host).toBeUndefined();
    expect(readServerConfig(['--host', '127.0.0.1'], {}).hj212Host).toBe('127.0.0.1');
    expect(readServerConfig(['--host', '127.0.0.1'], { LANTIAN_HJ212_HOST: '0.0.0.0' }).hj212Host).toBe('0.0.0.0');
    expect(readServerConfig(['--hj212-host', '::1'], { LANTIAN_HJ212_HOST: '0.0.0.0' }).hj212Host).toBe('::1');
  });

  it('refuses a port that is not one, naming it', () => {
    expect(() => readServerConfig(['--hj212-port', '70000'], {})).toThrow(/hj212-port.*'70000'/);
    expect(() => readServerConfig(['--hj212-port', 'abc'], {})).toThrow(/hj212-port.*'abc'/);
    expect(() => readServerConfig(['--hj212-port', '-1'], {})).toThrow(/hj212-port/);
  });

  it('limits each device to 20 packets/s with bursts of 200 unless told otherwise', () => {
    expect(readServerConfig([], {}).hj212Limits).toEqual({ ratePerS: 20, burst: 200 });
    expect(
      readServerConfig(['--hj212-rate', '120'], { LANTIAN_HJ212_RATE: '5', LANTIAN_HJ212_BURST: '1000' }).hj212Limits,
    ).toEqual({ ratePerS: 120, burst: 1000 });
    expect(() => readServerConfig(['--hj212-rate', '0'], {})).toThrow(/hj212-rate.*'0'/);
  });
});
