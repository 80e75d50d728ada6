import type { MuckFix } from './muck-fix.ts';
import type { MuckPermitFacts, MuckPlace, MuckSpillFacts } from './muck-violations.ts';

/**
 * The muck trucks as the task-11 rules see them at as-of: every registered truck with its company's township and
 * base, its permits in force on some day of the window, and its fixes of the 24 h up to as-of; the valid disposal
 * sites; the open spill reports naming a registered truck.
 */
export interface MuckFacts {
  trucks: readonly {
    id: string;
    plate: string;
    township: string;
    base: [number, number];
    permits: readonly MuckPermitFacts[];
    fixes: readonly MuckFix[];
  }[];
  disposalSites: readonly MuckPlace[];
  openSpills: readonly MuckSpillFacts[];
}
