import { planBasis } from '../schema/basis.ts';
import { lowEfficiencyProcesses, treatmentProcessInfo } from '../schema/enums/treatment-process.ts';
import { operatingEnterprises, type RuleDefinition } from './rule-definition.ts';

/**
 * Task 4: an operating enterprise using a low-efficiency treatment process, or a kiln or boiler
 * whose treatment is marked low-efficiency. Which processes count is decided on the whole stage
 * list ({@link lowEfficiencyProcesses}): low-temperature plasma and photo-oxidation only as the single
 * VOC stage (「单一」), spray absorption only as the single VOC stage for VOCs recorded as not
 * water-soluble (「非水溶性」; not recorded = not flagged).
 *
 * @example
 * lowEfficiencyTreatmentRule.evaluate(facts, context)[0]?.detail.zh; // '旋风除尘、锅炉：脱硫除尘一体化'
 */
export const lowEfficiencyTreatmentRule: RuleDefinition = {
  id: 'low-efficiency-treatment',
  task: 4,
  severity: 'warning',
  layer: 'enterprises',
  basis: [
    planBasis('T4.2'),
    planBasis('T4.3'),
    {
      kind: 'convention',
      note: {
        zh: '旋风除尘列为低效工艺（规划未列）',
        en: 'cyclone dust removal counted as low-efficiency (not in the plan)',
      },
    },
  ],
  evaluate: (facts) =>
    operatingEnterprises(facts).flatMap((e) => {
      const processes = lowEfficiencyProcesses(e.treatmentProcesses, e.vocWaterSoluble).map((p) => {
        const info = treatmentProcessInfo[p];
        if (info.lowEfficiency === 'always') return info;
        const soluble = info.lowEfficiency === 'only-voc-stage-non-water-soluble';
        return {
          zh: `${soluble ? '非水溶性废气' : ''}单一${info.zh}`,
          en: `${info.en} as the only VOC stage${soluble ? ' (VOCs not water-soluble)' : ''}`,
        };
      });
      const kilns = e.kilnsBoilers.filter((k) => k.lowEfficiency);
      if (!processes.length && !kilns.length) return [];
      const zh = [...processes.map((p) => p.zh), ...kilns.map((k) => `${k.purpose}：${k.treatmentProcess}`)];
      const en = [...processes.map((p) => p.en), ...kilns.map((k) => `${k.purpose}: ${k.treatmentProcess}`)];
      return [{ entityId: e.id, township: e.township, since: null, detail: { zh: zh.join('、'), en: en.join(', ') } }];
    }),
};
