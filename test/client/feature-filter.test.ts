import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../client/state/app-state.ts';
import { filterFeatures, hasProblems, type LayerFeature } from '../../client/layers/feature-filter.ts';

const point = (id: string, properties: Record<string, unknown>): LayerFeature =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [112.7, 38.4] } as Geometry, properties }) as Feature<
    Geometry,
    Record<string, unknown>
  >;

const enterprises = [
  point('E1', {
    township: '140902001',
    industryGroup: 'coal-coking',
    grade: 'D',
    provenance: 'synthetic',
    problems: [],
  }),
  point('E2', {
    township: '140902001',
    industryGroup: 'other',
    grade: 'A',
    provenance: 'approximate',
    problems: ['voc-checklist-gaps'],
  }),
  point('E3', {
    township: '140902104',
    industryGroup: 'coal-coking',
    grade: 'C',
    provenance: 'synthetic',
    problems: ['activated-carbon-late'],
  }),
];

describe('filterFeatures', () => {
  const ids = (fs: LayerFeature[]) => fs.map((f) => f.id);
  it('lets everything through with no filter', () =>
    expect(ids(filterFeatures('enterprises', enterprises, defaultState))).toEqual(['E1', 'E2', 'E3']));
  it('filters by township, industry group, grade and provenance together', () => {
    expect(ids(filterFeatures('enterprises', enterprises, { ...defaultState, townships: ['140902001'] }))).toEqual([
      'E1',
      'E2',
    ]);
    expect(
      ids(filterFeatures('enterprises', enterprises, { ...defaultState, industries: ['coal-coking'], grades: ['C'] })),
    ).toEqual(['E3']);
    expect(ids(filterFeatures('enterprises', enterprises, { ...defaultState, provenance: ['approximate'] }))).toEqual([
      'E2',
    ]);
  });
  it('applies industry and grade to enterprises only', () => {
    const sites = [point('C1', { township: '140902001', provenance: 'synthetic', compliant: true })];
    expect(
      ids(filterFeatures('construction-sites', sites, { ...defaultState, grades: ['A'], industries: ['other'] })),
    ).toEqual(['C1']);
  });
  it('"problems only" keeps the features the server marks with problems', () => {
    expect(ids(filterFeatures('enterprises', enterprises, { ...defaultState, problemsOnly: true }))).toEqual([
      'E2',
      'E3',
    ]);
  });
});

describe('hasProblems', () => {
  it.each([
    [{ problems: ['six-hundred-failed'] }, true],
    [{ problems: ['retrofit-in-progress', 'coal-reburning'] }, true],
    [{ problems: [] }, false],
    [{}, false],
    [{ problems: null }, false],
    // the client no longer decides from the properties themselves
    [{ compliant: false, banned: true, exceeds: true, problems: [] }, false],
  ] as const)('%j → %s', (props, expected) => {
    expect(hasProblems(props)).toBe(expected);
  });
});
