import { describe, expect, it } from 'vitest';
import { defaultState, type AppState } from '../../client/state/app-state.ts';
import { formatUrlState, parseUrlState } from '../../client/state/url-state.ts';

describe('URL state', () => {
  it('round-trips every field', () => {
    const state: AppState = {
      lang: 'en',
      view: 'layers',
      center: [112.71234, 38.40123],
      zoom: 11.25,
      layers: ['villages', 'stations'],
      townships: ['140902004', '140902103'],
      industries: ['coal-coking', 'other'],
      grades: ['C', 'D'],
      problemsOnly: true,
      provenance: ['official'],
      selected: { layer: 'villages', id: '140902004204' },
      basemap: 'osm',
      asOf: '2023-06-15T14:00',
      live: false,
      shape: 'c112.7,38.4,1500',
      aqiPeriod: 'day',
      metric: 'dustfall',
      sort: 'banned:desc',
      station: '3208A',
      alertLevel: 'orange',
      alertRule: 'nrmm-banned-in-zone',
      routePlan: 'n2;s08:30-17:30',
      routeLayers: ['construction-sites', 'dustfall-points'],
      planReq: 'T10.4',
      planTask: '10',
      planUnit: '区生态环境分局',
      planStatus: 'partial',
      planList: true,
      caseId: 12,
      surface: 'pm25',
      density: true,
    };
    expect(parseUrlState(formatUrlState(state))).toEqual(state);
  });

  it('gives the default for an empty query, and the default round-trips', () => {
    expect(parseUrlState('')).toEqual(defaultState);
    expect(parseUrlState(formatUrlState(defaultState))).toEqual(defaultState);
  });

  it('ignores malformed or unknown values instead of failing', () => {
    const state = parseUrlState('?lang=fr&z=abc&c=1000,2000&l=roads,stations&t=12&g=E,A&sel=roads:1&bm=google&v=nope');
    expect(state).toMatchObject({
      lang: 'zh',
      zoom: defaultState.zoom,
      center: defaultState.center,
      layers: ['stations'],
      townships: [],
      grades: ['A'],
      selected: null,
      basemap: 'offline',
      view: defaultState.view,
    });
  });

  it('reads one township (old links) or several, and drops malformed codes and values', () => {
    expect(parseUrlState('?t=140902004').townships).toEqual(['140902004']);
    expect(parseUrlState('?t=140902103,140902004,x,140902004').townships).toEqual(['140902004', '140902103']);
    expect(parseUrlState('?al=purple&sort=x&st=<b>').alertLevel).toBe('issued');
    expect(parseUrlState('?sort=banned:sideways').sort).toBeNull();
    expect(parseUrlState('?st=<b>').station).toBeNull();
  });

  it('keeps an explicitly empty layer list (all layers off)', () => {
    expect(parseUrlState('?l=').layers).toEqual([]);
  });
});
