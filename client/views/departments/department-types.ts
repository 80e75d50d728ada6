/**
 * The 部门 view's reading of the departments API (GET /api/departments, /api/departments/:id, /leaders,
 * /plan-items, /funds): the server schema's types, imported as types only (the client never loads zod).
 *
 * @module
 */
export type {
  DepartmentDetail,
  DepartmentsResponse,
  DepartmentSummary,
  Fund,
  FundsResponse,
  Leader,
  LeadersResponse,
  PlanItem,
  PlanItemsResponse,
} from '../../../server/schema/departments.ts';

/** A department to choose in a form: id and the name in the user's language. */
export interface DepartmentChoice {
  id: string;
  name: string;
}
