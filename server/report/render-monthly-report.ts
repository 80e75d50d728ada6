/**
 * The monthly report as one self-contained, print-ready HTML page (A4 portrait): no script, no
 * external resource, every text escaped. Pure: data in, string out.
 *
 * Meaning is never carried by colour alone: exceedances, unmet targets and late tasks carry a
 * mark and a word (▲超标, ▲未达标, ▲逾期, △未按期（力争）); colour only repeats it. Machine-readable hooks for
 * tests and scrapers: `data-township` on dustfall rows, `data-target` on target rows,
 * `data-task` on task rows, and `data-value` (full precision) on numeric cells.
 *
 * @module
 */
import { alertSeverities } from '../schema/alerts.ts';
import { basisText, basisWords } from '../schema/basis-text.ts';
import type { ReportLang } from '../schema/reports.ts';
import { el, fragment, raw, type Content, type Html } from './html.ts';
import { cityIndicatorsBlock } from './city-indicators-report.ts';
import { aqChartsBlock } from './aq-report-charts.ts';
import type { MonthlyReportData, ProvenanceCount, TargetStatus } from './monthly-report-data.ts';
import { alertStatusLabels } from '../schema/enums/alert-status.ts';
import { hitSeverityLabel } from '../schema/enums/rule-id.ts';
import { severityLabels } from '../schema/enums/severity.ts';
import { warningLevelLabels } from '../schema/enums/emergency.ts';
import { taskStatusLabels } from '../schema/enums/task-status.ts';
import { targetLimitText } from '../schema/target-strength.ts';
import { doneInConflictText, type Lateness } from '../schema/task-timing.ts';
import { dayLabel, pick, provenanceWords, reportTitle, text } from './report-labels.ts';
import { toCstMinute } from '../time/cst.ts';
import { vehiclesDustSection } from './vehicles-dust-report.ts';
import { enforcementSection } from './enforcement-report.ts';

/** Options of {@link renderMonthlyReport}. */
export interface RenderOptions {
  /** Language of the page; default Chinese. */
  lang?: ReportLang;
}

/** The reports' print CSS (A4 portrait); the warning report uses it too. */
export const REPORT_STYLE =
  `
@page { size: A4 portrait; margin: 14mm 12mm 16mm; }
* { box-sizing: border-box; }
html { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; ` +
  `font-size: 10pt; color: #111; line-height: 1.45; }
body { margin: 0; background: #e8e8e8; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page { width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 14mm 12mm 16mm; background: #fff; }
header { border-bottom: 2pt solid #1a3c6e; margin-bottom: 4mm; }
h1 { font-size: 18pt; margin: 0; color: #1a3c6e; }
.subtitle { font-size: 13pt; margin: 1mm 0; }
.meta, .note, footer { font-size: 8.5pt; color: #333; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 0.75pt solid #555; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; }
th, td { border: 0.5pt solid #777; padding: 0.8mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #eef1f6; font-weight: 600; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.flag { font-weight: 700; color: #b00020; white-space: nowrap; }
.ok { color: #1b5e20; white-space: nowrap; }
.muted { color: #666; white-space: nowrap; }
.nowrap { white-space: nowrap; }
tr.exceeds td, tr.not-met td, tr.overdue td { background: #fdecec; }
tfoot td { font-weight: 600; border-top: 1.2pt solid #333; }
.columns { display: flex; gap: 4mm; }
.columns > div { flex: 1; }
footer { margin-top: 8mm; border-top: 0.75pt solid #555; padding-top: 2mm; }
footer ul { margin: 1mm 0; padding-left: 5mm; }
@media print { body { background: none; } ` +
  `.page { width: auto; min-height: 0; margin: 0; padding: 0; } .screen-only { display: none; } }
`;

/** A number with `digits` decimals, or '—'. */
function fixed(value: number | null, digits: number): string {
  return value === null ? '—' : value.toFixed(digits);
}

/** A numeric cell: the rounded figure shown, the full value in `data-value`. */
function numCell(value: number | null, digits: number, extra: Content = null): Html {
  return el('td', { class: 'num', 'data-value': value === null ? '' : value }, [fixed(value, digits), extra]);
}

/** An as-of moment `YYYY-MM-DDTHH:mm` (or a date) for reading. */
function moment(at: string): string {
  return at.replace('T', ' ');
}

/** An ISO instant in China Standard Time, `YYYY-MM-DD HH:mm`. */
function cstTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : toCstMinute(date).replace('T', ' ');
}

function headRow(lang: ReportLang, labels: readonly (readonly [string, string])[]): Html {
  return el(
    'thead',
    {},
    el(
      'tr',
      {},
      labels.map((label) => el('th', {}, pick(lang, label))),
    ),
  );
}

