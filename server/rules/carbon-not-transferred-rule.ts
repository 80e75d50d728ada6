import { planBasis } from '../schema/basis.ts';
import { addDays } from '../time/cst.ts';
import { coverSpentCarbon, TRANSFER_WITHIN_DAYS } from '../voc/transfer-coverage.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 13 (T13.4): an enterprise with spent activated carbon, taken out at a replacement, that the transfers up to
 * as-of do not cover more than {@link TRANSFER_WITHIN_DAYS} days after the replacement (day 90 is in time, day 91 is
 * late). Coverage: a transfer covers the replacement it names first, then the oldest uncovered ones (first in,
 * first out; server/voc/transfer-coverage.ts). Silent without the VOC ledger facts.
 *
 * @example
 * carbonNotTransferredRule.evaluate(facts, context)[0]?.detail.zh;
 * // '2023-05-01 更换的废活性炭 200 kg 未转移（已 244 天）'
 */
export const carbonNotTransferredRule: RuleDefinition = {
  id: 'carbon-not-transferred',
  task: 13,
  severity: 'warning',
  layer: 'enterprises',
  basis: [
    planBasis('T13.4'),
    {
      kind: 'convention',
      note: {
        zh:
          `规划要求「及时」转移，本系统按更换后 ${TRANSFER_WITHIN_DAYS} 天内由转移联单覆盖计` +
          `（第 ${TRANSFER_WITHIN_DAYS} ` +
          `天仍属按时）；危险废物贮存的法定最长期限为一年；转移量先抵所注明的更换，其余按先进先出抵最早未转移的更换`,
        en:
          `the plan says 'in time'; the console allows ${TRANSFER_WITHIN_DAYS} days after the replacement (day ` +
          `${TRANSFER_WITHIN_DAYS} is in time); the legal outer limit for storing hazardous waste is one year; a ` +
          'transfer covers the replacement it names first, the rest first in, first out',
      },
    },
  ],
  evaluate: (facts, { asOf }) => {
    const day = asOf.slice(0, 10);
    return (facts.voc?.carbon ?? []).flatMap((ledger) => {
      const late = coverSpentCarbon(ledger.replacements, ledger.transfers, day).filter((c) => c.overdue);
      if (late.length === 0) return [];
      const first = late[0];
      const kg = Math.round(late.reduce((sum, c) => sum + c.untransferredKg, 0) * 1000) / 1000;
      const zh = late.map(
        (c) => `${c.replacedOn} 更换的废活性炭 ${c.untransferredKg} kg 未转移（已 ${c.daysSince} 天）`,
      );
      const en = late.map(
        (c) => `${c.untransferredKg} kg spent at ${c.replacedOn} not transferred (${c.daysSince} days)`,
      );
      return [
        {
          entityId: ledger.enterpriseId,
          township: ledger.township,
          since: first ? addDays(first.replacedOn, TRANSFER_WITHIN_DAYS + 1) : null,
          detail: {
            zh: late.length > 1 ? `共 ${kg} kg：${zh.join('；')}` : zh.join(''),
            en: late.length > 1 ? `${kg} kg in all: ${en.join('; ')}` : en.join(''),
          },
        },
      ];
    });
  },
};
