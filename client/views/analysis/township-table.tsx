import type { AreaStatistics, TownshipStatsResponse } from '../../../server/schema/stats.ts';
import { analysisMessages } from '../../i18n/analysis.ts';
import type { Language } from '../../state/app-state.ts';
import { townshipChoropleth } from './township-choropleth.ts';
import { type TableSort, type TownshipMetric, townshipMetrics } from './township-metrics.ts';

type Township = TownshipStatsResponse['townships'][number];

interface Column {
  key: string;
  header: string;
  digits: number;
  value: (s: AreaStatistics) => number | null;
}

export interface TownshipTableProps {
  table: TownshipStatsResponse;
  lang: Language;
  metric: TownshipMetric;
  sort: TableSort;
  /** The township whose statistics the panel shows, highlighted. */
  selected: string | null;
  /** A township's name in the language (Chinese in zh, pinyin in en). */
  nameOf: (township: Township) => string;
  onMetric: (id: string) => void;
  onSort: (sort: TableSort) => void;
  onRow: (code: string) => void;
  /** The export links' query (`lang`, `asOf`); null when the account may not export. */
  exportQuery: string | null;
}

const format = (v: number | null, digits: number) => (v === null ? '—' : v.toFixed(digits));

/** The township table: the choropleth metric, its legend, the sortable table (units in the headers), exports. */
export function TownshipTable(props: TownshipTableProps) {
  const { table, lang, metric, sort } = props;
  const m = analysisMessages(lang);
  const columns: Column[] = [
    { key: 'area', header: m.columnArea, digits: 2, value: (s) => s.areaKm2 },
    ...townshipMetrics.map((c) => ({
      key: c.id,
      header: m.withUnit(c.label(m), c.unit(m)),
      digits: c.digits,
      value: c.value,
    })),
  ];
  const sortColumn = columns.find((c) => c.key === sort.key);
  const sorted = [...table.townships].sort((a, b) => {
    const va = sortColumn ? sortColumn.value(a) : a.code;
    const vb = sortColumn ? sortColumn.value(b) : b.code;
    const cmp = va === vb ? 0 : va === null ? -1 : vb === null ? 1 : va < vb ? -1 : 1;
    return sort.descending ? -cmp : cmp;
  });
  const sortBy = (key: string) =>
    props.onSort({ key, descending: key === sort.key ? !sort.descending : key !== 'code' });
  const headerClass = (key: string) => (key === sort.key ? (sort.descending ? 'sorted-desc' : 'sorted-asc') : '');
  const { legend } = townshipChoropleth(table.townships, metric);
  return (
    <>
      <h2>{m.townshipsTitle(table.month)}</h2>
      <label class="field">
        <span class="muted">{m.choroplethMetric}</span>
        <select data-metric="" value={metric.id} onChange={(e) => props.onMetric(e.currentTarget.value)}>
          {townshipMetrics.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label(m)}
            </option>
          ))}
        </select>
      </label>
      <div class="choropleth-legend" data-legend={metric.id}>
        {legend.map((entry) => (
          <span
            key={entry.label ?? 'no-data'}
            class={entry.label === null ? 'ramp-entry ramp-no-data' : 'ramp-entry'}
            data-no-data={entry.label === null ? '' : undefined}
          >
            <span class="ramp-swatch" style={{ background: entry.colour }} />
            {entry.label ?? m.noData}
          </span>
        ))}
        <span class="muted"> {m.withUnit(metric.label(m), metric.unit(m))}</span>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is reached by keyboard to scroll it */}
      <section class="table-scroll" tabIndex={0} aria-label={m.townshipsTitle(table.month)}>
        <table class="township-table" data-township-table="">
          <thead>
            <tr>
              <th data-sort="code" class={headerClass('code')} onClick={() => sortBy('code')}>
                {m.columnTownship}
              </th>
              {columns.map((c) => (
                <th key={c.key} data-sort={c.key} class={headerClass(c.key)} onClick={() => sortBy(c.key)}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((t) => (
              <tr
                key={t.code}
                data-township-row={t.code}
                class={t.code === props.selected ? 'selected' : undefined}
                aria-selected={t.code === props.selected}
                onClick={() => props.onRow(t.code)}
              >
                <td class="township-name">{props.nameOf(t)}</td>
                {columns.map((c) => (
                  <td key={c.key} class="num">
                    {format(c.value(t), c.digits)}
                  </td>
                ))}
              </tr>
            ))}
            <tr class="district-row">
              <td class="township-name">{m.district}</td>
              {columns.map((c) => (
                <td key={c.key} class="num">
                  {format(c.value(table.district), c.digits)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </section>
      <p class="muted">{m.tableNote}</p>
      {props.exportQuery !== null && (
        <p>
          <a
            class="link-button"
            data-export-townships="csv"
            href={`/api/exports/stats/townships?format=csv&${props.exportQuery}`}
          >
            {m.exportTownshipsCsv}
          </a>{' '}
          <a
            class="link-button"
            data-export-townships="geojson"
            href={`/api/exports/stats/townships?format=geojson&${props.exportQuery}`}
          >
            {m.exportTownshipsGeojson}
          </a>
        </p>
      )}
    </>
  );
}
