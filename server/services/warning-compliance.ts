/**
 * A warning's compliance check (issue 15, task 15): per listed enterprise, its measures at the levels in force, the
 * evidence (CEMS, supervisors' visits, gate records) and the verdict; and the coverage. GET
 * /api/emergency/warnings/:id/compliance and the warning report read it. Read-only.
 *
 * @module
 */
import { complianceOf, warningListVersion } from '../db/emergency-facts.ts';
import { readWarning } from '../db/emergency-warnings-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { ComplianceResponse, EnterpriseCompliance } from '../schema/emergency-compliance.ts';
import { datasetPresent } from './dataset-present.ts';

/** The end of a warning: its lift, else its planned end; null while open-ended. */
function warningEnd(w: { liftedAt: string | null; plannedEndAt: string | null }): string | null {
  return w.liftedAt ?? w.plannedEndAt;
}

/** Coverage counts of the enterprises' verdicts and of the sources that checked them. */
function summaryOf(enterprises: readonly EnterpriseCompliance[]): ComplianceResponse['summary'] {
  const count = (f: (e: EnterpriseCompliance) => boolean) => enterprises.filter(f).length;
  return {
    listed: enterprises.length,
    checked: count((e) => e.checkedBy.length > 0),
    compliant: count((e) => e.verdict === 'compliant'),
    nonCompliant: count((e) => e.verdict === 'non-compliant'),
    unverified: count((e) => e.verdict === 'unverified'),
    bySource: {
      cems: count((e) => e.checkedBy.includes('cems')),
      visit: count((e) => e.checkedBy.includes('visit')),
      gate: count((e) => e.checkedBy.includes('gate')),
    },
  };
}

/**
 * Warning `warningId`'s compliance up to `at` (default: the dataset's present, or the warning's end once it is
 * over), over the list version it was issued under (else the one in force on its start's day); null for an unknown
 * warning. Before the start, no enterprise has been checked: every listed one is unverified.
 *
 * @example
 * readWarningCompliance(db, 1)?.summary.nonCompliant; // enterprises that did not carry out their measures
 */
export function readWarningCompliance(db: Db, warningId: number, at?: string): ComplianceResponse | null {
  const warning = readWarning(db, warningId);
  if (!warning) return null;
  const present = datasetPresent(db);
  const end = warningEnd(warning);
  const moment = at ?? (end !== null && end < present ? end : present);
  const list = warningListVersion(db, warning.listVersion?.id ?? null, warning.startAt.slice(0, 10));
  const enterprises = list ? complianceOf(db, warning, list.entries, moment) : [];
  return { warningId, at: moment, enterprises, summary: summaryOf(enterprises) };
}