function mark(kind: 'flag' | 'ok' | 'muted', label: string): Html {
  return el('span', { class: kind }, label);
}

function dustfallSection(data: MonthlyReportData, lang: ReportLang): Html {
  const { dustfall } = data;
  const assess = (exceeds: boolean | null) =>
    exceeds === null
      ? mark('muted', pick(lang, text.noReading))
      : exceeds
        ? mark('flag', pick(lang, text.exceeds))
        : mark('ok', pick(lang, text.withinLimit));
  const rows = dustfall.townships.map((t) =>
    el('tr', { 'data-township': t.code, class: t.exceeds ? 'exceeds' : null }, [
      el('td', {}, lang === 'zh' ? t.name : t.nameEn),
      el('td', { class: 'num' }, `${t.points} / ${t.pointsTotal}`),
      numCell(t.mean, 2),
      numCell(t.max, 2),
      el('td', {}, assess(t.exceeds)),
    ]),
  );
  const district = dustfall.district;
  const totalPoints = dustfall.townships.reduce((sum, t) => sum + t.points, 0);
  const totalAll = dustfall.townships.reduce((sum, t) => sum + t.pointsTotal, 0);
  return el('section', { id: 'dustfall' }, [
    el('h2', {}, pick(lang, text.dustfallHeading)),
    el('p', { class: 'note' }, pick(lang, text.dustfallNote)),
    el('table', {}, [
      headRow(lang, [text.township, text.points, text.dustfallMean, text.dustfallMax, text.assessment]),
      el('tbody', {}, rows),
      el(
        'tfoot',
        {},
        el('tr', { 'data-township': 'district', class: district.exceeds ? 'exceeds' : null }, [
          el('td', {}, pick(lang, text.districtWeighted)),
          el('td', { class: 'num' }, `${totalPoints} / ${totalAll}`),
          numCell(district.value, 2),
          el('td', {}, ''),
          el('td', {}, assess(district.exceeds)),
        ]),
      ),
    ]),
  ]);
}

const unitText = (unit: TargetStatus['unit'], lang: ReportLang) =>
  unit === 't/(km²·month)' && lang === 'zh' ? 't/(km²·月)' : unit;

function targetRow(target: TargetStatus, data: MonthlyReportData, lang: ReportLang): Html {
  const digits = target.unit === 'µg/m³' ? 1 : 2;
  const verdict =
    target.value === null
      ? mark('muted', pick(lang, text.noData))
      : target.provisional
        ? mark('muted', pick(lang, text.provisional))
        : target.met
          ? mark('ok', pick(lang, text.met))
          : mark('flag', pick(lang, text.notMet));
  const period =
    target.period === 'month'
      ? pick(lang, text.thisMonth)
      : `${dayLabel(data.airQuality.from, lang)}–${dayLabel(data.airQuality.to, lang)}`;
  return el('tr', { 'data-target': target.id, class: target.met === false ? 'not-met' : null }, [
    el('td', {}, lang === 'zh' ? target.name.zh : target.name.en),
    el(
      'td',
      { class: 'num', 'data-strength': target.strength },
      targetLimitText(target.strength, target.limit, unitText(target.unit, lang), lang),
    ),
    el('td', {}, target.basis === 'plan' ? pick(lang, text.planBasis) : (target.standard ?? '')),
    el('td', { class: 'nowrap' }, period),
    numCell(target.value, digits, target.provisional ? '*' : null),
    el('td', {}, verdict),
  ]);
}

function airQualitySection(data: MonthlyReportData, lang: ReportLang): Html {
  const { airQuality } = data;
  const { goodDays } = airQuality;
  const ratio = goodDays.ratio === null ? null : goodDays.ratio * 100;
  return el('section', { id: 'air-quality' }, [
    el('h2', {}, pick(lang, text.aqHeading)),
    el('p', { class: 'note' }, [
      pick(lang, text.aqNote),
      ' ',
      pick(lang, text.stations),
      lang === 'zh' ? '：' : ': ',
      airQuality.stations.join(lang === 'zh' ? '、' : ', '),
    ]),
    el('table', {}, [
      headRow(lang, [text.indicator, text.target, text.source, text.period, text.value, text.assessment]),
      el('tbody', {}, [
        ...airQuality.targets.map((target) => targetRow(target, data, lang)),
        el('tr', { 'data-target': 'good-day-ratio' }, [
          el('td', {}, pick(lang, text.goodDays)),
          el('td', {}, pick(lang, text.noPlanTarget)),
          el('td', {}, '—'),
          el('td', { class: 'nowrap' }, `${dayLabel(airQuality.from, lang)}–${dayLabel(airQuality.to, lang)}`),
          numCell(ratio, 1, ratio === null ? null : ' %'),
          el(
            'td',
            { class: 'muted' },
            `${pick(lang, text.goodDaysDetail)}: ${goodDays.goodDays} / ${goodDays.validDays}`,
          ),
        ]),
      ]),
    ]),
    // the city-assigned annual indicators beside the plan's targets (requirement G1/G2)
    cityIndicatorsBlock(airQuality.city, lang),
    // issue 18: the month's daily AQI and PM2.5, the console's ECharts options rendered to SVG
    aqChartsBlock(airQuality.charts, lang),
  ]);
}

