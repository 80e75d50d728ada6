import type { RoutePlanResponse } from '../../server/schema/routes.ts';

type Stop = RoutePlanResponse['routes'][number]['stops'][number];

export const stop = (id: string, over: Partial<Stop> = {}): Stop => ({
  layer: 'construction-sites',
  id,
  name: `工地 ${id}`,
  township: '140902103',
  position: [112.7, 38.4],
  arrival: '09:01',
  start: '09:01',
  departure: '09:31',
  detail: null,
  problems: [
    {
      rule: 'site-six-100',
      title: { zh: '工地“六个百分之百”未落实', en: 'Site fails the six 100%' },
      detail: { zh: '未覆盖', en: 'not covered' },
    },
  ],
  ...over,
});

/** A plan for one inspector with a machine stop and one stop left out, on 2023-07-15. */
export function planFixture(over: Partial<RoutePlanResponse> = {}): RoutePlanResponse {
  return {
    method: 'road',
    depot: [112.7335, 38.4172],
    routes: [
      {
        inspector: 1,
        fixed: false,
        overShift: false,
        stops: [
          stop('C1'),
          stop('M00164', {
            layer: 'machines',
            name: 'M00164',
            detail: { zh: '挖掘机 · 登记号 晋H12345', en: 'excavator · registration 晋H12345' },
            problems: [],
            arrival: '10:00',
            start: '10:05',
            departure: '10:20',
          }),
        ],
        depart: '08:30',
        end: '11:00',
        travelMinutes: 133.1,
        distanceKm: 93.84,
        geometry: {
          type: 'LineString',
          coordinates: [
            [112.7335, 38.4172],
            [112.5, 38.3],
            [112.9, 38.6],
            [112.7335, 38.4172],
          ],
        },
      },
    ],
    unassigned: [
      {
        layer: 'construction-sites',
        id: 'C9',
        name: '工地 C9',
        reason: 'did not fit with the available vehicles (lowest priority dropped first)',
        reasonCode: 'did-not-fit',
      },
    ],
    asOf: '2023-07-15T11:00',
    solveMs: 12,
    ...over,
  };
}
