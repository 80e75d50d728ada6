import { useEffect, useState } from 'preact/hooks';
import type { ListResponse } from '../../../server/schema/emergency-list.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { saveFile } from '../../api/save-file.ts';
import { apiFetch } from '../../api/session.ts';
import { emergencyListMessages } from '../../i18n/emergency-list.ts';
import type { Language } from '../../state/app-state.ts';
import { ListDiffPicker } from './list-diff.tsx';
import { ListEntries } from './list-entries.tsx';
import { ListImport } from './list-import.tsx';
import { ListTotals } from './list-totals.tsx';
import { ListVersionHead } from './list-version-head.tsx';

/** The list's URL: a chosen version, else the one in force on the as-of's day (the present's without one). */
export function listUrl(version: number | null, at: string | null): string {
  if (version !== null) return `/api/emergency/list?version=${version}`;
  return at ? `/api/emergency/list?on=${at.slice(0, 10)}` : '/api/emergency/list';
}

/**
 * 应急减排清单: the version register (newest first, the one in force on the as-of's day marked 现行) with its head,
 * its totals against the plan's required reductions per level, the enterprises and their measures per level,
 * 修订对比 between two versions, 导出 (XLSX / CSV), and for emergency holders 导入修订版 (dry run → report → commit).
 */
export function ListSection(props: { lang: Language; canEdit: boolean; at: string | null }) {
  const { lang, canEdit, at } = props;
  const m = emergencyListMessages(lang);
  /** The version picked; null = the one in force. */
  const [picked, setPicked] = useState<number | null>(null);
  const [list, setList] = useState<ListResponse | null>(null);
  const [inForceId, setInForceId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    void fetchJson<ListResponse>(listUrl(picked, at), controller.signal).then((r) => {
      if (controller.signal.aborted) return;
      if (!r.ok) {
        setError(failureText(lang, r.error));
        return;
      }
      setList(r.value);
      if (picked === null) setInForceId(r.value.version?.id ?? null);
    });
    return () => controller.abort();
  }, [picked, at, attempt]);

  // the version in force follows the as-of even while another version is shown
  useEffect(() => {
    if (picked === null) return;
    const controller = new AbortController();
    void fetchJson<ListResponse>(listUrl(null, at), controller.signal).then((r) => {
      if (!controller.signal.aborted && r.ok) setInForceId(r.value.version?.id ?? null);
    });
    return () => controller.abort();
  }, [at]);

  const exportList = async (format: 'xlsx' | 'csv') => {
    const version = list?.version;
    if (!version) return;
    setExportError(null);
    try {
      const res = await apiFetch(`/api/emergency/list/export?version=${version.id}&format=${format}`);
      if (!res.ok) {
        setExportError(m.exportFailed(`${res.status} ${res.statusText}`.trim()));
        return;
      }
      saveFile(`${m.listTitle}-${version.version}.${format}`, await res.blob());
    } catch {
      setExportError(m.exportFailed(m.networkError));
    }
  };

  if (error !== null && list === null)
    return (
      <section class="emergency-list" data-list-section="">
        <h2>{m.listTitle}</h2>
        <p class="error" role="alert">
          {m.loadFailed(error)}
        </p>
        <button type="button" class="tool" data-list-retry="" onClick={() => setAttempt((n) => n + 1)}>
          {m.retry}
        </button>
      </section>
    );
  if (list === null)
    return (
      <section class="emergency-list" data-list-section="">
        <h2>{m.listTitle}</h2>
        <p class="loading">{m.loading}</p>
      </section>
    );

  const versions = [...list.versions].sort((a, b) =>
    a.effectiveFrom === b.effectiveFrom ? b.id - a.id : a.effectiveFrom < b.effectiveFrom ? 1 : -1,
  );
  const shown = list.version;
  return (
    <section class="emergency-list" data-list-section="">
      <h2>{m.listTitle}</h2>
      {versions.length > 0 ? (
        <div class="alert-actions filters">
          <label class="field">
            <span class="muted">{m.version}</span>
            <select
              data-list-version=""
              value={String(shown?.id ?? '')}
              onChange={(e) => {
                const id = Number(e.currentTarget.value);
                setPicked(id === inForceId ? null : id);
              }}
            >
              {versions.map((v) => (
                <option key={v.id} value={String(v.id)} data-in-force={v.id === inForceId ? 'true' : undefined}>
                  {v.id === inForceId ? `${v.version}（${m.inForce}）` : v.version}
                </option>
              ))}
            </select>
          </label>
          {shown ? (
            <>
              <button type="button" class="tool" data-list-export="xlsx" onClick={() => void exportList('xlsx')}>
                {m.exportXlsx}
              </button>
              <button type="button" class="tool" data-list-export="csv" onClick={() => void exportList('csv')}>
                {m.exportCsv}
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {m.loadFailed(error)}
        </p>
      ) : null}
      {exportError ? (
        <p class="error" role="alert">
          {exportError}
        </p>
      ) : null}
      {shown ? (
        <>
          {shown.id === inForceId ? (
            <p class="chip" data-list-in-force="">
              {m.inForce}
            </p>
          ) : null}
          <ListVersionHead version={shown} lang={lang} />
          <ListTotals list={list} lang={lang} />
          <ListEntries key={shown.id} entries={list.entries} lang={lang} />
        </>
      ) : (
        <p class="muted" data-list-none="">
          {m.noVersion}
        </p>
      )}
      <ListDiffPicker key={versions.map((v) => v.id).join(',')} versions={versions} lang={lang} />
      {canEdit ? (
        <ListImport
          lang={lang}
          onImported={() => {
            setPicked(null);
            setAttempt((n) => n + 1);
          }}
        />
      ) : null}
    </section>
  );
}