function alertsSection(data: MonthlyReportData, lang: ReportLang): Html {
  const { alerts } = data;
  const severityTable = el('table', { id: 'alerts-by-severity' }, [
    headRow(lang, [text.severity, text.count]),
    el(
      'tbody',
      {},
      alertSeverities.map((severity) =>
        el('tr', { 'data-severity': severity }, [
          el('td', {}, severityLabels[severity][lang]),
          numCell(alerts.bySeverity[severity], 0),
        ]),
      ),
    ),
    el('tfoot', {}, el('tr', {}, [el('td', {}, pick(lang, text.total)), numCell(alerts.total, 0)])),
  ]);
  const townshipTable = el('table', { id: 'alerts-by-township' }, [
    headRow(lang, [text.township, text.count]),
    el(
      'tbody',
      {},
      alerts.byTownship.map((t) =>
        el('tr', { 'data-township': t.code }, [
          el('td', {}, lang === 'zh' ? t.name.zh : t.name.en),
          numCell(t.count, 0),
        ]),
      ),
    ),
  ]);
  const oldest =
    alerts.oldest.length === 0
      ? el('p', {}, pick(lang, text.none))
      : el('table', { id: 'oldest-alerts' }, [
          headRow(lang, [
            text.alertId,
            text.severity,
            text.matter,
            text.township,
            text.since,
            text.raised,
            text.status,
          ]),
          el(
            'tbody',
            {},
            alerts.oldest.map((a) =>
              el('tr', { 'data-alert': a.id ?? `${a.rule}|${a.entityId}`, 'data-provisional': a.provisional }, [
                el('td', { class: 'num' }, a.id ?? pick(lang, text.preview)),
                el('td', {}, hitSeverityLabel(a.rule, a.severity, severityLabels)[lang]),
                el('td', {}, [
                  lang === 'zh' ? a.title.zh : a.title.en,
                  el('span', { class: 'muted' }, ` (${pick(lang, text.task)} ${a.task})`),
                ]),
                el('td', {}, lang === 'zh' ? a.townshipName.zh : a.townshipName.en),
                el('td', { class: 'nowrap' }, a.since === null ? '—' : moment(a.since)),
                el('td', { class: 'nowrap' }, a.provisional ? '—' : moment(a.raisedAt)),
                el('td', {}, [alertStatusLabels[a.status][lang], a.assignee ? ` · ${a.assignee}` : null]),
              ]),
            ),
          ),
        ]);
  return el('section', { id: 'alerts' }, [
    el('h2', {}, pick(lang, text.alertsHeading)),
    el('p', { class: 'note' }, [pick(lang, text.alertsNote), ' ', `${pick(lang, text.total)}: ${alerts.total}`]),
    el('div', { class: 'columns' }, [
      el('div', {}, [el('h3', {}, pick(lang, text.bySeverity)), severityTable]),
      el('div', {}, [el('h3', {}, pick(lang, text.byTownship)), townshipTable]),
    ]),
    el('h3', {}, pick(lang, text.byRule)),
    byRuleTable(data, lang),
    el('h3', {}, pick(lang, text.oldest)),
    oldest,
  ]);
}

/** The rules with open alerts: name and task, count, and what each rests on (「依据」). */
function byRuleTable(data: MonthlyReportData, lang: ReportLang): Html {
  if (data.alerts.byRule.length === 0) return el('p', {}, pick(lang, text.none));
  return el('table', { id: 'alerts-by-rule' }, [
    headRow(lang, [text.rule, text.count, text.ruleBasis]),
    el(
      'tbody',
      {},
      data.alerts.byRule.map((r) =>
        el('tr', { 'data-rule': r.rule }, [
          el('td', {}, [
            lang === 'zh' ? r.title.zh : r.title.en,
            el('span', { class: 'muted' }, ` (${pick(lang, text.task)} ${r.task})`),
          ]),
          numCell(r.count, 0),
          el(
            'td',
            { 'data-basis': r.basis.map((b) => b.kind).join(' ') },
            r.basis.map((b) => el('div', {}, basisText(b, lang))),
          ),
        ]),
      ),
    ),
  ]);
}

