import { useState } from 'preact/hooks';
import { useFetched } from '../../api/use-fetched.ts';
import { session } from '../../api/session.ts';
import { dustMessages } from '../../i18n/dust.ts';
import { dustStockyardsMessages } from '../../i18n/dust-stockyards.ts';
import type { DustSourcesResponse } from '../../../server/schema/dust-sources.ts';
import { showOnMap } from '../../map/show-on-map.ts';
import type { DustSectionProps } from './dust-view.tsx';
import { DustSourcesView, type SourcePick } from './dust-sources-view.tsx';
import { StockyardInspectionForm } from './stockyard-inspection-form.tsx';
import { StockyardList, type StockyardFeature } from './stockyard-list.tsx';
import { loadFailure } from '../../components/load-failure.tsx';

/**
 * 堆场 (task 12): the stockyards, failing first with their failed controls (a row selects the yard on the map and
 * opens its inspection form for those who supervise), and the dustfall source analysis of as-of's month: for each
 * point over 7 t/(km²·month), what lies within 1, 3 and 5 km by type and the nearest sources.
 */
export function StockyardsSection({ context, lang, asOf }: DustSectionProps) {
  const m = dustStockyardsMessages(lang);
  const shared = dustMessages(lang);
  const at = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  const yards = useFetched<{ features: StockyardFeature[] }>(`/api/layers/stockyards${at}`, lang);
  const month = asOf ? `?month=${asOf.slice(0, 7)}` : '';
  const sources = useFetched<DustSourcesResponse>(`/api/dust/sources-near${month}`, lang);
  const [selected, setSelected] = useState<{ id: string; name: string } | null>(null);
  const pick = (p: SourcePick) => showOnMap(context.store, context.map, p.layer, p.id, p.position);
  const failure = loadFailure(shared);
  return (
    <section data-dust-section="stockyards" class="stockyards-section">
      <h3>{m.title}</h3>
      {yards.error ? failure(yards.error, yards.reload) : null}
      {!yards.value && !yards.error ? <p class="muted">{shared.loading}</p> : null}
      {yards.value ? (
        <StockyardList
          lang={lang}
          features={yards.value.features}
          selectedId={selected?.id ?? null}
          onSelect={(f) => {
            setSelected({ id: f.properties.id, name: f.properties.name });
            showOnMap(context.store, context.map, 'stockyards', f.properties.id, [
              f.geometry.coordinates[0] as number,
              f.geometry.coordinates[1] as number,
            ]);
          }}
        />
      ) : null}
      {session.can('supervise') ? (
        selected ? (
          <StockyardInspectionForm
            key={selected.id}
            lang={lang}
            stockyard={selected}
            onSaved={() => {
              yards.reload();
              sources.reload();
              void context.reloadData();
            }}
          />
        ) : (
          <p class="muted">{m.formPick}</p>
        )
      ) : null}
      <h3>{m.sourcesTitle}</h3>
      {sources.error ? failure(sources.error, sources.reload) : null}
      {!sources.value && !sources.error ? <p class="muted">{shared.loading}</p> : null}
      {sources.value ? <DustSourcesView lang={lang} analysis={sources.value} onPick={pick} /> : null}
    </section>
  );
}
