/**
 * The warning report (重污染天气应急响应总结报告) as one self-contained, print-ready HTML page (A4 portrait), styled
 * like the monthly report: no script, no external resource, every text escaped. Pure: data in, string out.
 * Non-compliance carries a mark and a word (▲未落实), never colour alone. Hooks for tests: `data-level` on level rows,
 * `data-enterprise` on violations, `data-pollutant` on reductions, `data-date` on AQI days, `data-value` on numbers.
 *
 * @module
 */
import {
  complianceVerdictLabels,
  evidenceSourceLabels,
  listGradeLabels,
  measureKindLabels,
  stepKindLabels,
  visitKindLabels,
  warningBasisLabels,
  warningChangeLabels,
  warningLevelLabels,
  type ListGrade,
} from '../schema/enums/emergency.ts';
import type { ReportLang } from '../schema/reports.ts';
import { cstMinute, toCstMinute } from '../time/cst.ts';
import { el, fragment, raw, type Content, type Html } from './html.ts';
import { REPORT_STYLE } from './render-monthly-report.ts';
import { pick, provenanceWords } from './report-labels.ts';
import type { ReportViolation, WarningReportData } from './warning-report-data.ts';

type Pair = readonly [zh: string, en: string];

/** The report's fixed wording. */
const words = {
  heading: ['重污染天气应急响应总结报告', 'Heavy-pollution emergency response: episode report'],
  warningNo: ['预警编号', 'Warning no.'],
  asOf: ['统计截至', 'As of'],
  cst: ['（北京时间）', ' (China Standard Time)'],
  printHint: ['打印：浏览器“打印”（A4 纵向）。', 'Print with the browser (A4 portrait).'],
  s1: ['一、预警发布与调整', '1. Warning issued and changed'],
  s2: ['二、应急减排清单落实情况', '2. The emergency reduction list applied'],
  s3: ['三、核查覆盖', '3. Verification coverage'],
  s4: ['四、问题企业', '4. Enterprises that did not comply'],
  s5: ['五、减排效果', '5. Reductions'],
  s6: ['六、应急期间空气质量', '6. Air quality during the episode'],
  s7: ['七、工作机制落实', '7. The mechanism'],
  issuedAt: ['发布时间', 'Issued'],
  start: ['开始执行', 'Start'],
  plannedEnd: ['计划结束', 'Planned end'],
  lifted: ['解除时间', 'Lifted'],
  end: ['结束（统计）', 'End (as counted)'],
  advance: ['提前预警', 'Advance notice'],
  duration: ['持续时长', 'Duration'],
  hoursUnit: ['小时', 'h'],
  basis: ['发布依据', 'Basis'],
  document: ['预警通知', 'Notice'],
  note: ['说明', 'Note'],
  peak: ['最高级别', 'Highest level'],
  status: ['状态', 'Status'],
  notLifted: ['未解除', 'not lifted'],
  none: ['无', 'None'],
  change: ['变更', 'Change'],
  effective: ['生效时间', 'Effective'],
  level: ['级别', 'Level'],
  from: ['起', 'From'],
  to: ['止', 'To'],
  hours: ['小时数', 'Hours'],
  listVersion: ['执行清单版本', 'List version'],
  noList: ['发布时无生效的应急减排清单。', 'No emergency reduction list was in force when it was issued.'],
  signedOff: ['审核签发', 'Signed off by'],
  bound: ['清单内企业', 'Enterprises on the list'],
  builtUpHeavy: ['其中建成区内重污染企业', 'of which heavy polluters in the built-up area'],
  grade: ['绩效分级', 'Grade'],
  township: ['乡镇（街道）', 'Township'],
  count: ['数量', 'Count'],
  enterprises: ['企业数', 'Enterprises'],
  measuresByKind: ['措施（按类型）', 'Measures by kind'],
  listed: ['清单企业', 'Listed'],
  checked: ['已核查', 'Checked'],
  bySource: ['核查方式（企业数）', 'How (enterprises)'],
  noCompliance: ['无核查数据。', 'No verification data.'],
  coverageNote: [
    '核查依据在线监测（停产线烟气流量、限产线排放速率）、驻点监督现场检查记录及门禁系统车辆记录；' +
      '任一措施未落实即判企业未落实，无任何证据的为未核查。',
    "Verified against CEMS (a stopped line's flue-gas flow, a limited line's emission rate), resident " +
      "supervisors' visit records and gate-system truck records; one measure not complied makes the enterprise " +
      'non-compliant; without any evidence it is not verified.',
  ],
  enterprise: ['企业', 'Enterprise'],
  measure: ['措施', 'Measure'],
  evidence: ['证据', 'Evidence'],
  supervisor: ['驻点监督员', 'Supervisor'],
  noViolations: ['未发现未落实应急减排措施的企业。', 'No enterprise was found not complying.'],
  pollutant: ['污染物', 'Pollutant'],
  required: ['预案要求 t/d', 'Required t/d'],
  expected: ['清单预期 t/d', 'Expected t/d'],
  achieved: ['估算实际 t/d', 'Estimated achieved t/d'],
  ofRequired: ['实际/要求', 'Achieved / required'],
  reductionNote: [
    '预期减排量为清单所列各级别减排量按各级别持续小时加权；估算实际减排量：已落实企业计预期值，未落实企业计 0' +
      '（有在线监测时按基线与应急期间排放速率差估算），未核查企业按预期值计入并标注。',
    "Expected: the list's reductions of each level weighted by the hours at that level; estimated achieved: " +
      'compliant enterprises count their expected figure, non-compliant ones 0 (or the CEMS estimate from ' +
      'baseline minus during-warning emission rate), unverified ones their expected figure (marked so).',
  ],
  requirementNote: ['要求减排比例（按级别时长加权）', 'Required share (weighted by hours at each level)'],
  noRequirement: ['未录入预案减排比例，无法对照。', 'No required shares are entered: nothing to compare.'],
  date: ['日期', 'Date'],
  aqi: ['AQI', 'AQI'],
  category: ['类别', 'Category'],
  pm25: ['PM2.5 µg/m³', 'PM2.5 µg/m³'],
  warningLevel: ['预警级别', 'Warning level'],
  aqNote: [
    '全区国控站日均值计算的日AQI（HJ 633-2012），自开始前一日至结束后一日。',
    "The district's daily AQI from the national stations (HJ 633-2012), from the day before the start to the " +
      'day after the end.',
  ],
  noAq: ['该时段无空气质量数据。', 'No air-quality data for the period.'],
  item: ['工作', 'Item'],
  record: ['落实情况', 'Record'],
  advanceItem: ['提前预警（发布至开始）', 'Advance warning (issue to start)'],
  notified: ['通知企业 / 回执', 'Enterprises notified / acknowledged'],
  supervisors: ['驻点监督员派驻（企业）', 'Resident supervisors assigned (enterprises)'],
  visited: ['驻点监督检查覆盖企业', 'Enterprises visited by supervisors'],
  visits: ['现场检查记录', 'Visit records'],
  nonCompliantVisits: ['其中判定未落实', 'of which non-compliant'],
  steps: ['工作步骤', 'Steps'],
  firstAt: ['首次', 'First'],
  footerData: ['数据说明', 'About the data'],
  footerAllOfficial: ['本报告所用预警与检查记录均为官方数据。', 'The warning and visit records are all official.'],
  subjects: ['预警记录', 'the warning'],
  generated: ['生成时间', 'Generated'],
  generator: ['蓝天 · 忻府区大气环境监管', 'Lantian · Xinfu air-quality supervision'],
} as const satisfies Record<string, Pair>;

