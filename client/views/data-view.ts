import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import { failureText } from '../api/failure-text.ts';
import { changePassword, session } from '../api/session.ts';
import { timeDependentLayers } from '../api/load-data.ts';
import type { ViewMount } from '../app.ts';
import { dataMessages } from '../i18n/data.ts';
import { cityIndicatorsMessages } from '../i18n/city-indicators.ts';
import { exportMapPng } from '../map/export-map-png.ts';
import { saveFile } from '../api/save-file.ts';
import { DUSTFALL_LIMIT } from '../../server/schema/plan-targets.ts';
import { h } from '../panels/dom.ts';
import { mountCityIndicatorsForm } from './indicators/city-indicators-form.tsx';
import { onLive } from '../live/live-events.ts';
import type { AppState } from '../state/app-state.ts';

/**
 * The export URL of a layer with the console's filters that the layer endpoint also knows
 * (township, provenance, as-of; industry group and grade for enterprises). "Problems only" is
 * the console's own judgement across layers and is not applied to exports.
 */
export function layerExportUrl(layer: LayerId, format: 'csv' | 'geojson', state: AppState): string {
  const q = new URLSearchParams({ format, lang: state.lang });
  if (state.townships.length && layer !== 'townships') q.set('township', state.townships.join(','));
  if (state.provenance.length) q.set('provenance', state.provenance.join(','));
  if (state.asOf && timeDependentLayers.includes(layer)) q.set('asOf', state.asOf);
  if (layer === 'enterprises' && state.industries.length) q.set('group', state.industries.join(','));
  if (layer === 'enterprises' && state.grades.length) q.set('grade', state.grades.join(','));
  return `/api/exports/layers/${layer}?${q}`;
}

/** 我的账号: change one's own password (the other sessions of the account end). */
function passwordSection(lang: AppState['lang']): HTMLElement {
  const m = dataMessages(lang);
  const current = h('input', { type: 'password', autocomplete: 'current-password', 'data-password-current': '' });
  const next = h('input', { type: 'password', autocomplete: 'new-password', minlength: '10', 'data-password-new': '' });
  const again = h('input', { type: 'password', autocomplete: 'new-password', 'data-password-again': '' });
  const message = h('p', { role: 'status', 'data-password-message': '' });
  const save = h('button', { type: 'submit', class: 'tool' }, m.changePassword);
  const field = (label: string, input: HTMLElement) =>
    h('label', { class: 'field' }, h('span', { class: 'muted' }, label), input);
  const form = h(
    'form',
    { class: 'password-form', 'data-password-form': '', novalidate: true },
    field(m.currentPassword, current),
    field(m.newPassword, next),
    field(m.newPasswordAgain, again),
    save,
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    message.className = 'error';
    const problem =
      current.value === '' || next.value === ''
        ? m.passwordMissing
        : next.value.length < 10
          ? m.passwordTooShort
          : next.value !== again.value
            ? m.passwordsDiffer
            : null;
    if (problem) {
      message.textContent = problem;
      return;
    }
    save.disabled = true;
    void changePassword(current.value, next.value).then((result) => {
      save.disabled = false;
      message.className = result.ok ? 'import-done' : 'error';
      message.textContent = result.ok ? m.passwordChanged : failureText(lang, result.error);
      if (result.ok) form.reset();
    });
  });
  return h(
    'section',
    { class: 'data-section', 'data-section': 'account' },
    h('h3', {}, m.accountOf(session.user?.displayName ?? '')),
    form,
  );
}

/** The nearest ancestor of `element` that scrolls (the view's panel, or the page). */
function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return document.scrollingElement instanceof HTMLElement ? document.scrollingElement : null;
}

/** The sections of the 数据 view, in page order; each is labelled in the in-page navigation. */
type SectionKey = 'report' | 'account' | 'export' | 'import' | 'indicators' | 'devices' | 'users' | 'audit';

