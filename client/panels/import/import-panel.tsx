import type { Layer } from '@deck.gl/core';
import type { FeatureCollection } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type {
  ImportOutcomeBody,
  ImportReport,
  ImportTargetInfo,
  ImportTargetsResponse,
} from '../../../server/schema/imports.ts';
import { apiFailure, type ApiFailure } from '../../api/api-result.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { importMessages } from '../../i18n/import.ts';
import { boundsOf } from '../../map/bounds-of.ts';
import type { Language } from '../../state/app-state.ts';
import { auditChanged } from '../audit/audit-events.ts';
import { fieldHint } from './field-hint.ts';
import { ImportReportView } from './import-report.tsx';
import { previewLayer } from './preview-layer.ts';
import { uploadFile } from './upload-file.ts';

/** What the import panel needs from the console. */
export interface ImportPanelHost {
  lang: Language;
  /** Draws the preview above the map ([] removes it). */
  setPreview(layers: Layer[]): void;
  fitBounds(bounds: LngLatBoundsLike): void;
  /** Reloads the layers after a commit. */
  reloadData(): Promise<void>;
}

type Provenance = 'official' | 'approximate' | 'synthetic';
type Outcome =
  | { kind: 'report'; report: ImportReport }
  | { kind: 'done'; body: ImportOutcomeBody }
  | { kind: 'failed'; status: number; failure: ApiFailure; report?: ImportReport }
  | { kind: 'message'; text: string };

/**
 * 导入 (admins): pick what to import, the file (CSV with longitude/latitude in WGS84, GCJ-02 or BD-09; GeoJSON;
 * zipped Shapefile with its .prj; KML) and what the records are (官方 / 示意 / 合成), upload it with a progress bar
 * for a dry run, read the report (every problem with its row and column, in the UI's language) and see the records
 * on the map, then commit: one transaction, all or nothing. The form lists the columns read and the values each
 * accepts.
 */
