import type { ConventionBasis } from '../schema/basis.ts';
import {
  MAX_GAP_MINUTES,
  MOVING_MIN_KMH,
  PLACE_RADIUS_M,
  STOP_MIN_MINUTES,
  STOP_RADIUS_M,
} from '../muck/muck-conventions.ts';

/** The console's conventions behind the muck-truck rules (task 11), as their basis states them. */
export const muckTrackConvention: ConventionBasis = {
  kind: 'convention',
  note: {
    zh:
      `看截至评估时刻 24 小时内的定位；停留指连续定位均在首点 ${STOP_RADIUS_M} 米内且持续不少于 ` +
      `${STOP_MIN_MINUTES} 分钟；相邻定位间隔超过 ${MAX_GAP_MINUTES} 分钟视为信号中断，不跨中断推断；` +
      `速度不低于 ${MOVING_MIN_KMH} 千米/小时为行驶；距停车场或准运证所列工地 ${PLACE_RADIUS_M} 米内、` +
      '消纳场半径内不计违规',
    en:
      `the fixes of the 24 h up to as-of; a stop is consecutive fixes within ${STOP_RADIUS_M} m of its first for at ` +
      `least ${STOP_MIN_MINUTES} min; fixes more than ${MAX_GAP_MINUTES} min apart are a GPS gap, across which ` +
      `nothing is inferred; moving is ≥ ${MOVING_MIN_KMH} km/h; within ${PLACE_RADIUS_M} m of the base or the ` +
      "permit's construction site, or inside a disposal site's radius, is no violation",
  },
};
