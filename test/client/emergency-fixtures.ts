import type { EnterpriseCompliance } from '../../server/schema/emergency-compliance.ts';
import type { Warning } from '../../server/schema/emergency-warnings.ts';

/** A warning as the API shows it (orange, in force, from a forecast), with `patch` over it. */
export function warningFixture(patch: Partial<Warning> = {}): Warning {
  return {
    id: 7,
    level: 'orange',
    status: 'in-force',
    issuedAt: '2023-12-04T20:00',
    start: '2023-12-05T08:00',
    plannedEnd: '2023-12-08T08:00',
    liftedAt: null,
    advanceHours: 12,
    basis: 'forecast',
    forecast: { dailyAqi: [230, 245, 260], derivedLevel: 'orange' },
    document: '忻府环应急〔2023〕5号',
    note: null,
    listVersion: { id: 2, version: '2023-10' },
    events: [],
    segments: [{ level: 'orange', from: '2023-12-05T08:00', to: null }],
    provenance: 'synthetic',
    createdBy: 'duty',
    ...patch,
  };
}

/** A listed enterprise's compliance, with one stop measure whose verdict is the enterprise's. */
export function complianceFixture(
  id: string,
  name: string,
  verdict: EnterpriseCompliance['verdict'],
  photoId?: number,
): EnterpriseCompliance {
  const zero = { pm: 0, so2: 0, nox: 0, vocs: 0 };
  return {
    enterpriseId: id,
    enterpriseName: name,
    township: '140902100',
    grade: 'C',
    builtUpArea: false,
    heavyPolluter: false,
    verdict,
    checkedBy: verdict === 'unverified' ? [] : ['visit'],
    supervisor: verdict === 'unverified' ? null : '李巡查',
    measures: [
      {
        level: 'orange',
        line: '1#窑',
        kind: 'stop',
        limitPct: null,
        text: '停产',
        verdict,
        evidence:
          verdict === 'unverified'
            ? []
            : [
                {
                  source: 'visit',
                  at: '2023-12-05T10:00',
                  verdict,
                  detail: { zh: `现场检查：${name}`, en: `visit: ${name}` },
                  ref: photoId ? { visitId: 1, photoId } : { visitId: 1 },
                },
              ],
      },
    ],
    expected: zero,
    achieved: zero,
  };
}
