import { planBasis } from '../schema/basis.ts';
import type { Evidence } from '../schema/emergency-compliance.ts';
import { builtUpGround, polygonGroundNote } from './built-up-stricter.ts';
import type { RuleDefinition } from './rule-definition.ts';

/** How many pieces of evidence a hit's detail cites. */
const CITED = 2;

/**
 * Task 15 (and task 2): during the warning in force, each listed enterprise whose compliance check finds a measure
 * not carried out (CEMS, a supervisor's visit, the gate records); the detail cites the first evidence. A heavy
 * polluter in the built-up area (marked so by the list, or lying inside the polygon) is named as task 2's stricter
 * case; the detail says when only the polygon puts it there.
 *
 * @example
 * emergencyNoncomplianceRule.evaluate(facts, context)[0]?.detail.zh;
 * // the first two pieces of evidence, e.g.
 * // 'DA001停产期间 14 小时有烟气流量…；2023-12-10 15:00 现场检查（李明）：1#窑正常生产'
 */
export const emergencyNoncomplianceRule: RuleDefinition = {
  id: 'emergency-noncompliance',
  task: 15,
  severity: 'violation',
  layer: 'enterprises',
  basis: [planBasis('T15.3'), planBasis('T2.2')],
  evaluate: (facts) => {
    const emergency = facts.emergency;
    if (!emergency?.warning) return [];
    const townships = new Map(facts.enterprises.map((e) => [e.id, e.township]));
    return emergency.compliance.flatMap((c) => {
      if (c.verdict !== 'non-compliant') return [];
      const township = c.township ?? townships.get(c.enterpriseId);
      if (!township) return [];
      const evidence: Evidence[] = c.measures
        .flatMap((m) => m.evidence)
        .filter((e) => e.verdict === 'non-compliant')
        .sort((a, b) => a.at.localeCompare(b.at));
      const cited = evidence.slice(0, CITED);
      const ground = builtUpGround(facts, c.enterpriseId, c);
      const byPolygon = ground === 'polygon' ? polygonGroundNote(facts) : null;
      const zh = cited.map((e) => e.detail.zh).join('；');
      const en = cited.map((e) => e.detail.en).join('; ');
      return [
        {
          entityId: c.enterpriseId,
          township,
          since: evidence[0]?.at ?? emergency.warning?.start ?? null,
          detail: {
            zh:
              `${zh || '未落实应急减排措施'}${ground ? '；任务2：建成区内重污染企业从严' : ''}` +
              `${byPolygon ? `（${byPolygon.zh}）` : ''}`,
            en:
              `${en || 'emergency measures not carried out'}` +
              `${ground ? '; task 2: stricter for heavy polluters in the built-up area' : ''}` +
              `${byPolygon ? ` (${byPolygon.en})` : ''}`,
          },
        },
      ];
    });
  },
};
