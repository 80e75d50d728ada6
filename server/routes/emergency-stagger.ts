import { Hono } from 'hono';
import type { Actor } from '../db/audit-log.ts';
import { recordAudit } from '../db/audit-log.ts';
import { resolveAsOf } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import {
  deleteStagger,
  enterpriseIndustry,
  insertStagger,
  overlappingStagger,
  readStaggerSchedule,
  readStaggerSchedules,
  staggerSeasons,
  updateStagger,
} from '../db/stagger-repository.ts';
import type { Writer } from '../db/writer.ts';
import { seasonOf, seasonPeriod, staggerBoundAt } from '../emergency/stagger-bound-at.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { err, ok, type Result } from '../result.ts';
import { industryInfo, industryGroupLabels, type Industry } from '../schema/enums/industry.ts';
import { staggerIndustryGroups } from '../schema/enums/emergency.ts';
import {
  staggerBodySchema,
  staggerQuerySchema,
  type StaggerBody,
  type StaggerResponse,
  type StaggerSchedule,
} from '../schema/stagger.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';

/** The audit log's entity of these writes (entity id: the schedule's id). */
const ENTITY = 'stagger-schedule';

const isIndustry = (value: string): value is Industry => Object.hasOwn(industryInfo, value);

const groups = staggerIndustryGroups as readonly string[];

/**
 * Why `body` cannot be stored (`exceptId`: the schedule being replaced), checked inside the write's transaction:
 * the enterprise must be held (400), the period must lie in its season, 1 October – 31 March (400), the enterprise
 * must be in 建材、焦化、铸造、化工 unless `note` says why it is scheduled anyway (422), and the same enterprise and
 * line may not have two schedules over one day (409).
 */
function refusal(db: Db, body: StaggerBody, exceptId: number | null): ApiError | null {
  const industry = enterpriseIndustry(db, body.enterpriseId);
  if (industry === null) {
    return new ApiError(400, 'invalid_request', {
      zh: `企业「${body.enterpriseId}」不存在`,
      en: `enterpriseId: no enterprise '${body.enterpriseId}'`,
    });
  }
  const period = seasonPeriod(body.season);
  if (body.from < period.from || body.to > period.to) {
    return new ApiError(400, 'invalid_request', {
      zh: `错峰生产时段须在 ${body.season} 秋冬季内（${period.from} 至 ${period.to}）`,
      en: `from/to: the period must lie within the ${body.season} season (${period.from} … ${period.to})`,
    });
  }
  const group = isIndustry(industry) ? industryInfo[industry].group : 'other';
  if (!groups.includes(group) && !body.note) {
    const label = isIndustry(industry) ? industryInfo[industry] : industryGroupLabels.other;
    return new ApiError(422, 'invalid_request', {
      zh: `错峰生产适用于建材、焦化、铸造、化工等高排放行业；该企业属「${label.zh}」，如确需安排请在备注中说明理由`,
      en:
        `staggered production applies to building materials, coking, casting and chemicals; the enterprise is ` +
        `${label.en}: give the reason in note to schedule it anyway`,
    });
  }
  const overlaps = overlappingStagger(db, body, exceptId);
  const first = overlaps[0];
  if (first) {
    return new ApiError(409, 'conflict', {
      zh: `该企业「${body.line}」已有错峰生产安排（${first.from} 至 ${first.to}，编号 ${first.id}），时段不能重叠`,
      en:
        `the enterprise's line '${body.line}' already has schedule ${first.id} (${first.from} … ${first.to}); ` +
        'periods may not overlap',
    });
  }
  return null;
}

const notFound = (id: number) =>
  new ApiError(404, 'not_found', {
    zh: `没有编号为 ${id} 的错峰生产安排`,
    en: `no staggered-production schedule ${id}`,
  });

const actorOf = (c: Parameters<typeof currentUser>[0]): Actor => {
  const user = currentUser(c);
  return { id: user.id, username: user.username, role: user.role };
};

/** The schedule as stored, for the audit log. */
const audited = (s: StaggerSchedule) => ({
  season: s.season,
  enterpriseId: s.enterpriseId,
  line: s.line,
  outletCode: s.outletCode,
  from: s.from,
  to: s.to,
  production: s.production,
  limitPct: s.limitPct,
  stricterBuiltUp: s.stricterBuiltUp,
  basis: s.basis,
  note: s.note,
  provenance: s.provenance,
});

