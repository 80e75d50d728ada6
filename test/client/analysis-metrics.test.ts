import { describe, expect, it } from 'vitest';
import { parseUrlState, formatUrlState } from '../../client/state/url-state.ts';
import { defaultState } from '../../client/state/app-state.ts';
import {
  formatTableSort,
  parseTableSort,
  townshipMetric,
  townshipMetrics,
} from '../../client/views/analysis/township-metrics.ts';

describe('township table sort and metric in the URL', () => {
  it('reads and writes the sort, the default (by code) as null', () => {
    expect(parseTableSort('dustfall:desc')).toEqual({ key: 'dustfall', descending: true });
    expect(parseTableSort('area:asc')).toEqual({ key: 'area', descending: false });
    expect(parseTableSort('nonsense:desc')).toEqual({ key: 'code', descending: false });
    expect(parseTableSort(null)).toEqual({ key: 'code', descending: false });
    expect(formatTableSort({ key: 'dustfall', descending: true })).toBe('dustfall:desc');
    expect(formatTableSort({ key: 'code', descending: false })).toBeNull();
    expect(formatTableSort({ key: 'code', descending: true })).toBe('code:desc');
  });

  it('survives a round trip through the URL', () => {
    const state = { ...defaultState, view: 'analysis' as const, metric: 'banned-in-zones', sort: 'reburning:desc' };
    const back = parseUrlState(formatUrlState(state));
    expect(back.metric).toBe('banned-in-zones');
    expect(parseTableSort(back.sort)).toEqual({ key: 'reburning', descending: true });
    expect(townshipMetric(back.metric).id).toBe('banned-in-zones');
  });

  it('marks the count metrics as integer, with no decimals', () => {
    expect(townshipMetrics.filter((m) => m.integer).map((m) => m.id)).toEqual([
      'failing-sites',
      'reburning',
      'banned-in-zones',
    ]);
    expect(townshipMetric('dustfall').digits).toBe(2);
    expect(townshipMetric('unknown').id).toBe('dustfall');
  });
});
