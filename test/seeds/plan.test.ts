import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../server/schema/plan.ts';
import type { Plan, Task } from '../../server/schema/plan.ts';
import { planAnnotations } from '../../seeds/plan/annotations.ts';
import { extractPlan } from '../../seeds/plan/extract-plan.ts';
import { formatPlanJson } from '../../seeds/plan/format-plan-json.ts';
import { normaliseBrackets } from '../../seeds/plan/normalise-brackets.ts';

const PLAN_DIR = new URL('../../seeds/plan/', import.meta.url);
/** sha256 of the document as copied from ../shared/plan; see seeds/plan/README.md. */
const DOCUMENT_SHA256 = '4b3b01986b028a4345bc3b92c88621c6fc1aab85a7e39e4387431a7d97a26335';

function readDocument(): string {
  return readFileSync(new URL(planAnnotations.document, PLAN_DIR), 'utf8');
}

function readPlanJsonText(): string {
  return readFileSync(new URL('plan.json', PLAN_DIR), 'utf8');
}

function readPlan(): Plan {
  return planSchema.parse(JSON.parse(readPlanJsonText()));
}

function taskNumbered(plan: Plan, number: number): Task {
  const task = plan.tasks.find((candidate) => candidate.number === number);
  if (task === undefined) throw new Error(`no task ${number}`);
  return task;
}

function withoutTaskLine(document: string, number: number): string {
  return document
    .split('\n')
    .filter((line) => !line.startsWith(`${number}、`))
    .join('\n');
}

describe('seeds/plan document', () => {
  it('is the copy of the district notice, byte for byte', () => {
    const bytes = readFileSync(new URL(planAnnotations.document, PLAN_DIR));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(DOCUMENT_SHA256);
  });
});

describe('seeds/plan/plan.json', () => {
  it('parses with planSchema', () => {
    expect(planSchema.safeParse(JSON.parse(readPlanJsonText())).success).toBe(true);
  });

  it('deep-equals extractPlan(document), so it cannot drift from the text', () => {
    expect(readPlan()).toEqual(extractPlan(readDocument()));
  });

  it('is byte for byte what npm run plan:extract writes', () => {
    expect(readPlanJsonText()).toBe(formatPlanJson(planSchema.parse(extractPlan(readDocument()))));
  });

  it('has exactly tasks 1..17 in order', () => {
    expect(readPlan().tasks.map((task) => task.number)).toEqual(Array.from({ length: 17 }, (_, index) => index + 1));
  });

  it('puts tasks 1–12 under 三、重点任务 and 13–17 under 四、攻坚行动', () => {
    const parts = readPlan().tasks.map((task) => task.part);
    expect(parts).toEqual([...Array<string>(12).fill('三、重点任务'), ...Array<string>(5).fill('四、攻坚行动')]);
  });

  it('takes every title and requirement verbatim from the document', () => {
    const document = readDocument();
    for (const task of readPlan().tasks) {
      expect(document, `task ${task.number} title`).toContain(task.title);
      expect(document, `task ${task.number} requirement`).toContain(`${task.number}、${task.requirement}（`);
      expect(task.requirement.startsWith(task.title), `task ${task.number}`).toBe(true);
      expect(task.title.endsWith('。'), `task ${task.number}`).toBe(true);
      expect(task.requirement, `task ${task.number}`).not.toMatch(/牵头单位|配合单位|责任单位/);
    }
  });

  it('keeps a parenthesis inside a requirement and strips only the trailing units one', () => {
    expect(taskNumbered(readPlan(), 9).requirement).toContain('新能源车辆（包括氢能、甲醇车辆）。');
  });

  it('takes every section heading and unit name from the bracket-normalised document', () => {
    const normalised = normaliseBrackets(readDocument());
    for (const task of readPlan().tasks) {
      expect(normalised, `task ${task.number} section`).toContain(task.section);
      for (const unit of [...task.leadUnits, ...task.cooperatingUnits, ...task.responsibleUnits]) {
        expect(normalised, `task ${task.number} unit`).toContain(unit);
        expect(unit, `task ${task.number}`).not.toMatch(/[<>〈〉()]/);
      }
    }
  });

  it('gives every task at least one unit', () => {
    for (const task of readPlan().tasks) {
      const count = task.leadUnits.length + task.cooperatingUnits.length + task.responsibleUnits.length;
      expect(count, `task ${task.number}`).toBeGreaterThan(0);
    }
  });

  it('quotes the document verbatim in every target, deadline, schedule and period', () => {
    const document = readDocument();
    const plan = readPlan();
    const quotes = [
      ...plan.targets.map((target) => target.quote),
      ...plan.tasks.flatMap((task) => [
        ...task.deadlines.flatMap((deadline) => [deadline.quote, deadline.what]),
        ...(task.schedule ? [task.schedule.quote] : []),
        ...(task.period ? [task.period.quote] : []),
      ]),
    ];
    expect(quotes.length).toBe(7 + 3 * 2 + 1 + 1);
    for (const quote of quotes) expect(document).toContain(quote);
    expect(document).toContain(plan.titleZh);
    expect(document).toContain(plan.issuedBy);
  });

  it('has the seven targets with their limits, units, statistics and strength', () => {
    const summary = readPlan().targets.map((t) => [t.id, t.subject, t.statistic, t.limit, t.unit, t.basis, t.strength]);
    expect(summary).toEqual([
      ['pm25-annual', 'PM2.5', 'annual-mean', 35, 'µg/m³', 'plan', 'strive'],
      ['so2-annual', 'SO2', 'annual-mean', 10, 'µg/m³', 'plan', 'strive'],
      ['pm10-annual', 'PM10', 'annual-mean', 70, 'µg/m³', 'standard', 'strive'],
      ['no2-annual', 'NO2', 'annual-mean', 40, 'µg/m³', 'standard', 'strive'],
      ['co-p95-24h', 'CO', 'p95-24h-mean', 4, 'mg/m³', 'standard', 'strive'],
      ['o3-p90-8h', 'O3', 'p90-daily-max-8h', 160, 'µg/m³', 'standard', 'strive'],
      ['dustfall-monthly', 'dustfall', 'district-monthly-mean', 7, 't/(km²·month)', 'plan', 'binding'],
    ]);
  });

  it('names GB 3095-2012 Class II exactly for the standard-based targets', () => {
    for (const target of readPlan().targets) {
      expect(target.standard, target.id).toBe(target.basis === 'standard' ? 'GB 3095-2012 二级' : null);
    }
  });

  it('has the metadata of the 2023-05-05 notice', () => {
    const { titleZh, issuedBy, issued, document } = readPlan();
    expect({ titleZh, issuedBy, issued, document }).toEqual({
      titleZh: '忻府区空气质量再提升2023年行动计划',
      issuedBy: '忻州市忻府区人民政府办公室',
      issued: '2023-05-05',
      document: 'xinfu-air-quality-2023-action-plan.zh.txt',
    });
  });
});

