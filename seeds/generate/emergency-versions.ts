import type { Db } from '../../server/db/open-database.ts';
import { type ListGrade, reductionPollutantLabels, type WarningLevel } from '../../server/schema/enums/emergency.ts';
import { addDays } from '../../server/time/cst.ts';
import { insertRows } from '../insert-rows.ts';
import type { GeneratorContext } from './context.ts';
import {
  type DemoEntry,
  demoBase,
  demoEntry,
  entryTotals,
  LEVELS,
  listCandidates,
  sumDaily,
} from './emergency-list.ts';
import { BY, EMERGENCY_SOURCE, type Row, utc, type Version } from './emergency-model.ts';
import type { OutletRow } from './outlets.ts';
import type { EnterpriseRow } from './row-types.ts';

const SHARES: Record<WarningLevel, number> = { yellow: 0.1, orange: 0.2, red: 0.3 };

/**
 * The demo requirement (shares 10/20/30 % and a synthetic base inventory) and the list's two signed versions
 * (the second a revision: two added, one removed as closed, three re-graded) with their measures and reductions;
 * returns the versions.
 */
export function seedListVersions(
  db: Db,
  ctx: GeneratorContext,
  enterprises: readonly EnterpriseRow[],
  outlets: readonly OutletRow[],
): Version[] {
  const rng = ctx.rngFor('emergency/list');
  const candidates = listCandidates(enterprises);
  const entryOf = (e: EnterpriseRow, grade?: ListGrade) =>
    demoEntry(ctx, ctx.rngFor(`emergency/entry/${e.id}`), e, outlets, grade);
  const current = candidates.map((e) => entryOf(e));
  // version 2 adds two smaller enterprises without outlets that version 1 did not hold
  const addable = current.filter((c) => c.outlets.length === 0 && c.grade !== 'non-key');
  const added = [rng.pick(addable)];
  const second = addable.filter((c) => c !== added[0] && c.consoleIndustry !== added[0]?.consoleIndustry);
  added.push(rng.pick(second.length ? second : addable.filter((c) => c !== added[0])));
  // … and removes one that closed since (an enterprise of the list's industries no longer operating)
  const relevant = new Set(candidates.map((e) => e.industry));
  const gone =
    enterprises.find((e) => e.operating_status === 'closed' && relevant.has(e.industry)) ??
    enterprises.find((e) => e.operating_status !== 'operating' && relevant.has(e.industry));
  const removed = gone ? entryOf(gone) : null;
  // … and changes three: a C upgraded to B after retrofits, a B marked down to B-, a D re-graded C
  const changes: [ListGrade, ListGrade, string][] = [
    ['C', 'B', '完成深度治理改造，绩效级别由C级升为B级'],
    ['B', 'B-', '复核发现无组织排放管控不足，绩效级别由B级降为B-级'],
    ['D', 'C', '整改验收通过，绩效级别由D级升为C级'],
  ];
  const v1Entries: DemoEntry[] = [];
  const changedNotes: string[] = [];
  const changedIds = new Set<string>();
  for (const [from, to, why] of changes) {
    const hit = current.find((c) => c.grade === from && !added.includes(c) && !changedIds.has(c.enterpriseId));
    if (!hit) continue;
    changedIds.add(hit.enterpriseId);
    changedNotes.push(`${hit.enterpriseName}${why}`);
    const e = enterprises.find((x) => x.id === hit.enterpriseId) as EnterpriseRow;
    // version 2 holds the new grade; version 1 the old one
    current[current.indexOf(hit)] = entryOf(e, to);
    v1Entries.push(hit);
  }
  for (const c of current) if (!added.includes(c) && !changedIds.has(c.enterpriseId)) v1Entries.push(c);
  if (removed) v1Entries.push(removed);
  v1Entries.sort((a, b) => a.enterpriseId.localeCompare(b.enterpriseId));

  const industrial = sumDaily(enterprises.filter((e) => e.operating_status === 'operating'));
  const totals = entryTotals(current);
  const { base, short } = demoBase(industrial, totals, SHARES);
  const t = (x: number) => x.toFixed(2);
  insertRows(db, 'emergency_requirements', [
    {
      effective_from: '2023-10-01',
      document: '重污染天气应急预案（示意）',
      source:
        '减排比例：黄色、橙色、红色预警期间SO2、NOx、颗粒物、VOCs减排比例分别不低于全社会排放量的10%、20%、30%' +
        '（天津市重污染天气应急预案摘要 sf850.com/policy/view?id=6387；88.wendadaohang.com），外部资料，非本区规划',
      yellow_share: SHARES.yellow,
      orange_share: SHARES.orange,
      red_share: SHARES.red,
      base_pm: base.pm,
      base_so2: base.so2,
      base_nox: base.nox,
      base_vocs: base.vocs,
      base_source:
        `合成示意排放清单：在产企业按行业典型日排放量（颗粒物 ${t(industrial.pm)}、二氧化硫 ${t(industrial.so2)}、` +
        `氮氧化物 ${t(industrial.nox)}、VOCs ${t(industrial.vocs)} 吨/日）加非工业源（采暖、交通、扬尘），` +
        `使示意清单达到黄色、橙色要求而红色不足（${reductionPollutantLabels[short].zh}）`,
      provenance: 'synthetic',
      created_at: utc('2023-09-28T10:00'),
      created_by: BY,
    },
  ]);

  const versions: Version[] = [
    { id: 1, label: '2023年秋冬季（第1版）', effectiveFrom: '2023-10-01', entries: v1Entries },
    { id: 2, label: '2023年秋冬季（第2版）', effectiveFrom: '2023-11-20', entries: current },
  ];
  const note =
    `修订：新增${added.map((a) => a.enterpriseName).join('、')}；` +
    (removed ? `移出${removed.enterpriseName}（已关停）；` : '') +
    `调整${changedNotes.join('；')}。`;
  insertRows(
    db,
    'emergency_list_versions',
    versions.map((v) => ({
      id: v.id,
      version: v.label,
      effective_from: v.effectiveFrom,
      title: '忻府区重污染天气重点行业应急减排清单',
      signed_off_by: '区生态环境分局 局长 王某（示意）',
      signed_off_on: addDays(v.effectiveFrom, -3),
      note: v.id === 1 ? null : note,
      source: `${EMERGENCY_SOURCE} list`,
      provenance: 'synthetic',
      created_at: utc(`${addDays(v.effectiveFrom, -2)}T09:00`),
      created_by: BY,
    })),
  );
  const entryRows: Row[] = [];
  const measureRows: Row[] = [];
  const reductionRows: Row[] = [];
  for (const v of versions)
    for (const e of v.entries) {
      entryRows.push({
        version_id: v.id,
        enterprise_id: e.enterpriseId,
        enterprise_name: e.enterpriseName,
        grade: e.grade,
        industry: e.industry,
        built_up_area: e.builtUpArea ? 1 : 0,
        heavy_polluter: e.heavyPolluter ? 1 : 0,
        contact: e.contact,
      });
      for (const level of LEVELS) {
        e.measures[level].forEach((m, i) =>
          measureRows.push({
            version_id: v.id,
            enterprise_id: e.enterpriseId,
            level,
            seq: i + 1,
            line: m.line,
            kind: m.kind,
            limit_pct: m.limitPct,
            outlet_code: m.outletCode,
            text: m.text,
          }),
        );
        reductionRows.push({ version_id: v.id, enterprise_id: e.enterpriseId, level, ...e.reductions[level] });
      }
    }
  insertRows(db, 'emergency_list_entries', entryRows);
  insertRows(db, 'emergency_list_measures', measureRows);
  insertRows(db, 'emergency_list_reductions', reductionRows);
  return versions;
}
