import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { readServerConfig } from '../../server/config.ts';

describe('readServerConfig', () => {
  it('defaults to port 8080 and data/lantian.db', () => {
    expect(readServerConfig([], {})).toMatchObject({ port: 8080, dbFile: 'data/lantian.db', seedIfEmpty: true });
  });
  it('reads PORT and LANTIAN_DB, and flags win over them', () => {
    expect(readServerConfig([], { PORT: '9000', LANTIAN_DB: '/tmp/a.db' })).toMatchObject({
      port: 9000,
      dbFile: '/tmp/a.db',
    });
    expect(readServerConfig(['--port', '9100', '--db', 'b.db'], { PORT: '9000', LANTIAN_DB: 'a.db' })).toMatchObject({
      port: 9100,
      dbFile: 'b.db',
    });
    expect(readServerConfig(['--no-seed'], {}).seedIfEmpty).toBe(false);
  });
  it(
    'creates demo accounts and requires sign-in by default; ' +
      '--no-demo and --public-read (or LANTIAN_PUBLIC_READ=1) change that',
    () => {
      expect(readServerConfig([], {})).toMatchObject({ demo: true, publicRead: false });
      expect(readServerConfig(['--no-demo'], {}).demo).toBe(false);
      expect(readServerConfig(['--public-read'], {}).publicRead).toBe(true);
      expect(readServerConfig([], { LANTIAN_PUBLIC_READ: '1' }).publicRead).toBe(true);
      expect(readServerConfig([], { LANTIAN_PUBLIC_READ: 'yes' }).publicRead).toBe(false);
    },
  );
  it(
    'trusts no proxy and names no public origin by default; ' +
      '--trust-proxy / LANTIAN_TRUST_PROXY=1 and --public-origin / LANTIAN_PUBLIC_ORIGIN set them',
    () => {
      expect(readServerConfig([], {})).toMatchObject({ trustProxy: false, publicOrigins: [] });
      expect(readServerConfig(['--trust-proxy'], {}).trustProxy).toBe(true);
      expect(readServerConfig([], { LANTIAN_TRUST_PROXY: '1' }).trustProxy).toBe(true);
      expect(readServerConfig([], { LANTIAN_TRUST_PROXY: 'true' }).trustProxy).toBe(false);
      expect(
        readServerConfig(['--public-origin', 'https://a.example,https://B.example:8443/'], {}).publicOrigins,
      ).toEqual(['https://a.example', 'https://b.example:8443']);
      expect(readServerConfig([], { LANTIAN_PUBLIC_ORIGIN: 'https://a.example:443' }).publicOrigins).toEqual([
        'https://a.example',
      ]);
      expect(
        readServerConfig(['--public-origin', 'https://flag.example'], { LANTIAN_PUBLIC_ORIGIN: 'https://env.example' })
          .publicOrigins,
      ).toEqual(['https://flag.example']);
    },
  );
  it('rejects a public origin that is not http(s)://host[:port]', () => {
    expect(() => readServerConfig(['--public-origin', 'a.example'], {})).toThrow(
      "public origin must look like https://host[:port], got 'a.example'",
    );
    expect(() => readServerConfig(['--public-origin', 'https://a.example/console'], {})).toThrow(
      /no path, query or credentials, got 'https:\/\/a.example\/console'/,
    );
    expect(() => readServerConfig([], { LANTIAN_PUBLIC_ORIGIN: 'ftp://a.example' })).toThrow(
      /public origin must be http\(s\)/,
    );
  });
  it('listens on every interface with the layer cache on by default; --host and --no-layer-cache change that', () => {
    expect(readServerConfig([], {})).toMatchObject({ host: undefined, layerCache: true });
    expect(readServerConfig(['--host', '127.0.0.1', '--no-layer-cache'], {})).toMatchObject({
      host: '127.0.0.1',
      layerCache: false,
    });
  });
  it(
    'runs heavy requests on one worker thread per core (1–4) by default; ' +
      '--workers N / LANTIAN_WORKERS set it, 0 runs them inline',
    () => {
      expect(readServerConfig([], {}).workers).toBe(Math.min(4, Math.max(1, availableParallelism())));
      expect(readServerConfig(['--workers', '3'], { LANTIAN_WORKERS: '1' }).workers).toBe(3);
      expect(readServerConfig([], { LANTIAN_WORKERS: '0' }).workers).toBe(0);
      for (const bad of ['-1', '1.5', 'two', '', '65'])
        expect(() => readServerConfig([`--workers=${bad}`], {}), bad).toThrow(
          `workers must be a whole number 0–64, got '${bad}'`,
        );
    },
  );
  it('rejects a bad port and unknown flags with a message', () => {
    expect(() => readServerConfig(['--port', 'http'], {})).toThrow(/port must be an integer/);
    expect(() => readServerConfig([], { PORT: '70000' })).toThrow(/port must be an integer/);
    expect(() => readServerConfig(['--prot', '1'], {})).toThrow(/Unknown option '--prot'/);
  });
});