describe('seeds/plan units, checked by eye against the document', () => {
  it('task 1: lead 区发改局, 区行政审批局; cooperating 区工信局, 区能源局, 市生态环境局忻府分局', () => {
    const task = taskNumbered(readPlan(), 1);
    expect(task.leadUnits).toEqual(['区发改局', '区行政审批局']);
    expect(task.cooperatingUnits).toEqual(['区工信局', '区能源局', '市生态环境局忻府分局']);
    expect(task.responsibleUnits).toEqual([]);
  });

  it('task 2: cooperating 相关乡镇<街道> becomes 相关乡镇（街道）', () => {
    expect(taskNumbered(readPlan(), 2).cooperatingUnits).toEqual(['相关乡镇（街道）']);
  });

  it('task 3: lead and responsible only', () => {
    const task = taskNumbered(readPlan(), 3);
    expect(task.leadUnits).toEqual(['市生态环境局忻府分局', '区工信局']);
    expect(task.cooperatingUnits).toEqual([]);
    expect(task.responsibleUnits).toEqual(['相关企业']);
  });

  it('tasks 6 and 16: responsible units only', () => {
    const plan = readPlan();
    const six = taskNumbered(plan, 6);
    const sixteen = taskNumbered(plan, 16);
    expect([six.leadUnits, six.cooperatingUnits, sixteen.leadUnits, sixteen.cooperatingUnits]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(six.responsibleUnits).toEqual(['区能源局', '区发改局', '区行政审批局']);
    expect(sixteen.responsibleUnits).toEqual(['市生态环境局忻府分局', '区交通局', '区市场监管局']);
  });

  it('task 10: 区住建局 among the leads', () => {
    expect(taskNumbered(readPlan(), 10).leadUnits).toEqual([
      '区工信局',
      '区交通局',
      '区住建局',
      '市生态环境局忻府分局',
    ]);
  });

  it('task 12: lead 市生态环境局忻府分局', () => {
    expect(taskNumbered(readPlan(), 12).leadUnits).toEqual(['市生态环境局忻府分局']);
  });

  it('tasks 13–15: 各乡镇〈街道〉 becomes 各乡镇（街道）', () => {
    const plan = readPlan();
    for (const number of [13, 14, 15]) {
      expect(taskNumbered(plan, number).cooperatingUnits, `task ${number}`).toContain('各乡镇（街道）');
    }
  });

  it('task 6 sits in the section written with ASCII parentheses, normalised', () => {
    expect(taskNumbered(readPlan(), 6).section).toBe('（三）深入推进能源结构调整');
  });
});

describe('seeds/plan dates', () => {
  it('has deadlines for tasks 3, 4 and 13 only, task 3’s strive (力争), the others firm', () => {
    const deadlines = readPlan().tasks.flatMap((task) => task.deadlines.map((d) => [task.number, d.date, d.strength]));
    expect(deadlines).toEqual([
      [3, '2023-06-30', 'strive'],
      [4, '2023-06-30', 'firm'],
      [13, '2023-05-31', 'firm'],
    ]);
  });

  it('gives a deadline strive exactly when its quote says 力争', () => {
    for (const deadline of readPlan().tasks.flatMap((task) => task.deadlines)) {
      expect(deadline.strength === 'strive', deadline.quote).toBe(deadline.quote.includes('力争'));
    }
  });

  it('has the summer ozone window on task 14 only: May–September, 10:00–16:00', () => {
    const schedules = readPlan().tasks.filter((task) => task.schedule !== null);
    expect(schedules.map((task) => [task.number, task.schedule?.months, task.schedule?.hours])).toEqual([
      [14, [5, 6, 7, 8, 9], [10, 16]],
    ]);
  });

  it('has the 2023–2024 autumn-winter campaign period on task 15 only', () => {
    const periods = readPlan().tasks.filter((task) => task.period !== null);
    expect(periods.map((task) => [task.number, task.period?.from, task.period?.to])).toEqual([
      [15, '2023-10-01', '2024-03-31'],
    ]);
  });

  it('says task 15’s dates are a convention, not the plan’s: the plan names the season only', () => {
    const period = taskNumbered(readPlan(), 15).period;
    expect(period?.convention).toEqual({
      zh: '规划未写起止日期，按秋冬季攻坚通行约定 10月1日—次年3月31日',
      en: expect.stringContaining('convention'),
    });
    // the convention's dates are not in the document (else they would be the plan's)
    expect(readDocument()).not.toContain('10月1日');
    expect(readDocument()).not.toContain('3月31日');
  });
});

describe('extractPlan rejects a malformed document', () => {
  it('names a missing task', () => {
    expect(() => extractPlan(withoutTaskLine(readDocument(), 5))).toThrow(/task 5 is missing/);
  });

  it('names a missing last task', () => {
    expect(() => extractPlan(withoutTaskLine(readDocument(), 17))).toThrow(/task 17 is missing/);
  });

  it('names a task given twice', () => {
    const lines = readDocument().split('\n');
    const doubled = lines.flatMap((line) => (line.startsWith('8、') ? [line, line] : [line]));
    expect(() => extractPlan(doubled.join('\n'))).toThrow(/task 8 appears twice/);
  });

  it('names a task without its units parenthesis', () => {
    const document = readDocument().replace('（牵头单位：区住建局，配合单位：市生态环境局忻府分局）', '');
    expect(() => extractPlan(document)).toThrow(/task 11 has no trailing units parenthesis/);
  });

  it('names a deadline whose strength does not match its quote', () => {
    const task3 = planAnnotations.tasks[3];
    const deadline = task3?.deadlines?.[0];
    if (!task3 || !deadline) throw new Error('no task 3 deadline');
    const firm = {
      ...planAnnotations,
      tasks: { ...planAnnotations.tasks, 3: { ...task3, deadlines: [{ ...deadline, strength: 'firm' as const }] } },
    };
    expect(() => extractPlan(readDocument(), firm)).toThrow(/task 3 deadline 2023-06-30 is 'firm'.*says 力争/);
    const task13 = planAnnotations.tasks[13];
    const carbon = task13?.deadlines?.[0];
    if (!task13 || !carbon) throw new Error('no task 13 deadline');
    const strive = {
      ...planAnnotations,
      tasks: { ...planAnnotations.tasks, 13: { ...task13, deadlines: [{ ...carbon, strength: 'strive' as const }] } },
    };
    expect(() => extractPlan(readDocument(), strive)).toThrow(
      /task 13 deadline 2023-05-31 is 'strive'.*does not say 力争/,
    );
  });

  it('names an annotation whose quote is not in the document', () => {
    const document = readDocument().replace('5月底前完成一轮活性炭更换', '6月底前完成一轮活性炭更换');
    expect(() => extractPlan(document)).toThrow(/task 13 deadline 2023-05-31 quote/);
  });
});

describe('normaliseBrackets', () => {
  it('rewrites ASCII and CJK angle brackets and ASCII parentheses as full-width parentheses', () => {
    expect(['相关乡镇<街道>', '各乡镇〈街道〉', '(三)能源', '各乡镇（街道）'].map(normaliseBrackets)).toEqual([
      '相关乡镇（街道）',
      '各乡镇（街道）',
      '（三）能源',
      '各乡镇（街道）',
    ]);
  });
});
