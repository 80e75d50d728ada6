import { RECHECK_DAYS, recheckDueAt, recheckOverdue } from '../checks/recheck-period.ts';
import { checkOutcomeLabels } from '../schema/enums/roadside-check.ts';
import { planBasis } from '../schema/basis.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 16 (T16.1): a registered vehicle in use whose latest roadside or OBD check up to as-of found a problem
 * (devices, OBD fault or tampering, failed emission test) and which has not passed a re-check within
 * {@link RECHECK_DAYS} days (a console convention). Exactly at the period's end it is still in time. Silent without
 * the roadside-check facts.
 *
 * @example
 * vehicleCheckFailedRule.evaluate(facts, context)[0]?.detail.zh;
 * // '2023-12-01T10:00 在「忻府区北入城口检查站」路检发现问题（责令维修），15天内未复检合格'
 */
export const vehicleCheckFailedRule: RuleDefinition = {
  id: 'vehicle-check-failed',
  task: 16,
  severity: 'warning',
  layer: 'vehicles',
  basis: [
    planBasis('T16.1'),
    {
      kind: 'convention',
      note: {
        zh: `路检路查发现问题后${RECHECK_DAYS}天内未复检合格即提示（复检期限为本系统约定，规划未规定）`,
        en:
          `flagged when a vehicle has not passed a re-check within ${RECHECK_DAYS} days of a roadside check that ` +
          'found a problem (the re-check period is a console convention: the plan sets none)',
      },
    },
  ],
  evaluate: (facts, { asOf }) =>
    (facts.vehicleChecks ?? [])
      .filter((v) => recheckOverdue(v, asOf))
      .map((v) => {
        const outcome = checkOutcomeLabels[v.outcome];
        return {
          entityId: v.vehicleId,
          township: v.township,
          since: recheckDueAt(v.at),
          detail: {
            zh: `${v.at} 在「${v.checkpointName}」路检发现问题（${outcome.zh}），${RECHECK_DAYS}天内未复检合格`,
            en:
              `${v.plate}: a roadside check at ${v.checkpointName} on ${v.at} found a problem (${outcome.en}); ` +
              `no passing re-check within ${RECHECK_DAYS} days`,
          },
        };
      }),
};
