import type { Db } from '../../server/db/open-database.ts';
import type { RequestCategory, RequestStatus, VisitTopic } from '../../server/schema/enums/assistance.ts';
import { addDays, addMinutes } from '../../server/time/cst.ts';
import type { VisitProblemCategory } from '../../server/visits/problem-categories.ts';
import { insertRows } from '../insert-rows.ts';
import type { GeneratorContext } from './context.ts';
import { personName } from './names.ts';

/** The demo's as-of: requests and follow-ups are seen from it. */
const DEMO_AS_OF = '2023-12-31T23:00';

const problems: readonly { text: string; category: VisitProblemCategory }[] = [
  { text: '治理设施运行不正常，布袋除尘器压差异常', category: 'treatment' },
  { text: '活性炭吸附装置更换记录缺失', category: 'treatment' },
  { text: '环保设施运行台账不规范，缺少停机记录', category: 'records' },
  { text: '危险废物管理台账填写不完整', category: 'records' },
  { text: '在线监测设备数据传输不稳定', category: 'monitoring' },
  { text: '物料堆场未完全苫盖，存在无组织排放', category: 'fugitive' },
  { text: '厂区道路未硬化，车辆带泥上路', category: 'fugitive' },
  { text: '排污许可证执行报告未按期提交', category: 'permit' },
  { text: '应急减排措施公示牌内容未更新', category: 'other' },
];

const requests: readonly { text: string; category: RequestCategory; department: string }[] = [
  { text: '申请大气污染防治专项资金的申报指导', category: 'funding', department: 'finance' },
  { text: '冬季天然气供应保障，避免限气影响生产', category: 'energy', department: 'energy' },
  { text: '排污许可变更的办理流程指导', category: 'permit', department: 'approval' },
  { text: '深度治理改造的技术路线咨询', category: 'technical', department: 'eco-env' },
  { text: '错峰生产期间的政策解读', category: 'policy', department: 'industry' },
  { text: '原料运输车辆通行证办理', category: 'transport', department: 'transport' },
  { text: '煤改电配套电力增容', category: 'energy', department: 'energy' },
];

const responses: Readonly<Record<Exclude<RequestStatus, 'open'>, string>> = {
  answered: '已电话答复企业，告知办理流程和所需材料',
  resolved: '已协调解决，企业确认满意',
  declined: '不符合政策条件，已向企业说明原因',
};

const topics: readonly VisitTopic[] = ['technical', 'technical', 'policy', 'permit', 'funding', 'other'];

/**
 * Assistance visits (~80 at scale 1) through 2023 to operating enterprises by the eco-environment branch, the
 * industry bureau and the enterprises' township governments, each with 0–3 problems found and 0–2 requests to the
 * departments that must answer them (every status; the latest ones, and a few older ones, still open at the demo's
 * as-of, some for more than 30 days) and a follow-up due 2–6 weeks later (most done, some overdue). A few visits of
 * topic `emergency` fall inside the seeded heavy-pollution warnings (定期帮扶). Departments that are not seeded are
 * left out. Inserts `assistance_visits`, `assistance_requests`.
 */
export function seedAssistanceVisits(db: Db, ctx: GeneratorContext): void {
  const rng = ctx.rngFor('assistance-visits');
  const departments = new Set(db.prepare('SELECT id FROM departments').pluck().all() as string[]);
  const enterprises = db
    .prepare("SELECT id, township_code AS township FROM enterprises WHERE operating_status = 'operating' ORDER BY id")
    .all() as { id: string; township: string }[];
  if (enterprises.length === 0 || !departments.has('eco-env')) return;
  const warnings = db
    .prepare(
      `SELECT start_at AS startAt, coalesce(lifted_at, planned_end_at, start_at) AS endAt FROM emergency_warnings
       WHERE start_at <= ? ORDER BY start_at`,
    )
    .all(DEMO_AS_OF) as { startAt: string; endAt: string }[];
  const count = Math.max(10, Math.round(80 * ctx.scale));
  const visits = [];
  const rows = [];
  let requestId = 0;
  for (let i = 0; i < count; i++) {
    const enterprise = rng.pick(enterprises);
    const warning = i % 16 === 5 ? warnings[(i >> 4) % Math.max(1, warnings.length)] : undefined;
    const day = addDays(`${ctx.year}-01-05`, Math.min(358, Math.floor((i * 358) / count) + rng.int(0, 3)));
    // in office hours during the warning: 10:00 of its first or second day, else three hours after its start
    const during = warning
      ? ([0, 1]
          .map((d) => `${addDays(warning.startAt.slice(0, 10), d)}T10:00`)
          .find((t) => t >= warning.startAt && t < warning.endAt) ?? addMinutes(warning.startAt, 180))
      : null;
    const visitedAt =
      warning && during !== null
        ? during < warning.endAt
          ? during
          : warning.startAt
        : `${day}T${String(rng.int(9, 16)).padStart(2, '0')}:00`;
    const visitDay = visitedAt.slice(0, 10);
    const byRoll = rng.next();
    const township = `township-${enterprise.township}`;
    const department =
      byRoll < 0.55
        ? 'eco-env'
        : byRoll < 0.8 && departments.has('industry')
          ? 'industry'
          : departments.has(township)
            ? township
            : 'eco-env';
    const found = Array.from({ length: rng.int(0, 3) }, () => rng.pick(problems));
    const unique = found.filter((p, k) => found.indexOf(p) === k);
    const dueOn = addDays(visitDay, rng.int(14, 42));
    const doneOn = addDays(visitDay, rng.int(7, 50));
    const id = i + 1;
    visits.push({
      id,
      enterprise_id: enterprise.id,
      department_id: department,
      visited_at: visitedAt,
      visitors: `${personName(rng)}、${personName(rng)}`,
      visitor_id: null,
      topic: warning ? 'emergency' : rng.pick(topics),
      problems: JSON.stringify(unique),
      follow_up: unique.length > 0 ? '督促企业限期整改并复查' : '',
      follow_up_due_on: unique.length > 0 ? dueOn : null,
      follow_up_done_on: unique.length > 0 && doneOn <= DEMO_AS_OF.slice(0, 10) && rng.chance(0.85) ? doneOn : null,
      photo_id: null,
      provenance: 'synthetic',
      recorded_at: `${visitDay}T10:00:00.000Z`,
    });
    const asked = Array.from({ length: rng.int(0, 2) }, () => rng.pick(requests)).filter(
      (r, k, list) => list.indexOf(r) === k && departments.has(r.department),
    );
    for (const r of asked) {
      requestId += 1;
      const answerDay = addDays(visitDay, rng.int(3, 45));
      const late = answerDay > DEMO_AS_OF.slice(0, 10) || rng.chance(0.12);
      const status: RequestStatus = late
        ? 'open'
        : ((['answered', 'resolved', 'resolved', 'declined'] as const)[rng.int(0, 3)] ?? 'answered');
      rows.push({
        id: requestId,
        visit_id: id,
        text: r.text,
        category: r.category,
        department_id: r.department,
        status,
        response: status === 'open' ? null : responses[status],
        answered_at: status === 'open' ? null : `${answerDay}T16:00`,
      });
    }
  }
  insertRows(db, 'assistance_visits', visits);
  insertRows(db, 'assistance_requests', rows);
}
