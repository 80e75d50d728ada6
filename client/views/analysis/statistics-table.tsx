import type { AreaStatistics } from '../../../server/schema/stats.ts';
import { DUSTFALL_LIMIT } from '../../../server/schema/plan-targets.ts';
import { industryGroupLabels, industryGroups } from '../../../server/schema/enums/industry.ts';
import { heatingStatusLabels, heatingStatuses } from '../../../server/schema/enums/village-heating.ts';
import { analysisMessages, type AnalysisMessages } from '../../i18n/analysis.ts';
import { dustStatsMessages, type DustStatsMessages } from '../../i18n/dust-stats.ts';
import type { Language } from '../../state/app-state.ts';

const fmt = (v: number | null | undefined, digits = 0) =>
  v === null || v === undefined
    ? '—'
    : v.toLocaleString('zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: digits });

type CountLayer = keyof AreaStatistics['counts'];

/** The count rows, in order, with their labels. */
const countLayers: [CountLayer, (m: AnalysisMessages, d: DustStatsMessages) => string][] = [
  ['enterprises', (m) => m.layerEnterprises],
  ['construction-sites', (m) => m.layerSites],
  ['villages', (m) => m.layerVillages],
  ['machines', (m) => m.layerMachines],
  ['stations', (m) => m.layerStations],
  ['dustfall-points', (m) => m.layerDustfallPoints],
  ['fuel-points', (m) => m.layerFuelPoints],
  ['vehicles', (_, d) => d.layerVehicles],
  ['checkpoints', (_, d) => d.layerCheckpoints],
  ['repair-shops', (_, d) => d.layerRepairShops],
  ['muck-trucks', (_, d) => d.layerMuckTrucks],
  ['stockyards', (_, d) => d.layerStockyards],
];

interface Row {
  label: string;
  value: string;
  /** `data-stat` of the row, or the count layer (`data-count-layer`). */
  stat?: string;
  layer?: CountLayer;
  /** A breakdown of the count row `parent`, shown right under it. */
  parent?: CountLayer;
}

/** The breakdown rows of one count row (written `· …` under it). */
function breakdowns(s: AreaStatistics, layer: CountLayer, m: AnalysisMessages, lang: Language): Row[] {
  const sub = (label: string, value: string, stat?: string): Row => ({
    label: `· ${label}`,
    value,
    parent: layer,
    ...(stat ? { stat } : {}),
  });
  switch (layer) {
    case 'enterprises':
      return industryGroups
        .filter((g) => s.enterprises.byGroup[g].count > 0)
        .map((g) => sub(industryGroupLabels[g][lang], fmt(s.enterprises.byGroup[g].count)));
    case 'construction-sites':
      return [sub(m.statFailingSites, fmt(s.constructionSites.failing.count), 'failing-sites')];
    case 'villages':
      return heatingStatuses.map((st) => sub(heatingStatusLabels[st][lang], fmt(s.villages.byHeating[st].count)));
    case 'machines':
      return [sub(m.statBannedInZones, fmt(s.machines.bannedInNrmmZones.count), 'banned-in-zones')];
    case 'fuel-points':
      return [sub(m.statOpenFuel, fmt(s.fuelPoints.open), 'open-fuel')];
    default:
      return dustBreakdowns(s, layer, dustStatsMessages(lang), sub);
  }
}

/** The breakdown rows of the issue-16 point layers. */
function dustBreakdowns(
  s: AreaStatistics,
  layer: CountLayer,
  d: DustStatsMessages,
  sub: (label: string, value: string, stat?: string) => Row,
): Row[] {
  switch (layer) {
    case 'vehicles':
      return [
        sub(d.statVehiclesInUse, fmt(s.vehicles.inUse), 'vehicles-in-use'),
        sub(d.statDirtyDieselTrucks, fmt(s.vehicles.dieselTrucksIVAndBelow), 'dirty-diesel-trucks'),
        sub(d.statNewEnergy, fmt(s.vehicles.newEnergy), 'new-energy'),
      ];
    case 'checkpoints': {
      const c = s.checkpoints;
      return [
        sub(d.statChecks, `${fmt(c.checks)} / ${fmt(c.hits)}`, 'checks'),
        sub(d.statHitRate, c.hitRate === null ? '—' : `${fmt(c.hitRate * 100, 1)} %`, 'hit-rate'),
      ];
    }
    case 'repair-shops':
      return [sub(d.statOpenFinding, fmt(s.repairShops.openFinding), 'open-finding')];
    case 'muck-trucks':
      return [sub(d.statMuckViolating, fmt(s.muckTrucks.violating), 'muck-violating')];
    case 'stockyards':
      return [
        sub(d.statStockyardsFailing, fmt(s.stockyards.failing), 'stockyards-failing'),
        sub(d.statStockyardsUninspected, fmt(s.stockyards.uninspected), 'stockyards-uninspected'),
        sub(d.statStockyardsArea, `${fmt(s.stockyards.areaM2)} m²`, 'stockyards-area'),
      ];
    default:
      return [];
  }
}

/** The rows of an area's statistics: area; each count with its density and, right under it, its breakdowns. */
export function statisticsRows(s: AreaStatistics, lang: Language): Row[] {
  const m = analysisMessages(lang);
  const dm = dustStatsMessages(lang);
  const d = s.dustfall;
  const pm = s.stations.readings.means['PM2.5'];
  return [
    { label: m.statArea, value: `${fmt(s.areaKm2, 2)} km²`, stat: 'area' },
    ...countLayers.flatMap(([layer, label]): Row[] => [
      {
        label: label(m, dm),
        value: `${fmt(s.counts[layer])}${s.densities[layer] !== null ? ` · ${fmt(s.densities[layer], 2)}/km²` : ''}`,
        layer,
      },
      ...breakdowns(s, layer, m, lang),
    ]),
    {
      label: m.statDustfall(d.month),
      value:
        d.value === null ? '—' : `${fmt(d.value, 2)} ${m.unitDustfall}${d.exceeds ? m.aboveLimit(DUSTFALL_LIMIT) : ''}`,
      stat: 'dustfall',
    },
    { label: m.statPm25, value: pm === null || pm === undefined ? '—' : `${fmt(pm, 1)} µg/m³`, stat: 'pm25' },
    {
      label: dm.statRoads,
      value: `${fmt(s.roads.km, 2)} km · ${dm.segments(fmt(s.roads.segments))}`,
      stat: 'roads',
    },
    {
      label: `· ${dm.statRoadsBehind}`,
      value: `${fmt(s.roads.behindKm, 2)} km · ${dm.segments(fmt(s.roads.behindSegments))}`,
      stat: 'roads-behind',
    },
    {
      label: dm.statBuiltUp,
      value: `${fmt(s.builtUpArea.km2, 2)} km²${s.builtUpArea.provisional ? dm.provisionalMark : ''}`,
      stat: 'built-up',
    },
  ];
}

/** An area's statistics as a table (the drawn area's, a township's or the district's). */
export function StatisticsTable({ stats, lang }: { stats: AreaStatistics; lang: Language }) {
  return (
    <table class="details stats-table">
      <tbody>
        {statisticsRows(stats, lang).map((row) => (
          <tr
            key={`${row.layer ?? row.stat ?? ''}${row.label}`}
            class={row.parent ? 'stats-breakdown' : undefined}
            data-stat={row.stat}
            data-count-layer={row.layer}
            data-parent={row.parent}
          >
            <th>{row.label}</th>
            <td class="num">{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
