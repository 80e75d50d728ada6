import { alertStatusLabels } from '../../../server/schema/enums/alert-status.ts';
import type { Alert, ListedAlert } from '../../../server/schema/alerts.ts';
import { AlertDepartment } from '../departments/alert-department.tsx';
import { session } from '../../api/session.ts';
import { alertsMessages } from '../../i18n/alerts.ts';
import type { Language } from '../../state/app-state.ts';
import { AlertActions, type SendAlertAction } from './alert-actions.tsx';
import { AlertHistory } from './alert-history.tsx';
import { FileCaseControl } from '../enforcement/file-case-control.tsx';
import { type AssigneeCache, useAssignees } from './use-assignees.ts';

/** What a row needs from the view: names, the entity click, and how to act. */
export interface RowContext {
  lang: Language;
  entityName(layer: string, id: string): string;
  townshipName(code: string): string;
  showEntity(hit: ListedAlert): void;
  assignees: AssigneeCache;
  send: SendAlertAction;
  /** Shows an alert routed to another department (issue 17: 转交部门) as the server answered it. */
  onRouted?(alert: Alert): void;
  /** The plan's words of a requirement, for the 「依据」 notes (when known). */
  quoteOf?(id: string): string | undefined;
  /** Opens the 计划 view at a requirement (a 「依据」 link). */
  openPlan?(id: string): void;
  /** Opens an enforcement case in the 执法 view (issue 17: 「查看案件」 after 「立案」). */
  openCase?(caseId: number): void;
}

function ActionControls({ alert, context }: { alert: Alert; context: RowContext }) {
  const assignees = useAssignees(context.assignees, alert.id, alert.township);
  return <AlertActions alert={alert} lang={context.lang} assignees={assignees} send={context.send} />;
}

/**
 * One alert of the list: its entity (a click selects it on the map), township, detail and since when, its status
 * and assignee, the next steps this user may take, and its history. A rule hit the ledger does not hold is a
 * read-only 预览. Keyed by the alert's id, so a refresh patches the row and keeps what is typed in it.
 */
export function AlertRow({ hit, context }: { hit: ListedAlert; context: RowContext }) {
  const { lang } = context;
  const m = alertsMessages(lang);
  const entity = (
    <button
      type="button"
      class="link-button"
      data-hit-entity={`${hit.layer}:${hit.entityId}`}
      onClick={() => context.showEntity(hit)}
    >
      {context.entityName(hit.layer, hit.entityId)}
    </button>
  );
  const where = ` ${context.townshipName(hit.township)} · ${hit.detail[lang]} · ${m.since(hit.since ?? hit.raisedAt)} `;
  if (hit.provisional)
    return (
      <li data-alert-preview={`${hit.rule}|${hit.entityId}`}>
        {entity}
        {where}
        <span class="alert-status alert-status-preview" data-alert-status="preview" title={m.previewTitle}>
          {m.preview}
        </span>
      </li>
    );
  const alert: Alert = hit;
  const assignee = alert.assigneeName ?? alert.assignee;
  // the server decides; the console only hides what this user cannot do
  const canAct = session.can('alerts') && session.actsIn(alert.township);
  return (
    <li data-alert={String(alert.id)}>
      {entity}
      {where}
      <span class={`alert-status alert-status-${alert.status}`} data-alert-status={alert.status}>
        {alertStatusLabels[alert.status][lang]}
        {assignee ? ` · ${assignee}` : ''}
      </span>
      <AlertDepartment alert={alert} lang={lang} canRoute={canAct} onRouted={context.onRouted} />
      {canAct && <ActionControls alert={alert} context={context} />}
      {session.can('cases') && session.actsIn(alert.township) && context.openCase && (
        <FileCaseControl alert={alert} lang={lang} onOpenCase={context.openCase} />
      )}
      <AlertHistory events={alert.events} lang={lang} />
    </li>
  );
}