/**
 * The in-page navigation of the 数据 view: one button per section present, scrolling it into view (the panel is
 * long for admins: the import, the accounts and the audit log each fill a screen).
 */
function sectionNav(lang: AppState['lang'], sections: readonly HTMLElement[]): HTMLElement {
  const m = dataMessages(lang);
  const nav = h('nav', { class: 'data-nav', 'aria-label': m.sections, 'data-data-nav': '' });
  const buttons = sections.map((section) => {
    const key = section.getAttribute('data-section') as SectionKey;
    const button = h('button', { type: 'button', class: 'link-button', 'data-section-link': key }, m[key]);
    button.addEventListener('click', () => {
      // the panel scrolls; the section's start goes just below the navigation, which stays at the top
      const panel = scrollParent(nav);
      if (panel) {
        const offset = section.getBoundingClientRect().top - panel.getBoundingClientRect().top;
        panel.scrollTo({ top: panel.scrollTop + offset - nav.offsetHeight - 6, behavior: 'smooth' });
      }
      const heading = section.querySelector<HTMLElement>('h2, h3');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
    });
    return button;
  });
  nav.append(...buttons);
  return nav;
}

/**
 * 数据 view: the printable monthly report (everyone); exports of any layer as CSV (UTF-8 with
 * BOM, opens in Excel) or GeoJSON and of the map as PNG (analysts, admins); and for admins the
 * import of registers and boundaries, the accounts, and the audit log. A navigation at the top
 * leads to each section.
 */
