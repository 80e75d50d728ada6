import { describe, expect, it } from 'vitest';
import { defaultState, type AppState } from '../../client/state/app-state.ts';
import { formatUrlState, parseUrlState } from '../../client/state/url-state.ts';

describe('URL state of the 计划 view', () => {
  it('round-trips the view, the selected requirement and every filter', () => {
    for (const plan of [
      { planReq: 'T10.4', planTask: '10', planUnit: '区生态环境分局', planStatus: 'partial', planList: false },
      { planReq: 'G1', planTask: 'goals', planUnit: null, planStatus: 'covered', planList: true },
      {
        planReq: 'S3',
        planTask: 'safeguards',
        planUnit: '各乡（镇）人民政府、街道办事处',
        planStatus: 'missing',
        planList: false,
      },
      { planReq: null, planTask: '17', planUnit: null, planStatus: null, planList: true },
    ] as const) {
      const state: AppState = { ...defaultState, view: 'plan', ...plan };
      const query = formatUrlState(state);
      expect(parseUrlState(query), query).toEqual(state);
    }
  });

  it('writes the plan fields under short keys, and nothing when they are unset', () => {
    const query = formatUrlState({
      ...defaultState,
      view: 'plan',
      planReq: 'T3.3',
      planTask: '3',
      planUnit: '区工信局',
      planStatus: 'missing',
      planList: true,
    });
    const q = new URLSearchParams(query);
    expect(q.get('v')).toBe('plan');
    expect(q.get('pr')).toBe('T3.3');
    expect(q.get('pt')).toBe('3');
    expect(q.get('pu')).toBe('区工信局');
    expect(q.get('ps')).toBe('missing');
    expect(q.get('pl')).toBe('1');
    const plain = new URLSearchParams(formatUrlState({ ...defaultState, view: 'plan' }));
    expect(['pr', 'pt', 'pu', 'ps', 'pl'].filter((key) => plain.has(key))).toEqual([]);
  });

  it('opens ?v=plan on the plan view, with its defaults', () => {
    expect(parseUrlState('?v=plan')).toEqual({ ...defaultState, view: 'plan' });
  });

  it('ignores malformed plan values instead of failing', () => {
    const state = parseUrlState(
      `?v=plan&pr=${encodeURIComponent('T10.4"]')}&pt=18&pu=${encodeURIComponent('<b>x')}&ps=done`,
    );
    expect(state).toMatchObject({ view: 'plan', planReq: null, planTask: null, planUnit: null, planStatus: null });
    expect(parseUrlState('?v=plan&pl=yes').planList).toBe(false);
    expect(parseUrlState('?pt=0').planTask).toBeNull();
    expect(parseUrlState('?pt=goal').planTask).toBeNull();
    expect(parseUrlState('?pr=X1').planReq).toBeNull();
    expect(parseUrlState('?pr=T1.').planReq).toBeNull();
    expect(parseUrlState(`?pu=${'单'.repeat(61)}`).planUnit).toBeNull();
    expect(parseUrlState('?pu=%20').planUnit).toBeNull();
  });

  it('keeps the 告警 rule filter under ar=, a rule id unknown to the console falling back to none', () => {
    const state: AppState = { ...defaultState, view: 'alerts', alertRule: 'nrmm-banned-in-zone' };
    const search = formatUrlState(state);
    expect(new URLSearchParams(search).get('ar')).toBe('nrmm-banned-in-zone');
    expect(parseUrlState(search)).toEqual(state);
    expect(new URLSearchParams(formatUrlState(defaultState)).has('ar')).toBe(false);
    expect(parseUrlState('?v=alerts&ar=no-such-rule').alertRule).toBeNull();
  });
});
