import { useState } from 'preact/hooks';
import { hitSeverityLabel } from '../../../server/schema/enums/rule-id.ts';
import { severityLabels } from '../../../server/schema/enums/severity.ts';
import type { ListedAlert } from '../../../server/schema/alerts.ts';
import { BasisNote } from '../../components/basis-note.tsx';
import { alertsMessages } from '../../i18n/alerts.ts';
import { AlertRow, type RowContext } from './alert-row.tsx';

/**
 * The units a task's alerts name: its 牵头单位, or, when the plan names none (tasks 6 and 16), its 责任单位
 * (`responsible`: the group labels them so, not 牵头).
 */
export function taskUnits(task: { leadUnits: readonly string[]; responsibleUnits: readonly string[] } | undefined): {
  leadUnits: string;
  responsible: boolean;
} {
  if (!task) return { leadUnits: '', responsible: false };
  const responsible = task.leadUnits.length === 0 && task.responsibleUnits.length > 0;
  return { leadUnits: (responsible ? task.responsibleUnits : task.leadUnits).join('、'), responsible };
}

/**
 * The alerts of one rule: a section with its severity, task, title and count, its lead units (or 责任单位), what the
 * rule rests on (「依据」, once per group), and its rows (keyed).
 * Open when it has at most 8 rows at first; then open or closed as the user leaves it, whatever refreshes bring.
 */
export function AlertGroup({
  rule,
  hits,
  leadUnits,
  responsible = false,
  context,
}: {
  rule: string;
  hits: ListedAlert[];
  leadUnits: string;
  /** `leadUnits` are the task's 责任单位 (it has no 牵头单位): labelled 责任单位. */
  responsible?: boolean;
  context: RowContext;
}) {
  const [open, setOpen] = useState(hits.length <= 8);
  const m = alertsMessages(context.lang);
  const first = hits[0];
  const severity = first?.severity ?? 'info';
  return (
    <details class="alert-group" data-rule={rule} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span class={`severity severity-${severity}`}>
          {hitSeverityLabel(rule, severity, severityLabels)[context.lang]}
        </span>{' '}
        {`${first ? m.task(first.task) : ''} · ${first ? first.title[context.lang] : rule} `}
        <strong>{hits.length}</strong>
      </summary>
      <p class="muted" data-task-units={responsible ? 'responsible' : 'lead'}>
        {responsible ? m.responsible(leadUnits) : m.lead(leadUnits)}
      </p>
      <BasisNote
        basis={first?.basis ?? []}
        lang={context.lang}
        quoteOf={context.quoteOf}
        onOpenPlan={context.openPlan}
      />
      <ul class="alert-list">
        {hits.map((hit) => (
          <AlertRow key={hit.id ?? `preview:${hit.entityId}`} hit={hit} context={context} />
        ))}
      </ul>
    </details>
  );
}
