/**
 * The shape of a requirement annotation and small constructors for its supports (one wording of each
 * support kind). Used by requirements-annotations.ts and the per-task files.
 *
 * @module
 */
import type { LayerId } from '../../server/schema/enums/layer-id.ts';
import type { Localized } from '../../server/schema/localized.ts';
import type { CoverageStatus, RequirementKind, RequirementSupport } from '../../server/schema/plan-requirements.ts';

export interface RequirementAnnotation {
  /** `G1`, `T10.4`, `S3` … */
  id: string;
  /** Verbatim, found exactly once in its task's paragraph (T rows, G6) or its part (G, S rows). */
  quote: string;
  kind: RequirementKind;
  /** The plan's own word of strength, verbatim in the quote's paragraph; null when it uses none. */
  strength: string | null;
  /** A target whose quote sits in a task (G6 in task 12): the task. */
  task?: number;
  /** G and S rows: the units the sentence names, as in the bracket-normalised text ([] when none). */
  units?: string[];
  status: CoverageStatus;
  supports: RequirementSupport[];
  /** One sentence on what is missing; null exactly when covered. */
  gap: Localized | null;
}

export const layer = (id: LayerId): RequirementSupport => ({ kind: 'layer', id });
/** A rule id (`RuleId`). */
export const rule = (id: string): RequirementSupport => ({ kind: 'rule', id });
export const view = (
  id:
    | 'overview'
    | 'layers'
    | 'analysis'
    | 'air'
    | 'alerts'
    | 'emergency'
    | 'dust'
    | 'enforcement'
    | 'departments'
    | 'ledgers'
    | 'routes'
    | 'tasks'
    | 'data'
    | 'plan',
): RequirementSupport => ({ kind: 'view', id });
export const report = (id: 'monthly'): RequirementSupport => ({ kind: 'report', id });
/** An API route, `METHOD /api/…`. */
export const api = (id: string): RequirementSupport => ({ kind: 'api', id });
/** A target of plan.json (`pm25-annual` …). */
export const target = (id: string): RequirementSupport => ({ kind: 'target', id });
export const control = (id: 'ozone' | 'autumn-winter' | 'heavy-pollution'): RequirementSupport => ({
  kind: 'control',
  id,
});
export const indicator = (id: 'city-indicators'): RequirementSupport => ({ kind: 'indicator', id });
export const gap = (zh: string, en: string): Localized => ({ zh, en });
