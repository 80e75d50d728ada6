import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DAILY_LIMITS_CLASS_II, GB3095_2012_LIMITS } from '../../server/aq/limits.ts';
import { PLAN_DEADLINES } from '../../server/rules/plan-deadlines.ts';
import { planSchema, type Plan } from '../../server/schema/plan.ts';
import { DUSTFALL_LIMIT } from '../../server/schema/plan-targets.ts';

/** The plan extraction, the one source of the plan's figures and deadlines. */
function readPlan(): Plan {
  return planSchema.parse(JSON.parse(readFileSync(new URL('../../seeds/plan/plan.json', import.meta.url), 'utf8')));
}

describe('the constants code uses agree with the plan and the standard (issue 19: never restate a number)', () => {
  const plan = readPlan();

  it('DUSTFALL_LIMIT is the plan target dustfall-monthly', () => {
    const target = plan.targets.find((t) => t.id === 'dustfall-monthly');
    expect(target?.basis).toBe('plan');
    expect(DUSTFALL_LIMIT).toBe(target?.limit);
  });

  it('PLAN_DEADLINES are the deadlines of tasks 3, 4 and 13', () => {
    const dates = (n: number) => plan.tasks.find((t) => t.number === n)?.deadlines.map((d) => d.date) ?? [];
    expect(dates(3)).toContain(PLAN_DEADLINES.uleAssessment);
    expect(dates(4)).toContain(PLAN_DEADLINES.boilerSurvey);
    expect(dates(13)).toContain(PLAN_DEADLINES.activatedCarbon);
  });

  it('DAILY_LIMITS_CLASS_II are GB 3095-2012 Class II 24-h limits, O3 its 8-h limit', () => {
    for (const [item, value] of Object.entries(DAILY_LIMITS_CLASS_II)) {
      const averaging = item === 'O3' ? '8h' : '24h';
      expect(GB3095_2012_LIMITS.find((row) => row.item === item && row.averaging === averaging)?.classII, item).toBe(
        value,
      );
    }
    // the figures the console drew before it imported them (GB 3095-2012 Table 1)
    expect(DAILY_LIMITS_CLASS_II).toEqual({ 'PM2.5': 75, PM10: 150, SO2: 150, NO2: 80, CO: 4, O3: 160 });
  });
});
