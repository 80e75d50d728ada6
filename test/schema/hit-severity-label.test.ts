import { describe, expect, it } from 'vitest';
import planJson from '../../seeds/plan/plan.json' with { type: 'json' };
import { hitSeverityLabel, striveDeadlineRules } from '../../server/schema/enums/rule-id.ts';
import { severityLabels } from '../../server/schema/enums/severity.ts';
import { taskDeadlineRules } from '../../server/schema/task-timing.ts';

describe('hitSeverityLabel', () => {
  it('words a missed 力争 deadline 未按期 and every other hit by its severity', () => {
    expect(hitSeverityLabel('ule-assessment-overdue', 'overdue', severityLabels)).toEqual({
      zh: '未按期',
      en: 'missed (strive)',
    });
    expect(hitSeverityLabel('boiler-survey-overdue', 'overdue', severityLabels)).toEqual(severityLabels.overdue);
    expect(hitSeverityLabel('ule-assessment-overdue', 'info', severityLabels)).toEqual(severityLabels.info);
  });

  it('treats as 力争 exactly the deadline rules of the tasks whose deadlines the plan words with 力争', () => {
    const strive = planJson.tasks
      .filter((t) => t.deadlines.some((d) => d.strength === 'strive'))
      .flatMap((t) => taskDeadlineRules[t.number] ?? []);
    expect([...striveDeadlineRules].sort()).toEqual(strive.sort());
  });
});
