import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../client/state/app-state.ts';
import { filterFeatures, hasProblem, type LayerFeature } from '../../client/layers/feature-filter.ts';

const point = (id: string, properties: Record<string, unknown>): LayerFeature =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [112.7, 38.4] } as Geometry, properties }) as Feature<Geometry, Record<string, unknown>>;

const enterprises = [
  point('E1', { township: '140902001', industryGroup: 'coal-coking', grade: 'D', provenance: 'synthetic', vocGaps: 0, activatedCarbon: false, keyVehicleUnit: false }),
  point('E2', { township: '140902001', industryGroup: 'other', grade: 'A', provenance: 'approximate', vocGaps: 2, activatedCarbon: false, keyVehicleUnit: false }),
  point('E3', { township: '140902104', industryGroup: 'coal-coking', grade: 'C', provenance: 'synthetic', vocGaps: 0, activatedCarbon: true, carbonReplacedOn: '2023-06-10', keyVehicleUnit: false }),
];

describe('filterFeatures', () => {
  const ids = (fs: LayerFeature[]) => fs.map((f) => f.id);
  it('lets everything through with no filter', () => expect(ids(filterFeatures('enterprises', enterprises, defaultState))).toEqual(['E1', 'E2', 'E3']));
  it('filters by township, industry group, grade and provenance together', () => {
    expect(ids(filterFeatures('enterprises', enterprises, { ...defaultState, township: '140902001' }))).toEqual(['E1', 'E2']);
    expect(ids(filterFeatures('enterprises', enterprises, { ...defaultState, industries: ['coal-coking'], grades: ['C'] }))).toEqual(['E3']);
    expect(ids(filterFeatures('enterprises', enterprises, { ...defaultState, provenance: ['approximate'] }))).toEqual(['E2']);
  });
  it('applies industry and grade to enterprises only', () => {
    const sites = [point('C1', { township: '140902001', provenance: 'synthetic', compliant: true })];
    expect(ids(filterFeatures('construction-sites', sites, { ...defaultState, grades: ['A'], industries: ['other'] }))).toEqual(['C1']);
  });
  it('"problems only" keeps enterprises with VOC gaps or late activated carbon (task 13)', () => {
    expect(ids(filterFeatures('enterprises', enterprises, { ...defaultState, problemsOnly: true }))).toEqual(['E2', 'E3']);
  });
});

describe('hasProblem', () => {
  it.each([
    ['construction-sites', { compliant: false }, true], ['construction-sites', { compliant: true }, false], ['construction-sites', { compliant: null }, false],
    ['villages', { heatingStatus: 'reburning' }, true], ['villages', { heatingStatus: 'stable' }, false],
    ['machines', { banned: true }, true], ['machines', { banned: false }, false],
    ['dustfall-points', { exceeds: true }, true], ['dustfall-points', { exceeds: null }, false],
    ['stations', { aqi: { value: 101 } }, true], ['stations', { aqi: { value: 100 } }, false], ['stations', { aqi: null }, false],
    ['fuel-points', { status: 'closed' }, false], ['fuel-points', { status: 'verified' }, true],
    ['nrmm-zones', { bannedMachinesInside: ['M1'] }, true], ['nrmm-zones', { bannedMachinesInside: [] }, false],
  ] as const)('%s %j → %s', (layer, props, expected) => {
    expect(hasProblem(layer, props)).toBe(expected);
  });
});