/** 「规划外依据」: every external document and convention the console applies, with what applies it. */
function outsidePlanSection(data: MonthlyReportData, lang: ReportLang): Html {
  const comma = lang === 'zh' ? '、' : ', ';
  return el('section', { id: 'outside-plan' }, [
    el('h2', {}, pick(lang, text.outsidePlanHeading)),
    el('p', { class: 'note' }, pick(lang, text.outsidePlanNote)),
    el(
      'ul',
      { class: 'note' },
      data.outsidePlan.map(({ basis, usedBy }) =>
        el('li', { 'data-basis-kind': basis.kind }, [
          basis.kind === 'external'
            ? lang === 'zh'
              ? `${basis.document.zh}（${basisWords.outsidePlan.zh}）`
              : `${basis.document.en} (${basisWords.outsidePlan.en})`
            : basisText(basis, lang),
          el(
            'span',
            { class: 'muted' },
            `${lang === 'zh' ? '（' : ' ('}${pick(lang, text.usedBy)}${lang === 'zh' ? '：' : ': '}` +
              `${usedBy.map((u) => (lang === 'zh' ? u.zh : u.en)).join(comma)}${lang === 'zh' ? '）' : ')'}`,
          ),
        ]),
      ),
    ),
  ]);
}

/** ▲逾期 (a firm deadline missed), △未按期（力争） (a 力争 date missed), or —. */
function latenessMark(lateness: Lateness, lang: ReportLang): Html {
  if (lateness === 'overdue') return mark('flag', pick(lang, text.overdue));
  if (lateness === 'missed-strive') return mark('flag', pick(lang, text.missedStrive));
  return mark('muted', pick(lang, text.notOverdue));
}

function tasksSection(data: MonthlyReportData, lang: ReportLang): Html {
  return el('section', { id: 'tasks' }, [
    el('h2', {}, pick(lang, text.tasksHeading)),
    el('p', { class: 'note' }, pick(lang, text.tasksNote)),
    el('table', {}, [
      headRow(lang, [text.number, text.task, text.status, text.lastUpdate, text.deadline, text.overdueFlag]),
      el(
        'tbody',
        {},
        data.tasks.map((t) =>
          el(
            'tr',
            { 'data-task': t.number, 'data-lateness': t.lateness, class: t.lateness === 'overdue' ? 'overdue' : null },
            [
              el('td', { class: 'num' }, t.number),
              el('td', {}, [
                lang === 'zh' ? t.title.zh : t.title.en,
                t.progressNote ? el('div', { class: 'note' }, t.progressNote) : null,
              ]),
              t.conflict.length
                ? el('td', { 'data-conflict': t.conflict.map((c) => `${c.rule}:${c.openHits}`).join(' ') }, [
                    mark('flag', `▲${doneInConflictText(t.conflict, lang)}`),
                  ])
                : el('td', { class: 'nowrap' }, taskStatusLabels[t.status][lang]),
              el(
                'td',
                { class: 'nowrap' },
                t.lastUpdate === null ? mark('muted', pick(lang, text.never)) : cstTime(t.lastUpdate),
              ),
              el('td', { 'data-timing': '' }, [
                t.timing === null ? '—' : lang === 'zh' ? t.timing.zh : t.timing.en,
                t.timingConvention
                  ? el('div', { class: 'note' }, lang === 'zh' ? t.timingConvention.zh : t.timingConvention.en)
                  : null,
              ]),
              el('td', {}, latenessMark(t.lateness, lang)),
            ],
          ),
        ),
      ),
    ]),
  ]);
}