export const mountDataView: ViewMount = ({ panel, store, data, map, setOverlayLayers, reloadData }) => {
  const state = store.get();
  const lang = state.lang;
  const m = dataMessages(lang);
  const asOf = state.asOf ?? data().meta.defaultAsOf;

  const month = h('input', {
    type: 'month',
    value: asOf.slice(0, 7),
    min: '2023-01',
    max: data().meta.defaultAsOf.slice(0, 7),
    'aria-label': m.reportMonth,
    'data-report-month': '',
  });
  const reportLink = h('a', { class: 'tool', target: '_blank', rel: 'noopener', 'data-report-link': '' }, m.openReport);
  const syncReport = () => reportLink.setAttribute('href', `/api/reports/monthly?month=${month.value}&lang=${lang}`);
  month.addEventListener('change', syncReport);
  syncReport();
  const report = h(
    'section',
    { class: 'data-section', 'data-section': 'report' },
    h('h3', {}, m.report),
    h('p', { class: 'muted' }, m.reportAbout(DUSTFALL_LIMIT)),
    h('div', { class: 'alert-actions' }, month, reportLink),
  );

  const sections: HTMLElement[] = [report, ...(session.user ? [passwordSection(lang)] : [])];
  if (session.can('export')) {
    const layerSelect = h(
      'select',
      { 'data-export-layer': '', 'aria-label': m.exportLayer },
      ...data().catalogue.layers.map((l) => h('option', { value: l.id }, lang === 'zh' ? l.nameZh : l.nameEn)),
    );
    const csv = h('a', { class: 'tool', 'data-export-csv': '' }, 'CSV');
    const geojson = h('a', { class: 'tool', 'data-export-geojson': '' }, 'GeoJSON');
    const syncLinks = () => {
      const layer = layerSelect.value as LayerId;
      csv.setAttribute('href', layerExportUrl(layer, 'csv', store.get()));
      geojson.setAttribute('href', layerExportUrl(layer, 'geojson', store.get()));
    };
    layerSelect.addEventListener('change', syncLinks);
    syncLinks();
    const png = h('button', { type: 'button', class: 'tool', 'data-export-png': '' }, m.mapPng);
    const pngError = h('span', { class: 'error', role: 'alert' });
    png.addEventListener('click', () => {
      const moment = store.get().asOf ?? data().meta.defaultAsOf;
      pngError.textContent = '';
      exportMapPng(map, m.pngCaption(moment.replace('T', ' ')))
        .then((blob) => saveFile(`lantian-map-${moment.slice(0, 10)}.png`, blob))
        .catch((error: unknown) => {
          console.error('map PNG export failed:', error);
          pngError.textContent = m.pngFailed;
        });
    });
    sections.push(
      h(
        'section',
        { class: 'data-section', 'data-section': 'export' },
        h('h3', {}, m.export),
        h('p', { class: 'muted' }, m.exportAbout),
        h('div', { class: 'alert-actions' }, layerSelect, csv, geojson),
        h('div', { class: 'alert-actions' }, png, pngError),
      ),
    );
  }
  // 设备 (issue 14): the HJ 212 devices and their statuses for every reader; admins manage them. The devices page and
  // the admin panels load their code on demand (issue 18); a view left before it arrives draws nothing.
  let disposed = false;
  let unmountDevices: (() => void) | null = null;
  if (session.can('read')) {
    const devicesBox = h('section', { class: 'data-section', 'data-section': 'devices' });
    const pageBox = h('div');
    devicesBox.append(h('h3', {}, m.devices), pageBox);
    const option = (f: { id?: string | number; properties: Record<string, unknown> }, key: string) => ({
      id: String(f.properties[key] ?? f.id ?? ''),
      name: String(f.properties.name ?? ''),
    });
    void import('./devices/devices-page.tsx').then(({ mountDevicesPage }) => {
      if (disposed) return;
      unmountDevices = mountDevicesPage(pageBox, {
        lang,
        admin: session.can('users'),
        stations: (data().layers.stations ?? []).map((f) => option(f, 'code')),
        enterprises: (data().layers.enterprises ?? []).map((f) => option(f, 'id')),
        subscribe: (listener) => onLive('devices', listener),
      });
    });
    sections.push(devicesBox);
  }
  if (session.can('import')) {
    const importBox = h('section', { class: 'data-section', 'data-section': 'import' });
    void import('../panels/import-panel.ts').then(({ renderImportPanel }) => {
      if (disposed) return;
      renderImportPanel(importBox, {
        lang,
        setPreview: setOverlayLayers,
        fitBounds: (bounds) => map.fitBounds(bounds, { padding: 60, duration: 600, maxZoom: 13 }),
        reloadData,
      });
    });
    sections.push(importBox);
  }
  // 市下达年度约束性指标 (requirement G1/G2): admins enter the city's figures per year
  let unmountIndicators: (() => void) | null = null;
  if (session.can('edit')) {
    const indicatorsBox = h('section', { class: 'data-section', 'data-section': 'indicators' });
    const formBox = h('div');
    indicatorsBox.append(h('h3', {}, cityIndicatorsMessages(lang).title), formBox);
    unmountIndicators = mountCityIndicatorsForm(formBox, lang, Number(asOf.slice(0, 4)));
    sections.push(indicatorsBox);
  }
  if (session.can('users')) {
    const usersBox = h('section', { class: 'data-section', 'data-section': 'users' });
    const townships = (data().layers.townships ?? []).map((f) => ({
      code: String(f.properties.code),
      name: String(f.properties.name),
    }));
    void import('../panels/users-panel.ts').then(({ renderUsersPanel }) => {
      if (!disposed) renderUsersPanel(usersBox, lang, townships);
    });
    sections.push(usersBox);
  }
  if (session.can('audit')) {
    const auditBox = h('section', { class: 'data-section', 'data-section': 'audit' });
    void import('../panels/audit-panel.ts').then(({ renderAuditPanel }) => {
      if (!disposed) renderAuditPanel(auditBox, lang);
    });
    sections.push(auditBox);
  }
  panel.replaceChildren(h('h2', {}, m.title), sectionNav(lang, sections), ...sections);
  return () => {
    disposed = true;
    unmountIndicators?.();
    unmountDevices?.();
    setOverlayLayers([]);
  };
};
