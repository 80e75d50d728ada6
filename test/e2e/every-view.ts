import type { Page } from 'playwright-core';
import { scaled } from '../helpers/time-scale.ts';

/**
 * Every view of the rail (as admin: all 14) and what its panel shows once it is ready, for the phone and
 * accessibility suites that open each one.
 */
export const everyView: [view: string, ready: string][] = [
  ['overview', '.panel [data-target="pm25-annual"]'],
  ['layers', '.panel .layer-block'],
  ['analysis', '.panel [data-township-table]'],
  ['air', '.panel [data-aq-evaluation]'],
  ['alerts', '.panel [data-alert-total]'],
  ['emergency', '.panel [data-emergency-view] [data-warning-banner]'],
  ['dust', '.panel [data-dust-view]'],
  ['enforcement', '.panel [data-enforcement-view]'],
  ['departments', '.panel [data-departments-view]'],
  ['ledgers', '.panel [data-ledgers-view]'],
  ['routes', '.panel [data-route-plan]'],
  ['tasks', '.panel [data-task="17"]'],
  ['plan', '.panel [data-plan-text] [data-req]'],
  ['data', '.panel [data-section="report"]'],
];

/** Waits until `view` is the marked one in the rail and its panel shows `ready` with nothing left loading. */
export async function waitForView(page: Page, view: string, ready: string): Promise<void> {
  await page.waitForSelector(`.rail-item.active[aria-current="page"][data-view="${view}"]`, {
    state: 'attached',
    timeout: scaled(30_000),
  });
  await page.waitForSelector(ready, { timeout: scaled(60_000) });
  await page.waitForFunction(() => !document.querySelector('.panel .loading, .panel [aria-busy="true"]'), undefined, {
    timeout: scaled(30_000),
  });
}
