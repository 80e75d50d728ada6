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
      township: '140902004',
      industries: ['coal-coking', 'other'],
      grades: ['C', 'D'],
      problemsOnly: true,
      provenance: ['official'],
      selected: { layer: 'villages', id: '140902004204' },
      basemap: 'osm',
      asOf: '2023-06-15T14:00',
      shape: 'c112.7,38.4,1500',
      aqiPeriod: 'day',
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
      township: null,
      grades: ['A'],
      selected: null,
      basemap: 'offline',
      view: defaultState.view,
    });
  });

  it('keeps an explicitly empty layer list (all layers off)', () => {
    expect(parseUrlState('?l=').layers).toEqual([]);
  });
});
