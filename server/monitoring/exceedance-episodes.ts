import { type StackPollutantKey, stackPollutantKeys } from '../schema/devices.ts';
import type { OutletHour } from '../schema/outlets.ts';
import { addMinutes } from '../time/cst.ts';

/** A run of consecutive over-limit hours of one pollutant. */
export interface ExceedanceEpisode {
  pollutant: StackPollutantKey;
  /** Label of the first over-limit hour (hour end, 'YYYY-MM-DDTHH:00'); the episode began an hour before. */
  start: string;
  /** Label of the last over-limit hour (hour end). */
  end: string;
  /** Hours in the run. */
  hours: number;
  /** The highest corrected value of the run, mg/m³, and its hour. */
  peak: number;
  peakTs: string;
  /** The limit the run was judged against (of its first hour). */
  limit: number;
}

/**
 * The exceedance episodes in judged hours (any order): for each pollutant, runs of consecutive hours that are
 * `over`; a missing hour, an invalid hour or an hour within the limit ends a run. Sorted by start, then
 * pollutant.
 *
 * @example
 * exceedanceEpisodes(hours)[0]; // { pollutant: 'pm', start: '2023-05-01T10:00', end: '2023-05-01T11:00', hours: 2, … }
 */
export function exceedanceEpisodes(hours: readonly OutletHour[]): ExceedanceEpisode[] {
  const sorted = [...hours].sort((a, b) => a.ts.localeCompare(b.ts));
  const episodes: ExceedanceEpisode[] = [];
  for (const pollutant of stackPollutantKeys) {
    let open: ExceedanceEpisode | null = null;
    for (const hour of sorted) {
      const value = hour[pollutant];
      const over = value.over && value.corrected !== null && value.limit !== null;
      if (open && (!over || addMinutes(open.end, 60) !== hour.ts)) {
        episodes.push(open);
        open = null;
      }
      if (!over || value.corrected === null || value.limit === null) continue;
      if (open) {
        open.end = hour.ts;
        open.hours += 1;
        if (value.corrected > open.peak) {
          open.peak = value.corrected;
          open.peakTs = hour.ts;
        }
      } else {
        open = {
          pollutant,
          start: hour.ts,
          end: hour.ts,
          hours: 1,
          peak: value.corrected,
          peakTs: hour.ts,
          limit: value.limit,
        };
      }
    }
    if (open) episodes.push(open);
  }
  return episodes.sort(
    (a, b) =>
      a.start.localeCompare(b.start) ||
      stackPollutantKeys.indexOf(a.pollutant) - stackPollutantKeys.indexOf(b.pollutant),
  );
}
