import './style.css';
import type { ViewLoader } from './app.ts';
import { CONSOLE_HINT, loadSession } from './api/session.ts';
import { bundleMessages } from './i18n/bundle.ts';
import { h } from './panels/dom.ts';
import { renderLoginScreen } from './panels/login-screen.ts';
import type { View } from './state/app-state.ts';
import { createStore } from './state/store.ts';
import { parseUrlState } from './state/url-state.ts';

/**
 * The boot: what deciding "signed in or not" and drawing the sign-in page need, and nothing of the map. The console
 * (client/console-entry.ts: maplibre-gl, deck.gl, the frame) and each view are loaded on demand (issue 18: the sign-in
 * page stays under 60 KiB gzip, the console's first view loads no other view's code).
 */
const root = document.getElementById('app');
const store = createStore(parseUrlState(window.location.search));
const views: Partial<Record<View, ViewLoader>> = {
  air: () => import('./views/air/air-view.tsx').then((m) => m.mountAirView),
  analysis: () => import('./views/analysis-view.ts').then((m) => m.mountAnalysisView),
  alerts: () => import('./views/alerts/alerts-view.tsx').then((m) => m.mountAlertsView),
  emergency: () => import('./views/emergency/emergency-view.tsx').then((m) => m.mountEmergencyView),
  dust: () => import('./views/dust/dust-view.tsx').then((m) => m.mountDustView),
  enforcement: () => import('./views/enforcement/enforcement-view.tsx').then((m) => m.mountEnforcementView),
  departments: () => import('./views/departments/departments-view.tsx').then((m) => m.mountDepartmentsView),
  ledgers: () => import('./views/ledgers/ledgers-view.tsx').then((m) => m.mountLedgersView),
  tasks: () => import('./views/tasks/tasks-view.tsx').then((m) => m.mountTasksView),
  plan: () => import('./views/plan/plan-view.tsx').then((m) => m.mountPlanView),
  routes: () => import('./views/routes-view.ts').then((m) => m.mountRoutesView),
  data: () => import('./views/data-view.ts').then((m) => m.mountDataView),
};

/** The console's code, loaded once (a failed load is tried afresh: network lost, chunks replaced by a new build). */
let consoleCode: Promise<typeof import('./console-entry.ts')> | null = null;
const loadConsoleCode = () => {
  if (!consoleCode) {
    consoleCode = import('./console-entry.ts');
    consoleCode.catch(() => {
      consoleCode = null;
    });
  }
  return consoleCode;
};

// the last session seen here could open the console: its code is fetched beside the session check, not after it
if (localStorage.getItem(CONSOLE_HINT) === '1') loadConsoleCode().catch(() => undefined);

/** Shows that the server (or the console's code) cannot be reached, with 重试. */
function showUnreachable(into: HTMLElement): void {
  const m = bundleMessages(store.get().lang);
  const retry = h('button', { type: 'button', 'data-action': 'retry' }, m.retry);
  retry.addEventListener('click', () => void boot(into));
  into.replaceChildren(h('p', { class: 'error', 'data-error': '' }, m.cannotReachServer), retry);
}

/** Loads the console's code, then builds the console into `into`. */
async function openConsole(into: HTMLElement): Promise<void> {
  into.replaceChildren(h('p', { class: 'loading' }, bundleMessages(store.get().lang).loadingView));
  const code = await loadConsoleCode().catch(() => null);
  if (!code) {
    showUnreachable(into);
    return;
  }
  await code.startConsole(into, store, views);
}

/** Signed in (or public reading allowed): the console; otherwise the sign-in page first. */
async function boot(into: HTMLElement): Promise<void> {
  const lang = store.get().lang;
  const me = await loadSession().catch(() => null);
  if (!me) {
    showUnreachable(into);
    return;
  }
  const expired = sessionStorage.getItem('lantian.expired') === '1';
  sessionStorage.removeItem('lantian.expired');
  if (me.user || me.publicRead) {
    localStorage.setItem(CONSOLE_HINT, '1');
    await openConsole(into);
    return;
  }
  localStorage.removeItem(CONSOLE_HINT);
  const showLogin = (language: typeof lang) =>
    renderLoginScreen(into, {
      lang: language,
      demo: me.demo,
      expired,
      onSignedIn: () => void openConsole(into),
      onLanguage: (next) => {
        store.update({ lang: next });
        showLogin(next);
      },
    });
  showLogin(lang);
}

if (root) void boot(root);
