import type { CaseSummary, CaseSummaryGroup } from '../schema/cases.ts';
import { isCaseOverdue } from './case-life-cycle.ts';
import { caseStateAt, type CaseFact } from './case-replay.ts';

type Figures = Omit<CaseSummaryGroup, 'key' | 'name'>;

const zero = (): Figures => ({ open: 0, openedThisMonth: 0, openedThisYear: 0, decided: 0, finesYuan: 0, overdue: 0 });

/**
 * The case figures at `asOf` (CST minute), each case replayed from its steps up to as-of: open (opened, not
 * closed), opened in as-of's month and year, penalty decisions made in as-of's year and their fines (元), overdue
 * rectifications; district-wide and grouped by township, industry (enterprises only; others under `—`), task and
 * department (each group sorted by open cases, then key).
 *
 * @example
 * summarizeCases(readCaseFacts(db, '2023-12-31T23:00'), '2023-12-31T23:00').overdue; // e.g. 3
 */
export function summarizeCases(cases: readonly CaseFact[], asOf: string): CaseSummary {
  const day = asOf.slice(0, 10);
  const [year, month] = [asOf.slice(0, 4), asOf.slice(0, 7)];
  const total = zero();
  const groups = {
    township: new Map<string, CaseSummaryGroup>(),
    industry: new Map<string, CaseSummaryGroup>(),
    task: new Map<string, CaseSummaryGroup>(),
    department: new Map<string, CaseSummaryGroup>(),
  };
  const groupOf = (map: Map<string, CaseSummaryGroup>, key: string, name: string) => {
    let group = map.get(key);
    if (!group) {
      group = { key, name, ...zero() };
      map.set(key, group);
    }
    return group;
  };
  for (const c of cases) {
    const state = caseStateAt(c.openedAt, c.steps, asOf);
    if (state === null) continue;
    const f = zero();
    if (state.stage !== 'closed') f.open = 1;
    if (c.openedAt.startsWith(month)) f.openedThisMonth = 1;
    if (c.openedAt.startsWith(year)) f.openedThisYear = 1;
    if (state.decidedAt?.startsWith(year)) {
      f.decided = 1;
      f.finesYuan = state.fineYuan ?? 0;
    }
    if (isCaseOverdue(state, day)) f.overdue = 1;
    const targets = [
      total,
      groupOf(groups.township, c.township, c.townshipName),
      groupOf(groups.industry, c.industry ?? '—', c.industry ?? '—'),
      groupOf(groups.task, String(c.task), `任务${c.task}`),
      groupOf(groups.department, c.departmentId, c.departmentName),
    ];
    for (const t of targets) for (const key of Object.keys(f) as (keyof Figures)[]) t[key] += f[key];
  }
  const sorted = (map: Map<string, CaseSummaryGroup>) =>
    [...map.values()].sort((a, b) => b.open - a.open || a.key.localeCompare(b.key, 'en', { numeric: true }));
  return {
    asOf,
    ...total,
    byTownship: sorted(groups.township),
    byIndustry: sorted(groups.industry),
    byTask: sorted(groups.task),
    byDepartment: sorted(groups.department),
  };
}
