import type { Feature, Point } from 'geojson';
import type { Language } from '../../state/app-state.ts';
import { dustStockyardsMessages } from '../../i18n/dust-stockyards.ts';
import { stockyardControlLabels, stockyardMaterialLabels } from '../../../server/schema/enums/stockyard.ts';
import type { StockyardProperties } from '../../../server/schema/stockyard.ts';

/** A stockyard feature as GET /api/layers/stockyards serves it. */
export type StockyardFeature = Feature<Point, StockyardProperties>;

const rank = (p: StockyardProperties) => (p.compliant === false ? 0 : p.compliant === null ? 1 : 2);

/**
 * Stockyards in the order an inspector works them: failing first (most controls missing first), then never
 * inspected, then compliant; by name within each.
 *
 * @example
 * orderStockyards(features)[0]?.properties.compliant; // false when any yard fails
 */
export function orderStockyards(features: readonly StockyardFeature[]): StockyardFeature[] {
  return [...features].sort(
    (a, b) =>
      rank(a.properties) - rank(b.properties) ||
      b.properties.failedControls.length - a.properties.failedControls.length ||
      a.properties.name.localeCompare(b.properties.name, 'zh'),
  );
}

/** The line under a stockyard's name: its failed controls, never inspected, or all in place, with the date. */
export function stockyardStatusText(lang: Language, p: StockyardProperties): string {
  const m = dustStockyardsMessages(lang);
  if (!p.lastInspection) return m.neverInspected;
  const state =
    p.failedControls.length > 0
      ? m.failed(p.failedControls.map((c) => stockyardControlLabels[c][lang]).join(m.separator))
      : m.allInPlace;
  return `${state} · ${m.inspectedOn(p.lastInspection.date)}`;
}

/** The stockyards, failing first; a row selects its yard (on the map and for the inspection form). */
export function StockyardList(props: {
  lang: Language;
  features: readonly StockyardFeature[];
  selectedId: string | null;
  onSelect: (feature: StockyardFeature) => void;
}) {
  const { lang, features, selectedId, onSelect } = props;
  const m = dustStockyardsMessages(lang);
  if (features.length === 0) return <p class="muted">{m.none}</p>;
  const failing = features.filter((f) => f.properties.compliant === false).length;
  const never = features.filter((f) => f.properties.compliant === null).length;
  return (
    <>
      <p class="muted" data-stockyard-summary="">
        {m.summary(features.length, failing, never)}
      </p>
      <ul class="stockyard-list">
        {orderStockyards(features).map((f) => {
          const p = f.properties;
          const state = p.compliant === false ? 'failing' : p.compliant === null ? 'never' : 'compliant';
          return (
            <li key={p.id} data-stockyard={p.id} data-state={state} class={p.id === selectedId ? 'selected' : ''}>
              <button type="button" class="stockyard-row" title={m.showOnMap} onClick={() => onSelect(f)}>
                <span class="stockyard-name">{p.name}</span>
                <span class="muted">
                  {' '}
                  {stockyardMaterialLabels[p.material][lang]} · {p.townshipName}
                </span>
                <span class={`stockyard-status ${state}`}>{stockyardStatusText(lang, p)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