const subjectWords: Record<string, Pair> = {
  warning: ['预警记录', 'Warning record'],
  visits: ['现场检查记录', 'Visit records'],
  list: ['应急减排清单', 'Emergency reduction list'],
};

const statusWords: Record<WarningReportData['warning']['status'], Pair> = {
  scheduled: ['已发布未开始', 'scheduled'],
  'in-force': ['执行中', 'in force'],
  lifted: ['已解除', 'lifted'],
  ended: ['已到期结束', 'ended'],
};

function moment(at: string): string {
  return at.replace('T', ' ');
}

function cstTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : toCstMinute(date).replace('T', ' ');
}

function fixed(value: number | null, digits: number): string {
  return value === null || !Number.isFinite(value) ? '—' : value.toFixed(digits);
}

function numCell(value: number | null, digits: number, extra: Content = null): Html {
  return el('td', { class: 'num', 'data-value': value === null ? '' : value }, [fixed(value, digits), extra]);
}

function headRow(lang: ReportLang, labels: readonly Pair[]): Html {
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

const colon = (lang: ReportLang) => (lang === 'zh' ? '：' : ': ');

function factRow(lang: ReportLang, label: Pair, value: Content): Html {
  return el('tr', {}, [el('th', {}, pick(lang, label)), el('td', {}, value)]);
}

function gradeLabel(grade: string, lang: ReportLang): string {
  return Object.hasOwn(listGradeLabels, grade) ? listGradeLabels[grade as ListGrade][lang] : grade;
}

function warningSection(data: WarningReportData, lang: ReportLang): Html {
  const w = data.warning;
  const hours = (n: number) => `${fixed(n, 1)} ${pick(lang, words.hoursUnit)}`;
  return el('section', { id: 'warning' }, [
    el('h2', {}, pick(lang, words.s1)),
    el('table', { id: 'warning-facts' }, [
      el('tbody', {}, [
        factRow(lang, words.status, pick(lang, statusWords[w.status])),
        factRow(lang, words.issuedAt, moment(w.issuedAt)),
        factRow(lang, words.start, moment(w.start)),
        factRow(lang, words.plannedEnd, w.plannedEnd === null ? '—' : moment(w.plannedEnd)),
        factRow(lang, words.lifted, w.liftedAt === null ? pick(lang, words.notLifted) : moment(w.liftedAt)),
        factRow(lang, words.advance, hours(w.advanceHours)),
        factRow(lang, words.duration, hours(w.hours)),
        factRow(lang, words.peak, warningLevelLabels[w.peak][lang]),
        factRow(lang, words.basis, warningBasisLabels[w.basis][lang]),
        factRow(lang, words.document, w.document ?? '—'),
        w.note ? factRow(lang, words.note, w.note) : null,
      ]),
    ]),
    el('div', { class: 'columns' }, [
      el('div', {}, [
        el('table', { id: 'warning-events' }, [
          headRow(lang, [words.change, words.effective, words.level]),
          el(
            'tbody',
            {},
            w.events.map((e) =>
              el('tr', { 'data-change': e.kind }, [
                el('td', {}, warningChangeLabels[e.kind][lang]),
                el('td', { class: 'nowrap' }, moment(e.effectiveAt)),
                el('td', {}, e.level === null ? '—' : warningLevelLabels[e.level][lang]),
              ]),
            ),
          ),
        ]),
      ]),
      el('div', {}, [
        el('table', { id: 'warning-segments' }, [
          headRow(lang, [words.level, words.from, words.to, words.hours]),
          el(
            'tbody',
            {},
            w.segments.map((s) => {
              const to = s.to ?? w.end;
              return el('tr', { 'data-level': s.level }, [
                el('td', {}, warningLevelLabels[s.level][lang]),
                el('td', { class: 'nowrap' }, moment(s.from)),
                el('td', { class: 'nowrap' }, moment(to)),
                numCell((cstMinute(to) - cstMinute(s.from)) / 60, 1),
              ]);
            }),
          ),
        ]),
      ]),
    ]),
  ]);
}

function listSection(data: WarningReportData, lang: ReportLang): Html {
  if (data.list === null) {
    return el('section', { id: 'list' }, [el('h2', {}, pick(lang, words.s2)), el('p', {}, pick(lang, words.noList))]);
  }
  const { bound } = data;
  return el('section', { id: 'list' }, [
    el('h2', {}, pick(lang, words.s2)),
    el('p', {}, [
      `${pick(lang, words.listVersion)}${colon(lang)}${data.list.version} (${data.list.effectiveFrom}) · `,
      `${pick(lang, words.signedOff)}${colon(lang)}${data.list.signedOffBy} · `,
      `${pick(lang, words.bound)}${colon(lang)}`,
      el('strong', { 'data-bound': bound.count }, String(bound.count)),
      ` · ${pick(lang, words.builtUpHeavy)}${colon(lang)}${bound.builtUpHeavy}`,
    ]),
    el('div', { class: 'columns' }, [
      el('div', {}, [
        el('table', { id: 'bound-by-grade' }, [
          headRow(lang, [words.grade, words.count]),
          el(
            'tbody',
            {},
            bound.byGrade.map((g) =>
              el('tr', { 'data-grade': g.grade }, [el('td', {}, gradeLabel(g.grade, lang)), numCell(g.count, 0)]),
            ),
          ),
        ]),
      ]),
      el('div', {}, [
        el('table', { id: 'bound-by-township' }, [
          headRow(lang, [words.township, words.count]),
          el(
            'tbody',
            {},
            bound.byTownship.map((t) =>
              el('tr', { 'data-township': t.code ?? 'none' }, [el('td', {}, t.name[lang]), numCell(t.count, 0)]),
            ),
          ),
        ]),
      ]),
    ]),
    el('table', { id: 'measures-by-level' }, [
      headRow(lang, [words.level, words.hours, words.enterprises, words.measuresByKind]),
      el(
        'tbody',
        {},
        data.measures.map((m) =>
          el('tr', { 'data-level': m.level }, [
            el('td', {}, warningLevelLabels[m.level][lang]),
            numCell(m.hours, 1),
            numCell(m.enterprises, 0),
            el(
              'td',
              {},
              m.byKind.map((k) => `${measureKindLabels[k.kind][lang]} ${k.count}`).join(lang === 'zh' ? '；' : '; '),
            ),
          ]),
        ),
      ),
    ]),
  ]);
}

function coverageSection(data: WarningReportData, lang: ReportLang): Html {
  const c = data.coverage;
  if (c === null) {
    return el('section', { id: 'coverage' }, [
      el('h2', {}, pick(lang, words.s3)),
      el('p', {}, pick(lang, words.noCompliance)),
    ]);
  }
  const how = (['cems', 'visit', 'gate'] as const)
    .map((s) => `${evidenceSourceLabels[s][lang]} ${c.bySource[s]}`)
    .join(lang === 'zh' ? '、' : ', ');
  return el('section', { id: 'coverage' }, [
    el('h2', {}, pick(lang, words.s3)),
    el('p', { class: 'note' }, pick(lang, words.coverageNote)),
    el('table', { id: 'coverage-summary' }, [
      headRow(lang, [
        words.listed,
        words.checked,
        words.bySource,
        [complianceVerdictLabels.compliant.zh, complianceVerdictLabels.compliant.en],
        [complianceVerdictLabels['non-compliant'].zh, complianceVerdictLabels['non-compliant'].en],
        [complianceVerdictLabels.unverified.zh, complianceVerdictLabels.unverified.en],
      ]),
      el(
        'tbody',
        {},
        el('tr', {}, [
          numCell(c.listed, 0),
          numCell(c.checked, 0),
          el('td', {}, how),
          numCell(c.compliant, 0),
          numCell(c.nonCompliant, 0, c.nonCompliant > 0 ? el('span', { class: 'flag' }, ' ▲') : null),
          numCell(c.unverified, 0),
        ]),
      ),
    ]),
  ]);
}

/** The evidence of a violation's measures, each piece once (one visit may speak for several measures). */
function uniqueEvidence(v: ReportViolation): ReportViolation['measures'][number]['evidence'] {
  const seen = new Set<string>();
  return v.measures
    .flatMap((m) => m.evidence)
    .filter((ev) => {
      const key = `${ev.source}|${ev.at}|${ev.detail.zh}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function violationsSection(data: WarningReportData, lang: ReportLang): Html {
  const body =
    data.violations.length === 0
      ? el('p', {}, pick(lang, words.noViolations))
      : el('table', { id: 'violations' }, [
          headRow(lang, [words.enterprise, words.measure, words.evidence]),
          el(
            'tbody',
            {},
            data.violations.map((v) =>
              el('tr', { 'data-enterprise': v.enterpriseId, class: 'exceeds' }, [
                el('td', {}, [
                  el('strong', {}, v.enterpriseName),
                  el(
                    'div',
                    { class: 'note' },
                    [
                      v.township?.[lang] ?? null,
                      gradeLabel(v.grade, lang),
                      v.supervisor ? `${pick(lang, words.supervisor)}${colon(lang)}${v.supervisor}` : null,
                    ]
                      .filter((x): x is string => x !== null)
                      .join(' · '),
                  ),
                ]),
                el(
                  'td',
                  {},
                  v.measures.map((m) =>
                    el('div', {}, [
                      el('span', { class: 'flag' }, `▲${complianceVerdictLabels['non-compliant'][lang]} `),
                      `${warningLevelLabels[m.level][lang]} · ${m.line} · ` +
                        `${measureKindLabels[m.kind][lang]}${colon(lang)}${m.text}`,
                    ]),
                  ),
                ),
                el(
                  'td',
                  {},
                  uniqueEvidence(v).map((ev) =>
                    el('div', { 'data-source': ev.source }, [
                      // a visit's detail already starts with its moment
                      ev.detail[lang].includes(moment(ev.at))
                        ? `${evidenceSourceLabels[ev.source][lang]}${colon(lang)}`
                        : `${evidenceSourceLabels[ev.source][lang]} ${moment(ev.at)}${colon(lang)}`,
                      ev.detail[lang],
                    ]),
                  ),
                ),
              ]),
            ),
          ),
        ]);
  return el('section', { id: 'violations-section' }, [el('h2', {}, pick(lang, words.s4)), body]);
}

function reductionsSection(data: WarningReportData, lang: ReportLang): Html {
  const req = data.requirement;
  return el('section', { id: 'reductions' }, [
    el('h2', {}, pick(lang, words.s5)),
    el('p', { class: 'note' }, [
      pick(lang, words.reductionNote),
      ' ',
      req === null
        ? pick(lang, words.noRequirement)
        : `${pick(lang, words.requirementNote)}${colon(lang)}${fixed(req.share * 100, 1)} %` +
          (lang === 'zh' ? `（${req.document}）` : ` (${req.document})`),
    ]),
    el('table', { id: 'reductions-table' }, [
      headRow(lang, [words.pollutant, words.required, words.expected, words.achieved, words.ofRequired]),
      el(
        'tbody',
        {},
        data.reductions.map((r) => {
          const ratio = r.required !== null && r.required > 0 ? (r.achieved / r.required) * 100 : null;
          const short = ratio !== null && ratio < 100;
          return el('tr', { 'data-pollutant': r.pollutant, class: short ? 'not-met' : null }, [
            el('td', {}, r.name[lang]),
            numCell(r.required, 3),
            numCell(r.expected, 3),
            numCell(r.achieved, 3),
            numCell(ratio, 1, ratio === null ? null : [' %', short ? el('span', { class: 'flag' }, ' ▲') : null]),
          ]);
        }),
      ),
    ]),
  ]);
}

function airQualitySection(data: WarningReportData, lang: ReportLang): Html {
  const { days } = data.airQuality;
  return el('section', { id: 'air-quality' }, [
    el('h2', {}, pick(lang, words.s6)),
    el('p', { class: 'note' }, pick(lang, words.aqNote)),
    days.length === 0
      ? el('p', {}, pick(lang, words.noAq))
      : el('table', { id: 'aqi-days' }, [
          headRow(lang, [words.date, words.aqi, words.category, words.pm25, words.warningLevel]),
          el(
            'tbody',
            {},
            days.map((d) =>
              el('tr', { 'data-date': d.date, 'data-level': d.level ?? 'none' }, [
                el('td', { class: 'nowrap' }, d.date),
                numCell(d.aqi, 0),
                el('td', {}, d.category?.[lang] ?? '—'),
                numCell(d.pm25, 0),
                el('td', {}, d.level === null ? '—' : warningLevelLabels[d.level][lang]),
              ]),
            ),
          ),
        ]),
  ]);
}

function mechanismSection(data: WarningReportData, lang: ReportLang): Html {
  const m = data.mechanism;
  const rows: Html[] = [
    el('tr', { 'data-item': 'advance' }, [
      el('td', {}, pick(lang, words.advanceItem)),
      el('td', {}, `${fixed(data.warning.advanceHours, 1)} ${pick(lang, words.hoursUnit)}`),
    ]),
    el('tr', { 'data-item': 'notified' }, [
      el('td', {}, pick(lang, words.notified)),
      el('td', {}, [
        `${m.notified} / ${m.acknowledged}`,
        m.firstNotifiedAt
          ? el('span', { class: 'muted' }, ` (${pick(lang, words.firstAt)} ${moment(m.firstNotifiedAt)})`)
          : null,
      ]),
    ]),
    el('tr', { 'data-item': 'supervisors' }, [
      el('td', {}, pick(lang, words.supervisors)),
      el('td', {}, String(m.supervisors)),
    ]),
    el('tr', { 'data-item': 'visited' }, [
      el('td', {}, pick(lang, words.visited)),
      el('td', {}, String(m.enterprisesVisited)),
    ]),
    ...m.visits.map((v) =>
      el('tr', { 'data-item': `visits-${v.kind}` }, [
        el('td', {}, `${pick(lang, words.visits)} · ${visitKindLabels[v.kind][lang]}`),
        el('td', {}, [
          String(v.count),
          v.nonCompliant > 0
            ? el('span', { class: 'flag' }, ` (${pick(lang, words.nonCompliantVisits)} ${v.nonCompliant})`)
            : null,
        ]),
      ]),
    ),
    ...m.steps.map((s) =>
      el('tr', { 'data-item': `step-${s.kind}` }, [
        el('td', {}, `${pick(lang, words.steps)} · ${stepKindLabels[s.kind][lang]}`),
        el('td', {}, [
          String(s.count),
          el('span', { class: 'muted' }, ` (${pick(lang, words.firstAt)} ${moment(s.first)})`),
        ]),
      ]),
    ),
  ];
  return el('section', { id: 'mechanism' }, [
    el('h2', {}, pick(lang, words.s7)),
    el('table', { id: 'mechanism-table' }, [headRow(lang, [words.item, words.record]), el('tbody', {}, rows)]),
  ]);
}

function footer(data: WarningReportData, lang: ReportLang): Html {
  const marked = data.provenance.filter((p) => p.provenance !== 'official');
  return el('footer', {}, [
    el('strong', {}, pick(lang, words.footerData)),
    marked.length === 0
      ? el('p', {}, pick(lang, words.footerAllOfficial))
      : el(
          'ul',
          {},
          marked.map((p) =>
            el(
              'li',
              { 'data-provenance': p.provenance },
              `${pick(lang, subjectWords[p.subject] ?? [p.subject, p.subject])}${colon(lang)}` +
                `${pick(lang, provenanceWords[p.provenance])} ${p.count}`,
            ),
          ),
        ),
    el(
      'p',
      {},
      `${pick(lang, words.generated)}${colon(lang)}${cstTime(data.generatedAt)}${pick(lang, words.cst)} · ` +
        pick(lang, words.generator),
    ),
  ]);
}

/**
 * Renders the warning report of one episode.
 *
 * @example
 * const data = readWarningReportData(db, 1, new Date());
 * if (data) renderWarningReport(data, 'zh'); // '<!doctype html>…重污染天气应急响应总结报告…'
 */
export function renderWarningReport(data: WarningReportData, lang: ReportLang = 'zh'): string {
  const heading = pick(lang, words.heading);
  const w = data.warning;
  const subtitle =
    `${pick(lang, words.warningNo)} ${data.warningId} · ${moment(w.start)} – ${moment(w.end)} · ` +
    warningLevelLabels[w.peak][lang];
  const body = el('div', { class: 'page' }, [
    el('header', {}, [
      el('h1', {}, heading),
      el('p', { class: 'subtitle' }, subtitle),
      el('p', { class: 'meta' }, `${pick(lang, words.asOf)} ${moment(data.at)}${pick(lang, words.cst)}`),
      el('p', { class: 'meta screen-only' }, pick(lang, words.printHint)),
    ]),
    warningSection(data, lang),
    listSection(data, lang),
    coverageSection(data, lang),
    violationsSection(data, lang),
    reductionsSection(data, lang),
    airQualitySection(data, lang),
    mechanismSection(data, lang),
    footer(data, lang),
  ]);
  const head = fragment(
    raw('<meta charset="utf-8">'),
    raw('<meta name="viewport" content="width=device-width, initial-scale=1">'),
    el('title', {}, `${heading} ${pick(lang, words.warningNo)} ${data.warningId}`),
    el('style', {}, raw(REPORT_STYLE)),
  );
  const root = el('html', { lang: lang === 'zh' ? 'zh-CN' : 'en' }, [el('head', {}, head), el('body', {}, body)]);
  return `<!doctype html>\n${root.html}\n`;
}
