import { type Basis, planBasis } from '../schema/basis.ts';
import type { ListMeasure } from '../schema/emergency-list.ts';
import { measureKindLabels, type WarningLevel } from '../schema/enums/emergency.ts';
import type { Localized } from '../schema/localized.ts';
import { REDUCTION_BASIS } from './alert-level.ts';
import { builtUpGround, polygonGroundNote } from './built-up-stricter.ts';
import type { RuleDefinition } from './rule-definition.ts';

/** What the list's measures rest on: the plan's list (T15.2) and its reduction requirement (T15.3). */
export const LIST_MEASURES_BASIS: readonly Basis[] = [planBasis('T15.2'), planBasis('T15.3')];

/** The levels as a hit's detail names them. */
export const levelNames: Readonly<Record<WarningLevel, Localized>> = {
  yellow: { zh: '黄色预警', en: 'yellow warning' },
  orange: { zh: '橙色预警', en: 'orange warning' },
  red: { zh: '红色预警', en: 'red warning' },
};

/** Task 2's stricter measures for a heavy polluter inside the built-up area, as a detail says it. */
export const BUILT_UP_NOTE: Localized = {
  zh: '建成区内重污染企业（任务2从严）',
  en: 'heavy polluter in the built-up area (task 2: stricter)',
};

/** A measure in English (the list words it in Chinese only): line, kind, share. */
function measureEn(m: Pick<ListMeasure, 'line' | 'kind' | 'limitPct'>): string {
  return `${m.line}: ${measureKindLabels[m.kind].en}${m.limitPct === null ? '' : ` ${m.limitPct}%`}`;
}

/**
 * Task 15: under the warning level in force (the issued warning's, or a level asked), every enterprise on the
 * emergency reduction list in force takes the list's measures at that level, line by line. No list held, no hits.
 * A heavy polluter that the list marks 建成区 or that lies inside the built-up area's polygon is named as task 2's
 * stricter case (T2.2); the detail says when only the polygon puts it there.
 *
 * @example
 * heavyPollutionMeasureRule.evaluate(facts, { ...context, alertLevel: 'orange' })[0]?.detail.zh;
 * // '橙色预警：1#窑停产；2#窑限产30%（清单2023年秋冬季（第2版））'
 */
export const heavyPollutionMeasureRule: RuleDefinition = {
  id: 'heavy-pollution-measure',
  task: 15,
  severity: 'control',
  layer: 'enterprises',
  basis: [...LIST_MEASURES_BASIS, planBasis('T2.2'), ...REDUCTION_BASIS],
  evaluate: (facts, { alertLevel }) => {
    const list = facts.emergency?.list;
    if (alertLevel === 'none' || !list) return [];
    const warning = facts.emergency?.warning;
    const since = warning && warning.level === alertLevel ? warning.levelFrom : null;
    const townships = new Map(facts.enterprises.map((e) => [e.id, e.township]));
    return list.entries.flatMap((entry) => {
      const township = townships.get(entry.enterpriseId);
      if (township === undefined) return [];
      const measures = entry.measures[alertLevel];
      const ground = builtUpGround(facts, entry.enterpriseId, entry);
      const byPolygon = ground === 'polygon' ? polygonGroundNote(facts) : null;
      const noteZh = ground === null ? '' : `；${BUILT_UP_NOTE.zh}${byPolygon ? `（${byPolygon.zh}）` : ''}`;
      const noteEn = ground === null ? '' : `; ${BUILT_UP_NOTE.en}${byPolygon ? ` (${byPolygon.en})` : ''}`;
      const name = levelNames[alertLevel];
      return [
        {
          entityId: entry.enterpriseId,
          township,
          since,
          detail: {
            zh: `${name.zh}：${measures.map((m) => m.text).join('；')}${noteZh}（清单${list.version}）`,
            en: `${name.en}: ${measures.map(measureEn).join('; ')}${noteEn} (list ${list.version})`,
          },
        },
      ];
    });
  },
};
