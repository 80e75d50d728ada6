// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { AlertGroup, taskUnits } from '../../client/views/alerts/alert-group.tsx';
import type { RowContext } from '../../client/views/alerts/alert-row.tsx';
import { createAssigneeCache } from '../../client/views/alerts/use-assignees.ts';
import type { Plan } from '../../server/schema/plan.ts';
import { ledgerAlert } from './alerts-fixtures.ts';

const plan = JSON.parse(readFileSync(join(import.meta.dirname, '../../seeds/plan/plan.json'), 'utf8')) as Plan;
const task = (n: number) => plan.tasks.find((t) => t.number === n);

const context = (lang: 'zh' | 'en'): RowContext => ({
  lang,
  entityName: (_layer, id) => id,
  townshipName: () => '庄磨镇',
  showEntity: () => undefined,
  assignees: createAssigneeCache(),
  send: async () => null,
});
const mount = (lang: 'zh' | 'en', n: number) => {
  const { leadUnits, responsible } = taskUnits(task(n));
  const hit = ledgerAlert(1, { rule: 'gate-not-networked', task: n, layer: 'enterprises', entityId: 'E0001' });
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <AlertGroup
        rule="gate-not-networked"
        hits={[hit]}
        leadUnits={leadUnits}
        responsible={responsible}
        context={context(lang)}
      />,
      root,
    ),
  );
  return root.querySelector('[data-task-units]');
};
afterEach(() => document.body.replaceChildren());

describe('告警 groups name a task’s units under the right label (E11)', () => {
  it('tasks 16 and 6 have no 牵头单位: their 责任单位 are labelled 责任单位, not 牵头', () => {
    expect(task(16)?.leadUnits).toEqual([]);
    const units = mount('zh', 16);
    expect(units?.getAttribute('data-task-units')).toBe('responsible');
    expect(units?.textContent).toBe('责任单位：市生态环境局忻府分局、区交通局、区市场监管局');
    expect(units?.textContent).not.toContain('牵头');
    expect(mount('zh', 6)?.textContent).toBe(`责任单位：${task(6)?.responsibleUnits.join('、')}`);
    expect(mount('en', 16)?.textContent).toMatch(/^Responsible: 市生态环境局忻府分局/);
  });

  it('a task with a 牵头单位 keeps the 牵头 label', () => {
    const lead = task(14)?.leadUnits ?? [];
    expect(lead.length).toBeGreaterThan(0);
    const units = mount('zh', 14);
    expect(units?.getAttribute('data-task-units')).toBe('lead');
    expect(units?.textContent).toBe(`牵头：${lead.join('、')}`);
  });

  it('taskUnits: lead units first, the responsible units only when there is no lead, nothing for no task', () => {
    expect(taskUnits({ leadUnits: ['甲'], responsibleUnits: ['乙'] })).toEqual({ leadUnits: '甲', responsible: false });
    expect(taskUnits({ leadUnits: [], responsibleUnits: ['乙', '丙'] })).toEqual({
      leadUnits: '乙、丙',
      responsible: true,
    });
    expect(taskUnits(undefined)).toEqual({ leadUnits: '', responsible: false });
  });
});
