import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namedDepartments, townshipGovernment } from '../../server/departments/department-directory.ts';
import { departmentsOfUnit, taskDepartmentRows } from '../../server/departments/unit-departments.ts';

interface PlanTask {
  number: number;
  leadUnits: string[];
  cooperatingUnits: string[];
  responsibleUnits: string[];
}
const plan = JSON.parse(readFileSync('seeds/plan/plan.json', 'utf8')) as { tasks: PlanTask[] };
const townshipIds = ['township-140902001', 'township-140902100'];
/** The collectives that name no department (listed as unmapped text). */
const collectives = [
  '相关企业',
  '各相关企业',
  '相关企事业单位',
  '各相关企事业单位',
  '区清洁取暖工作领导小组其他成员单位',
  '区大气污染防治工作领导组成员单位',
];

describe('the plan units as departments', () => {
  const units = [...new Set(plan.tasks.flatMap((t) => [...t.leadUnits, ...t.cooperatingUnits, ...t.responsibleUnits]))];

  it('maps every unit string of seeds/plan/plan.json: a named department, every township, or unmapped', () => {
    expect(units.length).toBeGreaterThan(15);
    for (const unit of units) {
      const ids = departmentsOfUnit(unit, townshipIds);
      if (collectives.includes(unit)) expect(ids, unit).toBeNull();
      else if (unit === '各乡镇（街道）' || unit === '相关乡镇（街道）') expect(ids, unit).toEqual(townshipIds);
      else expect(ids?.length, unit).toBe(1);
    }
  });

  it('names each fixed department id once, with its plan name', () => {
    const byName = Object.fromEntries(namedDepartments.map((d) => [d.name, d.id]));
    expect(byName).toMatchObject({
      市生态环境局忻府分局: 'eco-env',
      区发改局: 'ndrc',
      区行政审批局: 'approval',
      区能源局: 'energy',
      区市场监管局: 'market',
      市公安局直属分局: 'police-direct',
    });
    expect(new Set(namedDepartments.map((d) => d.id)).size).toBe(14);
    expect(departmentsOfUnit(' 区住建局 ', townshipIds)).toEqual(['housing']);
  });

  it('builds task rows without duplicates and lists the collectives as unmapped', () => {
    const { rows, unmapped } = taskDepartmentRows(plan.tasks, townshipIds);
    const keys = rows.map((r) => `${r.task}|${r.department_id}|${r.role}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows).toContainEqual({ task: 1, department_id: 'ndrc', role: 'lead' });
    expect(rows.filter((r) => r.task === 6).map((r) => r.role)).toEqual(['responsible', 'responsible', 'responsible']);
    expect(unmapped.every((u) => collectives.includes(u.unit))).toBe(true);
    expect(unmapped.length).toBeGreaterThan(0);
  });

  it('names township governments from the township', () => {
    const of = (name: string, kind: 'subdistrict' | 'town' | 'township') =>
      townshipGovernment({ code: '140902001', name, nameEn: 'X', kind }).name;
    expect(of('秀容街道', 'subdistrict')).toBe('秀容街道办事处');
    expect(of('豆罗镇', 'town')).toBe('豆罗镇人民政府');
    expect(of('三交乡', 'township')).toBe('三交乡人民政府');
  });
});
