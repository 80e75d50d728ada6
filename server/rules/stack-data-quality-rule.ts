import {
  dataQualityProblems,
  describeProblem,
  FLAGGED_STRETCH_HOURS,
  FLAT_LINE_HOURS,
  MISSING_STRETCH_HOURS,
} from '../monitoring/data-quality.ts';
import { planBasis } from '../schema/basis.ts';
import { addMinutes } from '../time/cst.ts';
import type { RuleDefinition } from './rule-definition.ts';
import { findingsByEnterprise } from './stack-exceedances.ts';

/** The look-back of the data-quality check, hours up to as-of. */
export const DATA_QUALITY_WINDOW_HOURS = 24;

/**
 * Task 4: an outlet whose online-monitoring data of the last {@link DATA_QUALITY_WINDOW_HOURS} h up to as-of
 * cannot show stable compliance: ≥ {@link FLAGGED_STRETCH_HOURS} h in a row flagged other than N (停运, 维护, 故障,
 * 校准, 超量程, 通讯异常, 手工), ≥ {@link MISSING_STRETCH_HOURS} missing hours in a row once its device has reported,
 * ≥ {@link FLAT_LINE_HOURS} identical valid values in a row, zero flow while producing, or valid values that cannot
 * be corrected to the reference O2. One hit per enterprise naming each outlet and problem.
 *
 * @example
 * stackDataQualityRule.evaluate(facts, context)[0]?.detail.zh; // '1#水泥磨排气筒：连续5小时无数据'
 */
export const stackDataQualityRule: RuleDefinition = {
  id: 'stack-data-quality',
  task: 4,
  severity: 'warning',
  layer: 'enterprises',
  basis: [
    planBasis('T4.4'),
    {
      kind: 'convention',
      note: {
        zh:
          `近${DATA_QUALITY_WINDOW_HOURS}小时在线监测数据：连续${FLAGGED_STRETCH_HOURS}小时及以上非N标记、` +
          `连续${MISSING_STRETCH_HOURS}小时及以上缺数、连续${FLAT_LINE_HOURS}个相同有效值、生产时流量为零、` +
          `氧含量缺失无法折算，视为数据质量问题`,
        en:
          `online-monitoring data of the last ${DATA_QUALITY_WINDOW_HOURS} h: ≥ ${FLAGGED_STRETCH_HOURS} h flagged ` +
          `other than N, ≥ ${MISSING_STRETCH_HOURS} missing hours in a row, ${FLAT_LINE_HOURS} identical valid ` +
          'values in a row, zero flow while producing, or O2 missing so values cannot be corrected',
      },
    },
  ],
  evaluate: (facts, { asOf }) => {
    const to = `${asOf.slice(0, 13)}:00`;
    const windowFrom = addMinutes(to, -60 * (DATA_QUALITY_WINDOW_HOURS - 1));
    return findingsByEnterprise(
      facts.outlets.flatMap((outletFacts) => {
        const { outlet, hours } = outletFacts;
        if (outlet.reportingSince === null || outlet.reportingSince > to) return [];
        const from = outlet.reportingSince > windowFrom ? outlet.reportingSince : windowFrom;
        const problems = dataQualityProblems(hours, {
          from,
          to,
          expectReports: true,
          referenceO2: outlet.referenceO2,
        });
        if (problems.length === 0) return [];
        const words = problems.map(describeProblem);
        return [
          {
            facts: outletFacts,
            since: addMinutes(problems[0]?.start ?? to, -60),
            detail: {
              zh: `${outlet.name}：${words.map((w) => w.zh).join('，')}`,
              en: `${outlet.name}: ${words.map((w) => w.en).join(', ')}`,
            },
          },
        ];
      }),
    );
  },
};