/** 「重污染天气应对」: the month's warnings, their levels, days and compliance, each linking to its report. */
function emergencySection(data: MonthlyReportData, lang: ReportLang): Html {
  const { warnings } = data.emergency;
  const table = el('table', { id: 'month-warnings' }, [
    headRow(lang, [text.warning, text.levels, text.warningPeriod, text.daysThisMonth, text.compliance, text.report]),
    el(
      'tbody',
      {},
      warnings.map((w) =>
        el('tr', { 'data-warning': w.id, 'data-peak': w.peak }, [
          el('td', { class: 'num' }, w.id),
          el('td', {}, w.levels.map((l) => warningLevelLabels[l][lang]).join(' → ')),
          el('td', { class: 'nowrap' }, [
            `${moment(w.start)} – ${moment(w.end)}`,
            w.running
              ? el(
                  'span',
                  { class: 'muted' },
                  lang === 'zh' ? `（${pick(lang, text.running)}）` : ` (${pick(lang, text.running)})`,
                )
              : null,
          ]),
          numCell(w.daysInMonth, 0),
          el(
            'td',
            {},
            w.compliance === null
              ? '—'
              : [
                  `${w.compliance.listed} / ${w.compliance.checked} / `,
                  w.compliance.nonCompliant > 0
                    ? mark('flag', `▲${w.compliance.nonCompliant}`)
                    : String(w.compliance.nonCompliant),
                ],
          ),
          el('td', {}, el('a', { href: w.reportPath }, pick(lang, text.report))),
        ]),
      ),
    ),
  ]);
  return el('section', { id: 'emergency' }, [
    el('h2', {}, pick(lang, text.emergencyHeading)),
    el('p', { class: 'note' }, pick(lang, text.emergencyNote)),
    warnings.length === 0 ? el('p', {}, pick(lang, text.noWarnings)) : table,
  ]);
}

function provenanceLine(item: ProvenanceCount, lang: ReportLang): Html | null {
  const parts = (['approximate', 'synthetic'] as const)
    .filter((p) => item.counts[p] > 0)
    .map((p) => `${pick(lang, provenanceWords[p])} ${item.counts[p]}/${item.total}`);
  if (parts.length === 0) return null;
  return el(
    'li',
    {},
    `${lang === 'zh' ? item.subject.zh : item.subject.en}${lang === 'zh' ? '：' : ': '}` +
      `${parts.join(lang === 'zh' ? '；' : '; ')}`,
  );
}

function footer(data: MonthlyReportData, lang: ReportLang): Html {
  const lines = data.provenance.items
    .map((item) => provenanceLine(item, lang))
    .filter((line): line is Html => line !== null);
  return el('footer', {}, [
    el('strong', {}, pick(lang, text.footerData)),
    lines.length === 0
      ? el('p', {}, pick(lang, text.footerAllOfficial))
      : el('ul', {}, [...lines, el('li', {}, pick(lang, text.footerAlerts))]),
    data.provenance.datasetNote
      ? el('p', {}, `${pick(lang, text.datasetNote)}${lang === 'zh' ? '：' : ': '}${data.provenance.datasetNote}`)
      : null,
    el(
      'p',
      {},
      `${pick(lang, text.generated)}${lang === 'zh' ? '：' : ': '}` +
        `${cstTime(data.generatedAt)}${pick(lang, text.cst)} · ${pick(lang, text.generator)}`,
    ),
  ]);
}

/**
 * Renders the monthly report.
 *
 * @example
 * const outcome = readMonthlyReportData(db, '2023-06');
 * if (outcome.ok) renderMonthlyReport(outcome.value, { lang: 'zh' });
 * // '<!doctype html>…忻府区大气污染防治月报 2023年6月…'
 */
export function renderMonthlyReport(data: MonthlyReportData, options: RenderOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const { title, heading, monthLabel } = reportTitle(data.month, lang);
  const planTitle = lang === 'zh' ? `《${data.plan.title.zh}》` : `“${data.plan.title.en}”`;
  const body = el('div', { class: 'page' }, [
    el('header', {}, [
      el('h1', {}, heading),
      el('p', { class: 'subtitle' }, monthLabel),
      el('p', { class: 'meta' }, [
        `${pick(lang, text.asOf)} ${moment(data.at)}${pick(lang, text.cst)} · ` +
          `${pick(lang, text.basis)}${lang === 'zh' ? '' : ': '}${planTitle}`,
      ]),
      el('p', { class: 'meta screen-only' }, pick(lang, text.printHint)),
    ]),
    dustfallSection(data, lang),
    airQualitySection(data, lang),
    alertsSection(data, lang),
    tasksSection(data, lang),
    emergencySection(data, lang),
    vehiclesDustSection(data.vehiclesDust, lang),
    // issue 17 report: enforcement
    enforcementSection(data.enforcement, lang),
    outsidePlanSection(data, lang),
    footer(data, lang),
  ]);
  const head = fragment(
    raw('<meta charset="utf-8">'),
    raw('<meta name="viewport" content="width=device-width, initial-scale=1">'),
    el('title', {}, title),
    el('style', {}, raw(REPORT_STYLE)),
  );
  const root = el('html', { lang: lang === 'zh' ? 'zh-CN' : 'en' }, [el('head', {}, head), el('body', {}, body)]);
  return `<!doctype html>\n${root.html}\n`;
}
