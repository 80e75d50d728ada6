import { cleaningStatus } from '../dust/cleaning-schedule.ts';
import { overdueSince } from '../dust/overdue-since.ts';
import { planBasis } from '../schema/basis.ts';
import { insideBuiltUpArea } from '../spatial/inside-built-up-area.ts';
import type { RuleDefinition } from './rule-definition.ts';

const hours = (h: number) => (Number.isFinite(h) ? `${Math.round(h * 10) / 10}` : '—');

/**
 * Task 11 (T11.3): a main municipal road segment of the built-up area (its midpoint inside
 * {@link insideBuiltUpArea}) whose last machine wet sweep, or wash where its class requires one, lies more than the
 * class's interval before as-of ({@link cleaningStatus}; exactly one interval before is on schedule). Segments
 * without a standard for their class, or outside the built-up area, are not judged. The intervals are the
 * sanitation standard held in the console (default: a console convention, server/dust/default-cleaning-standards.ts).
 *
 * @example
 * roadSweepingBehindRule.evaluate(facts, context)[0]?.detail.zh; // '湿扫逾期 6.5 小时（标准每 12 小时一次）…'
 */
export const roadSweepingBehindRule: RuleDefinition = {
  id: 'road-sweeping-behind',
  task: 11,
  severity: 'warning',
  layer: 'road-segments',
  basis: [
    planBasis('T11.3'),
    {
      kind: 'convention',
      note: {
        zh:
          '各等级道路的湿扫、冲洗间隔取本系统所存的清扫保洁标准' +
          '（默认值为本系统约定：CJJ/T 126-2022 未规定机扫频次）；' +
          '只判定城市建成区内的路段，恰好满一个间隔不算滞后',
        en:
          'wet-sweeping and washing intervals per road class are the cleaning standard held in the console (default: ' +
          'a console convention, as CJJ/T 126-2022 sets no pass frequency); only segments in the built-up area are ' +
          'judged, and exactly one interval since the last pass is on schedule',
      },
    },
  ],
  evaluate: (facts, { asOf }) =>
    (facts.roads ?? []).flatMap((road) => {
      if (road.sweepIntervalH === null || !insideBuiltUpArea(road.midpoint, facts.builtUp ?? [])) return [];
      const standard = { sweepIntervalH: road.sweepIntervalH, washIntervalH: road.washIntervalH };
      const status = cleaningStatus(standard, road.lastSweepAt, road.lastWashAt, asOf);
      if (!status.behind) return [];
      const parts = { zh: [] as string[], en: [] as string[] };
      if (status.sweepOverdueH > 0) {
        parts.zh.push(
          road.lastSweepAt === null
            ? `无湿扫记录（标准每 ${road.sweepIntervalH} 小时一次）`
            : `湿扫逾期 ${hours(status.sweepOverdueH)} 小时` +
                `（标准每 ${road.sweepIntervalH} 小时一次，上次 ${road.lastSweepAt}）`,
        );
        parts.en.push(
          road.lastSweepAt === null
            ? `no wet sweep on record (standard: every ${road.sweepIntervalH} h)`
            : `wet sweep ${hours(status.sweepOverdueH)} h overdue ` +
                `(every ${road.sweepIntervalH} h; last ${road.lastSweepAt})`,
        );
      }
      if (status.washOverdueH > 0) {
        parts.zh.push(
          road.lastWashAt === null
            ? `无冲洗记录（标准每 ${road.washIntervalH} 小时一次）`
            : `冲洗逾期 ${hours(status.washOverdueH)} 小时` +
                `（标准每 ${road.washIntervalH} 小时一次，上次 ${road.lastWashAt}）`,
        );
        parts.en.push(
          road.lastWashAt === null
            ? `no wash on record (standard: every ${road.washIntervalH} h)`
            : `wash ${hours(status.washOverdueH)} h overdue (every ${road.washIntervalH} h; last ${road.lastWashAt})`,
        );
      }
      return [
        {
          entityId: road.id,
          township: road.township,
          since: overdueSince(standard, road.lastSweepAt, road.lastWashAt),
          detail: {
            zh: `${road.name}（${road.maintainer}）${parts.zh.join('；')}`,
            en: `${road.name} (${road.maintainer}): ${parts.en.join('; ')}`,
          },
        },
      ];
    }),
};
