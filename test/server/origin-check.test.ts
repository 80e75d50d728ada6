import { describe, expect, it } from 'vitest';
import { clientAddress, requestOrigin } from '../../server/http/forwarded-request.ts';
import { checkWriteOrigin, isLoopbackHost, machineHosts, parsePublicOrigin } from '../../server/http/origin-check.ts';

describe('isLoopbackHost', () => {
  it('knows localhost, *.localhost, 127.0.0.0/8 and [::1], and nothing else', () => {
    expect(['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]'].every(isLoopbackHost)).toBe(
      true,
    );
    expect(
      ['evil.example', 'localhost.evil.example', '128.0.0.1', '127.0.0.1.evil.example', '[::2]', '0.0.0.0'].some(
        isLoopbackHost,
      ),
    ).toBe(false);
  });
});

describe('machineHosts', () => {
  it('holds the loopback interface and the --host address, as URL.hostname writes them', () => {
    const hosts = machineHosts('::1');
    expect(hosts).toContain('127.0.0.1');
    expect(hosts).toContain('[::1]');
    expect(machineHosts('Lantian.LAN')).toContain('lantian.lan');
  });
});

describe('parsePublicOrigin', () => {
  it('normalises scheme, case and default port; refuses paths, queries, credentials and other schemes', () => {
    expect(parsePublicOrigin(' HTTPS://Air.Example:443/ ')).toBe('https://air.example');
    expect(parsePublicOrigin('http://10.0.0.5:8080')).toBe('http://10.0.0.5:8080');
    for (const bad of [
      'air.example',
      'https://air.example/x',
      'https://air.example?x=1',
      'https://u:p@air.example',
      'ws://air.example',
    ]) {
      expect(() => parsePublicOrigin(bad), bad).toThrow(/public origin must/);
    }
  });
});

describe('requestOrigin and clientAddress', () => {
  const forwarded = { forwardedProto: 'https', forwardedHost: 'air.example' };
  it('read the forwarded headers only when trusted, the last value of each', () => {
    expect(requestOrigin('http://127.0.0.1:8080/api/x', forwarded, true)).toBe('https://air.example');
    expect(requestOrigin('http://127.0.0.1:8080/api/x', forwarded, false)).toBe('http://127.0.0.1:8080');
    expect(
      requestOrigin(
        'http://127.0.0.1:8080/api/x',
        { forwardedProto: 'http, https', forwardedHost: 'a.example, air.example' },
        true,
      ),
    ).toBe('https://air.example');
    expect(clientAddress(undefined, '198.51.100.7, 203.0.113.9', true)).toBe('203.0.113.9');
    expect(clientAddress({ incoming: { socket: { remoteAddress: '10.0.0.2' } } }, '203.0.113.9', false)).toBe(
      '10.0.0.2',
    );
  });
  it('give no origin for forwarded values that are not one (the check then refuses)', () => {
    expect(requestOrigin('http://localhost/', { forwardedProto: 'gopher', forwardedHost: undefined }, true)).toBeNull();
    expect(
      requestOrigin('http://localhost/', { forwardedProto: 'https', forwardedHost: 'evil.example/@localhost' }, true),
    ).toBeNull();
    expect(
      checkWriteOrigin(
        { origin: 'https://localhost', referer: undefined, ownOrigin: null },
        { publicOrigins: [], serverHosts: [] },
      ),
    ).toEqual({
      ok: false,
      error: {
        code: 'cross-origin',
        message:
          'cannot tell which origin this request was sent to: ' +
          'start the server with --public-origin https://… naming it',
      },
    });
  });
});
