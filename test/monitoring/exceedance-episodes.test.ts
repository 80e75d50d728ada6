import { describe, expect, it } from 'vitest';
import { exceedanceEpisodes } from '../../server/monitoring/exceedance-episodes.ts';
import { judgeHour } from '../../server/monitoring/judge-hour.ts';
import type { StackReading } from '../../server/monitoring/stack-reading.ts';
import { reading } from './stack-fixtures.ts';

const outlet = { limits: { pm: 20, so2: 100 }, uleLimits: { pm: 10 }, referenceO2: null };
const judged = (rows: StackReading[]) => rows.map((r) => judgeHour(r, outlet));

describe('exceedance episodes', () => {
  it('finds runs of consecutive over-limit hours with start, end, duration and peak', () => {
    const hours = judged([
      reading('2023-05-01T09:00', { pm: 8 }),
      reading('2023-05-01T10:00', { pm: 12 }),
      reading('2023-05-01T11:00', { pm: 15 }),
      reading('2023-05-01T12:00', { pm: 11 }),
      reading('2023-05-01T13:00', { pm: 9 }),
      reading('2023-05-01T14:00', { pm: 30, so2: 120 }),
    ]);
    expect(exceedanceEpisodes(hours)).toEqual([
      {
        pollutant: 'pm',
        start: '2023-05-01T10:00',
        end: '2023-05-01T12:00',
        hours: 3,
        peak: 15,
        peakTs: '2023-05-01T11:00',
        limit: 10,
      },
      {
        pollutant: 'pm',
        start: '2023-05-01T14:00',
        end: '2023-05-01T14:00',
        hours: 1,
        peak: 30,
        peakTs: '2023-05-01T14:00',
        limit: 10,
      },
      {
        pollutant: 'so2',
        start: '2023-05-01T14:00',
        end: '2023-05-01T14:00',
        hours: 1,
        peak: 120,
        peakTs: '2023-05-01T14:00',
        limit: 100,
      },
    ]);
  });

  it('a missing hour or an invalid (non-N) hour ends a run', () => {
    const hours = judged([
      reading('2023-05-01T10:00', { pm: 12 }),
      reading('2023-05-01T12:00', { pm: 12 }), // 11:00 missing
      reading('2023-05-01T13:00', { pm: 50, flags: { pm: 'D', so2: 'N', nox: 'N' } }),
      reading('2023-05-01T14:00', { pm: 12 }),
    ]);
    expect(exceedanceEpisodes(hours).map((e) => [e.start, e.hours])).toEqual([
      ['2023-05-01T10:00', 1],
      ['2023-05-01T12:00', 1],
      ['2023-05-01T14:00', 1],
    ]);
  });

  it('sorts its input and crosses midnight', () => {
    const hours = judged([reading('2023-05-02T00:00', { pm: 11 }), reading('2023-05-01T23:00', { pm: 14 })]);
    expect(exceedanceEpisodes(hours)).toMatchObject([
      { start: '2023-05-01T23:00', end: '2023-05-02T00:00', hours: 2, peak: 14 },
    ]);
  });

  it('no hours, no episodes', () => {
    expect(exceedanceEpisodes([])).toEqual([]);
  });
});
