import { describe, expect, it } from 'vitest';
import { isApiError } from '../../server/http/api-error.ts';
import { problemError, problemHttp, statusOf, type HttpProblemCode } from '../../server/http/status-of.ts';
import { err, ok, type Result } from '../../server/result.ts';
import { errorCodeSchema } from '../../server/schema/common.ts';

describe('Result', () => {
  const half = (n: number): Result<number, { code: 'odd'; message: string }> =>
    n % 2 === 0 ? ok(n / 2) : err({ code: 'odd', message: `${n} is odd` });

  it('ok and err build the two arms, narrowed on ok', () => {
    expect(half(4)).toEqual({ ok: true, value: 2 });
    const odd = half(3);
    expect(odd).toEqual({ ok: false, error: { code: 'odd', message: '3 is odd' } });
    if (!odd.ok) expect(odd.error.code satisfies 'odd').toBe('odd');
  });
});

describe('the problem code → HTTP table', () => {
  const expected: Record<HttpProblemCode, [number, string]> = {
    invalid: [400, 'invalid_request'],
    'cross-origin': [403, 'csrf_failed'],
    'not-found': [404, 'not_found'],
    'no-data': [404, 'not_found'],
    'station-not-found': [404, 'not_found'],
    conflict: [409, 'conflict'],
    'too-large': [413, 'payload_too_large'],
    'unsupported-file-type': [415, 'invalid_request'],
    unsupported: [422, 'invalid_request'],
  };

  it.each(Object.entries(expected))('%s is answered %d %s', (code, [status, apiCode]) => {
    expect(statusOf(code as HttpProblemCode)).toBe(status);
    const error = problemError({ code: code as HttpProblemCode, message: 'why' });
    expect(isApiError(error)).toBe(true);
    expect([error.status, error.code, error.message]).toEqual([status, apiCode, 'why']);
  });

  it('maps every code to a client-error status and an API error code the error schema knows', () => {
    expect(Object.keys(problemHttp).sort()).toEqual(Object.keys(expected).sort());
    for (const { status, code } of Object.values(problemHttp)) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(errorCodeSchema.safeParse(code).success).toBe(true);
    }
  });
});