function unwrap<T>(outcome: Result<T, ApiError>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/**
 * Staggered production (错峰生产), mounted at /api/emergency/stagger: GET / (`season`, default the season of `at`'s
 * day; `at`, default the dataset's present: who is bound that day), POST / (201), PATCH /:id (the whole body) and
 * DELETE /:id (the emergency permission; the policy table says who). Every write is audited in its transaction and
 * the alert ledger advances after it (the schedules are rule facts of the stagger rules).
 */
export function emergencyStaggerRoutes(db: Db, writer: Writer, advanceLedger: LedgerAdvance, now: () => number) {
  return new Hono<AuthEnv>()
    .get('/', (c) => {
      const query = parseWith(staggerQuerySchema, c.req.query(), 'query parameter');
      const at = query.at ?? resolveAsOf(db, {});
      const day = at.slice(0, 10);
      const season = query.season ?? seasonOf(day);
      const schedules = readStaggerSchedules(db, season);
      const daySeason = seasonOf(day);
      const bound = staggerBoundAt(daySeason === season ? schedules : readStaggerSchedules(db, daySeason), day);
      const byEnterprise = new Map<string, number[]>();
      for (const s of bound) byEnterprise.set(s.enterpriseId, [...(byEnterprise.get(s.enterpriseId) ?? []), s.id]);
      const seasons = staggerSeasons(db);
      const body: StaggerResponse = {
        season,
        period: seasonPeriod(season),
        seasons: seasons.includes(season) ? seasons : [...seasons, season].sort().reverse(),
        schedules,
        boundAt: {
          at,
          enterprises: [...byEnterprise].map(([enterpriseId, scheduleIds]) => ({ enterpriseId, scheduleIds })),
        },
      };
      return c.json(body);
    })
    .post('/', async (c) => {
      const actor = actorOf(c);
      const body = parseWith(staggerBodySchema, await readJsonBody(c), 'body');
      const at = new Date(now()).toISOString();
      const created = unwrap(
        await writer.write((tx): Result<StaggerSchedule, ApiError> => {
          const problem = refusal(tx, body, null);
          if (problem) return err(problem);
          const id = insertStagger(tx, body, at, actor.username);
          const schedule = readStaggerSchedule(tx, id);
          if (!schedule) throw new Error(`stagger schedule ${id} not read back`);
          recordAudit(
            tx,
            actor,
            { action: 'emergency.stagger.create', entity: ENTITY, entityId: id, after: audited(schedule) },
            at,
          );
          return ok(schedule);
        }),
      );
      await advanceLedger();
      return c.json(created, 201);
    })
    .patch('/:id', async (c) => {
      const actor = actorOf(c);
      const id = parseIdParam(c.req.param('id'), 'schedule id');
      const body = parseWith(staggerBodySchema, await readJsonBody(c), 'body');
      const at = new Date(now()).toISOString();
      const updated = unwrap(
        await writer.write((tx): Result<StaggerSchedule, ApiError> => {
          const before = readStaggerSchedule(tx, id);
          if (!before) return err(notFound(id));
          const problem = refusal(tx, body, id);
          if (problem) return err(problem);
          updateStagger(tx, id, body);
          const after = readStaggerSchedule(tx, id);
          if (!after) throw new Error(`stagger schedule ${id} not read back`);
          recordAudit(
            tx,
            actor,
            {
              action: 'emergency.stagger.update',
              entity: ENTITY,
              entityId: id,
              before: audited(before),
              after: audited(after),
            },
            at,
          );
          return ok(after);
        }),
      );
      await advanceLedger();
      return c.json(updated);
    })
    .delete('/:id', async (c) => {
      const actor = actorOf(c);
      const id = parseIdParam(c.req.param('id'), 'schedule id');
      const at = new Date(now()).toISOString();
      const deleted = unwrap(
        await writer.write((tx): Result<StaggerSchedule, ApiError> => {
          const before = readStaggerSchedule(tx, id);
          if (!before) return err(notFound(id));
          deleteStagger(tx, id);
          recordAudit(
            tx,
            actor,
            { action: 'emergency.stagger.delete', entity: ENTITY, entityId: id, before: audited(before) },
            at,
          );
          return ok(before);
        }),
      );
      await advanceLedger();
      return c.json(deleted);
    });
}
