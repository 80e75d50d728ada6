import { useRef, useState } from 'preact/hooks';
import { warningLevels } from '../../../server/schema/enums/emergency.ts';
import type { ListVersionSummary } from '../../../server/schema/emergency-list.ts';
import type { ListImportOutcome, ListImportReport } from '../../../server/schema/emergency-list-import.ts';
import { apiFailure } from '../../api/api-result.ts';
import { failureText } from '../../api/failure-text.ts';
import { emergencyListMessages } from '../../i18n/emergency-list.ts';
import { problemField, problemRow, problemText } from '../../panels/import/problem-text.ts';
import { uploadFile } from '../../panels/import/upload-file.ts';
import type { Language } from '../../state/app-state.ts';
import { ListChangesView } from './list-diff.tsx';
import { levelText, reductionsText } from './list-format.ts';

/** Problems listed in the report's table; the rest are counted. */
const LISTED = 200;

type Head = { version: string; effectiveFrom: string; title: string; signedOffBy: string; signedOffOn: string };
type Outcome =
  | { kind: 'report'; report: ListImportReport }
  | { kind: 'message'; text: string; report?: ListImportReport }
  | { kind: 'done'; version: ListVersionSummary };

/** The dry run's report: counts, every problem (row, column, message in `lang`), the diff and the totals. */
export function ListImportReportView({ report, lang }: { report: ListImportReport; lang: Language }) {
  const m = emergencyListMessages(lang);
  const c = report.counts;
  const problems = report.problems.slice(0, LISTED);
  return (
    <div data-list-import-report="">
      <p data-list-import-counts={`${c.rows}/${c.enterprises}/${c.measures}/${c.errors}/${c.warnings}`}>
        {m.reportSummary(report.fileName, c.rows, c.enterprises, c.measures, c.errors, c.warnings)}
      </p>
      {c.errors > 0 ? (
        <p class="error" role="alert">
          {m.hasErrors}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <div class="table-scroll">
          <table class="import-problems" data-list-import-problems="">
            <thead>
              <tr>
                <th>{m.colRow}</th>
                <th>{m.colField}</th>
                <th>{m.colSeverity}</th>
                <th>{m.colProblem}</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p, i) => (
                <tr key={i} class={`problem-${p.severity}`} data-problem-row={String(p.row ?? '')}>
                  <td>{problemRow(lang, p)}</td>
                  <td>{problemField(lang, p)}</td>
                  <td>{p.severity === 'error' ? m.error : m.warning}</td>
                  <td>{problemText(lang, p)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {report.diff ? (
        <>
          <h4>
            {m.diffAgainst}（{report.diff.against.version}）
          </h4>
          <ListChangesView diff={report.diff} lang={lang} />
        </>
      ) : null}
      <h4>{m.previewTotals}</h4>
      <ul data-list-import-totals="">
        {warningLevels.map((level) => (
          <li key={level}>
            {levelText(lang, level)}：{reductionsText(lang, report.preview.totals[level])}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * 导入修订版 (emergency holders): the file (.csv / .xlsx in the bureau's layout) and the version's head → 校验 (dry
 * run) → the report → 确认导入 (commit; enabled only after a dry run without errors, for that file and head).
 */
export function ListImport({ lang, onImported }: { lang: Language; onImported: (v: ListVersionSummary) => void }) {
  const m = emergencyListMessages(lang);
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [head, setHead] = useState<Head>({
    version: '',
    effectiveFrom: '',
    title: '',
    signedOffBy: '',
    signedOffOn: '',
  });
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState<{ file: File; query: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const labels: Record<keyof Head, string> = {
    version: m.versionLabel,
    effectiveFrom: m.effectiveFrom,
    title: m.title,
    signedOffBy: m.signedOffBy,
    signedOffOn: m.signedOffOn,
  };
  const change = (key: keyof Head, value: string) => {
    setHead((h) => ({ ...h, [key]: value }));
    setChecked(null);
  };

  async function send(step: 'dry-run' | 'commit'): Promise<void> {
    const file = step === 'commit' ? checked?.file : fileInput.current?.files?.[0];
    if (!file) {
      setOutcome({ kind: 'message', text: m.chooseFile });
      return;
    }
    const missing = (Object.keys(labels) as (keyof Head)[]).find((k) => head[k].trim() === '');
    if (step === 'dry-run' && missing) {
      setOutcome({ kind: 'message', text: m.fillField(labels[missing]) });
      return;
    }
    const q = new URLSearchParams({ file: file.name, ...head });
    if (note.trim()) q.set('note', note.trim());
    const query = step === 'commit' && checked ? checked.query : q.toString();
    setBusy(true);
    try {
      const res = await uploadFile(`/api/emergency/list/import/${step}?${query}`, file, (f) =>
        setProgress(f === null ? m.checking : m.uploading(Math.round(f * 100))),
      );
      const body = res.body as Partial<ListImportReport & ListImportOutcome> | null;
      if (res.status === 200 && step === 'dry-run' && body?.counts) {
        const report = body as ListImportReport;
        setOutcome({ kind: 'report', report });
        setChecked(report.committable ? { file, query } : null);
      } else if ((res.status === 200 || res.status === 201) && step === 'commit' && body?.version) {
        setOutcome({ kind: 'done', version: body.version });
        setChecked(null);
        onImported(body.version);
      } else {
        const failure = apiFailure(res.status, res.statusText, res.body);
        setOutcome({ kind: 'message', text: failureText(lang, failure), report: body?.report });
        setChecked(null);
      }
    } catch {
      setOutcome({ kind: 'message', text: m.networkError });
    } finally {
      setProgress(null);
      setBusy(false);
    }
  }

  const input = (key: keyof Head, type: 'text' | 'date') => (
    <label class="field" key={key}>
      <span class="muted">{labels[key]}</span>
      <input
        type={type}
        style={{ width: '100%', maxWidth: '28em', boxSizing: 'border-box' }}
        data-list-import-field={key}
        value={head[key]}
        onInput={(e) => change(key, e.currentTarget.value)}
      />
    </label>
  );
  return (
    <div class="list-import data-section" data-list-import="">
      <h3>{m.importTitle}</h3>
      <p class="muted">{m.importAbout}</p>
      <div class="field">
        <span class="muted">{m.file}</span>
        <span class="alert-actions">
          <label class="tool" for="list-import-file">
            {m.pickFile}
          </label>
          <span class="muted" data-list-import-file-name="">
            {fileName ?? m.noFile}
          </span>
        </span>
        <input
          id="list-import-file"
          ref={fileInput}
          type="file"
          accept=".csv,.xlsx"
          data-list-import-file=""
          style={{ position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden' }}
          onChange={(e) => {
            setFileName(e.currentTarget.files?.[0]?.name ?? null);
            setChecked(null);
          }}
        />
      </div>
      {input('version', 'text')}
      {input('title', 'text')}
      <div class="field-row">
        {input('effectiveFrom', 'date')}
        {input('signedOffOn', 'date')}
      </div>
      {input('signedOffBy', 'text')}
      <label class="field">
        <span class="muted">{m.note}</span>
        <textarea
          data-list-import-field="note"
          value={note}
          onInput={(e) => {
            setNote(e.currentTarget.value);
            setChecked(null);
          }}
        />
      </label>
      <div class="alert-actions">
        <button
          type="button"
          class="tool"
          data-list-import-check=""
          disabled={busy}
          onClick={() => void send('dry-run')}
        >
          {m.check}
        </button>
        <button
          type="button"
          class="tool primary-tool"
          data-list-import-commit=""
          disabled={busy || checked === null}
          onClick={() => void send('commit')}
        >
          {m.commit}
        </button>
        {progress ? <span class="muted">{progress}</span> : null}
      </div>
      <div data-list-import-result="">
        {outcome?.kind === 'message' ? (
          <>
            <p class="error" role="alert" data-list-import-error="">
              {outcome.text}
            </p>
            {outcome.report ? <ListImportReportView report={outcome.report} lang={lang} /> : null}
          </>
        ) : null}
        {outcome?.kind === 'report' ? <ListImportReportView report={outcome.report} lang={lang} /> : null}
        {outcome?.kind === 'done' ? (
          <p class="import-done" role="status" data-list-import-done={outcome.version.version}>
            {m.imported(outcome.version.version, outcome.version.enterprises)}
          </p>
        ) : null}
      </div>
    </div>
  );
}
