/**
 * Coal-reduction substitution (煤炭消费减量替代, T6.1) of coal-consuming projects. Pure.
 *
 * @module
 */

/**
 * The least substitution over new coal use a project needs: 1 (等量或减量替代, at least as much coal cut as added).
 * A console convention: the plan says 「严格落实耗煤项目煤炭减量替代措施」 without a ratio.
 */
export const MIN_SUBSTITUTION_RATIO = 1;

/**
 * Substitution over new coal use, rounded to 3 decimals; null when the project adds no coal.
 *
 * @example
 * substitutionRatio(1000, 800); // 0.8
 * substitutionRatio(0, 50); // null
 */
export function substitutionRatio(newCoalT: number, substitutionT: number): number | null {
  return newCoalT > 0 ? Math.round((substitutionT / newCoalT) * 1000) / 1000 : null;
}

/**
 * Whether a project's substitution falls short of {@link MIN_SUBSTITUTION_RATIO} × its new coal use (a project
 * adding no coal is never short). Compared in tonnes, not on the rounded ratio.
 *
 * @example
 * substitutionShort(1000, 999.9); // true
 * substitutionShort(1000, 1000); // false
 */
export function substitutionShort(newCoalT: number, substitutionT: number): boolean {
  return newCoalT > 0 && substitutionT < newCoalT * MIN_SUBSTITUTION_RATIO;
}

/** A coal-consuming project as the coal-use rule weighs it. */
export interface CoalProjectCover {
  status: string;
  decidedOn: string | null;
  newCoalT: number;
}

/** The project statuses whose new coal use is allowed: 已批准, 已建成. */
export const coveringStatuses: readonly string[] = ['approved', 'built'];

/**
 * The coal increase of `year` that approved or built projects decided in `year − 1` or `year` allow: the sum of
 * their new coal use, t/yr (a console convention: a project decided earlier is already in the previous year's use).
 *
 * @example
 * coalCover([{ status: 'approved', decidedOn: '2022-08-01', newCoalT: 500 }], 2023); // 500
 */
export function coalCover(projects: readonly CoalProjectCover[], year: number): number {
  return projects
    .filter((p) => coveringStatuses.includes(p.status) && p.decidedOn !== null)
    .filter((p) => {
      const decided = Number((p.decidedOn as string).slice(0, 4));
      return decided === year || decided === year - 1;
    })
    .reduce((sum, p) => sum + p.newCoalT, 0);
}
