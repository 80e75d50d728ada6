import { recordAudit } from '../db/audit-log.ts';
import {
  insertFuelSample,
  openFuelTrace,
  readFuelSample,
  readSitePlace,
  sampleNoTaken,
  updateFuelResult,
  updateFuelTrace,
} from '../db/fuel-samples-repository.ts';
import { locateTownship } from '../db/muck-writes.ts';
import type { Db } from '../db/open-database.ts';
import { checkFailedItems, type FailedItem, type FailedItemInput } from '../fuel/check-failed-items.ts';
import type { StoredFuelSample } from '../fuel/sample-at.ts';
import { err, ok, type Result } from '../result.ts';
import type { SessionUser } from '../schema/auth.ts';
import { fuelProductStandards, type FuelProduct } from '../schema/enums/fuel-sample.ts';
import type { FuelResultBody, FuelSampleBody, FuelTraceBody } from '../schema/fuel-samples.ts';
import type { Localized } from '../schema/localized.ts';
import { datasetPresent } from './dataset-present.ts';

/** Why a fuel-sample write was refused. */
export interface FuelSampleProblem {
  code: 'invalid' | 'not-found' | 'conflict' | 'unsupported' | 'forbidden';
  message: string;
  text: Localized;
}

const problem = (code: FuelSampleProblem['code'], text: Localized): FuelSampleProblem => ({
  code,
  message: text.en,
  text,
});

/** Why `user` may not sample in `township` (null when they may): inspectors only in their townships. */
export function fuelSampleRefusal(user: SessionUser, township: string): Localized | null {
  if (user.role !== 'inspector' || user.townships.includes(township)) return null;
  return {
    zh: `抽检点位于乡镇 ${township}，不在您负责的乡镇内`,
    en: `the site lies in township ${township}, outside your townships (${user.townships.join(', ') || 'none'})`,
  };
}

/** The failed items of a result, checked: a fail needs one at least, a pass or pending none. */
function resultItems(
  product: FuelProduct,
  result: 'pending' | 'pass' | 'fail',
  inputs: readonly FailedItemInput[],
): Result<FailedItem[], FuelSampleProblem> {
  if (result !== 'fail') {
    if (inputs.length === 0) return ok([]);
    return err(
      problem('invalid', { zh: '只有不合格样品才有不合格项目', en: 'failedItems: only a fail has failed items' }),
    );
  }
  if (inputs.length === 0) {
    return err(problem('invalid', { zh: '不合格样品须列出不合格项目', en: 'failedItems: a fail needs at least one' }));
  }
  const checked = checkFailedItems(product, inputs);
  return checked.ok ? ok(checked.items) : err(problem('invalid', checked.problem));
}

/** A day not after the dataset's present day and not before `notBefore`; null when fine. */
function dayProblem(db: Db, field: string, day: string, notBefore: string): FuelSampleProblem | null {
  const today = datasetPresent(db).slice(0, 10);
  if (day > today) {
    return problem('unsupported', {
      zh: `${field} ${day} 晚于数据截至日 ${today}`,
      en: `${field}: ${day} lies after the data's present day ${today}`,
    });
  }
  if (day < notBefore) {
    return problem('invalid', {
      zh: `${field} ${day} 早于 ${notBefore}`,
      en: `${field}: ${day} lies before ${notBefore}`,
    });
  }
  return null;
}

/** The moment a failed result's trace opens: the present when the result is of today, else that day's start. */
const traceOpening = (db: Db, resultOn: string) => {
  const present = datasetPresent(db);
  return present.slice(0, 10) === resultOn ? present : `${resultOn}T00:00`;
};

const audit = (
  db: Db,
  user: SessionUser,
  action: Parameters<typeof recordAudit>[2]['action'],
  id: number,
  before: unknown,
  at: string,
) => recordAudit(db, user, { action, entity: 'fuel_sample', entityId: id, before, after: readFuelSample(db, id) }, at);

/**
 * Records a sample (inside the writer's transaction): the number must be new, the site (when `siteRef` names one)
 * must exist and gives the position, else `lon`/`lat` must lie in the district; the standard follows the product; a
 * failed result opens its trace. Audited as `fuel-sample.create`.
 *
 * @param at when, ISO 8601 UTC (the caller's injected clock)
 */
