import type { AqEvaluationResponse, PollutantEvaluation } from '../../../server/schema/aq.ts';
import { sourceDocumentText } from '../../../server/schema/city-indicator-keys.ts';
import { session } from '../../api/session.ts';
import { airMessages } from '../../i18n/air.ts';
import type { Language } from '../../state/app-state.ts';

/**
 * The 市下达 line under a pollutant's row, aligned with the plan target and its standing (a row, not a column: the
 * panel is narrow): the city's figure of the year and its standing. Nothing when the city sets none for it.
 */
export function CityTargetRow({ lang, pollutant: p }: { lang: Language; pollutant: PollutantEvaluation }) {
  const m = airMessages(lang);
  if (p.cityTarget === null || p.cityTarget === undefined) return null;
  const progress = p.cityProgress ?? 'no-data';
  return (
    <tr class="city-target-row" data-city-row={p.pollutant}>
      <td />
      <td />
      <td class="num" data-city-target={String(p.cityTarget)}>
        {m.cityTarget(p.cityTarget)}
      </td>
      <td>
        <span class={`progress city-progress progress-${progress}`} data-city-progress={progress}>
          {m.progress(progress)}
        </span>
      </td>
    </tr>
  );
}

/**
 * Under the table: where the city's figures come from (合成 when synthetic) and the good-day floor's standing, or that
 * none were entered for the year (and, for admins, where to enter them).
 */
export function CityIndicatorNote({ lang, evaluation: e }: { lang: Language; evaluation: AqEvaluationResponse }) {
  const m = airMessages(lang);
  const city = e.cityIndicators;
  if (!city) {
    return (
      <p class="muted" data-city-indicators="none">
        {m.cityMissing(e.year)}
        {session.can('edit') ? ` ${m.cityMissingAdmin}` : ''}
      </p>
    );
  }
  const good = e.cityGoodDayRatio;
  return (
    <p class="muted" data-city-indicators={city.provenance}>
      {m.citySource(city.year, sourceDocumentText(city.source, lang))}
      {city.provenance === 'synthetic' ? (
        <>
          {' '}
          <span class="badge provenance-synthetic" data-synthetic="">
            {m.citySynthetic}
          </span>
        </>
      ) : null}
      {good ? (
        <span data-city-good-days={good.progress}>
          {` · ${m.goodDays} ${m.cityGoodDays(good.floor)} `}
          <span class={`progress city-progress progress-${good.progress}`}>{m.progress(good.progress)}</span>
        </span>
      ) : null}
    </p>
  );
}
