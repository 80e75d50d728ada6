import { GeoJsonLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Feature, FeatureCollection } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';
import type {
  ImportOutcomeBody,
  ImportReport,
  ImportTargetInfo,
  ImportTargetsResponse,
} from '../../server/schema/imports.ts';
import { apiFailure } from '../api/api-result.ts';
import { fetchJson } from '../api/fetch-json.ts';
import { session } from '../api/session.ts';
import { T } from '../i18n/messages.ts';
import type { Language } from '../state/app-state.ts';
import { boundsOf } from '../map/bounds-of.ts';
import { h } from './dom.ts';

/** What the import panel needs from the console. */
export interface ImportPanelHost {
  lang: Language;
  /** Draws the preview above the map ([] removes it). */
  setPreview(layers: Layer[]): void;
  fitBounds(bounds: LngLatBoundsLike): void;
  /** Reloads the layers after a commit. */
  reloadData(): Promise<void>;
}

type Upload = { status: number; statusText: string; body: unknown };

/** POSTs a file with XMLHttpRequest so the upload reports progress (fetch cannot). */
function upload(url: string, file: File, onProgress: (fraction: number | null) => void): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    if (session.csrfToken) xhr.setRequestHeader('x-csrf-token', session.csrfToken);
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable ? e.loaded / e.total : null);
    xhr.upload.onload = () => onProgress(null); // sent: the server is checking
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, statusText: xhr.statusText, body });
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(file);
  });
}

/** The preview: records to insert green, to update blue; polygons outlined. */
function previewLayer(preview: FeatureCollection): Layer {
  const colour = (f: Feature): [number, number, number] =>
    f.properties?.action === 'insert' ? [47, 158, 68] : [24, 100, 171];
  return new GeoJsonLayer({
    id: 'import-preview',
    data: preview,
    stroked: true,
    filled: true,
    pointType: 'circle',
    getPointRadius: 9,
    pointRadiusUnits: 'pixels',
    getFillColor: (f: Feature) => [...colour(f), f.geometry.type === 'Point' ? 230 : 70],
    getLineColor: (f: Feature) => (f.geometry.type === 'Point' ? [255, 255, 255, 255] : [...colour(f), 255]),
    getLineWidth: (f: Feature) => (f.geometry.type === 'Point' ? 2 : 3),
    lineWidthUnits: 'pixels',
  });
}

/**
 * 导入 (admins): pick what to import and a file (CSV with longitude/latitude in WGS84, GCJ-02 or
 * BD-09; GeoJSON; zipped Shapefile with its .prj; KML), upload it with a progress bar for a dry
 * run, read the report (every problem with its row and field) and see the records on the map,
 * then commit: one transaction, all or nothing.
 */
