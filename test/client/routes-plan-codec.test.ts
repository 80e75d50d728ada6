import { describe, expect, it } from 'vitest';
import { defaultState } from '../../client/state/app-state.ts';
import { formatUrlState, parseUrlState } from '../../client/state/url-state.ts';
import {
  decodeRoutePlan,
  defaultRoutePlan,
  encodeRoutePlan,
  type RoutePlanParams,
} from '../../client/views/routes/route-plan-codec.ts';

describe('route plan codec', () => {
  it('leaves the defaults out of the URL', () => {
    expect(encodeRoutePlan(defaultRoutePlan)).toBeNull();
    expect(decodeRoutePlan(null)).toEqual(defaultRoutePlan);
  });

  it('round-trips every parameter, hand-picked sites included', () => {
    const params: RoutePlanParams = {
      count: 3,
      shift: ['09:00', '16:45'],
      onlyProblems: false,
      useArea: true,
      manual: [
        { layer: 'villages', id: '140902103001' },
        { layer: 'machines', id: 'M00164' },
      ],
    };
    const token = encodeRoutePlan(params);
    expect(token).toBe('c3;0900-1645;a;villages:140902103001,machines:M00164');
    expect(decodeRoutePlan(token)).toEqual(params);
  });

  it('falls back part by part on what does not read', () => {
    const read = decodeRoutePlan('c9;2500-1700;zz;nope:1,villages:V1,villages:V1,villages:a b');
    expect(read).toEqual({ ...defaultRoutePlan, manual: [{ layer: 'villages', id: 'V1' }] });
  });

  it('survives the URL with 40 hand-picked sites (a handover from the alerts)', () => {
    const manual = Array.from({ length: 40 }, (_, i) => ({
      layer: 'construction-sites' as const,
      id: `CS${1000 + i}`,
    }));
    const token = encodeRoutePlan({ ...defaultRoutePlan, manual });
    const query = formatUrlState({ ...defaultState, view: 'routes', routePlan: token, routeLayers: ['villages'] });
    const back = parseUrlState(query);
    expect(decodeRoutePlan(back.routePlan).manual).toEqual(manual);
    expect(back.routeLayers).toEqual(['villages']);
  });
});
