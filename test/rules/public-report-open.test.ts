import { describe, expect, it } from 'vitest';
import { ruleRegistry } from '../../server/rules/rule-registry.ts';
import { publicReportOpenRule } from '../../server/rules/public-report-open-rule.ts';
import type { RuleFacts } from '../../server/rules/rule-definition.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

type ReportFact = NonNullable<RuleFacts['publicReports']>[number];

const createReport = (overrides: Partial<ReportFact> = {}): ReportFact => ({
  ticket: 'JB20231230-XFDEMQ',
  category: 'burning',
  status: 'received',
  receivedAt: '2023-12-30T09:15',
  township: '140902001',
  ...overrides,
});

const hits = (reports: ReportFact[] | undefined, asOf = '2023-12-31T23:00') =>
  publicReportOpenRule.evaluate(createFacts(reports ? { publicReports: reports } : {}), createContext({ asOf }));

describe('public-report-open', () => {
  it('is registered: layer public-reports, severity warning, based on S8 and a console convention', () => {
    expect(ruleRegistry['public-report-open']).toBe(publicReportOpenRule);
    expect(publicReportOpenRule).toMatchObject({ layer: 'public-reports', severity: 'warning' });
    expect(publicReportOpenRule.basis?.map((b) => b.kind)).toEqual(['plan', 'convention']);
  });

  it('fires for a report received or accepted, citing its category’s task', () => {
    const found = hits([
      createReport(),
      createReport({ ticket: 'JB20231230-AAAAAA', status: 'accepted', category: 'coal' }),
    ]);
    expect(found.map((f) => [f.entityId, f.task, f.since, f.township])).toEqual([
      ['JB20231230-XFDEMQ', 12, '2023-12-30T09:15', '140902001'],
      ['JB20231230-AAAAAA', 7, '2023-12-30T09:15', '140902001'],
    ]);
    expect(found[0]?.detail.zh).toMatch(/露天焚烧.*待受理/);
  });

  it.each(['handled', 'rejected', 'closed'] as const)('stays silent for a %s report', (status) => {
    expect(hits([createReport({ status })])).toEqual([]);
  });

  it('counts a report received at as-of itself, and not one received a minute after', () => {
    expect(hits([createReport({ receivedAt: '2023-12-31T23:00' })])).toHaveLength(1);
    expect(hits([createReport({ receivedAt: '2023-12-31T23:01' })])).toHaveLength(0);
  });

  it('is silent without report facts', () => {
    expect(hits(undefined)).toEqual([]);
    expect(hits([])).toEqual([]);
  });
});
