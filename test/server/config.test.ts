import { describe, expect, it } from 'vitest';
import { readServerConfig } from '../../server/config.ts';

describe('readServerConfig', () => {
  it('defaults to port 8080 and data/lantian.db', () => {
    expect(readServerConfig([], {})).toMatchObject({ port: 8080, dbFile: 'data/lantian.db', seedIfEmpty: true });
  });
  it('reads PORT and LANTIAN_DB, and flags win over them', () => {
    expect(readServerConfig([], { PORT: '9000', LANTIAN_DB: '/tmp/a.db' })).toMatchObject({ port: 9000, dbFile: '/tmp/a.db' });
    expect(readServerConfig(['--port', '9100', '--db', 'b.db'], { PORT: '9000', LANTIAN_DB: 'a.db' })).toMatchObject({ port: 9100, dbFile: 'b.db' });
    expect(readServerConfig(['--no-seed'], {}).seedIfEmpty).toBe(false);
  });
  it('creates demo accounts and requires sign-in by default; --no-demo and --public-read (or LANTIAN_PUBLIC_READ=1) change that', () => {
    expect(readServerConfig([], {})).toMatchObject({ demo: true, publicRead: false });
    expect(readServerConfig(['--no-demo'], {}).demo).toBe(false);
    expect(readServerConfig(['--public-read'], {}).publicRead).toBe(true);
    expect(readServerConfig([], { LANTIAN_PUBLIC_READ: '1' }).publicRead).toBe(true);
    expect(readServerConfig([], { LANTIAN_PUBLIC_READ: 'yes' }).publicRead).toBe(false);
  });
  it('rejects a bad port and unknown flags with a message', () => {
    expect(() => readServerConfig(['--port', 'http'], {})).toThrow(/port must be an integer/);
    expect(() => readServerConfig([], { PORT: '70000' })).toThrow(/port must be an integer/);
    expect(() => readServerConfig(['--prot', '1'], {})).toThrow(/Unknown option '--prot'/);
  });
});
