/**
 * The emergency reduction list as the API answers it: a version's entries with where each enterprise is now, the
 * totals per level and their check against the required reductions, and the differences between two versions.
 *
 * @module
 */
import {
  listVersionInForce,
  readEnterprisePlaces,
  readListVersion,
  readListVersions,
  requirementInForce,
} from '../db/emergency-list-repository.ts';
import type { Db } from '../db/open-database.ts';
import { diffListVersions } from '../emergency/diff-list-versions.ts';
import { checkList, listTotals } from '../emergency/list-totals.ts';
import type { ListDiff, ListEntryInput, ListResponse, ListVersionSummary } from '../schema/emergency-list.ts';
import { err, ok, type Result } from '../result.ts';

/** A version id that names no version. */
export interface UnknownVersion {
  code: 'not-found';
  message: string;
  text: { zh: string; en: string };
}

const unknownVersion = (id: number, what = 'version'): UnknownVersion => ({
  code: 'not-found',
  message: `no list ${what} ${id}; GET /api/emergency/list lists the versions`,
  text: {
    zh: `没有编号为 ${id} 的清单版本`,
    en: `no list ${what} ${id}; GET /api/emergency/list lists the versions`,
  },
});

/**
 * The list response for a version id, or (without one) for the version in force on `day`. The requirement is the
 * one in force on the version's effective day (on `day` when no version is in force).
 */
export function readListResponse(
  db: Db,
  query: { version?: number | undefined; day: string },
): Result<ListResponse, UnknownVersion> {
  const id = query.version ?? listVersionInForce(db, query.day);
  const version = id === null ? null : readListVersion(db, id);
  if (id !== null && !version) return err(unknownVersion(id));
  const entries = version?.entries ?? [];
  const places = readEnterprisePlaces(db);
  const totals = listTotals(entries);
  const requirement = requirementInForce(db, version?.summary.effectiveFrom ?? query.day);
  return ok({
    version: version?.summary ?? null,
    entries: entries.map((e) => {
      const place = places.get(e.enterpriseId);
      return {
        ...e,
        found: place !== undefined,
        township: place?.township ?? null,
        townshipName: place?.townshipName ?? null,
        consoleIndustry: place?.industry ?? null,
      };
    }),
    totals,
    requirement,
    check: requirement ? checkList(totals, requirement) : null,
    versions: readListVersions(db),
  });
}

/** What changed from version `from` to version `to`, with both versions' totals. */
export function readListDiff(db: Db, from: number, to: number): Result<ListDiff, UnknownVersion> {
  const a = readListVersion(db, from);
  if (!a) return err(unknownVersion(from, 'version (from)'));
  const b = readListVersion(db, to);
  if (!b) return err(unknownVersion(to, 'version (to)'));
  return ok({
    from: a.summary,
    to: b.summary,
    ...diffListVersions(a.entries, b.entries),
    totals: { from: listTotals(a.entries), to: listTotals(b.entries) },
  });
}

/** The version a new one effective from `day` replaces (the one in force that day), with its entries, or null. */
export function versionReplacedOn(
  db: Db,
  day: string,
): { summary: ListVersionSummary; entries: ListEntryInput[] } | null {
  const id = listVersionInForce(db, day);
  return id === null ? null : readListVersion(db, id);
}
