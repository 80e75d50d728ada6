import { deriveAlertLevel } from '../../server/rules/alert-level.ts';
import type { Db } from '../../server/db/open-database.ts';
import type { ListGrade, WarningLevel } from '../../server/schema/enums/emergency.ts';
import { addDays, addMinutes } from '../../server/time/cst.ts';
import { insertRows } from '../insert-rows.ts';
import type { GeneratorContext } from './context.ts';
import { type DemoEntry, LEVELS } from './emergency-list.ts';
import { BY, levelAt, outletMeasure, type Row, utc, type Violators, type Warning } from './emergency-model.ts';
import { demoPng } from './emergency-photo.ts';
import type { EnterpriseRow } from './row-types.ts';

/**
 * Who breaks what in the orange–red episode (at orange): the first listed outlet line to stop keeps running, the
 * first to limit cuts a quarter of its share, two supervised plants without outlets are found running, and one
 * gate-system holder lets China V trucks in at red.
 */
function pickViolators(
  big: Warning,
  enterprises: ReadonlyMap<string, EnterpriseRow>,
  supervised: ReadonlySet<string>,
): Violators {
  const level: WarningLevel = 'orange';
  const entries = big.version.entries;
  let cemsStop: Violators['cemsStop'] = null;
  let cemsLimit: Violators['cemsLimit'] = null;
  for (const e of entries)
    for (const o of e.outlets) {
      const m = outletMeasure(e, level, o.code);
      if (!cemsStop && m?.kind === 'stop') cemsStop = { enterpriseId: e.enterpriseId, code: o.code };
      else if (!cemsLimit && m?.kind === 'limit' && e.enterpriseId !== cemsStop?.enterpriseId)
        cemsLimit = { enterpriseId: e.enterpriseId, code: o.code, pct: m.limitPct ?? 0 };
    }
  const visits = entries
    .filter(
      (e) =>
        e.outlets.length === 0 &&
        supervised.has(e.enterpriseId) &&
        e.measures[level].some((m) => m.kind === 'stop' || m.kind === 'limit'),
    )
    .slice(0, 2)
    .map((e) => e.enterpriseId);
  const gate =
    entries.find((e) => {
      const g = enterprises.get(e.enterpriseId)?.gate_system;
      return (g === 'networked' || g === 'installed') && e.measures.red.some((m) => m.kind === 'truck-ban');
    })?.enterpriseId ?? null;
  return { warningId: big.id, level, cemsStop, cemsLimit, visits, gate };
}

const surnames = ['张', '李', '王', '赵', '刘', '陈', '杨', '郭', '高', '武', '贾', '田'];

/**
 * The warnings, their level events, the mechanism's steps, notifications (most acknowledged), resident
 * supervisors (10–20 per warning, no console account), their visits (a few non-compliant, 2–3 with a photo),
 * consultations, assistance visits between the episodes and the gate records during them; returns the violators
 * the CEMS hours must show.
 */
