/** The plan's deadlines (quotes in seeds/plan/plan.json), `YYYY-MM-DD`. */
export interface PlanDeadlines {
  /** Task 3: “力争2023年6月底前完成超低排放改造评估监测工作”. */
  uleAssessment: string;
  /** Task 4: “2023年6月底前，完成……锅炉达标排放情况的摸底排查”. */
  boilerSurvey: string;
  /** Task 13: “5月底前完成一轮活性炭更换”. */
  activatedCarbon: string;
}

/**
 * The deadlines the rules use unless a caller passes others.
 *
 * @example
 * PLAN_DEADLINES.activatedCarbon; // '2023-05-31'
 */
export const PLAN_DEADLINES: PlanDeadlines = {
  uleAssessment: '2023-06-30',
  boilerSurvey: '2023-06-30',
  activatedCarbon: '2023-05-31',
};
