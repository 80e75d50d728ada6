import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson } from '../../client/api/fetch-json.ts';
import { sendJson } from '../../client/api/send-json.ts';
import { signIn } from '../../client/api/session.ts';

/** Stubs the global fetch with `impl`, and returns the mock to inspect the calls. */
function stubFetch(impl: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  const mock = vi.fn(impl);
  vi.stubGlobal('fetch', mock);
  return mock;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sendJson', () => {
  it('sends the body as JSON with the method and answers the parsed body', async () => {
    const fetchMock = stubFetch(async () => json({ id: 7, status: 'assigned' }));
    const result = await sendJson<{ id: number; status: string }>('POST', '/api/alerts/7/assign', { assignee: '张三' });
    expect(result).toEqual({ ok: true, value: { id: 7, status: 'assigned' } });
    const [path, init] = fetchMock.mock.calls[0] ?? [];
    expect(path).toBe('/api/alerts/7/assign');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"assignee":"张三"}');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
  });

  it('turns a 4xx with the server’s error body into its code, message and status', async () => {
    stubFetch(async () => json({ error: { code: 'conflict', message: 'alert 7 is verified: cannot assign' } }, 409));
    const result = await sendJson('PATCH', '/api/tasks/3', { status: 'done' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'alert 7 is verified: cannot assign', status: 409 },
    });
  });

  it('reports a 5xx whose body is not JSON by its status', async () => {
    stubFetch(async () => new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const result = await sendJson('POST', '/api/routes/plan', {});
    expect(result).toEqual({ ok: false, error: { code: 'bad_response', message: '502 Bad Gateway', status: 502 } });
  });

  it('reports a 2xx whose body is not JSON', async () => {
    stubFetch(async () => new Response('', { status: 200 }));
    const result = await sendJson('POST', '/api/stats/area', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'bad_response', status: 200 });
  });

  it('reports a network failure with status 0', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await sendJson('POST', '/api/users', { username: 'x' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'network_error', message: '/api/users: Failed to fetch', status: 0 },
    });
  });

  it('reports an abort as aborted, passing the signal to fetch', async () => {
    const controller = new AbortController();
    const fetchMock = stubFetch(
      (_input, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('The operation was aborted.', 'AbortError')),
          );
        }),
    );
    const pending = sendJson('POST', '/api/stats/area', { area: null }, controller.signal);
    controller.abort();
    const result = await pending;
    expect(fetchMock.mock.calls[0]?.[1]?.signal).toBe(controller.signal);
    expect(result).toEqual({ ok: false, error: { code: 'aborted', message: '/api/stats/area: aborted', status: 0 } });
  });

  it('sends the session’s CSRF token once signed in', async () => {
    const me = {
      user: { id: 1, username: 'admin', displayName: 'admin', role: 'admin', townships: [] },
      csrfToken: 'tok-1',
      demo: false,
      publicRead: false,
    };
    const fetchMock = stubFetch(async () => json(me));
    expect(await signIn('admin', 'secret')).toEqual({ ok: true });
    await sendJson('PATCH', '/api/users/2', { disabled: true });
    expect(new Headers(fetchMock.mock.calls[1]?.[1]?.headers).get('x-csrf-token')).toBe('tok-1');
  });
});

describe('fetchJson answers the same Result shape', () => {
  it('names the path and status in the message of a server error, keeping its code', async () => {
    stubFetch(async () => json({ error: { code: 'internal_error', message: 'boom' } }, 500));
    expect(await fetchJson('/api/meta')).toEqual({
      ok: false,
      error: { code: 'internal_error', message: '/api/meta: 500 boom', status: 500 },
    });
  });

  it('reports a non-JSON error by its status, and an abort as aborted', async () => {
    stubFetch(async () => new Response('gateway', { status: 504, statusText: 'Gateway Timeout' }));
    expect(await fetchJson('/api/plan')).toEqual({
      ok: false,
      error: { code: 'bad_response', message: '/api/plan: 504 Gateway Timeout', status: 504 },
    });
    const controller = new AbortController();
    controller.abort();
    stubFetch(async () => {
      throw new DOMException('The operation was aborted.', 'AbortError');
    });
    const result = await fetchJson('/api/plan', controller.signal);
    expect(result.ok ? null : result.error.code).toBe('aborted');
  });
});