export function seedWarnings(
  db: Db,
  ctx: GeneratorContext,
  warnings: readonly Warning[],
  enterprises: ReadonlyMap<string, EnterpriseRow>,
): Violators {
  const rng = ctx.rngFor('emergency/warnings');
  const warningRows: Row[] = [];
  const eventRows: Row[] = [];
  const stepRows: Row[] = [];
  const notificationRows: Row[] = [];
  const supervisorRows: Row[] = [];
  const visitRows: Row[] = [];
  const attachmentRows: Row[] = [];
  const gateRows: Row[] = [];
  const big = warnings.find((w) => w.role === 'regional') as Warning;
  const supervisedBy = new Map<number, Map<string, string>>();
  for (const w of warnings) {
    // supervisors for 10–20 enterprises: the heavy polluters and the lowest grades first
    const order: ListGrade[] = ['D', 'C', 'B-', 'B', 'non-key', 'A', 'leading'];
    const ranked = [...w.version.entries].sort(
      (a, b) =>
        Number(b.heavyPolluter) - Number(a.heavyPolluter) ||
        order.indexOf(a.grade) - order.indexOf(b.grade) ||
        a.enterpriseId.localeCompare(b.enterpriseId),
    );
    const n = Math.min(ranked.length, rng.int(10, 20));
    const map = new Map<string, string>();
    ranked.slice(0, n).forEach((e, i) => map.set(e.enterpriseId, `驻点员 ${surnames[i % surnames.length]}某（示意）`));
    supervisedBy.set(w.id, map);
  }
  const violators = pickViolators(big, enterprises, new Set(supervisedBy.get(big.id)?.keys() ?? []));

  let visitId = 0;
  let photoId = 0;
  const photo = (label: string, at: string): number => {
    photoId += 1;
    const bytes = demoPng(photoId);
    attachmentRows.push({
      id: photoId,
      mime: 'image/png',
      size: bytes.length,
      sha256: bytes.sha256,
      file_name: `${label}.png`,
      bytes: bytes.buffer,
      created_at: utc(at),
      created_by: BY,
    });
    return photoId;
  };
  let document = 30;
  for (const w of warnings) {
    document += rng.int(2, 9);
    const firstLevel = w.levels[0]?.[1] ?? 'yellow';
    const forecast =
      w.role === 'forecast'
        ? (() => {
            const dailyAqi = [rng.int(205, 235), rng.int(210, 248), rng.int(150, 190)];
            return JSON.stringify({ dailyAqi, derivedLevel: deriveAlertLevel(dailyAqi) });
          })()
        : null;
    warningRows.push({
      id: w.id,
      issued_at: w.issuedAt,
      start_at: w.startAt,
      planned_end_at: w.plannedEndAt,
      lifted_at: w.liftedAt,
      basis: w.role,
      forecast,
      document: `忻府区重污染天气应急指挥部 忻府重应〔2023〕${document}号（示意）`,
      note:
        w.role === 'regional'
          ? '根据省、市区域联防统一部署启动橙色预警，期间视污染形势升级为红色'
          : w.role === 'forecast'
            ? '预报未来两日日均AQI超过200，启动黄色预警'
            : '会商研判，启动黄色预警',
      list_version_id: w.version.id,
      provenance: 'synthetic',
      created_at: utc(w.issuedAt),
      created_by: BY,
    });
    let seq = 0;
    w.levels.forEach(([at, level], i) => {
      const previous = w.levels[i - 1]?.[1];
      const kind =
        i === 0 ? 'issue' : LEVELS.indexOf(level) > LEVELS.indexOf(previous ?? level) ? 'upgrade' : 'downgrade';
      const recordedAt = i === 0 ? w.issuedAt : addMinutes(at, -60 * rng.int(2, 8));
      seq += 1;
      eventRows.push({
        warning_id: w.id,
        seq,
        kind,
        effective_at: i === 0 ? w.startAt : at,
        level,
        planned_end_at: i === 0 ? w.plannedEndAt : null,
        note: kind === 'issue' ? null : kind === 'upgrade' ? '污染加重，升级预警' : '污染减轻，降级预警',
        recorded_at: utc(recordedAt),
        recorded_by: BY,
      });
    });
    if (w.liftedAt) {
      seq += 1;
      eventRows.push({
        warning_id: w.id,
        seq,
        kind: 'lift',
        effective_at: w.liftedAt,
        level: null,
        planned_end_at: null,
        note: '空气质量改善，提前解除预警',
        recorded_at: utc(addMinutes(w.liftedAt, -60)),
        recorded_by: BY,
      });
    }
    // the mechanism's steps
    const step = (kind: string, at: string, note: string, enterpriseId: string | null = null) =>
      stepRows.push({
        warning_id: w.id,
        kind,
        at,
        enterprise_id: enterpriseId,
        note,
        recorded_at: utc(at),
        recorded_by: BY,
      });
    step(
      'advance-response',
      addMinutes(w.issuedAt, 60),
      '召开应急调度会，部署重点企业提前落实减排措施、备足停限产准备',
    );
    if (w.role === 'regional') step('regional', w.issuedAt, '接省、市区域联防统一预警通知，与周边县区同步启动应急响应');
    const supervised = supervisedBy.get(w.id) ?? new Map<string, string>();
    step('supervision', addMinutes(w.startAt, -120), `派驻驻点监督员${supervised.size}名，一企一人盯守减排措施落实`);
    const consulted = w.version.entries.filter((e) => e.grade === 'B' || e.grade === 'B-').slice(0, 2);
    for (const e of consulted) {
      const at = addMinutes(w.issuedAt, 60 * rng.int(2, 6));
      step('consultation', at, `与${e.enterpriseName}协商减排：错峰安排检修，压减高排放工序负荷`, e.enterpriseId);
      visitId += 1;
      visitRows.push({
        id: visitId,
        warning_id: w.id,
        enterprise_id: e.enterpriseId,
        kind: 'consultation',
        visited_at: at,
        inspector_id: null,
        inspector: '区生态环境分局 大气股 李某（示意）',
        verdict: 'not-checked',
        lines: '[]',
        note: '协商确定预警期间检修安排和限产负荷',
        photo_id: null,
        provenance: 'synthetic',
        recorded_at: utc(addMinutes(at, 30)),
      });
    }
    step('assistance', addMinutes(w.startAt, 60 * 4), '帮扶组入企指导治理设施满负荷运行、物料堆场苫盖');
    // notifications to every listed enterprise; most acknowledge
    for (const e of w.version.entries) {
      const notifiedAt = addMinutes(w.issuedAt, rng.int(10, 60));
      const acknowledged = rng.chance(0.9);
      notificationRows.push({
        warning_id: w.id,
        enterprise_id: e.enterpriseId,
        notified_at: notifiedAt,
        channel: rng.weighted([
          ['platform', 70],
          ['sms', 20],
          ['phone', 10],
        ]),
        acknowledged_at: acknowledged ? addMinutes(notifiedAt, rng.int(5, 180)) : null,
        acknowledged_by: acknowledged ? (e.contact.split(' ')[0] ?? null) : null,
        recorded_by: BY,
      });
    }
    // resident supervisors and their visits
    const firstVisit = addMinutes(w.startAt, 60 * 3);
    for (const [enterpriseId, name] of supervised) {
      supervisorRows.push({
        warning_id: w.id,
        enterprise_id: enterpriseId,
        user_id: null,
        username: name,
        assigned_at: addMinutes(w.startAt, -180),
        assigned_by: BY,
      });
      const e = w.version.entries.find((x) => x.enterpriseId === enterpriseId) as DemoEntry;
      const visitTimes = [addMinutes(firstVisit, rng.int(0, 240))];
      if (w.role === 'regional') visitTimes.push(addMinutes(w.levels[1]?.[0] ?? firstVisit, 60 * rng.int(3, 9)));
      for (const at of visitTimes) {
        const level = levelAt(w, at) ?? firstLevel;
        const broken = w.id === violators.warningId && violators.visits.includes(enterpriseId) && level !== 'yellow';
        // the CEMS violators' supervisor was kept out of the production area: the CEMS hours tell
        const kept =
          w.id === violators.warningId &&
          (violators.cemsStop?.enterpriseId === enterpriseId || violators.cemsLimit?.enterpriseId === enterpriseId);
        const lines = e.measures[level]
          .filter((m) => !kept && (m.kind === 'stop' || m.kind === 'limit'))
          .map((m, i) => ({
            line: m.line,
            state: broken && i === 0 ? 'running' : m.kind === 'stop' ? 'stopped' : 'limited',
          }));
        visitId += 1;
        const withPhoto = (broken || (w.role === 'forecast' && visitId % 7 === 0)) && photoId < 3;
        visitRows.push({
          id: visitId,
          warning_id: w.id,
          enterprise_id: enterpriseId,
          kind: 'supervision',
          visited_at: at,
          inspector_id: null,
          inspector: name,
          verdict: broken ? 'non-compliant' : lines.length === 0 ? 'not-checked' : 'compliant',
          lines: JSON.stringify(lines),
          note: broken
            ? `${lines[0]?.line ?? '生产线'}未按清单要求` +
              `${e.measures[level][0]?.kind === 'stop' ? '停产' : '限产'}，现场责令立即整改`
            : kept
              ? '企业以安全为由未安排进入生产区，未能现场核查，以在线监测数据为准'
              : lines.length === 0
                ? '自主减排，治理设施运行正常'
                : '各生产线按清单落实停限产措施',
          photo_id: withPhoto ? photo(`visit-${visitId}`, at) : null,
          provenance: 'synthetic',
          recorded_at: utc(addMinutes(at, 45)),
        });
      }
    }
    // gate-system truck records of the listed key freight units during the warning
    for (const e of w.version.entries) {
      const gate = enterprises.get(e.enterpriseId)?.gate_system;
      if (gate !== 'networked' && gate !== 'installed') continue;
      const grng = ctx.rngFor(`emergency/gate/${w.id}/${e.enterpriseId}`);
      for (let day = w.startAt.slice(0, 10); `${day}T00:00` < w.endAt; day = addDays(day, 1)) {
        for (let k = grng.int(2, 5); k > 0; k--) {
          const inAt = `${day}T${String(grng.int(6, 17)).padStart(2, '0')}:${String(grng.int(0, 59)).padStart(2, '0')}`;
          if (inAt < w.startAt || inAt >= w.endAt) continue;
          const banned = e.enterpriseId === violators.gate && levelAt(w, inAt) === 'red' && k <= 2;
          const stage = banned
            ? 'V'
            : grng.weighted([
                ['VI', 60],
                ['gas', 25],
                ['electric', 15],
              ] as const);
          const plate = `晋H${String.fromCharCode(65 + grng.int(0, 25))}${grng.int(10000, 99999)}`;
          const fuel = stage === 'gas' ? 'gas' : stage === 'electric' ? 'electric' : 'diesel';
          const cargo = grng.pick(['原料', '产品', '燃料煤', '辅料']);
          const row = {
            enterprise_id: e.enterpriseId,
            plate,
            emission_stage: stage,
            fuel,
            cargo,
            provenance: 'synthetic',
          };
          gateRows.push({ ...row, at: inAt, direction: 'in' });
          gateRows.push({ ...row, at: addMinutes(inAt, grng.int(40, 180)), direction: 'out' });
        }
      }
    }
  }
  // assistance visits outside the episodes (定期帮扶)
  const arng = ctx.rngFor('emergency/assistance');
  const pool = warnings[0]?.version.entries ?? [];
  for (const day of ['2023-11-08', '2023-11-24', '2023-12-06', '2023-12-20']) {
    if (warnings.some((w) => w.startAt.slice(0, 10) <= day && day <= w.endAt.slice(0, 10))) continue;
    const e = arng.pick(pool);
    visitId += 1;
    visitRows.push({
      id: visitId,
      warning_id: null,
      enterprise_id: e.enterpriseId,
      kind: 'assistance',
      visited_at: `${day}T10:00`,
      inspector_id: null,
      inspector: '帮扶组 郭某（示意）',
      verdict: 'not-checked',
      lines: '[]',
      note: '定期帮扶：核对应急减排清单措施的可操作性，指导建立停限产台账',
      photo_id: null,
      provenance: 'synthetic',
      recorded_at: utc(`${day}T16:00`),
    });
  }
  insertRows(db, 'attachments', attachmentRows);
  insertRows(db, 'emergency_warnings', warningRows);
  insertRows(db, 'emergency_warning_events', eventRows);
  insertRows(db, 'emergency_steps', stepRows);
  insertRows(db, 'emergency_notifications', notificationRows);
  insertRows(db, 'emergency_supervisors', supervisorRows);
  insertRows(db, 'emergency_visits', visitRows);
  insertRows(db, 'gate_truck_records', gateRows);
  return violators;
}
