import { useEffect, useState } from 'preact/hooks';
import type { BuiltUpSummary } from '../../../server/schema/built-up-summary.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { dustMessages } from '../../i18n/dust.ts';
import { dustBuiltUpMessages } from '../../i18n/dust-built-up.ts';
import type { Language } from '../../state/app-state.ts';

/** A share in [0, 1] as a whole percentage; '—' when there is nothing to share out. */
export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** How many named disagreements the summary lists before it stops. */
const SHOWN_DISAGREEMENTS = 5;

/**
 * The built-up area's figures, compact: its area (with the 示意 note while the outline is provisional), the
 * enterprises inside (heavy polluters; list flags that disagree with the outline), sites, machines (electric share),
 * muck trucks (new-energy share), road length inside and stockyards.
 */
export function BuiltUpSummaryView(props: { lang: Language; summary: BuiltUpSummary }) {
  const { lang, summary: s } = props;
  const m = dustBuiltUpMessages(lang);
  if (s.areas.length === 0)
    return (
      <section class="built-up-summary" data-built-up-summary="">
        <h3>{m.title}</h3>
        <p class="muted" data-built-up-none="">
          {m.none}
        </p>
      </section>
    );
  const e = s.enterprises;
  return (
    <section class="built-up-summary" data-built-up-summary="">
      <h3>
        {m.title} <span data-built-up-area="">{m.area(s.areaKm2.toFixed(1))}</span>
        {s.provisional ? (
          <span class="tag" data-built-up-provisional="">
            {m.provisionalTag}
          </span>
        ) : null}
      </h3>
      {s.provisional ? (
        <p class="muted built-up-note" data-built-up-note="">
          {m.provisionalNote}
        </p>
      ) : null}
      <dl class="built-up-figures">
        <dt>{m.enterprises}</dt>
        <dd data-built-up-figure="enterprises">{m.enterprisesValue(e.total, e.operating, e.heavyPolluters)}</dd>
        {e.disagreementsTotal > 0 ? (
          <>
            <dt>{m.disagreements}</dt>
            <dd data-built-up-figure="disagreements">
              <details>
                <summary>{m.disagreementsValue(e.disagreementsTotal)}</summary>
                <ul class="built-up-disagreements">
                  {e.disagreements.slice(0, SHOWN_DISAGREEMENTS).map((d) => (
                    <li key={d.enterpriseId} data-disagreement={d.enterpriseId}>
                      {m.disagreement(d.name, d.heavyPolluter, d.listMarksBuiltUp)}
                    </li>
                  ))}
                  {e.disagreementsTotal > SHOWN_DISAGREEMENTS ? <li>…</li> : null}
                </ul>
              </details>
            </dd>
          </>
        ) : null}
        <dt>{m.sites}</dt>
        <dd data-built-up-figure="sites">{m.sitesValue(s.constructionSites.total, s.constructionSites.active)}</dd>
        <dt>{m.machines}</dt>
        <dd data-built-up-figure="machines">
          {m.fleetValue(s.machines.seen, m.electricShare(percent(s.machines.electricShare)))}
        </dd>
        <dt>{m.muckTrucks}</dt>
        <dd data-built-up-figure="muck-trucks">
          {m.fleetValue(s.muckTrucks.total, m.newEnergyShare(percent(s.muckTrucks.newEnergyShare)))}
        </dd>
        <dt>{m.roads}</dt>
        <dd data-built-up-figure="roads">{m.roadsValue(s.roadSegments.count, s.roadSegments.lengthKm.toFixed(1))}</dd>
        <dt>{m.stockyards}</dt>
        <dd data-built-up-figure="stockyards">{m.stockyardsValue(s.stockyards.total)}</dd>
      </dl>
    </section>
  );
}

/** GET /api/built-up-area/summary at the console's as-of (the present's without one), shown above the tabs. */
export function BuiltUpSummaryPanel(props: { lang: Language; asOf: string | null }) {
  const { lang, asOf } = props;
  const [summary, setSummary] = useState<BuiltUpSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    const url = `/api/built-up-area/summary${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`;
    void fetchJson<BuiltUpSummary>(url, controller.signal).then((r) => {
      if (controller.signal.aborted) return;
      if (r.ok) setSummary(r.value);
      else setError(failureText(lang, r.error));
    });
    return () => controller.abort();
  }, [asOf, attempt]);
  const shared = dustMessages(lang);
  if (error)
    return (
      <p class="error" data-built-up-error="">
        {shared.loadFailed(error)}{' '}
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          {shared.retry}
        </button>
      </p>
    );
  if (!summary) return <p class="muted">{shared.loading}</p>;
  return <BuiltUpSummaryView lang={lang} summary={summary} />;
}
