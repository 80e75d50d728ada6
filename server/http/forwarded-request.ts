/**
 * What a request says about its client and the address it was sent to, read from the socket and
 * the Host header, or (only when the server trusts a reverse proxy in front of it) from the
 * `X-Forwarded-For`, `X-Forwarded-Proto` and `X-Forwarded-Host` headers the proxy sets. Without
 * `trustProxy` those headers are ignored: any client could write them.
 */

/** The last value of a comma-separated forwarding header: the one the nearest proxy (ours) wrote. */
function lastForwarded(value: string | undefined): string | undefined {
  const last = value?.split(',').at(-1)?.trim();
  return last ? last : undefined;
}

/**
 * The caller's network address: with `trustProxy`, the last address of `X-Forwarded-For` (the
 * one our proxy appended; earlier ones are the client's own claims); otherwise the Node socket's
 * peer address; 'local' for in-process requests with neither.
 *
 * @example
 * clientAddress(undefined, '1.2.3.4, 10.0.0.7', true); // '10.0.0.7'
 */
export function clientAddress(env: unknown, forwardedFor: string | undefined, trustProxy: boolean): string {
  const forwarded = trustProxy ? lastForwarded(forwardedFor) : undefined;
  if (forwarded) return forwarded;
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

/** The headers requestOrigin reads. */
export interface ForwardedHeaders {
  forwardedProto: string | undefined;
  forwardedHost: string | undefined;
}

/**
 * The origin (`scheme://host[:port]`) the client addressed: the request URL's (built by the Node
 * adapter from the socket's TLS state and the Host header) or, with `trustProxy`, the scheme of
 * `X-Forwarded-Proto` and the host of `X-Forwarded-Host` when the proxy sent them. Null when the
 * forwarded values do not form an http(s) origin.
 *
 * @example
 * requestOrigin('http://127.0.0.1:8080/api/x', { forwardedProto: 'https', forwardedHost: 'a.example' }, true);
 * // 'https://a.example'
 */
export function requestOrigin(url: string, headers: ForwardedHeaders, trustProxy: boolean): string | null {
  const own = new URL(url);
  const proto =
    (trustProxy ? lastForwarded(headers.forwardedProto)?.toLowerCase() : undefined) ?? own.protocol.slice(0, -1);
  const host = (trustProxy ? lastForwarded(headers.forwardedHost) : undefined) ?? own.host;
  if ((proto !== 'http' && proto !== 'https') || !host || /[\s/\\@?#]/.test(host)) return null;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}
