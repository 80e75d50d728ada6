import 'maplibre-gl/dist/maplibre-gl.css';
import './style.css';
import { startConsole } from './app.ts';
import { mountAirView } from './views/air-view.ts';
import { mountAlertsView } from './views/alerts-view.ts';
import { mountAnalysisView } from './views/analysis-view.ts';
import { mountRoutesView } from './views/routes-view.ts';
import { mountTasksView } from './views/tasks-view.ts';
import { createStore } from './state/store.ts';
import { parseUrlState } from './state/url-state.ts';

const root = document.getElementById('app');
if (root) startConsole(root, createStore(parseUrlState(window.location.search)), { air: mountAirView, analysis: mountAnalysisView, alerts: mountAlertsView, tasks: mountTasksView, routes: mountRoutesView });
