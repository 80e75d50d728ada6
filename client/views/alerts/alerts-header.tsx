import { session } from '../../api/session.ts';
import { alertsMessages } from '../../i18n/alerts.ts';
import type { Language } from '../../state/app-state.ts';
import { toCstMinute } from '../../../server/time/cst.ts';

/** The view's title (the moment listed), the seasonal controls in force, who acts, and when the list was read. */
export function AlertsHeader({
  lang,
  at,
  controls,
  loadedAt,
}: {
  lang: Language;
  at: string;
  controls: { ozone: boolean; autumnWinter: boolean };
  loadedAt: number;
}) {
  const m = alertsMessages(lang);
  const user = session.user;
  return (
    <>
      <h2>{m.title(at)}</h2>
      <p class="muted" data-refreshed-at={String(loadedAt)}>
        {m.refreshedAt(toCstMinute(new Date(loadedAt)).slice(11))}
      </p>
      <p class="controls-in-force" data-controls="">
        {controls.ozone && <span class="control-chip">{m.ozoneControl}</span>}
        {controls.autumnWinter && <span class="control-chip">{m.autumnWinter}</span>}
        {!controls.ozone && !controls.autumnWinter && m.noControl}
      </p>
      {session.can('alerts') ? (
        <p class="muted" data-acting-as={user?.username ?? ''}>
          {m.actingAs(user?.displayName ?? '', user?.role === 'inspector')}
        </p>
      ) : (
        <p class="muted" data-read-only="">
          {m.readOnly}
        </p>
      )}
    </>
  );
}
