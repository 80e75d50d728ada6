import type { Plan } from '../../server/schema/plan.ts';

/**
 * Serialises a plan the way `plan.json` is committed: 2-space indent, keys in the order the
 * plan was built (schema order), one trailing newline. Same plan in, same bytes out.
 *
 * @example
 * writeFileSync('seeds/plan/plan.json', formatPlanJson(plan));
 */
export function formatPlanJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
