import type { MiddlewareHandler } from 'hono';

/** The online basemaps a user may pick (client/map/basemap-style.ts): their tiles are fetched and drawn as images. */
const BASEMAP_HOSTS = ['https://tile.openstreetmap.org', 'https://*.tianditu.gov.cn'];

/**
 * The console's Content-Security-Policy. Scripts only from the server itself; MapLibre starts its
 * workers from blob: URLs; MapLibre and deck.gl set style attributes (and the printable route
 * sheet has a `<style>` element), hence `style-src 'unsafe-inline'`; images from the server,
 * data:/blob: URLs and the online basemaps' tile hosts, which MapLibre also fetches (connect-src),
 * as deck.gl fetches its data: icon atlases; no 'unsafe-eval' (the console bundle holds no zod, whose
 * eval probe it was: test/architecture/client-imports.test.ts); no plugins, no framing, forms and
 * `<base>` only to the server itself. test/e2e/security-headers.test.ts checks that the console raises no violation.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob: ${BASEMAP_HOSTS.join(' ')}`,
  `connect-src 'self' data: ${BASEMAP_HOSTS.join(' ')}`,
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Sets on every response (the API, the console and errors): the Content-Security-Policy above,
 * `X-Frame-Options: DENY` (a response with a policy of its own keeps it), `X-Content-Type-Options: nosniff`,
 * `Referrer-Policy: same-origin`
 * (same-origin requests keep their Referer, the fallback of the Origin check), and on /api/*
 * `Cache-Control: no-store` unless the route chose its own caching (the map layers revalidate
 * with ETag).
 *
 * @example
 * new Hono().use(securityHeaders()).route('/api', api);
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // through c.header, which copies a finished response first: a response's own Headers may be a
    // throwaway view (the Node adapter's lightweight Response rebuilds them when its body is read)
    const apiWithoutCaching =
      (c.req.path === '/api' || c.req.path.startsWith('/api/')) && !c.res.headers.has('Cache-Control');
    // a page that sets a stricter policy of its own keeps it (the monthly report: default-src 'none')
    if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Frame-Options', 'DENY');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    if (apiWithoutCaching) c.header('Cache-Control', 'no-store');
  };
}
