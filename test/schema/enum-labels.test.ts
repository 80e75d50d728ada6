import { describe, expect, it } from 'vitest';
import { auditActionLabels, auditActions } from '../../server/schema/enums/audit-action.ts';
import {
  alertEventActions,
  alertEventLabels,
  alertStatuses,
  alertStatusLabels,
} from '../../server/schema/enums/alert-status.ts';
import { siteKindLabels, siteKinds, sixCheckLabels, sixChecks } from '../../server/schema/enums/construction-site.ts';
import {
  operatingStatuses,
  operatingStatusLabels,
  performanceGradeLabels,
  performanceGrades,
  uleStatuses,
  uleStatusLabels,
} from '../../server/schema/enums/enterprise-status.ts';
import { fuelPointKindLabels, fuelPointKinds } from '../../server/schema/enums/fuel-point.ts';
import { industries, industryGroupLabels, industryGroups, industryInfo } from '../../server/schema/enums/industry.ts';
import {
  banReasonLabels,
  banReasons,
  emissionStageLabels,
  emissionStages,
  machineTypeLabels,
  machineTypes,
} from '../../server/schema/enums/machine.ts';
import { provenanceLabels, provenances } from '../../server/schema/enums/provenance.ts';
import { roleLabels, roles } from '../../server/schema/enums/role.ts';
import { ruleIds, ruleTitles } from '../../server/schema/enums/rule-id.ts';
import { severities, severityLabels } from '../../server/schema/enums/severity.ts';
import { stationKindLabels, stationKinds } from '../../server/schema/enums/station-kind.ts';
import { taskStatuses, taskStatusLabels } from '../../server/schema/enums/task-status.ts';
import { townshipKindLabels, townshipKinds } from '../../server/schema/enums/township-kind.ts';
import { treatmentProcesses, treatmentProcessInfo } from '../../server/schema/enums/treatment-process.ts';
import {
  heatingStatuses,
  heatingStatusLabels,
  retrofitTypeLabels,
  retrofitTypes,
} from '../../server/schema/enums/village-heating.ts';
import { vocLinkLabels, vocLinks } from '../../server/schema/enums/voc-link.ts';
import type { Localized } from '../../server/schema/localized.ts';

/** Each enum with its labels (the `Labels<K>` type already makes tsc check that every member has one). */
const labelled: [string, readonly string[], Readonly<Record<string, Localized>>][] = [
  ['alert status', alertStatuses, alertStatusLabels],
  ['alert event', alertEventActions, alertEventLabels],
  ['severity', severities, severityLabels],
  ['role', roles, roleLabels],
  ['audit action', auditActions, auditActionLabels],
  ['task status', taskStatuses, taskStatusLabels],
  ['rule', ruleIds, ruleTitles],
  ['provenance', provenances, provenanceLabels],
  ['industry group', industryGroups, industryGroupLabels],
  ['industry', industries, industryInfo],
  ['performance grade', performanceGrades, performanceGradeLabels],
  ['ULE status', uleStatuses, uleStatusLabels],
  ['operating status', operatingStatuses, operatingStatusLabels],
  ['treatment process', treatmentProcesses, treatmentProcessInfo],
  ['VOC link', vocLinks, vocLinkLabels],
  ['six-100% check', sixChecks, sixCheckLabels],
  ['site kind', siteKinds, siteKindLabels],
  ['fuel-point kind', fuelPointKinds, fuelPointKindLabels],
  ['machine type', machineTypes, machineTypeLabels],
  ['emission stage', emissionStages, emissionStageLabels],
  ['ban reason', banReasons, banReasonLabels],
  ['station kind', stationKinds, stationKindLabels],
  ['township kind', townshipKinds, townshipKindLabels],
  ['retrofit type', retrofitTypes, retrofitTypeLabels],
  ['heating status', heatingStatuses, heatingStatusLabels],
];

describe('enum labels', () => {
  it.each(labelled)('%s: exactly one label per member', (_name, members, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...members].sort());
  });

  it.each(labelled)('%s: every label is non-empty in both languages, and the two differ', (_name, members, labels) => {
    for (const member of members) {
      const label = labels[member];
      expect(label?.zh.trim(), `${member} zh`).toBeTruthy();
      expect(label?.en.trim(), `${member} en`).toBeTruthy();
      expect(label?.zh, `${member}: zh and en are the same`).not.toBe(label?.en);
    }
  });

  it('a resolved alert reads as awaiting verification (four eyes), in the console and the report alike', () => {
    expect(alertStatusLabels.resolved).toEqual({ zh: '已办结待核验', en: 'resolved, awaiting verification' });
  });
});
