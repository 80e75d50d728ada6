import { hostname, networkInterfaces } from 'node:os';
import { err, ok, type Result } from '../result.ts';

/**
 * Which origins a state-changing request may come from.
 *
 * The rule: with `publicOrigins` (`--public-origin`), exactly those. Without, the request's own
 * origin (its scheme and Host, or the trusted proxy's forwarded ones), and only when that host
 * is a loopback name or address (`localhost`, `*.localhost`, `127.0.0.0/8`, `[::1]`) or one of
 * `serverHosts` (the machine's own name and interface addresses). A Host header alone never
 * makes an origin allowed: a page on `http://evil.example` whose name resolves to this server
 * (DNS rebinding) sends `Host: evil.example` and `Origin: http://evil.example`, which match
 * each other but name no host this server answers for.
 */
export interface OriginPolicy {
  /** The origins users open the console at (`https://a.example`), normalised; when any, exactly these are allowed. */
  publicOrigins: readonly string[];
  /**
   * Host names and addresses (URL form: IPv6 in brackets, no port) that count as this server's own, besides loopback.
   */
  serverHosts: readonly string[];
}

/** The outcome of checkWriteOrigin: the allowed origin the request came from, or why it is refused. */
export type OriginCheck = Result<string, { code: 'cross-origin'; message: string }>;

const refuse = (message: string): OriginCheck => err({ code: 'cross-origin', message });

/** What checkWriteOrigin reads from a request. */
export interface WriteOriginInput {
  /** The `Origin` header, if any. */
  origin: string | undefined;
  /** The `Referer` header, if any (used only when there is no Origin). */
  referer: string | undefined;
  /** The origin the client addressed (see requestOrigin), or null when it cannot be told. */
  ownOrigin: string | null;
}

/**
 * A loopback host name or address, as URL.hostname writes it.
 *
 * @example
 * isLoopbackHost('127.0.0.1'); // true
 * isLoopbackHost('evil.example'); // false
 */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost') || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * Normalises one `--public-origin` value: `http(s)://host[:port]` with nothing after it but an
 * optional `/`. Throws an Error naming the bad value.
 *
 * @example
 * parsePublicOrigin('https://Air.Example:443/'); // 'https://air.example'
 */
export function parsePublicOrigin(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error(`public origin must look like https://host[:port], got '${text}'`);
  }
  if (
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.pathname !== '/' ||
    url.search ||
    url.hash ||
    url.username ||
    url.password
  ) {
    throw new Error(`public origin must be http(s)://host[:port] with no path, query or credentials, got '${text}'`);
  }
  return url.origin;
}

/** A host name or address as URL.hostname writes it: lower-case, IPv6 in brackets. */
const urlHost = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host).toLowerCase();

/**
 * This machine's own hosts for OriginPolicy: its host name, its interface addresses and the
 * address the server was told to listen on (`--host`), as URL.hostname writes them.
 *
 * @example
 * machineHosts('lantian.lan'); // ['lantian-box', '127.0.0.1', '192.168.1.5', '[::1]', 'lantian.lan']
 */
export function machineHosts(listenHost?: string): string[] {
  const addresses = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
  const hosts = addresses
    .filter((a) => !a.address.includes('%')) // link-local zone ids cannot appear in a URL
    .map((a) => urlHost(a.address));
  return [...new Set([hostname(), ...hosts, ...(listenHost ? [listenHost] : [])].map(urlHost))];
}

/** The origin of a Referer, or 'unreadable'. */
function refererOrigin(referer: string): string {
  try {
    return new URL(referer).origin;
  } catch {
    return 'unreadable';
  }
}

/**
 * Checks that a state-changing request comes from an allowed origin (see OriginPolicy): its
 * `Origin`, or when it has none its `Referer`'s origin, must be one of them. The refusal says
 * what was expected.
 *
 * @example
 * checkWriteOrigin(
 *   { origin: 'http://localhost:8080', referer: undefined, ownOrigin: 'http://localhost:8080' },
 *   { publicOrigins: [], serverHosts: [] },
 * );
 * // { ok: true, value: 'http://localhost:8080' }
 */
export function checkWriteOrigin(input: WriteOriginInput, policy: OriginPolicy): OriginCheck {
  let allowed: readonly string[] = policy.publicOrigins;
  if (allowed.length === 0) {
    const own = input.ownOrigin;
    if (own === null)
      return refuse(
        'cannot tell which origin this request was sent to: start the server with --public-origin https://… naming it',
      );
    const host = new URL(own).hostname;
    if (!isLoopbackHost(host) && !policy.serverHosts.includes(host)) {
      return refuse(
        `writes addressed to ${own} are refused: ` +
          `it is not this machine's name or address; ` +
          `if users open the console there, start the server with --public-origin ${own}`,
      );
    }
    allowed = [own];
  }
  const expected = allowed.join(' or ');
  const sent = input.origin ?? (input.referer === undefined ? undefined : refererOrigin(input.referer));
  if (sent === undefined)
    return refuse(
      `no Origin or Referer header: writes must come from the console's own page (expected Origin ${expected})`,
    );
  if (!allowed.includes(sent)) return refuse(`cross-origin request from ${sent} refused (expected Origin ${expected})`);
  return ok(sent);
}
