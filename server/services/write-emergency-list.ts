/**
 * Writes of the emergency reduction list's register: a revision (a whole new version, by JSON or by import) and a
 * required-reduction entry, each audited in the same transaction.
 *
 * @module
 */
import { recordAudit, type Actor } from '../db/audit-log.ts';
import {
  insertListVersion,
  insertRequirement,
  readEnterprisePlaces,
  type ListWriteProblem,
} from '../db/emergency-list-repository.ts';
import type { Db } from '../db/open-database.ts';
import { diffListVersions } from '../emergency/diff-list-versions.ts';
import type { Provenance } from '../schema/common.ts';
import type { ListRevisionBody, ListVersionSummary, Requirement, RequirementBody } from '../schema/emergency-list.ts';
import { err, type Result } from '../result.ts';
import { versionReplacedOn } from './read-emergency-list.ts';

/** A revision naming enterprises the console does not hold (422). */
export interface UnknownEnterprisesProblem {
  code: 'unsupported';
  message: string;
  text: { zh: string; en: string };
  ids: string[];
}

/** How a revision came (the audit's action and the version's source). */
export interface RevisionOrigin {
  action: 'emergency.list.revise' | 'emergency.list.import';
  /** 'manual' or 'import:<file name>'. */
  source: string;
  provenance: Provenance;
}

/**
 * Writes a revision (call inside the writer's transaction): every enterprise must be in the enterprises layer; the
 * audit's detail counts what changed against the version it replaces (the one in force on its effective day).
 *
 * @param at - ISO 8601 UTC
 */
export function reviseEmergencyList(
  tx: Db,
  body: ListRevisionBody,
  actor: Actor,
  at: string,
  origin: RevisionOrigin,
): Result<ListVersionSummary, ListWriteProblem | UnknownEnterprisesProblem> {
  const places = readEnterprisePlaces(tx);
  const unknown = [...new Set(body.entries.map((e) => e.enterpriseId).filter((id) => !places.has(id)))];
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 20);
    const more = unknown.length > shown.length ? ` (+${unknown.length - shown.length})` : '';
    return err({
      code: 'unsupported',
      message: `entries: enterprise ids not in the enterprises layer: ${shown.join(', ')}${more}`,
      text: {
        zh: `清单中的企业编号不在企业图层中：${shown.join('、')}${more}`,
        en: `entries: enterprise ids not in the enterprises layer: ${shown.join(', ')}${more}`,
      },
      ids: unknown,
    });
  }
  const previous = versionReplacedOn(tx, body.effectiveFrom);
  const written = insertListVersion(tx, body, {
    source: origin.source,
    provenance: origin.provenance,
    createdAt: at,
    createdBy: actor.username,
  });
  if (!written.ok) return written;
  const diff = previous ? diffListVersions(previous.entries, body.entries) : null;
  recordAudit(
    tx,
    actor,
    {
      action: origin.action,
      entity: 'emergency_list_version',
      entityId: written.value.id,
      after: { ...written.value },
      detail: {
        source: origin.source,
        previous: previous ? { id: previous.summary.id, version: previous.summary.version } : null,
        enterprises: body.entries.length,
        added: diff ? diff.added.length : body.entries.length,
        removed: diff?.removed.length ?? 0,
        changed: diff?.changed.length ?? 0,
      },
    },
    at,
  );
  return written;
}

/** Writes a required-reduction entry (call inside the writer's transaction); audited. */
export function createRequirement(
  tx: Db,
  body: RequirementBody,
  actor: Actor,
  at: string,
): Result<Requirement, ListWriteProblem> {
  const written = insertRequirement(tx, body, { createdAt: at, createdBy: actor.username });
  if (!written.ok) return written;
  recordAudit(
    tx,
    actor,
    {
      action: 'emergency.requirement.create',
      entity: 'emergency_requirement',
      entityId: written.value.id,
      after: written.value,
    },
    at,
  );
  return written;
}
