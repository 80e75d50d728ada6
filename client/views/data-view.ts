import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import { changePassword, session } from '../api/session.ts';
import { timeDependentLayers } from '../api/load-data.ts';
import type { ViewMount } from '../app.ts';
import { T } from '../i18n/messages.ts';
import { exportMapPng } from '../map/export-map-png.ts';
import { saveFile } from '../api/save-file.ts';
import { DUSTFALL_LIMIT } from '../../server/schema/plan-targets.ts';
import { renderAuditPanel } from '../panels/audit-panel.ts';
import { h } from '../panels/dom.ts';
import { renderImportPanel } from '../panels/import-panel.ts';
import { renderUsersPanel } from '../panels/users-panel.ts';
import type { AppState } from '../state/app-state.ts';

/**
 * The export URL of a layer with the console's filters that the layer endpoint also knows
 * (township, provenance, as-of; industry group and grade for enterprises). "Problems only" is
 * the console's own judgement across layers and is not applied to exports.
 */
export function layerExportUrl(layer: LayerId, format: 'csv' | 'geojson', state: AppState): string {
  const q = new URLSearchParams({ format, lang: state.lang });
  if (state.township && layer !== 'townships') q.set('township', state.township);
  if (state.provenance.length) q.set('provenance', state.provenance.join(','));
  if (state.asOf && timeDependentLayers.includes(layer)) q.set('asOf', state.asOf);
  if (layer === 'enterprises' && state.industries.length) q.set('group', state.industries.join(','));
  if (layer === 'enterprises' && state.grades.length) q.set('grade', state.grades.join(','));
  return `/api/exports/layers/${layer}?${q}`;
}

/** 我的账号: change one's own password (the other sessions of the account end). */
function passwordSection(lang: AppState['lang']): HTMLElement {
  const current = h('input', { type: 'password', autocomplete: 'current-password', 'data-password-current': '' });
  const next = h('input', { type: 'password', autocomplete: 'new-password', minlength: '10', 'data-password-new': '' });
  const again = h('input', { type: 'password', autocomplete: 'new-password', 'data-password-again': '' });
  const message = h('p', { role: 'status', 'data-password-message': '' });
  const save = h('button', { type: 'submit', class: 'tool' }, T(lang, '修改密码', 'Change password'));
  const form = h(
    'form',
    { class: 'password-form', 'data-password-form': '' },
    h('label', { class: 'field' }, h('span', { class: 'muted' }, T(lang, '当前密码', 'Current password')), current),
    h(
      'label',
      { class: 'field' },
      h('span', { class: 'muted' }, T(lang, '新密码（至少 10 位）', 'New password (10 characters or more)')),
      next,
    ),
    h(
      'label',
      { class: 'field' },
      h('span', { class: 'muted' }, T(lang, '再次输入新密码', 'New password again')),
      again,
    ),
    save,
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    message.className = 'error';
    if (next.value !== again.value) {
      message.textContent = T(lang, '两次输入的新密码不一致', 'The new passwords differ');
      return;
    }
    save.disabled = true;
    void changePassword(current.value, next.value).then((result) => {
      save.disabled = false;
      message.className = result.ok ? 'import-done' : 'error';
      message.textContent = result.ok
        ? T(lang, '密码已修改；其他设备上的登录已退出。', 'Password changed; sessions elsewhere are signed out.')
        : result.message;
      if (result.ok) form.reset();
    });
  });
  return h(
    'section',
    { class: 'data-section', 'data-section': 'account' },
    h(
      'h3',
      {},
      T(lang, `我的账号（${session.user?.displayName ?? ''}）`, `My account (${session.user?.displayName ?? ''})`),
    ),
    form,
  );
}

/**
 * 数据 view: the printable monthly report (everyone); exports of any layer as CSV (UTF-8 with
 * BOM, opens in Excel) or GeoJSON and of the map as PNG (analysts, admins); and for admins the
 * import of registers and boundaries, the accounts, and the audit log.
 */
