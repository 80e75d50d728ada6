import { alertEventLabels } from '../../../server/schema/enums/alert-status.ts';
import type { Alert } from '../../../server/schema/alerts.ts';
import { alertsMessages } from '../../i18n/alerts.ts';
import type { Language } from '../../state/app-state.ts';
import { alertTime } from './alert-time.ts';

type AlertEvent = Alert['events'][number];

/** The ledger's own note on clearing an alert (the server writes it in English). */
const CLEARED_NOTE = 'condition no longer holds';

/** One event as read: `time action · who · note`, the time in CST and people by their display names. */
export function eventLine(event: AlertEvent, lang: Language): string {
  const m = alertsMessages(lang);
  const who = event.actor === 'system' ? m.system : (event.actorName ?? event.actor);
  let note = event.note;
  if (event.action === 'cleared' && note === CLEARED_NOTE) note = m.conditionCleared;
  if (event.action === 'assigned' && note?.startsWith('→ ') && event.assigneeName) {
    const rest = note.slice(2).split(' · ').slice(1);
    note = [`→ ${event.assigneeName}`, ...rest].join(' · ');
  }
  return (
    `${alertTime(event.at)} ${alertEventLabels[event.action][lang]} · ${who}` +
    `${note ? ` · ${note}` : ''}${event.hasPhoto ? ` · ${m.withPhoto}` : ''}`
  );
}

/** 处置记录: an alert's history, collapsed; its open state is the element's own, so refreshes keep it. */
export function AlertHistory({ events, lang }: { events: AlertEvent[]; lang: Language }) {
  return (
    <details class="alert-history">
      <summary class="muted">{alertsMessages(lang).history}</summary>
      <ol>
        {events.map((e, i) => (
          <li key={`${i}:${e.at}:${e.action}`} class="muted">
            {eventLine(e, lang)}
          </li>
        ))}
      </ol>
    </details>
  );
}
