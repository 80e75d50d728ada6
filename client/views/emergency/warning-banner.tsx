import { type WarningLevel, warningBasisLabels, warningLevelLabels } from '../../../server/schema/enums/emergency.ts';
import type { Warning } from '../../../server/schema/emergency-warnings.ts';
import { emergencyMessages } from '../../i18n/emergency.ts';
import type { Language } from '../../state/app-state.ts';

/** A CST moment `YYYY-MM-DDTHH:mm` as shown: a space for the T. */
export const shownTime = (at: string | null): string => (at ?? '').replace('T', ' ');

/** The level's mark beside its words (colour is never the only carrier: ▲ yellow, ◆ orange, ■ red). */
export const levelMark: Record<WarningLevel, string> = { yellow: '▲', orange: '◆', red: '■' };

/** A level as words with its mark, e.g. 「◆ 橙色预警（Ⅱ级）」. */
export const levelText = (lang: Language, level: WarningLevel): string =>
  `${levelMark[level]} ${warningLevelLabels[level][lang]}`;

/** The status of a warning in words. */
export function statusText(lang: Language, status: Warning['status']): string {
  const m = emergencyMessages(lang);
  if (status === 'scheduled') return m.statusScheduled;
  if (status === 'in-force') return m.statusInForce;
  if (status === 'lifted') return m.statusLifted;
  return m.statusEnded;
}

/**
 * The warning banner: the level in its colour AND its words, start, planned end, basis (a forecast's Xinzhou
 * triggers labelled as outside the plan), the list version and how far ahead it was issued. Without a warning:
 * 「当前无预警」.
 */
export function WarningBanner(props: { lang: Language; warning: Warning | null }) {
  const { lang, warning: w } = props;
  const m = emergencyMessages(lang);
  if (!w)
    return (
      <div class="warning-banner level-none" role="status" data-warning-banner="none">
        <strong>{m.noWarning}</strong>
      </div>
    );
  return (
    <div class={`warning-banner level-${w.level}`} role="status" data-warning-banner={w.level} data-warning-id={w.id}>
      <strong class="warning-level">{levelText(lang, w.level)}</strong>
      <span class="warning-status"> · {statusText(lang, w.status)}</span>
      <dl class="warning-facts">
        <dt>{m.start}</dt>
        <dd>{shownTime(w.start)}</dd>
        <dt>{m.plannedEnd}</dt>
        <dd>{w.plannedEnd ? shownTime(w.plannedEnd) : m.untilLifted}</dd>
        {w.liftedAt && w.status === 'lifted' ? (
          <>
            <dt>{m.liftedAt}</dt>
            <dd>{shownTime(w.liftedAt)}</dd>
          </>
        ) : null}
        <dt>{m.basis}</dt>
        <dd>
          {w.basis === 'forecast' ? m.basisForecast : warningBasisLabels[w.basis][lang]}
          {w.forecast ? (
            <span class="muted" data-forecast="">
              {' '}
              {m.forecastLine(
                w.forecast.dailyAqi.join(', '),
                w.forecast.derivedLevel === 'none' ? m.levelNone : levelText(lang, w.forecast.derivedLevel),
              )}
              {' · '}
              {m.forecastExternal}
            </span>
          ) : null}
        </dd>
        <dt>{m.listVersion}</dt>
        <dd>{w.listVersion ? w.listVersion.version : m.noListVersion}</dd>
        <dt>{m.issuedAt}</dt>
        <dd>
          {shownTime(w.issuedAt)}
          {w.advanceHours > 0 ? ` · ${m.advance(Math.round(w.advanceHours * 10) / 10)}` : ''}
        </dd>
        {w.document ? (
          <>
            <dt>{m.document}</dt>
            <dd>{w.document}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
