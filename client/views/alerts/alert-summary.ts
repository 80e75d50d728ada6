import type { ListedAlert, Severity } from '../../../server/schema/alerts.ts';

/** What the list shows under the filters, and its counts. */
export interface AlertSummary {
  /** The alerts of the severities and townships chosen. */
  shown: ListedAlert[];
  /** Per severity, the alerts in the townships chosen (whatever severities are ticked). */
  bySeverity: Map<Severity, number>;
  /** The townships of the shown alerts with their counts, most first (ties by code). */
  byTownship: [string, number][];
}

/**
 * Applies the severity and township filters (`townships` empty = the whole district) to the listed alerts.
 *
 * @example
 * summarizeAlerts(alerts, ['violation'], ['140902103']).byTownship; // [['140902103', 4]]
 */
export function summarizeAlerts(
  alerts: readonly ListedAlert[],
  severities: readonly Severity[],
  townships: readonly string[],
): AlertSummary {
  const inTownships = alerts.filter((a) => !townships.length || townships.includes(a.township));
  const shown = inTownships.filter((a) => severities.includes(a.severity));
  const bySeverity = new Map<Severity, number>();
  for (const a of inTownships) bySeverity.set(a.severity, (bySeverity.get(a.severity) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const a of shown) counts.set(a.township, (counts.get(a.township) ?? 0) + 1);
  const byTownship = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { shown, bySeverity, byTownship };
}

/** The shown alerts grouped by rule, in order of first appearance. */
export function groupByRule(alerts: readonly ListedAlert[]): Map<string, ListedAlert[]> {
  const groups = new Map<string, ListedAlert[]>();
  for (const a of alerts) {
    const list = groups.get(a.rule);
    if (list) list.push(a);
    else groups.set(a.rule, [a]);
  }
  return groups;
}
