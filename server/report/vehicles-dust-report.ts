/**
 * The monthly report's section 车辆与扬尘 (vehicles and dust; tasks 9–12, 16): its figures and its HTML.
 *
 * Definitions (the month runs from its 1st 00:00 to the report's month-end moment `at`, CST):
 * - **Roadside checks**: the checks (路检路查) held in the month, and those that found a problem (devices
 *   missing or tampered with, an OBD fault or tampering, a failed emission test); hit rate = hits / checks.
 * - **Diesel trucks of 国四 or below**: trucks (货车 categories, muck trucks included) on diesel at 国一–国四;
 *   phased out in the month = scrapped or deregistered with the status date in the month (up to `at`'s day);
 *   in use at month end = registered by then and not yet left (as the vehicles layer at `at`).
 * - **Muck-truck violations**: alerts of the four muck-truck rules (off route, out of hours, illegal dumping,
 *   spill) raised in the month, counted from the alert ledger the scheduler keeps (not re-evaluated: a hit
 *   the scheduler has not yet seen is not counted).
 * - **Roads behind schedule** and **stockyards failing**: as the road-segments and stockyards layers serve
 *   them at `at` (behind their sweeping / washing interval; failing a control at their latest inspection).
 *
 * @module
 */
import { layerDefinitions } from '../db/layers/registry.ts';
import type { MonthlyReportQueries } from '../db/monthly-report-repository.ts';
import type { Db } from '../db/open-database.ts';
import { ruleTitles, type RuleId } from '../schema/enums/rule-id.ts';
import type { ReportLang } from '../schema/reports.ts';
import { el, type Html } from './html.ts';

/** The four muck-truck rules, in the report's order. */
export const muckRules = ['muck-off-route', 'muck-out-of-hours', 'muck-illegal-dumping', 'muck-spill'] as const;

/** The figures of the section 车辆与扬尘. */
export interface VehiclesDustReport {
  checks: { checks: number; hits: number; hitRate: number | null };
  dieselTrucks: { phasedOut: number; inUse: number };
  muck: { total: number; byRule: Record<(typeof muckRules)[number], number> };
  roads: { segments: number; behind: number; behindKm: number };
  stockyards: { total: number; failing: number; uninspected: number };
}

/**
 * Reads the section's figures for the month `from` … `at` (`from`: YYYY-MM-DD, the 1st; `at`: the month-end
 * moment, YYYY-MM-DDTHH:mm CST).
 *
 * @example
 * readVehiclesDust(db, monthlyReportQueries(db), '2023-12-01', '2023-12-31T23:00').checks.hitRate; // 0–1 or null
 */
export function readVehiclesDust(db: Db, sql: MonthlyReportQueries, from: string, at: string): VehiclesDustReport {
  const day = at.slice(0, 10);
  const checks = sql.roadsideChecks(`${from}T00:00`, at);
  const checked = checks.checks;
  const byRule = Object.fromEntries(muckRules.map((rule) => [rule, 0])) as VehiclesDustReport['muck']['byRule'];
  for (const row of sql.muckAlerts(`${from}T00:00`, at))
    if ((muckRules as readonly string[]).includes(row.rule)) byRule[row.rule as keyof typeof byRule] = row.n;
  const roads = layerDefinitions['road-segments'].features(db, {}, at);
  const behind = roads.filter((f) => f.properties.behind === true);
  const yards = layerDefinitions.stockyards.features(db, {}, at);
  return {
    checks: { checks: checked, hits: checks.hits, hitRate: checked > 0 ? checks.hits / checked : null },
    dieselTrucks: sql.dirtyDieselTrucks(from, day),
    muck: { total: Object.values(byRule).reduce((sum, n) => sum + n, 0), byRule },
    roads: {
      segments: roads.length,
      behind: behind.length,
      behindKm: behind.reduce((sum, f) => sum + Number(f.properties.lengthKm ?? 0), 0),
    },
    stockyards: {
      total: yards.length,
      failing: yards.filter((f) => f.properties.compliant === false).length,
      uninspected: yards.filter((f) => f.properties.compliant === null).length,
    },
  };
}

