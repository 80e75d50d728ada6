import { vi } from 'vitest';
import type { ConsoleData } from '../../client/api/load-data.ts';
import { loadConsoleData } from '../../client/api/load-data.ts';
import { loadSession } from '../../client/api/session.ts';
import type { ViewContext } from '../../client/app.ts';
import { type AppState, defaultState } from '../../client/state/app-state.ts';
import { createStore } from '../../client/state/store.ts';
import type { Layer } from '@deck.gl/core';
import { Window } from 'happy-dom';
import type { Requester } from './sign-in.ts';

/** A view's context for a component test: the API served in process by `caller`, the console's data loaded. */
export interface TestConsole {
  context: ViewContext;
  /** The paths the view fetched, in order. */
  paths: string[];
  /** Every overlay the view set, in order (layer ids). */
  overlays: string[][];
}

/**
 * Routes the global fetch to the in-process app (signed in as `caller`), loads the session and the console's data,
 * and builds a view context on fresh panel and bottom elements with a store at `state`.
 *
 * @example
 * const { context } = await createTestConsole(asUser(createApp({ db }), db, 'admin'), { view: 'air' });
 */
export async function createTestConsole(caller: Requester, state: Partial<AppState> = {}): Promise<TestConsole> {
  const paths: string[] = [];
  const overlays: string[][] = [];
  vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
    const path = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    paths.push(path);
    return caller.request(path.replace(/^https?:\/\/[^/]+/, ''), init);
  });
  await loadSession();
  const loaded = await loadConsoleData({ asOf: null, aqiPeriod: 'hour' });
  if (!loaded.ok) throw new Error(`console data: ${loaded.error.message}`);
  const data: ConsoleData = loaded.value;
  paths.length = 0;
  const panel = document.createElement('section');
  const bottom = document.createElement('div');
  bottom.hidden = true;
  document.body.append(panel, bottom);
  const context: ViewContext = {
    panel,
    bottom,
    store: createStore({ ...defaultState, ...state }),
    data: () => data,
    map: {} as ViewContext['map'],
    setOverlayLayers: (layers: Layer[]) => overlays.push(layers.map((layer) => layer.id)),
    reloadData: async () => {},
  };
  return { context, paths, overlays };
}

/**
 * A DOM for a component test that also serves the API in process: the test runs in Node (the server's modules need
 * Node's `new URL(…, import.meta.url)`, which the DOM environments rewrite), with a happy-dom window's document and
 * DOM classes put on `globalThis`. Import the components after this.
 *
 * @example
 * const dom = installDom();
 * const { mountAirView } = await import('../../client/views/air/air-view.tsx');
 */
export function installDom(): { window: Window; uninstall: () => void } {
  const window = new Window({ url: 'http://localhost/' });
  const names = [
    'window',
    'document',
    'Event',
    'CustomEvent',
    'Node',
    'Element',
    'HTMLElement',
    'SVGElement',
    'sessionStorage',
    'localStorage',
  ] as const;
  const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  for (const name of names) {
    const value: unknown = name === 'window' ? window : window[name as keyof Window];
    Object.defineProperty(globalThis, name, {
      value,
      configurable: true,
      writable: true,
    });
  }
  return {
    window,
    uninstall: () => {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else Reflect.deleteProperty(globalThis, name);
      }
      void window.happyDOM.close();
    },
  };
}

/** Polls `check` until it stops throwing (or `timeout` ms pass, then throws its error). */
export async function waitFor(check: () => void, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** Every text a user can read in `roots`, one per line: the text of each element without children, titles,
 * aria-labels and placeholders. */
export function readableLines(...roots: Element[]): string[] {
  const lines: string[] = [];
  for (const root of roots)
    for (const element of root.querySelectorAll('*')) {
      if (element.children.length === 0 && element.textContent) lines.push(element.textContent);
      for (const name of ['title', 'aria-label', 'placeholder'])
        if (element.hasAttribute(name)) lines.push(element.getAttribute(name) ?? '');
    }
  return lines;
}
