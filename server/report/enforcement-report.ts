/**
 * The monthly report's section 执法与帮扶 (enforcement and assistance; S6, S8, S10, S11, task 17): its figures and
 * its HTML.
 *
 * Definitions (the month runs from its 1st 00:00 to the report's month-end moment `at`, CST):
 * - **Cases**: enforcement cases opened, decided (a penalty decision) and closed in the month, and the month's
 *   fines (元); open (opened, not closed) and overdue (rectifying past the deadline) at month end. Each case is
 *   replayed from its steps up to `at` (`server/cases/case-replay.ts`), so a later step never counts.
 * - **Public reports** received in the month, and those of them handled or closed; **assistance visits** made in
 *   the month, and the enterprises' requests still open at month end; **fuel samples** taken, and failed.
 *
 * @module
 */
import { isCaseOverdue } from '../cases/case-life-cycle.ts';
import { caseStateAt } from '../cases/case-replay.ts';
import { readCaseFacts } from '../db/cases-repository.ts';
import { type EnforcementMonthCounts, readEnforcementMonthCounts } from '../db/enforcement-report-reads.ts';
import type { Db } from '../db/open-database.ts';
import type { ReportLang } from '../schema/reports.ts';
import { el, type Html } from './html.ts';

/** Townships shown in the section's table (the most open cases first). */
export const ENFORCEMENT_TOP_TOWNSHIPS = 8;

interface CaseFigures {
  opened: number;
  decided: number;
  closed: number;
  finesYuan: number;
  open: number;
  overdue: number;
}

/** The figures of the section 执法与帮扶. */
export interface EnforcementReport {
  cases: CaseFigures;
  /** Townships with a case open at month end or any activity in the month, most open first (at most 8). */
  byTownship: ({ code: string; name: string } & CaseFigures)[];
  /** Tasks with a case, by task number. */
  byTask: ({ task: number } & CaseFigures)[];
  counts: EnforcementMonthCounts;
}

const zero = (): CaseFigures => ({ opened: 0, decided: 0, closed: 0, finesYuan: 0, open: 0, overdue: 0 });

/**
 * Reads the section's figures for the month `from` (YYYY-MM-DD, the 1st) … `at` (the month-end moment).
 *
 * @example
 * readEnforcementReport(db, '2023-12-01', '2023-12-31T23:00').cases.overdue; // e.g. 3
 */
export function readEnforcementReport(db: Db, from: string, at: string): EnforcementReport {
  const start = `${from}T00:00`;
  const total = zero();
  const townships = new Map<string, { code: string; name: string } & CaseFigures>();
  const tasks = new Map<number, { task: number } & CaseFigures>();
  for (const c of readCaseFacts(db, at)) {
    const state = caseStateAt(c.openedAt, c.steps, at);
    if (state === null) continue;
    const f = zero();
    if (c.openedAt >= start) f.opened = 1;
    if (state.decidedAt !== null && state.decidedAt >= start) {
      f.decided = 1;
      f.finesYuan = state.fineYuan ?? 0;
    }
    if (state.closedAt !== null && state.closedAt >= start) f.closed = 1;
    if (state.stage !== 'closed') f.open = 1;
    if (isCaseOverdue(state, at.slice(0, 10))) f.overdue = 1;
    if (Object.values(f).every((v) => v === 0)) continue;
    const township = townships.get(c.township) ?? { code: c.township, name: c.townshipName, ...zero() };
    const task = tasks.get(c.task) ?? { task: c.task, ...zero() };
    for (const target of [total, township, task])
      for (const key of Object.keys(f) as (keyof CaseFigures)[]) target[key] += f[key];
    townships.set(c.township, township);
    tasks.set(c.task, task);
  }
  return {
    cases: total,
    byTownship: [...townships.values()]
      .sort((a, b) => b.open - a.open || b.opened - a.opened || a.code.localeCompare(b.code))
      .slice(0, ENFORCEMENT_TOP_TOWNSHIPS),
    byTask: [...tasks.values()].sort((a, b) => a.task - b.task),
    counts: readEnforcementMonthCounts(db, start, at),
  };
}

