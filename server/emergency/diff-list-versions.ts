/**
 * What a revision of the emergency reduction list changed (「及时修订」): enterprises added, removed, and for those
 * on both versions the fields that differ, with their values before and after.
 *
 * @module
 */
import { warningLevels } from '../schema/enums/emergency.ts';
import type { ListEntryRecord } from './contract.ts';

/** One changed field: `enterpriseName`, `grade`, …, `measures.orange`, `reductions.red`. */
export interface ListFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The difference between two versions' entries, each part in enterprise-id order. */
export interface ListVersionsDiff {
  added: { enterpriseId: string; enterpriseName: string }[];
  removed: { enterpriseId: string; enterpriseName: string }[];
  changed: { enterpriseId: string; enterpriseName: string; changes: ListFieldChange[] }[];
}

/** Structural equality of JSON-like values (object key order ignored, array order kept). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) if (!sameValue(ra[key], rb[key])) return false;
  return true;
}

const scalarFields = ['enterpriseName', 'grade', 'industry', 'builtUpArea', 'heavyPolluter', 'contact'] as const;

function fieldChanges(before: ListEntryRecord, after: ListEntryRecord): ListFieldChange[] {
  const changes: ListFieldChange[] = [];
  for (const field of scalarFields) {
    if (!sameValue(before[field], after[field])) changes.push({ field, before: before[field], after: after[field] });
  }
  for (const part of ['measures', 'reductions'] as const) {
    for (const level of warningLevels) {
      const b = before[part][level];
      const a = after[part][level];
      if (!sameValue(b, a)) changes.push({ field: `${part}.${level}`, before: b, after: a });
    }
  }
  return changes;
}

const byId = (entries: readonly ListEntryRecord[]): Map<string, ListEntryRecord> =>
  new Map(entries.map((e) => [e.enterpriseId, e]));

const idOrder = (a: { enterpriseId: string }, b: { enterpriseId: string }): number =>
  a.enterpriseId < b.enterpriseId ? -1 : a.enterpriseId > b.enterpriseId ? 1 : 0;

/**
 * Diffs two versions' entries, matched by enterprise id (a version names each enterprise once; were one named
 * twice, its last entry counts). A changed entry is named as the newer version writes it.
 *
 * @example
 * diffListVersions(v1.entries, v2.entries).changed[0].changes;
 * // [{ field: 'grade', before: 'C', after: 'B' }, { field: 'measures.orange', before: [...], after: [...] }]
 */
export function diffListVersions(from: readonly ListEntryRecord[], to: readonly ListEntryRecord[]): ListVersionsDiff {
  const before = byId(from);
  const after = byId(to);
  const diff: ListVersionsDiff = { added: [], removed: [], changed: [] };
  for (const [id, entry] of after) {
    const old = before.get(id);
    if (old === undefined) {
      diff.added.push({ enterpriseId: id, enterpriseName: entry.enterpriseName });
      continue;
    }
    const changes = fieldChanges(old, entry);
    if (changes.length > 0) diff.changed.push({ enterpriseId: id, enterpriseName: entry.enterpriseName, changes });
  }
  for (const [id, entry] of before) {
    if (!after.has(id)) diff.removed.push({ enterpriseId: id, enterpriseName: entry.enterpriseName });
  }
  diff.added.sort(idOrder);
  diff.removed.sort(idOrder);
  diff.changed.sort(idOrder);
  return diff;
}
