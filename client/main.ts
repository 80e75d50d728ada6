import 'maplibre-gl/dist/maplibre-gl.css';
import './style.css';
import { loadSession } from './api/session.ts';
import { startConsole } from './app.ts';
import { message } from './i18n/messages.ts';
import { h } from './panels/dom.ts';
import { renderLoginScreen } from './panels/login-screen.ts';
import { createStore } from './state/store.ts';
import { parseUrlState } from './state/url-state.ts';
import { mountAirView } from './views/air/air-view.tsx';
import { mountAlertsView } from './views/alerts/alerts-view.tsx';
import { mountAnalysisView } from './views/analysis-view.ts';
import { mountDataView } from './views/data-view.ts';
import { mountEmergencyView } from './views/emergency/emergency-view.tsx';
import { mountDustView } from './views/dust/dust-view.tsx';
import { mountEnforcementView } from './views/enforcement/enforcement-view.tsx';
import { mountDepartmentsView } from './views/departments/departments-view.tsx';
import { mountLedgersView } from './views/ledgers/ledgers-view.tsx';
import { mountPlanView } from './views/plan/plan-view.tsx';
import { mountRoutesView } from './views/routes-view.ts';
import { mountTasksView } from './views/tasks/tasks-view.tsx';

const root = document.getElementById('app');
const store = createStore(parseUrlState(window.location.search));
const views = {
  air: mountAirView,
  analysis: mountAnalysisView,
  alerts: mountAlertsView,
  emergency: mountEmergencyView,
  dust: mountDustView,
  enforcement: mountEnforcementView,
  departments: mountDepartmentsView,
  ledgers: mountLedgersView,
  tasks: mountTasksView,
  plan: mountPlanView,
  routes: mountRoutesView,
  data: mountDataView,
};

/** Signed in (or public reading allowed): the console; otherwise the sign-in page first. */
async function boot(into: HTMLElement): Promise<void> {
  const lang = store.get().lang;
  const me = await loadSession().catch(() => null);
  if (!me) {
    const retry = h('button', { type: 'button', 'data-action': 'retry' }, message(lang, 'retry'));
    retry.addEventListener('click', () => void boot(into));
    into.replaceChildren(h('p', { class: 'error', 'data-error': '' }, message(lang, 'cannotReachServer')), retry);
    return;
  }
  const expired = sessionStorage.getItem('lantian.expired') === '1';
  sessionStorage.removeItem('lantian.expired');
  if (me.user || me.publicRead) {
    startConsole(into, store, views);
    return;
  }
  const showLogin = (language: typeof lang) =>
    renderLoginScreen(into, {
      lang: language,
      demo: me.demo,
      expired,
      onSignedIn: () => startConsole(into, store, views),
      onLanguage: (next) => {
        store.update({ lang: next });
        showLogin(next);
      },
    });
  showLogin(lang);
}

if (root) void boot(root);
