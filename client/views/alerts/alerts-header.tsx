import { session } from '../../api/session.ts';
import { basisTitle } from '../../components/basis-note.tsx';
import { alertsMessages } from '../../i18n/alerts.ts';
import type { Language } from '../../state/app-state.ts';
import { toCstMinute } from '../../../server/time/cst.ts';
import { scheduleText } from '../../../server/schema/task-timing.ts';
import type { AlertsControls } from './use-alerts.ts';

/** The view's title (the moment listed), the seasonal controls in force, who acts, and when the list was read. */
export function AlertsHeader({
  lang,
  at,
  controls,
  loadedAt,
}: {
  lang: Language;
  at: string;
  controls: AlertsControls;
  loadedAt: number;
}) {
  const m = alertsMessages(lang);
  const user = session.user;
  const heavy = controls.heavyPollution;
  const { seasonal } = controls;
  // task 14's window in the one wording (5–9月 每日10–16时); task 15's season and its convention in the tooltip
  const ozoneWindow = seasonal ? scheduleText(seasonal.ozone, lang) : null;
  const season = seasonal?.autumnWinter;
  return (
    <>
      <h2>{m.title(at)}</h2>
      <p class="muted" data-refreshed-at={String(loadedAt)}>
        {m.refreshedAt(toCstMinute(new Date(loadedAt)).slice(11))}
      </p>
      <p class="controls-in-force" data-controls="">
        {controls.ozone && (
          <span
            class="control-chip"
            data-control="ozone"
            title={seasonal ? basisTitle(seasonal.ozone.basis, lang) : undefined}
          >
            {ozoneWindow ? m.ozoneControlWindow(ozoneWindow) : m.ozoneControl}
          </span>
        )}
        {controls.autumnWinter && (
          <span
            class="control-chip"
            data-control="autumn-winter"
            title={
              season
                ? `${m.autumnWinterPeriod(season.period.from, season.period.to)}\n${basisTitle(season.basis, lang)}`
                : undefined
            }
          >
            {m.autumnWinter}
          </span>
        )}
        {heavy && heavy.level !== 'none' && (
          <span
            class="control-chip"
            data-control="heavy-pollution"
            title={[heavy.basis.triggers, heavy.basis.reduction, heavy.basis.measures]
              .map((b) => basisTitle(b, lang))
              .join('\n')}
          >
            {m.heavyPollutionChip(heavy.level, Math.round(heavy.requiredReduction * 100), heavy.source === 'issued')}
          </span>
        )}
        {!controls.ozone && !controls.autumnWinter && !(heavy && heavy.level !== 'none') && m.noControl}
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