type Pair = readonly [zh: string, en: string];
const words = {
  heading: ['车辆与扬尘', 'Vehicles and dust'],
  note: [
    '路检路查、柴油货车淘汰与渣土车告警按本月统计（渣土车告警取自告警台账）；道路保洁与堆场按月末时点。',
    'Roadside checks, truck phase-out and muck-truck alerts are counted over the month (muck-truck alerts from ' +
      'the alert ledger); roads and stockyards are as at month end.',
  ],
  item: ['项目', 'Item'],
  value: ['数值', 'Figure'],
  checks: ['路检路查（本月）：检查次数', 'Roadside checks this month'],
  hits: ['其中发现问题', 'of which found a problem'],
  hitRate: ['问题检出率', 'Hit rate'],
  phasedOut: ['国四及以下柴油货车：本月淘汰（报废、注销）', 'Diesel trucks of China IV or below phased out this month'],
  inUse: ['国四及以下柴油货车：月末在用', 'Diesel trucks of China IV or below in use at month end'],
  muck: ['渣土车违规告警（本月新增）', 'Muck-truck violation alerts raised this month'],
  roadsBehind: ['月末保洁滞后路段', 'Road segments behind their cleaning schedule at month end'],
  yardsFailing: ['月末防尘措施不到位堆场', 'Stockyards failing a control at month end'],
  yardsUninspected: ['从未检查的堆场', 'Stockyards never inspected'],
} as const satisfies Record<string, Pair>;

const say = (lang: ReportLang, pair: Pair): string => (lang === 'zh' ? pair[0] : pair[1]);

function row(label: string, value: string, key: string, flag = false): Html {
  return el('tr', { 'data-vehicles-dust': key }, [
    el('td', {}, label),
    el('td', { class: flag ? 'num flag' : 'num' }, value),
  ]);
}

/**
 * The section 车辆与扬尘 of the monthly report (`<section id="vehicles-dust">`); rows carry `data-vehicles-dust`.
 *
 * @example
 * vehiclesDustSection(data.vehiclesDust, 'zh').html; // '<section id="vehicles-dust"><h2>车辆与扬尘</h2>…'
 */
export function vehiclesDustSection(report: VehiclesDustReport, lang: ReportLang): Html {
  const { checks, dieselTrucks, muck, roads, stockyards } = report;
  const of = (n: number, total: number) => (lang === 'zh' ? `${n}（共 ${total}）` : `${n} of ${total}`);
  const muckRows = muckRules.map((rule) =>
    row(`· ${ruleTitles[rule as RuleId][lang]}`, String(muck.byRule[rule]), `muck-${rule}`),
  );
  return el('section', { id: 'vehicles-dust' }, [
    el('h2', {}, say(lang, words.heading)),
    el('p', { class: 'note' }, say(lang, words.note)),
    el('table', {}, [
      el('thead', {}, el('tr', {}, [el('th', {}, say(lang, words.item)), el('th', {}, say(lang, words.value))])),
      el('tbody', {}, [
        row(say(lang, words.checks), String(checks.checks), 'checks'),
        row(`· ${say(lang, words.hits)}`, String(checks.hits), 'hits'),
        row(
          `· ${say(lang, words.hitRate)}`,
          checks.hitRate === null ? '—' : `${(checks.hitRate * 100).toFixed(1)} %`,
          'hit-rate',
        ),
        row(say(lang, words.phasedOut), String(dieselTrucks.phasedOut), 'phased-out'),
        row(say(lang, words.inUse), String(dieselTrucks.inUse), 'dirty-in-use'),
        row(say(lang, words.muck), String(muck.total), 'muck', muck.total > 0),
        ...muckRows,
        row(
          say(lang, words.roadsBehind),
          `${of(roads.behind, roads.segments)} · ${roads.behindKm.toFixed(1)} km`,
          'roads-behind',
          roads.behind > 0,
        ),
        row(
          say(lang, words.yardsFailing),
          of(stockyards.failing, stockyards.total),
          'yards-failing',
          stockyards.failing > 0,
        ),
        row(say(lang, words.yardsUninspected), String(stockyards.uninspected), 'yards-uninspected'),
      ]),
    ]),
  ]);
}
