import type { ImportReport } from '../../../server/schema/imports.ts';
import { importMessages, reassignedTableNames } from '../../i18n/import.ts';
import type { Language } from '../../state/app-state.ts';
import { crsName, formatName, problemField, problemRow, problemText } from './problem-text.ts';

/** Problems listed in the table; the rest are counted. */
const LISTED = 200;

/** The dry run's report: counts, re-assignments, and every problem with its row and column, in `lang`. */
export function ImportReportView({ report, lang }: { report: ImportReport; lang: Language }) {
  const m = importMessages(lang);
  const c = report.counts;
  const moved = Object.entries(report.reassigned).filter(([, n]) => n > 0);
  const problems = report.problems.slice(0, LISTED);
  return (
    <>
      <p data-import-counts={`${c.valid}/${c.inserts}/${c.updates}/${c.errors}`}>
        {m.summary(report.fileName, formatName(report.format), crsName(lang, report.crs), c)}
      </p>
      {moved.length > 0 && (
        <p data-import-reassigned="">
          {m.reassigned}
          {moved.map(([table, n]) => `${reassignedTableNames[table]?.[lang] ?? table} ${n}`).join('，')}
        </p>
      )}
      {c.errors > 0 && (
        <p class="error" role="alert">
          {m.hasErrors}
        </p>
      )}
      {problems.length > 0 && (
        <table class="import-problems" data-import-problems="">
          <thead>
            <tr>
              <th>{m.row}</th>
              <th>{m.field}</th>
              <th>{m.level}</th>
              <th>{m.problem}</th>
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
      )}
      {report.problems.length > problems.length && (
        <p class="muted">{m.more(report.problems.length - problems.length)}</p>
      )}
    </>
  );
}
