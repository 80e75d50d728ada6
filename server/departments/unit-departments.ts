/**
 * The plan's unit names (牵头单位, 配合单位, 责任单位 in its task table) as department ids. Pure: no db.
 *
 * @module
 */
import { namedDepartments } from './department-directory.ts';

/** Collective units that stand for every township government. */
export const allTownshipUnits: readonly string[] = ['各乡镇（街道）', '相关乡镇（街道）'];

const idByName = new Map(namedDepartments.map((d) => [d.name, d.id]));

/**
 * The departments a unit name stands for: one named department, every township government for 各乡镇（街道） and
 * 相关乡镇（街道）, or null for a unit that is no department (相关企业, 区…领导组成员单位 and other collectives:
 * listed as unmapped text).
 *
 * @example
 * departmentsOfUnit('区住建局', ['township-140902001']); // ['housing']
 * departmentsOfUnit('相关企业', ['township-140902001']); // null
 */
export function departmentsOfUnit(unit: string, townshipDepartmentIds: readonly string[]): string[] | null {
  const name = unit.trim();
  const id = idByName.get(name);
  if (id) return [id];
  if (allTownshipUnits.includes(name)) return [...townshipDepartmentIds];
  return null;
}

/** A task's units by role, as plan_tasks holds them. */
export interface TaskUnits {
  number: number;
  leadUnits: readonly string[];
  cooperatingUnits: readonly string[];
  responsibleUnits: readonly string[];
}

/** One task_departments row. */
export interface TaskDepartmentRow {
  task: number;
  department_id: string;
  role: 'lead' | 'cooperating' | 'responsible';
}

/** A unit that names no department. */
export interface UnmappedUnit {
  task: number;
  role: TaskDepartmentRow['role'];
  unit: string;
}

/**
 * The task_departments rows of `tasks` (each task, role and department once, in the plan's order) and the units
 * that name no department.
 */
export function taskDepartmentRows(
  tasks: readonly TaskUnits[],
  townshipDepartmentIds: readonly string[],
): { rows: TaskDepartmentRow[]; unmapped: UnmappedUnit[] } {
  const rows: TaskDepartmentRow[] = [];
  const unmapped: UnmappedUnit[] = [];
  for (const task of tasks) {
    const byRole = [
      ['lead', task.leadUnits],
      ['cooperating', task.cooperatingUnits],
      ['responsible', task.responsibleUnits],
    ] as const;
    for (const [role, units] of byRole) {
      const seen = new Set<string>();
      for (const unit of units) {
        const ids = departmentsOfUnit(unit, townshipDepartmentIds);
        if (!ids) {
          unmapped.push({ task: task.number, role, unit });
          continue;
        }
        for (const id of ids) {
          if (seen.has(id)) continue;
          seen.add(id);
          rows.push({ task: task.number, department_id: id, role });
        }
      }
    }
  }
  return { rows, unmapped };
}
