/**
 * The console's default cleaning standard per road class (issue 16, task 11), used until the sanitation
 * department's own is entered (PUT /api/roads/standards/:class).
 *
 * CJJ/T 126-2022 《城市道路清扫保洁与质量评价标准》 grades roads and sets quality criteria (visible litter, dust) but
 * leaves the number of machine passes to the local sanitation plan; the plan asks only to 「推进城市建成区道路吸尘式
 * 机械化湿式清扫作业，加大…主要市政道路清扫频次」. The intervals below are therefore a **console convention**, in line
 * with what northern cities' dust-control schemes commonly require of mechanised wet sweeping (main roads at least
 * twice a day, secondary roads daily, washing of main roads daily): stated as a convention wherever shown.
 *
 * @module
 */
import type { RoadClass } from '../schema/enums/road-segment.ts';
import type { CleaningStandard } from './cleaning-schedule.ts';

/** Wet sweeping and washing intervals (hours) per road class: the console's convention. */
export const DEFAULT_CLEANING_STANDARDS: Readonly<Record<RoadClass, CleaningStandard>> = {
  arterial: { sweepIntervalH: 12, washIntervalH: 24 },
  secondary: { sweepIntervalH: 24, washIntervalH: 48 },
  branch: { sweepIntervalH: 48, washIntervalH: null },
  other: { sweepIntervalH: 72, washIntervalH: null },
};

/** The source text stored with the default standards. */
export const DEFAULT_CLEANING_STANDARD_SOURCE =
  '本系统约定（CJJ/T 126-2022 未规定机扫频次；参照北方城市吸尘式机械化湿扫通行做法：主干路每日至少湿扫两次、' +
  '冲洗一次，次干路每日湿扫一次、隔日冲洗）';
