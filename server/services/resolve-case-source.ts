import { readCaseAlert, readCaseEntity, readCaseReport, readCaseSample, type CaseEntity } from '../db/cases-reads.ts';
import type { Db } from '../db/open-database.ts';
import { err, ok, type Result } from '../result.ts';
import type { CaseOpenBody } from '../schema/cases.ts';
import { reportCategoryTasks, type ReportCategory } from '../schema/enums/public-report.ts';
import { ruleHitLayers, type RuleHitLayer } from '../schema/enums/rule-id.ts';
import type { Localized } from '../schema/localized.ts';

/** What a case is opened on, resolved: the entity (name, township, industry), the task and the source's ids. */
export interface ResolvedCaseSource {
  entity: CaseEntity;
  task: number;
  alertId: number | null;
  reportId: number | null;
  sampleId: number | null;
}

/** Why a case cannot be opened on what the body names (400 `invalid`, or 404 for an unknown source). */
export interface CaseSourceProblem {
  code: 'invalid' | 'not-found';
  message: string;
  text: Localized;
}

const problem = (code: CaseSourceProblem['code'], zh: string, en: string): Result<never, CaseSourceProblem> =>
  err({ code, message: en, text: { zh, en } });

const isHitLayer = (layer: string): layer is RuleHitLayer => (ruleHitLayers as readonly string[]).includes(layer);

function entityOf(db: Db, layer: RuleHitLayer, id: string, field: string): Result<CaseEntity, CaseSourceProblem> {
  if (layer === 'machines')
    return problem(
      'invalid',
      '非道路移动机械位置不固定，不能作为案件当事对象，请改选其所属单位或工地',
      `${field}: machines move and have no township; open the case on their owner or site`,
    );
  const entity = readCaseEntity(db, layer, id);
  if (!entity)
    return problem('invalid', `图层「${layer}」中没有编号为「${id}」的对象`, `${field}: no ${layer} '${id}'`);
  return ok(entity);
}

/**
 * Resolves the source and the entity of a case to open (read-only): an alert gives its entity and task; a public
 * report its category's task and itself as the entity (or the explicit entity behind it); a fuel sample task 17
 * and the sample; an inspection or another lead the explicit entity and task.
 *
 * @example
 * resolveCaseSource(db, { origin: 'fuel-sample', sampleId: 3, violation: '…' });
 * // { ok: true, value: { task: 17, … } }
 */
export function resolveCaseSource(db: Db, body: CaseOpenBody): Result<ResolvedCaseSource, CaseSourceProblem> {
  const none = { alertId: null, reportId: null, sampleId: null };
  switch (body.origin) {
    case 'alert': {
      const alert = readCaseAlert(db, body.alertId as number);
      if (!alert) return problem('not-found', `没有编号为 ${body.alertId} 的告警`, `alertId: no alert ${body.alertId}`);
      if (!isHitLayer(alert.layer))
        return problem(
          'invalid',
          '该告警的对象不是可立案的图层要素',
          `alertId: alert ${alert.id} is on layer ${alert.layer}`,
        );
      const entity =
        alert.layer === 'machines'
          ? ok<CaseEntity>({
              layer: 'machines',
              id: alert.entityId,
              name: alert.entityId,
              township: alert.township,
              industry: null,
            })
          : entityOf(db, alert.layer, alert.entityId, 'alertId');
      if (!entity.ok) return entity;
      return ok({
        ...none,
        entity: { ...entity.value, township: alert.township },
        task: alert.task,
        alertId: alert.id,
      });
    }
    case 'public-report': {
      const report = readCaseReport(db, body.reportId as number);
      if (!report)
        return problem(
          'not-found',
          `没有编号为 ${body.reportId} 的群众举报`,
          `reportId: no public report ${body.reportId}`,
        );
      const entity = body.entity
        ? entityOf(db, body.entity.layer, body.entity.id, 'entity')
        : entityOf(db, 'public-reports', report.ticket, 'reportId');
      if (!entity.ok) return entity;
      const task = body.task ?? reportCategoryTasks[report.category as ReportCategory] ?? 17;
      return ok({ ...none, entity: entity.value, task, reportId: report.id });
    }
    case 'fuel-sample': {
      const sample = readCaseSample(db, body.sampleId as number);
      if (!sample)
        return problem(
          'not-found',
          `没有编号为 ${body.sampleId} 的油品抽检`,
          `sampleId: no fuel sample ${body.sampleId}`,
        );
      if (sample.result !== 'fail')
        return problem(
          'invalid',
          `抽检 ${sample.sampleNo} 的结果不是「不合格」，不能据此立案`,
          `sampleId: sample ${sample.sampleNo} did not fail (result '${sample.result}')`,
        );
      const entity = entityOf(db, 'fuel-samples', sample.sampleNo, 'sampleId');
      if (!entity.ok) return entity;
      return ok({ ...none, entity: entity.value, task: 17, sampleId: sample.id });
    }
    default: {
      const explicit = body.entity as { layer: RuleHitLayer; id: string };
      const entity = entityOf(db, explicit.layer, explicit.id, 'entity');
      if (!entity.ok) return entity;
      return ok({ ...none, entity: entity.value, task: body.task as number });
    }
  }
}