export function recordFuelSample(
  db: Db,
  user: SessionUser,
  body: FuelSampleBody,
  at: string,
): Result<StoredFuelSample, FuelSampleProblem> {
  if (sampleNoTaken(db, body.sampleNo)) {
    return err(
      problem('conflict', { zh: `样品编号 ${body.sampleNo} 已存在`, en: `sampleNo: ${body.sampleNo} exists` }),
    );
  }
  let place: { township: string; lon: number; lat: number };
  if (body.siteRef !== undefined) {
    const site = readSitePlace(db, body.siteRef);
    if (!site) {
      return err(
        problem('not-found', {
          zh: `没有编号为「${body.siteRef}」的企业或非法加油点`,
          en: `siteRef: no enterprise or fuel point '${body.siteRef}'`,
        }),
      );
    }
    place = site;
  } else {
    if (body.lon === undefined || body.lat === undefined) {
      return err(problem('invalid', { zh: '未指明站点时须给出经纬度', en: 'lon, lat: required without siteRef' }));
    }
    const township = locateTownship(db, body.lon, body.lat);
    if (!township) {
      return err(
        problem('invalid', { zh: '抽检位置不在忻府区内', en: 'lon, lat: the position lies outside the district' }),
      );
    }
    place = { township, lon: body.lon, lat: body.lat };
  }
  const refusal = fuelSampleRefusal(user, place.township);
  if (refusal) return err(problem('forbidden', refusal));
  const sampledProblem = dayProblem(db, 'sampledAt', body.sampledAt.slice(0, 10), '2000-01-01');
  if (sampledProblem) return err(sampledProblem);
  const items = resultItems(body.product, body.result, body.failedItems);
  if (!items.ok) return items;
  let resultOn: string | null = null;
  if (body.result !== 'pending') {
    resultOn = body.resultOn ?? datasetPresent(db).slice(0, 10);
    const p = dayProblem(db, 'resultOn', resultOn, body.sampledAt.slice(0, 10));
    if (p) return err(p);
  } else if (body.resultOn !== undefined) {
    return err(problem('invalid', { zh: '待检样品没有结果日期', en: 'resultOn: a pending sample has none' }));
  }
  const id = insertFuelSample(db, {
    sampleNo: body.sampleNo,
    sampledAt: body.sampledAt,
    siteKind: body.siteKind,
    siteName: body.siteName,
    siteRef: body.siteRef ?? null,
    township: place.township,
    lon: place.lon,
    lat: place.lat,
    product: body.product,
    standard: fuelProductStandards[body.product],
    result: body.result,
    failedItems: items.value,
    lab: body.lab ?? null,
    sampler: body.sampler,
    resultOn,
    provenance: 'official',
    source: `${user.displayName} 录入`,
  });
  if (body.result === 'fail' && resultOn !== null) openFuelTrace(db, id, traceOpening(db, resultOn));
  audit(db, user, 'fuel-sample.create', id, undefined, at);
  return ok(readFuelSample(db, id) as StoredFuelSample);
}

/**
 * Records the lab result of a pending sample (a result recorded once: 409 after): a fail opens the trace.
 * Audited as `fuel-sample.result`.
 */
export function recordFuelResult(
  db: Db,
  user: SessionUser,
  id: number,
  body: FuelResultBody,
  at: string,
): Result<StoredFuelSample, FuelSampleProblem> {
  const before = readFuelSample(db, id);
  if (!before) return err(problem('not-found', { zh: `没有编号为 ${id} 的抽检样品`, en: `no fuel sample ${id}` }));
  const refusal = fuelSampleRefusal(user, before.township);
  if (refusal) return err(problem('forbidden', refusal));
  if (before.result !== 'pending') {
    return err(
      problem('conflict', {
        zh: `样品 ${before.sampleNo} 已有检验结果（${before.resultOn}）`,
        en: `sample ${before.sampleNo} already has its result (${before.resultOn})`,
      }),
    );
  }
  const items = resultItems(before.product, body.result, body.failedItems);
  if (!items.ok) return items;
  const resultOn = body.resultOn ?? datasetPresent(db).slice(0, 10);
  const p = dayProblem(db, 'resultOn', resultOn, before.sampledAt.slice(0, 10));
  if (p) return err(p);
  updateFuelResult(db, id, { result: body.result, resultOn, failedItems: items.value, lab: body.lab ?? before.lab });
  if (body.result === 'fail') openFuelTrace(db, id, traceOpening(db, resultOn));
  audit(db, user, 'fuel-sample.result', id, before, at);
  return ok(readFuelSample(db, id) as StoredFuelSample);
}

/**
 * Updates the trace of a failed sample: what was found (a field left out keeps its value) and the status; a closed
 * trace is final (409). The moment defaults to the dataset's present and may not precede the trace's opening.
 * Audited as `fuel-sample.trace`.
 */
export function recordFuelTrace(
  db: Db,
  user: SessionUser,
  id: number,
  body: FuelTraceBody,
  at: string,
): Result<StoredFuelSample, FuelSampleProblem> {
  const before = readFuelSample(db, id);
  if (!before) return err(problem('not-found', { zh: `没有编号为 ${id} 的抽检样品`, en: `no fuel sample ${id}` }));
  const refusal = fuelSampleRefusal(user, before.township);
  if (refusal) return err(problem('forbidden', refusal));
  const trace = before.trace;
  if (!trace) {
    return err(
      problem('conflict', {
        zh: `样品 ${before.sampleNo} 不是不合格样品，没有溯源`,
        en: `sample ${before.sampleNo} has no trace (only a failed sample has one)`,
      }),
    );
  }
  if (trace.status === 'closed') {
    return err(problem('conflict', { zh: '溯源已办结', en: `the trace of ${before.sampleNo} is closed` }));
  }
  const present = datasetPresent(db);
  const when = body.at ?? present;
  if (when > present || when < trace.openedAt) {
    return err(
      problem('invalid', {
        zh: `时间 ${when} 须在溯源开始（${trace.openedAt}）与数据截至时间（${present}）之间`,
        en: `at: ${when} must lie between the trace's opening ${trace.openedAt} and the present ${present}`,
      }),
    );
  }
  const keep = (v: string | null | undefined, old: string | null) => (v === undefined ? old : v === '' ? null : v);
  updateFuelTrace(
    db,
    id,
    {
      supplier: keep(body.supplier, trace.supplier),
      transporter: keep(body.transporter, trace.transporter),
      origin: keep(body.origin, trace.origin),
      status: body.status,
      note: body.note ?? trace.note,
    },
    when,
  );
  audit(db, user, 'fuel-sample.trace', id, before, at);
  return ok(readFuelSample(db, id) as StoredFuelSample);
}
