import { useState } from 'preact/hooks';
import { severityLabels } from '../../../server/schema/enums/severity.ts';
import type { ListedAlert } from '../../../server/schema/alerts.ts';
import { alertsMessages } from '../../i18n/alerts.ts';
import { AlertRow, type RowContext } from './alert-row.tsx';

/**
 * The alerts of one rule: a section with its severity, task, title and count, its lead units, and its rows (keyed).
 * Open when it has at most 8 rows at first; then open or closed as the user leaves it, whatever refreshes bring.
 */
export function AlertGroup({
  rule,
  hits,
  leadUnits,
  context,
}: {
  rule: string;
  hits: ListedAlert[];
  leadUnits: string;
  context: RowContext;
}) {
  const [open, setOpen] = useState(hits.length <= 8);
  const m = alertsMessages(context.lang);
  const first = hits[0];
  const severity = first?.severity ?? 'info';
  return (
    <details class="alert-group" data-rule={rule} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span class={`severity severity-${severity}`}>{severityLabels[severity][context.lang]}</span>{' '}
        {`${first ? m.task(first.task) : ''} · ${first ? first.title[context.lang] : rule} `}
        <strong>{hits.length}</strong>
      </summary>
      <p class="muted">{m.lead(leadUnits)}</p>
      <ul class="alert-list">
        {hits.map((hit) => (
          <AlertRow key={hit.id ?? `preview:${hit.entityId}`} hit={hit} context={context} />
        ))}
      </ul>
    </details>
  );
}
