import { planBasis } from '../schema/basis.ts';
import { vocMaterialLabels } from '../schema/enums/voc-material.ts';
import { overDeclaredLimit } from '../voc/material-shares.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 13 (T13.5): an enterprise whose low-VOC material ledger of the latest year up to as-of's year holds a
 * material whose VOC content exceeds the limit its record declares (the console holds the record's own limit and
 * standard, not the standards' tables). Silent without the VOC ledger facts.
 *
 * @example
 * vocMaterialOverLimitRule.evaluate(facts, context)[0]?.detail.zh;
 * // '2023 年 涂料「底漆」480 g/L > 420 g/L（GB 30981-2020）'
 */
export const vocMaterialOverLimitRule: RuleDefinition = {
  id: 'voc-material-over-limit',
  task: 13,
  severity: 'warning',
  layer: 'enterprises',
  basis: [
    planBasis('T13.5'),
    {
      kind: 'convention',
      note: {
        zh:
          '限值取台账记录所申报的产品标准限值（GB 30981-2020、GB 24409-2020、GB 38507-2020、GB 33372-2020、' +
          'GB 38508-2020 按产品类型分别规定），本系统不另存标准限值表',
        en:
          'the limit is the one each record declares from its product standard (limits vary by product type); ' +
          'the console holds no table of the standards',
      },
    },
  ],
  evaluate: (facts, { asOf }) => {
    const year = Number(asOf.slice(0, 4));
    return (facts.voc?.materials ?? []).flatMap((ledger) => {
      if (ledger.year > year) return [];
      const over = ledger.items.filter(overDeclaredLimit);
      if (over.length === 0) return [];
      const values = (i: (typeof over)[number]) => `${i.vocContent} ${i.vocUnit} > ${i.limitValue} ${i.vocUnit}`;
      const zh = over.map((i) => `${vocMaterialLabels[i.material].zh}「${i.product}」${values(i)}（${i.standard}）`);
      const en = over.map((i) => `${vocMaterialLabels[i.material].en} '${i.product}' ${values(i)} (${i.standard})`);
      return [
        {
          entityId: ledger.enterpriseId,
          township: ledger.township,
          since: null,
          detail: { zh: `${ledger.year} 年 ${zh.join('；')}`, en: `${ledger.year}: ${en.join('; ')}` },
        },
      ];
    });
  },
};
