import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { scaled } from '../helpers/time-scale.ts';
import { findChromium, type ChromiumChoice } from './find-chromium.ts';
import { writeTestFontconfig } from './test-fontconfig.ts';

/**
 * The only file that launches Playwright's browser. Headless Chromium, WebGL2 through SwiftShader,
 * no background network (the console must work offline). The browser is a system one
 * (`CHROMIUM_PATH`, then the usual paths) or else the one packaged in @sparticuz/chromium (see
 * findChromium); its fonts come from a fontconfig file generated for the run that adds the project's
 * own CJK font (see writeTestFontconfig).
 */
/**
 * Playwright's own `--disable-features` list (playwright-core 1.65), which Chromium reads once: a second
 * `--disable-features` switch would be ignored, so ours replaces it with the same list plus `WebUIOmniboxPopup`.
 * Chromium 156's headless browser otherwise starts the address bar's popup (chrome://omnibox-popup.top-chrome) in
 * a renderer of its own for every window, about a second of CPU on one of this machine's two cores during each
 * page's load. Should Playwright's list change, the switch below no longer matches and both are passed: the pages
 * still work, that renderer comes back.
 */
const PLAYWRIGHT_DISABLED_FEATURES =
  '--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,' +
  'HttpsFirstBalancedModeAutoEnable,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,' +
  'AvoidCorsURLLoaderRestartOnRedirect,TcpPortRandomizationWin,OptimizationHints,NetworkTimeServiceQuerying,' +
  'AimEnabled,PreconnectToSearch,msForceBrowserSignIn,msEdgeUpdateLaunchServicesPreferredVersion';

export async function launchBrowser(): Promise<Browser> {
  const choice: ChromiumChoice = await findChromium();
  const fontconfig = writeTestFontconfig();
  const browser = await chromium.launch({
    executablePath: choice.executablePath,
    headless: true,
    env: { ...process.env, ...fontconfig },
    ignoreDefaultArgs: [PLAYWRIGHT_DISABLED_FEATURES],
    args: [
      `${PLAYWRIGHT_DISABLED_FEATURES},WebUIOmniboxPopup`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
    ],
  });
  browser.on('disconnected', () => rmSync(dirname(fontconfig.FONTCONFIG_FILE), { recursive: true, force: true }));
  return browser;
}

/**
 * Signs in through POST /api/auth/login as a browser would and returns the session cookie's
 * value (the demo accounts' password is lantian-demo).
 */
export async function sessionCookie(baseUrl: string, username: string, password = 'lantian-demo'): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ username, password }),
  });
  const value = /lantian_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!res.ok || !value) throw new Error(`sign-in of ${username} failed: ${res.status}`);
  return value;
}

/**
 * A page that records uncaught errors, console errors and requests leaving localhost; with
 * `session` (a base URL and cookie value) it is signed in. Its waits default to scaled(30 s).
 */
export async function openRecordedPage(
  browser: Browser,
  viewport = { width: 1366, height: 820 },
  session?: { url: string; cookie: string },
) {
  const page: Page = await browser.newPage({ viewport, acceptDownloads: true });
  page.setDefaultTimeout(scaled(30_000)); // Playwright's own 30 s, stretched with the machine's load
  if (session)
    await page
      .context()
      .addCookies([
        { name: 'lantian_session', value: session.cookie, url: session.url, httpOnly: true, sameSite: 'Strict' },
      ]);
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol))
      externalRequests.push(request.url());
  });
  return { page, pageErrors, consoleErrors, externalRequests };
}

/**
 * page.screenshot, tried up to three times: headless Chromium on SwiftShader sometimes answers
 * Page.captureScreenshot with "Unable to capture screenshot" while its compositor is busy (it failed
 * this way on CI with the same report that captures every other time). Any other error is thrown at once.
 */
export async function captureScreenshot(page: Page, options: Parameters<Page['screenshot']>[0]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.screenshot(options);
      return;
    } catch (error) {
      if (attempt === 3 || !String(error).includes('Unable to capture screenshot')) throw error;
      await page.bringToFront();
      await page.waitForTimeout(500 * attempt);
    }
  }
}
