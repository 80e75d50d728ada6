import { dustStockyardsMessages } from '../../i18n/dust-stockyards.ts';
import type { Language } from '../../state/app-state.ts';
import { industryGroupLabels, industryGroups } from '../../../server/schema/enums/industry.ts';
import type {
  DustfallPointSources,
  DustSourcesResponse,
  NearbyDustSource,
} from '../../../server/schema/dust-sources.ts';

/** What a row of the analysis selects: a source's or a point's layer, id and position. */
export interface SourcePick {
  layer: 'stockyards' | 'construction-sites' | 'enterprises' | 'road-segments' | 'dustfall-points';
  id: string;
  position: [number, number];
}

type M = ReturnType<typeof dustStockyardsMessages>;

const layerName = (m: M, layer: NearbyDustSource['layer']) =>
  ({
    stockyards: m.layerStockyards,
    'construction-sites': m.layerSites,
    enterprises: m.layerEnterprises,
    'road-segments': m.layerRoads,
  })[layer];

const statusName = (m: M, status: NearbyDustSource['status']) =>
  status === null
    ? ''
    : {
        failing: m.statusFailing,
        compliant: m.statusCompliant,
        'never-inspected': m.statusNever,
        behind: m.statusBehind,
        'on-schedule': m.statusOnSchedule,
      }[status];

/** One source's label in the nearest list: kind, name, status or industry group. */
export function nearbyText(lang: Language, s: NearbyDustSource): string {
  const m = dustStockyardsMessages(lang);
  const extra = s.group ? industryGroupLabels[s.group][lang] : statusName(m, s.status);
  return `${layerName(m, s.layer)} · ${s.name}${extra ? ` · ${extra}` : ''}`;
}

/** The enterprises of a ring as `total（group n、…）`, groups without any left out. */
function enterpriseCell(lang: Language, ring: DustfallPointSources['rings'][number]): string {
  const parts = industryGroups
    .filter((g) => ring.enterprises.byGroup[g] > 0)
    .map((g) => `${industryGroupLabels[g][lang]} ${ring.enterprises.byGroup[g]}`);
  return parts.length === 0 ? '0' : `${ring.enterprises.total}（${parts.join(lang === 'zh' ? '、' : ', ')}）`;
}

/** One over-limit point: its value, the rings × source types, and the nearest sources (each selects on the map). */
function PointSources(props: { lang: Language; point: DustfallPointSources; onPick: (pick: SourcePick) => void }) {
  const { lang, point, onPick } = props;
  const m = dustStockyardsMessages(lang);
  const triple = (c: { failing: number; compliant: number; neverInspected: number }) =>
    `${c.failing} / ${c.compliant} / ${c.neverInspected}`;
  return (
    <section class="dust-point-sources" data-dust-point={point.id}>
      <h4>
        <button
          type="button"
          class="link"
          onClick={() => onPick({ layer: 'dustfall-points', id: point.id, position: point.position })}
        >
          {point.name}
        </button>{' '}
        <span class="dust-point-value">{m.pointValue(point.value.toFixed(2))}</span>
      </h4>
      <table class="dust-rings">
        <thead>
          <tr>
            <th />
            {point.rings.map((r) => (
              <th key={r.radiusKm}>{m.ring(r.radiusKm)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr data-ring-row="stockyards">
            <th>{m.rowStockyards}</th>
            {point.rings.map((r) => (
              <td key={r.radiusKm}>{triple(r.stockyards)}</td>
            ))}
          </tr>
          <tr data-ring-row="construction-sites">
            <th>{m.rowSites}</th>
            {point.rings.map((r) => (
              <td key={r.radiusKm}>{triple(r.constructionSites)}</td>
            ))}
          </tr>
          <tr data-ring-row="enterprises">
            <th>{m.rowEnterprises}</th>
            {point.rings.map((r) => (
              <td key={r.radiusKm}>{enterpriseCell(lang, r)}</td>
            ))}
          </tr>
          <tr data-ring-row="road-segments">
            <th>{m.rowRoads}</th>
            {point.rings.map((r) => (
              <td key={r.radiusKm}>
                {r.roads.km.toFixed(1)}（{r.roads.behindKm.toFixed(1)}）
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {point.nearest.length > 0 ? (
        <>
          <h5>{m.nearest}</h5>
          <ol class="dust-nearest">
            {point.nearest.map((s) => (
              <li key={`${s.layer}:${s.id}`} data-nearest={`${s.layer}:${s.id}`}>
                <button type="button" class="link" onClick={() => onPick(s)}>
                  {nearbyText(lang, s)}
                </button>{' '}
                <span class="muted">{m.distance(s.distanceM)}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

/** The dustfall source analysis of a month (GET /api/dust/sources-near), one block per point over the limit. */
export function DustSourcesView(props: {
  lang: Language;
  analysis: DustSourcesResponse;
  onPick: (pick: SourcePick) => void;
}) {
  const { lang, analysis, onPick } = props;
  const m = dustStockyardsMessages(lang);
  if (analysis.month === null) return <p class="muted">{m.sourcesNoData}</p>;
  return (
    <div class="dust-sources" data-dust-sources={analysis.month}>
      <p class="muted">{m.sourcesNote(analysis.limit)}</p>
      {analysis.points.length === 0 ? (
        <p class="muted" data-dust-sources-none="">
          {m.sourcesNone(analysis.month, analysis.pointsWithReading)}
        </p>
      ) : (
        analysis.points.map((p) => <PointSources key={p.id} lang={lang} point={p} onPick={onPick} />)
      )}
    </div>
  );
}