export function renderImportPanel(container: HTMLElement, host: ImportPanelHost): void {
  const { lang } = host;
  const targetSelect = h('select', { 'data-import-target': '' });
  const fileInput = h('input', { type: 'file', accept: '.csv,.geojson,.json,.zip,.kml', 'data-import-file': '' });
  const crsSelect = h(
    'select',
    { 'data-import-crs': '' },
    h('option', { value: 'wgs84' }, T(lang, 'WGS84（GPS、天地图）', 'WGS84 (GPS, Tianditu)')),
    h('option', { value: 'gcj02' }, T(lang, 'GCJ-02（高德、腾讯）', 'GCJ-02 (Amap, Tencent)')),
    h('option', { value: 'bd09' }, T(lang, 'BD-09（百度）', 'BD-09 (Baidu)')),
  );
  const lonInput = h('input', {
    type: 'text',
    placeholder: T(lang, '自动识别', 'auto'),
    class: 'inline-input',
    'data-import-lon': '',
  });
  const latInput = h('input', {
    type: 'text',
    placeholder: T(lang, '自动识别', 'auto'),
    class: 'inline-input',
    'data-import-lat': '',
  });
  const checkButton = h(
    'button',
    { type: 'button', class: 'tool', 'data-import-check': '' },
    T(lang, '校验（试导入）', 'Check (dry run)'),
  );
  const commitButton = h(
    'button',
    { type: 'button', class: 'tool primary-tool', 'data-import-commit': '', disabled: true },
    T(lang, '确认导入', 'Import'),
  );
  const progress = h('progress', { max: '1', hidden: true, 'data-import-progress': '' });
  const progressLabel = h('span', { class: 'muted' });
  const fieldsHint = h('p', { class: 'muted import-fields' });
  const result = h('div', { class: 'import-result', 'data-import-result': '' });
  let targets: ImportTargetInfo[] = [];
  let checked: { file: File; query: string } | null = null;

  const query = (file: File) => {
    const q = new URLSearchParams({ file: file.name, crs: crsSelect.value });
    if (lonInput.value.trim()) q.set('lon', lonInput.value.trim());
    if (latInput.value.trim()) q.set('lat', latInput.value.trim());
    return q.toString();
  };
  const showFields = () => {
    const target = targets.find((t) => t.id === targetSelect.value);
    if (!target) return;
    const fields = target.fields.map(
      (f) => `${f.names.find((n) => /[\u4e00-\u9fff]/.test(n)) ?? f.names[0]}${f.required ? '*' : ''}`,
    );
    const point = target.geometry === 'point';
    const columns = target.fields.map((f) => `${f.names[0]}${f.required ? '*' : ''}`).join(', ');
    const zhGeometry = point ? '位置取自经度/纬度列或几何' : '需面状几何（GeoJSON、Shapefile、KML）';
    const enGeometry = point
      ? 'positions from longitude/latitude columns or the geometry'
      : 'polygons needed (GeoJSON, Shapefile, KML)';
    fieldsHint.textContent = T(
      lang,
      `按官方代码（${target.key}）新增或更新。可识别的列：${fields.join('、')}（* 新增时必填）；${zhGeometry}`,
      `Upserts by official code (${target.key}). Columns read: ${columns} (* needed for new records); ${enGeometry}`,
    );
  };
  const invalidate = () => {
    checked = null;
    commitButton.disabled = true;
    host.setPreview([]);
  };
  const setProgress = (label: string, fraction: number | null) => {
    progress.hidden = false;
    if (fraction === null) progress.removeAttribute('value');
    else progress.value = fraction;
    progressLabel.textContent = label;
  };
  const doneProgress = () => {
    progress.hidden = true;
    progressLabel.textContent = '';
  };

  function showReport(report: ImportReport): void {
    const c = report.counts;
    const moved = Object.entries(report.reassigned).filter(([, n]) => n > 0);
    const problems = report.problems.slice(0, 200);
    result.replaceChildren(
      h(
        'p',
        { 'data-import-counts': `${c.valid}/${c.inserts}/${c.updates}/${c.errors}` },
        T(
          lang,
          `${report.fileName}（${report.format}，坐标系 ${report.crs}）：` +
            `${c.features} 条，有效 ${c.valid}（新增 ${c.inserts}，更新 ${c.updates}），` +
            `错误 ${c.errors}，提示 ${c.warnings}`,
          `${report.fileName} (${report.format}, CRS ${report.crs}): ` +
            `${c.features} records, ${c.valid} valid (${c.inserts} new, ${c.updates} updates), ` +
            `${c.errors} errors, ${c.warnings} warnings`,
        ),
      ),
      moved.length
        ? h(
            'p',
            { 'data-import-reassigned': '' },
            T(lang, '边界替换后改属乡镇：', 'Moving to another township: '),
            moved.map(([table, n]) => `${table} ${n}`).join('，'),
          )
        : '',
      c.errors
        ? h(
            'p',
            { class: 'error', role: 'alert' },
            T(
              lang,
              '存在错误：修正文件后重新校验；有错误时不会导入任何记录。',
              'There are errors: fix the file and check again; nothing is imported while any row has an error.',
            ),
          )
        : '',
      problems.length
        ? h(
            'table',
            { class: 'import-problems', 'data-import-problems': '' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', {}, T(lang, '行/要素', 'Row')),
                h('th', {}, T(lang, '字段', 'Field')),
                h('th', {}, T(lang, '级别', 'Level')),
                h('th', {}, T(lang, '问题', 'Problem')),
              ),
            ),
            h(
              'tbody',
              {},
              ...problems.map((p) =>
                h(
                  'tr',
                  { class: `problem-${p.severity}`, 'data-problem-row': String(p.row ?? '') },
                  h('td', {}, p.row === null ? T(lang, '文件', 'file') : String(p.row)),
                  h('td', {}, p.field ?? ''),
                  h('td', {}, p.severity === 'error' ? T(lang, '错误', 'error') : T(lang, '提示', 'warning')),
                  h('td', {}, p.problem),
                ),
              ),
            ),
          )
        : '',
      report.problems.length > problems.length
        ? h(
            'p',
            { class: 'muted' },
            T(
              lang,
              `另有 ${report.problems.length - problems.length} 条未列出`,
              `${report.problems.length - problems.length} more not listed`,
            ),
          )
        : '',
    );
    const preview = report.preview as FeatureCollection;
    host.setPreview(preview.features.length ? [previewLayer(preview)] : []);
    const bounds = boundsOf(preview.features);
    if (bounds) host.fitBounds(bounds);
  }

  async function send(step: 'dry-run' | 'commit'): Promise<void> {
    const file = step === 'commit' ? checked?.file : fileInput.files?.[0];
    if (!file) {
      result.replaceChildren(h('p', { class: 'error' }, T(lang, '请选择文件', 'Choose a file')));
      return;
    }
    const q = step === 'commit' && checked ? checked.query : query(file);
    checkButton.disabled = commitButton.disabled = true;
    try {
      const res = await upload(`/api/imports/${targetSelect.value}/${step}?${q}`, file, (f) =>
        setProgress(
          f === null
            ? T(lang, '服务器校验中…', 'Server is checking…')
            : T(lang, `上传 ${Math.round(f * 100)}%`, `Uploading ${Math.round(f * 100)}%`),
          f,
        ),
      );
      doneProgress();
      const body = res.body as (ImportReport & ImportOutcomeBody & { report?: ImportReport }) | null;
      if (res.status === 200 && step === 'dry-run' && body) {
        showReport(body);
        checked = body.committable ? { file, query: q } : null;
        commitButton.disabled = !body.committable;
      } else if (res.status === 200 && body) {
        showReport(body.report);
        host.setPreview([]);
        checked = null;
        const moved = Object.values(body.reassigned).reduce((a, b) => a + b, 0);
        result.prepend(
          h(
            'p',
            { class: 'import-done', role: 'status', 'data-import-done': `${body.inserted}/${body.updated}` },
            T(
              lang,
              `已导入：新增 ${body.inserted}，更新 ${body.updated}` +
                `${moved ? `，${moved} 条记录改属乡镇` : ''}。已记入审计日志。`,
              `Imported: ${body.inserted} new, ${body.updated} updated` +
                `${moved ? `, ${moved} records moved township` : ''}. Recorded in the audit log.`,
            ),
          ),
        );
        await host.reloadData();
      } else {
        if (body?.report) showReport(body.report);
        const failure = apiFailure(res.status, res.statusText, res.body);
        result.prepend(
          h(
            'p',
            { class: 'error', role: 'alert', 'data-import-error': String(res.status) },
            `${res.status}：${failure.message}`,
          ),
        );
      }
    } catch (error) {
      doneProgress();
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, String(error)));
    } finally {
      checkButton.disabled = false;
    }
  }

  checkButton.addEventListener('click', () => void send('dry-run'));
  commitButton.addEventListener('click', () => void send('commit'));
  for (const input of [targetSelect, fileInput, crsSelect, lonInput, latInput])
    input.addEventListener('change', invalidate);
  targetSelect.addEventListener('change', showFields);

  container.replaceChildren(
    h('h3', {}, T(lang, '导入数据', 'Import data')),
    h('label', { class: 'field' }, h('span', { class: 'muted' }, T(lang, '导入到', 'Import into')), targetSelect),
    h(
      'label',
      { class: 'field' },
      h(
        'span',
        { class: 'muted' },
        T(lang, '文件（CSV、GeoJSON、Shapefile 压缩包、KML）', 'File (CSV, GeoJSON, zipped Shapefile, KML)'),
      ),
      fileInput,
    ),
    h(
      'label',
      { class: 'field' },
      h(
        'span',
        { class: 'muted' },
        T(
          lang,
          '经纬度坐标系（CSV、无 crs 的 GeoJSON；Shapefile 以 .prj 为准）',
          'Lon/lat CRS (CSV, GeoJSON without crs; Shapefiles use their .prj)',
        ),
      ),
      crsSelect,
    ),
    h(
      'div',
      { class: 'field-row' },
      h('label', { class: 'field' }, h('span', { class: 'muted' }, T(lang, '经度列', 'Longitude column')), lonInput),
      h('label', { class: 'field' }, h('span', { class: 'muted' }, T(lang, '纬度列', 'Latitude column')), latInput),
    ),
    fieldsHint,
    h('div', { class: 'alert-actions' }, checkButton, commitButton, progress, progressLabel),
    result,
  );
  void fetchJson<ImportTargetsResponse>('/api/imports/targets').then((r) => {
    if (!r.ok) {
      result.replaceChildren(h('p', { class: 'error' }, r.error.message));
      return;
    }
    targets = r.value.targets;
    targetSelect.replaceChildren(
      ...targets.map((t) => h('option', { value: t.id }, lang === 'zh' ? t.label.zh : t.label.en)),
    );
    targetSelect.value = 'enterprises';
    showFields();
  });
}
