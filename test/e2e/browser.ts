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

/** A page that records uncaught errors, console errors and requests leaving localhost. */
export async function openRecordedPage(browser: Browser, viewport = { width: 1366, height: 820 }) {
  const page: Page = await browser.newPage({ viewport });
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