export function ImportPanel({ host }: { host: ImportPanelHost }) {
  const { lang } = host;
  const m = importMessages(lang);
  const [targets, setTargets] = useState<ImportTargetInfo[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [targetId, setTargetId] = useState('enterprises');
  const [crs, setCrs] = useState('wgs84');
  const [provenance, setProvenance] = useState<Provenance>('official');
  const [lon, setLon] = useState('');
  const [lat, setLat] = useState('');
  const [progress, setProgress] = useState<{ label: string; fraction: number | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<{ file: File; query: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void fetchJson<ImportTargetsResponse>('/api/imports/targets', controller.signal).then((r) => {
      if (controller.signal.aborted) return;
      if (r.ok) setTargets(r.value.targets);
      else setLoadError(`${m.loadFailed}：${failureText(lang, r.error)}`);
    });
    return () => controller.abort();
  }, []);

  const invalidate = () => {
    setChecked(null);
    host.setPreview([]);
  };
  const showPreview = (report: ImportReport) => {
    const preview = report.preview as FeatureCollection;
    host.setPreview(preview.features.length ? [previewLayer(preview)] : []);
    const bounds = boundsOf(preview.features);
    if (bounds) host.fitBounds(bounds);
  };
  const queryOf = (file: File) => {
    const q = new URLSearchParams({ file: file.name, crs, provenance });
    if (lon.trim()) q.set('lon', lon.trim());
    if (lat.trim()) q.set('lat', lat.trim());
    return q.toString();
  };

  async function send(step: 'dry-run' | 'commit'): Promise<void> {
    const file = step === 'commit' ? checked?.file : fileInput.current?.files?.[0];
    if (!file) {
      setOutcome({ kind: 'message', text: m.chooseFile });
      return;
    }
    const query = step === 'commit' && checked ? checked.query : queryOf(file);
    setBusy(true);
    try {
      const res = await uploadFile(`/api/imports/${targetId}/${step}?${query}`, file, (f) =>
        setProgress({ label: f === null ? m.checking : m.uploading(Math.round(f * 100)), fraction: f }),
      );
      setProgress(null);
      const body = res.body as (ImportReport & ImportOutcomeBody & { report?: ImportReport }) | null;
      if (res.status === 200 && step === 'dry-run' && body) {
        setOutcome({ kind: 'report', report: body });
        showPreview(body);
        setChecked(body.committable ? { file, query } : null);
      } else if (res.status === 200 && body) {
        setOutcome({ kind: 'done', body });
        host.setPreview([]);
        setChecked(null);
        auditChanged();
        await host.reloadData();
      } else {
        if (body?.report) showPreview(body.report);
        const failure = apiFailure(res.status, res.statusText, res.body);
        setOutcome({ kind: 'failed', status: res.status, failure, report: body?.report });
      }
    } catch {
      setProgress(null);
      setOutcome({ kind: 'message', text: m.networkError });
    } finally {
      setBusy(false);
    }
  }

  const target = targets?.find((t) => t.id === targetId);
  const keyField = target?.fields.find((f) => f.column === target.key);
  return (
    <>
      <h3>{m.title}</h3>
      <label class="field">
        <span class="muted">{m.target}</span>
        <select
          data-import-target=""
          value={targetId}
          onChange={(e) => {
            setTargetId(e.currentTarget.value);
            invalidate();
          }}
        >
          {(targets ?? []).map((t) => (
            <option key={t.id} value={t.id}>
              {t.label[lang]}
            </option>
          ))}
        </select>
      </label>
      <div class="field">
        <span class="muted">{m.file}</span>
        {/* the browser's own file button speaks the browser's language: ours says 选择文件 */}
        <span class="alert-actions">
          <label class="tool" for="import-file">
            {m.pickFile}
          </label>
          <span class="muted" data-import-file-name="">
            {fileName ?? m.noFile}
          </span>
        </span>
        <input
          id="import-file"
          ref={fileInput}
          type="file"
          accept=".csv,.geojson,.json,.zip,.kml"
          data-import-file=""
          style={{ position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden' }}
          onChange={(e) => {
            setFileName(e.currentTarget.files?.[0]?.name ?? null);
            invalidate();
          }}
        />
      </div>
      <label class="field">
        <span class="muted">{m.crs}</span>
        <select
          data-import-crs=""
          value={crs}
          onChange={(e) => {
            setCrs(e.currentTarget.value);
            invalidate();
          }}
        >
          <option value="wgs84">{m.crsWgs84}</option>
          <option value="gcj02">{m.crsGcj02}</option>
          <option value="bd09">{m.crsBd09}</option>
        </select>
      </label>
      <div class="field-row">
        <label class="field">
          <span class="muted">{m.lonColumn}</span>
          <input
            type="text"
            class="inline-input"
            placeholder={m.auto}
            data-import-lon=""
            value={lon}
            onInput={(e) => setLon(e.currentTarget.value)}
            onChange={invalidate}
          />
        </label>
        <label class="field">
          <span class="muted">{m.latColumn}</span>
          <input
            type="text"
            class="inline-input"
            placeholder={m.auto}
            data-import-lat=""
            value={lat}
            onInput={(e) => setLat(e.currentTarget.value)}
            onChange={invalidate}
          />
        </label>
      </div>
      <label class="field">
        <span class="muted">{m.provenance}</span>
        <select
          data-import-provenance=""
          value={provenance}
          onChange={(e) => {
            setProvenance(e.currentTarget.value as Provenance);
            invalidate();
          }}
        >
          <option value="official">{m.provenanceOfficial}</option>
          <option value="approximate">{m.provenanceApproximate}</option>
          <option value="synthetic">{m.provenanceSynthetic}</option>
        </select>
      </label>
      {target && (
        <div class="muted import-fields" data-import-fields="">
          <p>{m.hint(keyField?.label[lang] ?? target.key, target.geometry === 'point')}</p>
          <ul>
            {target.fields.map((f) => (
              <li key={f.column} data-import-field={f.column}>
                {fieldHint(lang, f)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="alert-actions">
        <button type="button" class="tool" data-import-check="" disabled={busy} onClick={() => void send('dry-run')}>
          {m.check}
        </button>
        <button
          type="button"
          class="tool primary-tool"
          data-import-commit=""
          disabled={busy || checked === null}
          onClick={() => void send('commit')}
        >
          {m.commit}
        </button>
        {progress && (
          <>
            <progress max={1} value={progress.fraction ?? undefined} data-import-progress="" />
            <span class="muted">{progress.label}</span>
          </>
        )}
      </div>
      <div class="import-result" data-import-result="">
        {loadError && <p class="error">{loadError}</p>}
        <OutcomeView outcome={outcome} lang={lang} />
      </div>
    </>
  );
}

function OutcomeView({ outcome, lang }: { outcome: Outcome | null; lang: Language }) {
  const m = importMessages(lang);
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'message':
      return (
        <p class="error" role="alert">
          {outcome.text}
        </p>
      );
    case 'report':
      return <ImportReportView report={outcome.report} lang={lang} />;
    case 'done': {
      const { body } = outcome;
      const moved = Object.values(body.reassigned).reduce((a, b) => a + b, 0);
      return (
        <>
          <p class="import-done" role="status" data-import-done={`${body.inserted}/${body.updated}`}>
            {m.done(body.inserted, body.updated, moved)}
          </p>
          <ImportReportView report={body.report} lang={lang} />
        </>
      );
    }
    case 'failed':
      return (
        <>
          <p class="error" role="alert" data-import-error={String(outcome.status)}>
            {failureText(lang, outcome.failure)}
          </p>
          {outcome.report && <ImportReportView report={outcome.report} lang={lang} />}
        </>
      );
  }
}

/** Renders the import panel into `container` (the 数据 view's 导入 section). */
export function renderImportPanel(container: HTMLElement, host: ImportPanelHost): void {
  render(<ImportPanel host={host} />, container);
}
