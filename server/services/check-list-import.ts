/**
 * The checks of an emergency-list import (dry run and commit): the file parsed against the bureau's layout and the
 * console's enterprises, the version label checked, and the report with the parsed list's totals and what it
 * changes against the version it would replace.
 *
 * @module
 */
import { listVersionIdByLabel, readEnterprisePlaces } from '../db/emergency-list-repository.ts';
import type { Db } from '../db/open-database.ts';
import { diffListVersions } from '../emergency/diff-list-versions.ts';
import { listTotals } from '../emergency/list-totals.ts';
import { parseEmergencyList } from '../import/parse-emergency-list.ts';
import type { ImportProblem } from '../import/parsed-import.ts';
import type { ListEntryInput, ListImportQuery } from '../schema/emergency-list.ts';
import type { ListImportReport } from '../schema/emergency-list-import.ts';
import type { Localized } from '../schema/localized.ts';
import { versionReplacedOn } from './read-emergency-list.ts';

/** Most problems a report lists (the counts count them all). */
export const MAX_REPORTED_PROBLEMS = 1000;
/** Most entries a report previews. */
export const MAX_PREVIEW_ENTRIES = 200;

/** The outcome of the checks: the report, the entries a commit writes, or why the file is unreadable (400). */
export interface ListImportCheck {
  report: ListImportReport;
  entries: ListEntryInput[];
  unreadable: Localized | null;
}

/**
 * Checks an uploaded list file. The diff is against the version in force on the import's effective day (the one
 * it would replace).
 *
 * @example
 * const { report } = await checkListImport(db, bytes, query);
 * report.committable; // false when any row has an error
 */
export async function checkListImport(db: Db, bytes: Uint8Array, query: ListImportQuery): Promise<ListImportCheck> {
  const format = /\.xlsx$/i.test(query.file) ? 'xlsx' : 'csv';
  const places = readEnterprisePlaces(db);
  const parsed = await parseEmergencyList(bytes, format, { enterpriseExists: (id) => places.has(id) });
  const problems: ImportProblem[] = [...parsed.problems];
  const taken = listVersionIdByLabel(db, query.version);
  if (taken !== null) {
    const text = {
      zh: `清单版本「${query.version}」已存在（编号 ${taken}），请为修订版另起版本名`,
      en: `version '${query.version}' already exists (id ${taken}); give the revision a new label`,
    };
    problems.unshift({ row: null, field: 'version', severity: 'error', problem: text.en, text });
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const previous = versionReplacedOn(db, query.effectiveFrom);
  const diff = previous ? diffListVersions(previous.entries, parsed.entries) : null;
  const report: ListImportReport = {
    fileName: query.file,
    format,
    counts: {
      rows: parsed.counts.rows,
      enterprises: parsed.counts.enterprises,
      measures: parsed.counts.measures,
      errors,
      warnings: problems.length - errors,
    },
    problems: problems.slice(0, MAX_REPORTED_PROBLEMS),
    preview: { entries: parsed.entries.slice(0, MAX_PREVIEW_ENTRIES), totals: listTotals(parsed.entries) },
    diff: previous && diff ? { against: previous.summary, ...diff } : null,
    committable: errors === 0 && parsed.entries.length > 0,
  };
  return { report, entries: parsed.entries, unreadable: parsed.unreadable };
}
