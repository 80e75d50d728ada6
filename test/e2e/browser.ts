import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * The only file that imports Playwright. Debian's Chromium, headless, WebGL2 through
 * SwiftShader, no background network (the console must work offline).
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
    ],
  });
}

/**
 * Signs in through POST /api/auth/login as a browser would and returns the session cookie's
 * value (the demo accounts' password is lantian-demo).
 */
export async function sessionCookie(baseUrl: string, username: string, password = 'lantian-demo'): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const value = /lantian_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!res.ok || !value) throw new Error(`sign-in of ${username} failed: ${res.status}`);
  return value;
}

/**
 * A page that records uncaught errors, console errors and requests leaving localhost; with
 * `session` (a base URL and cookie value) it is signed in.
 */
export async function openRecordedPage(browser: Browser, viewport = { width: 1366, height: 820 }, session?: { url: string; cookie: string }) {
  const page: Page = await browser.newPage({ viewport, acceptDownloads: true });
  if (session) await page.context().addCookies([{ name: 'lantian_session', value: session.cookie, url: session.url, httpOnly: true, sameSite: 'Strict' }]);
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) externalRequests.push(request.url());
  });
  return { page, pageErrors, consoleErrors, externalRequests };
}