export const mountDataView: ViewMount = ({ panel, store, data, map, setOverlayLayers, reloadData }) => {
  const state = store.get();
  const lang = state.lang;
  const asOf = state.asOf ?? data().meta.defaultAsOf;

  const month = h('input', {
    type: 'month',
    value: asOf.slice(0, 7),
    min: '2023-01',
    max: data().meta.defaultAsOf.slice(0, 7),
    'data-report-month': '',
  });
  const reportLink = h(
    'a',
    { class: 'tool', target: '_blank', rel: 'noopener', 'data-report-link': '' },
    T(lang, '打开可打印月报', 'Open the printable report'),
  );
  const syncReport = () => reportLink.setAttribute('href', `/api/reports/monthly?month=${month.value}&lang=${lang}`);
  month.addEventListener('change', syncReport);
  syncReport();
  const report = h(
    'section',
    { class: 'data-section', 'data-section': 'report' },
    h('h3', {}, T(lang, '月报', 'Monthly report')),
    h(
      'p',
      { class: 'muted' },
      T(
        lang,
        `各乡镇降尘对照 ${DUSTFALL_LIMIT} t/(km²·月)、空气质量目标、未办结告警与任务进展；在新页面中打印或另存为 PDF。`,
        `Dustfall by township against ${DUSTFALL_LIMIT} t/(km²·month), ` +
          `air-quality targets, open alerts and task progress; ` +
          `print it or save as PDF from the new page.`,
      ),
    ),
    h('div', { class: 'alert-actions' }, month, reportLink),
  );

  const sections: HTMLElement[] = [report, ...(session.user ? [passwordSection(lang)] : [])];
  if (session.can('export')) {
    const layerSelect = h(
      'select',
      { 'data-export-layer': '' },
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
    const png = h(
      'button',
      { type: 'button', class: 'tool', 'data-export-png': '' },
      T(lang, '导出地图 PNG', 'Map as PNG'),
    );
    const pngError = h('span', { class: 'error' });
    png.addEventListener('click', () => {
      const s = store.get();
      const caption = T(
        lang,
        `蓝天 · 忻府区大气环境监管 · ` +
          `截至 ${(s.asOf ?? data().meta.defaultAsOf).replace('T', ' ')} · ` +
          `乡镇边界示意、企业等为合成演示数据处已标注`,
        `Lantian · Xinfu District · ` +
          `as of ${(s.asOf ?? data().meta.defaultAsOf).replace('T', ' ')} · ` +
          `approximate and synthetic data are marked`,
      );
      exportMapPng(map, caption)
        .then((blob) => saveFile(`lantian-map-${(s.asOf ?? data().meta.defaultAsOf).slice(0, 10)}.png`, blob))
        .catch((error: unknown) => (pngError.textContent = String(error)));
    });
    sections.push(
      h(
        'section',
        { class: 'data-section', 'data-section': 'export' },
        h('h3', {}, T(lang, '导出', 'Export')),
        h(
          'p',
          { class: 'muted' },
          T(
            lang,
            '按当前乡镇、来源筛选和时点导出；CSV 为带 BOM 的 UTF-8，Excel 可直接打开。',
            'Exports follow the current township and provenance filters and as-of time; ' +
              'CSV is UTF-8 with BOM, so Excel opens it as is.',
          ),
        ),
        h('div', { class: 'alert-actions' }, layerSelect, csv, geojson),
        h('div', { class: 'alert-actions' }, png, pngError),
      ),
    );
  }
  if (session.can('import')) {
    const importBox = h('section', { class: 'data-section', 'data-section': 'import' });
    renderImportPanel(importBox, {
      lang,
      setPreview: setOverlayLayers,
      fitBounds: (bounds) => map.fitBounds(bounds, { padding: 60, duration: 600, maxZoom: 13 }),
      reloadData,
    });
    sections.push(importBox);
  }
  if (session.can('users')) {
    const usersBox = h('section', { class: 'data-section', 'data-section': 'users' });
    const townships = (data().layers.townships ?? []).map((f) => ({
      code: String(f.properties.code),
      name: String(f.properties.name),
    }));
    renderUsersPanel(usersBox, lang, townships);
    sections.push(usersBox);
  }
  if (session.can('audit')) {
    const auditBox = h('section', { class: 'data-section', 'data-section': 'audit' });
    renderAuditPanel(auditBox, lang);
    sections.push(auditBox);
  }
  panel.replaceChildren(h('h2', {}, T(lang, '数据', 'Data')), ...sections);
  return () => setOverlayLayers([]);
};
