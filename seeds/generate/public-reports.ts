import type { Db } from '../../server/db/open-database.ts';
import { makeTicket } from '../../server/reports/report-ticket.ts';
import type { ReportCategory, ReportStatus } from '../../server/schema/enums/public-report.ts';
import { addDays, addMinutes, formatDate } from '../../server/time/cst.ts';
import { insertRows } from '../insert-rows.ts';
import type { Rng } from '../random.ts';
import type { GeneratorContext } from './context.ts';
import { randomPointNear } from './geo-sampler.ts';

/** The client key of every seeded report (no address was ever involved). */
export const SEEDED_REPORT_CLIENT_KEY = 'synthetic-demo';

/** The ticket of the demo's last report (received on 12-30 of the demo year, still waiting): docs and tests use it. */
export const demoTicket = (year: number) => `JB${year}1230-XFDEMQ`;

/** Places a report of a category is pinned near. */
const sourceTables: Record<ReportCategory, 'enterprises' | 'construction_sites' | 'villages' | 'fuel_points' | null> = {
  'industrial-emission': 'enterprises',
  odour: 'enterprises',
  dust: 'construction_sites',
  burning: 'villages',
  coal: 'villages',
  fuel: 'fuel_points',
  vehicle: null,
  other: null,
};

/** What a reporter writes, by category (with the source's name where there is one). */
const descriptions: Record<ReportCategory, readonly ((name: string) => string)[]> = {
  'industrial-emission': [
    (n) => `${n}烟囱晚上冒黄烟，气味刺鼻，持续一个多小时`,
    (n) => `${n}夜间偷排废气，附近居民窗户都不敢开`,
  ],
  odour: [(n) => `${n}附近有很重的油漆味，下午最明显`, (n) => `${n}周边有刺鼻异味，怀疑废气处理设施没开`],
  dust: [(n) => `${n}工地裸土没有苫盖，刮风时扬尘很大`, (n) => `${n}出场车辆没有冲洗，路面全是泥`],
  burning: [(n) => `${n}村边地里有人焚烧秸秆，烟很大`, (n) => `${n}村口有人焚烧垃圾，黑烟不断`],
  coal: [(n) => `${n}有人用三轮车卖散煤，不少户还在烧`, (n) => `${n}村里有几户又烧起了散煤，烟囱冒烟`],
  fuel: [(n) => `${n}附近有人用油罐车流动加油，疑似黑加油点`, (n) => `${n}一带有流动加油车，价格便宜来路不明`],
  vehicle: [() => '一辆重型柴油货车沿路冒黑烟，车牌看不清', () => '早高峰有冒黑烟的农用车在城区行驶'],
  other: [() => '小区附近夜间露天烧烤油烟很大', () => '路边餐馆油烟直排，没有净化设施'],
};

const replies: Record<'handled' | 'rejected', readonly string[]> = {
  handled: [
    '经现场核查，情况属实，已责令立即整改，感谢您的监督。',
    '已会同乡镇现场处置，相关问题已整改到位，感谢监督。',
  ],
  rejected: ['经现场核查，未发现举报所述问题，感谢您的关注。', '举报位置信息不足，现场未找到相关问题。'],
};

const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '郭'];

/** A ticket drawn from the generator (same seed, same tickets) in the intake's format. */
const seededTicket = (rng: Rng, day: string) =>
  makeTicket(day, (size) => Uint8Array.from({ length: size }, () => rng.int(0, 255)));

/**
 * Public reports (~40 at scale 1) over the demo year: pins near a plausible source of each category (an enterprise
 * for emissions and odour, a construction site for dust, a village for burning and loose coal, an illegal fuel
 * point for fuel, the urban core for vehicles and other), every status; those of the last ten days of the year
 * still wait (received or accepted: a few open alerts at the demo as-of), older ones were handled, rejected or
 * closed; the last, {@link demoTicket}, was received on 12-30 and
 * still waits for acceptance. About half carry fictional contact data (王先生, 1390000xxxx). Inserts `public_reports`.
 */
export function seedPublicReports(db: Db, ctx: GeneratorContext): void {
  const rng = ctx.rngFor('public-reports');
  const count = Math.max(8, Math.round(40 * ctx.scale));
  const points = (table: string) =>
    db.prepare(`SELECT name, lon, lat FROM ${table} ORDER BY name, lon, lat`).all() as {
      name: string;
      lon: number;
      lat: number;
    }[];
  const sources = {
    enterprises: points('enterprises'),
    construction_sites: points('construction_sites'),
    villages: points('villages'),
    fuel_points: points('fuel_points'),
  };
  const tickets = new Set<string>();
  const rows = [];
  for (let i = 0; i < count; i++) {
    const category = rng.weighted<ReportCategory>([
      ['industrial-emission', 6],
      ['dust', 6],
      ['burning', 5],
      ['odour', 3],
      ['vehicle', 3],
      ['fuel', 2],
      ['coal', 4],
      ['other', 2],
    ]);
    // spread over the year; the last ones fall in the final ten days
    const last = i === count - 1;
    const dayOfYear = i >= count - 4 ? rng.int(355, 364) : rng.int(0, 354);
    const day = last ? formatDate(ctx.year, 12, 30) : addDays(formatDate(ctx.year, 1, 1), dayOfYear);
    const receivedAt = addMinutes(`${day}T00:00`, rng.int(7 * 60, 22 * 60));
    const table = sourceTables[category];
    const pool = table ? sources[table] : [];
    const place = pool.length > 0 ? rng.pick(pool) : null;
    const seat = rng.pick(ctx.subdistricts).seat;
    const point = randomPointNear(rng, place ? [place.lon, place.lat] : seat, place ? 150 : 1500, ctx.county);
    const status: ReportStatus =
      i >= count - 4
        ? last || i % 2 === 0
          ? 'received'
          : 'accepted'
        : rng.weighted<ReportStatus>([
            ['closed', 6],
            ['handled', 3],
            ['rejected', 2],
          ]);
    let ticket = last ? demoTicket(ctx.year) : seededTicket(rng, day);
    while (tickets.has(ticket)) ticket = seededTicket(rng, day);
    tickets.add(ticket);
    const withContact = rng.chance(0.5);
    const outcome =
      status === 'rejected' ? 'rejected' : status === 'received' || status === 'accepted' ? null : 'handled';
    const updatedAt =
      status === 'received'
        ? receivedAt
        : addMinutes(receivedAt, rng.int(2 * 60, (status === 'accepted' ? 1 : 6) * 24 * 60));
    rows.push({
      ticket,
      received_at: receivedAt,
      category,
      description: rng.pick(descriptions[category])(place?.name ?? ''),
      lon: point[0],
      lat: point[1],
      township_code: ctx.townshipOf(point),
      address: place ? `${place.name}附近` : null,
      photo_id: null,
      reporter_name: withContact ? `${rng.pick(surnames)}${rng.chance(0.5) ? '先生' : '女士'}` : null,
      reporter_phone: withContact ? `1390000${String(rng.int(0, 9999)).padStart(4, '0')}` : null,
      status,
      handler: status === 'received' ? null : '演示值班员',
      reply: outcome ? rng.pick(replies[outcome]) : null,
      alert_id: null,
      updated_at: updatedAt > `${ctx.year}-12-31T23:00` ? `${ctx.year}-12-31T23:00` : updatedAt,
      client_key: SEEDED_REPORT_CLIENT_KEY,
      provenance: 'synthetic',
    });
  }
  rows.sort((a, b) => a.received_at.localeCompare(b.received_at));
  insertRows(db, 'public_reports', rows);
}