type Pair = readonly [zh: string, en: string];
const words = {
  heading: ['执法与帮扶', 'Enforcement and assistance'],
  note: [
    '执法案件按本月立案、作出处罚决定、结案统计，在办与整改逾期按月末时点（逾期：整改期限已过且未复查合格）；' +
      '举报、帮扶与油品抽检按本月统计，未办结诉求按月末时点。',
    'Cases opened, decided and closed in the month; open and overdue (rectification deadline passed without a ' +
      'passed re-inspection) at month end. Reports, visits and fuel samples over the month; open requests at ' +
      'month end.',
  ],
  item: ['项目', 'Item'],
  value: ['数值', 'Figure'],
  opened: ['本月立案', 'Cases opened this month'],
  decided: ['本月作出处罚决定', 'Penalty decisions this month'],
  closed: ['本月结案', 'Cases closed this month'],
  fines: ['本月罚款（元）', 'Fines this month (yuan)'],
  open: ['月末在办案件', 'Open cases at month end'],
  overdue: ['月末整改逾期', 'Overdue rectifications at month end'],
  reports: ['本月收到群众举报', 'Public reports received this month'],
  handled: ['其中已办理', 'of which handled'],
  visits: ['本月帮扶企业次数', 'Assistance visits this month'],
  requests: ['月末未答复企业诉求', 'Enterprise requests open at month end'],
  samples: ['本月油品抽检', 'Fuel samples taken this month'],
  failed: ['其中不合格', 'of which failed'],
  township: ['乡镇（街道）', 'Township'],
  task: ['规划任务', 'Plan task'],
} as const satisfies Record<string, Pair>;

const say = (lang: ReportLang, pair: Pair): string => (lang === 'zh' ? pair[0] : pair[1]);
const money = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

function row(label: string, value: string, key: string, flag = false): Html {
  return el('tr', { 'data-enforcement': key }, [
    el('td', {}, label),
    el('td', { class: flag ? 'num flag' : 'num' }, value),
  ]);
}

function breakdown(lang: ReportLang, head: string, rows: { label: string; key: string; f: CaseFigures }[]): Html {
  const cols = [words.opened, words.decided, words.closed, words.fines, words.open, words.overdue];
  return el('table', {}, [
    el('thead', {}, el('tr', {}, [el('th', {}, head), ...cols.map((c) => el('th', {}, say(lang, c)))])),
    el(
      'tbody',
      {},
      rows.map((r) =>
        el('tr', { 'data-enforcement-row': r.key }, [
          el('td', {}, r.label),
          ...[r.f.opened, r.f.decided, r.f.closed].map((n) => el('td', { class: 'num' }, String(n))),
          el('td', { class: 'num' }, money(r.f.finesYuan)),
          el('td', { class: 'num' }, String(r.f.open)),
          el('td', { class: r.f.overdue > 0 ? 'num flag' : 'num' }, String(r.f.overdue)),
        ]),
      ),
    ),
  ]);
}

/**
 * The section 执法与帮扶 of the monthly report (`<section id="enforcement">`); rows carry `data-enforcement`.
 *
 * @example
 * enforcementSection(data.enforcement, 'zh').html; // '<section id="enforcement"><h2>执法与帮扶</h2>…'
 */
export function enforcementSection(report: EnforcementReport, lang: ReportLang): Html {
  const { cases, counts } = report;
  return el('section', { id: 'enforcement' }, [
    el('h2', {}, say(lang, words.heading)),
    el('p', { class: 'note' }, say(lang, words.note)),
    el('table', {}, [
      el('thead', {}, el('tr', {}, [el('th', {}, say(lang, words.item)), el('th', {}, say(lang, words.value))])),
      el('tbody', {}, [
        row(say(lang, words.opened), String(cases.opened), 'opened'),
        row(say(lang, words.decided), String(cases.decided), 'decided'),
        row(say(lang, words.closed), String(cases.closed), 'closed'),
        row(say(lang, words.fines), money(cases.finesYuan), 'fines'),
        row(say(lang, words.open), String(cases.open), 'open'),
        row(say(lang, words.overdue), String(cases.overdue), 'overdue', cases.overdue > 0),
        row(say(lang, words.reports), String(counts.reportsReceived), 'reports'),
        row(`· ${say(lang, words.handled)}`, String(counts.reportsHandled), 'reports-handled'),
        row(say(lang, words.visits), String(counts.visits), 'visits'),
        row(say(lang, words.requests), String(counts.openRequests), 'open-requests', counts.openRequests > 0),
        row(say(lang, words.samples), String(counts.samplesTaken), 'samples'),
        row(`· ${say(lang, words.failed)}`, String(counts.samplesFailed), 'samples-failed', counts.samplesFailed > 0),
      ]),
    ]),
    report.byTownship.length > 0
      ? breakdown(
          lang,
          say(lang, words.township),
          report.byTownship.map((t) => ({ label: t.name, key: `township-${t.code}`, f: t })),
        )
      : null,
    report.byTask.length > 0
      ? breakdown(
          lang,
          say(lang, words.task),
          report.byTask.map((t) => ({
            label: lang === 'zh' ? `任务${t.task}` : `Task ${t.task}`,
            key: `task-${t.task}`,
            f: t,
          })),
        )
      : null,
  ]);
}
