// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { CaseList } from '../../client/views/enforcement/case-list.tsx';
import { allowedSteps, legalSteps } from '../../client/views/enforcement/case-stages.ts';
import { CaseStepForm, stepBody } from '../../client/views/enforcement/case-step-form.tsx';
import { CaseTimeline, caseTimeline } from '../../client/views/enforcement/case-timeline.tsx';
import { fineText } from '../../client/views/enforcement/case-format.ts';
import type { CaseListItem, CaseStep } from '../../server/schema/cases.ts';
import type { CaseStage, CaseStepKind } from '../../server/schema/enums/enforcement-case.ts';

function caseItem(id: number, stage: CaseStage, extra: Partial<CaseListItem> = {}): CaseListItem {
  return {
    id,
    number: `忻府环罚〔2023〕${String(id).padStart(4, '0')}号`,
    origin: 'alert',
    stage,
    entity: { layer: 'enterprises', id: `E${id}`, name: `企业${id}` },
    township: '140902001',
    townshipName: '秀容街道',
    industry: null,
    task: 4,
    departmentId: 'eco-env',
    departmentName: '市生态环境局忻府分局',
    violation: '超标排放',
    openedAt: '2023-11-02T09:00',
    openedBy: '管理员',
    fineYuan: null,
    decidedAt: null,
    rectificationDueOn: null,
    reinspectionResult: null,
    closedAt: null,
    overdue: false,
    links: { alertId: 3, reportTicket: null, sampleNo: null },
    updatedAt: '2023-11-02T09:00',
    provenance: 'synthetic',
    ...extra,
  };
}

let stepId = 0;
const step = (kind: CaseStepKind, at: string, note = ''): CaseStep => ({
  id: ++stepId,
  step: kind,
  at,
  actor: '张三',
  note,
  data: {},
  recordedAt: at,
});

function mount(node: preact.ComponentChild): HTMLElement {
  const host = document.createElement('div');
  act(() => render(node, host));
  return host;
}

describe('the case list', () => {
  it('shows number, entity and layer, township, stage, task, opened and the due date, red when overdue', () => {
    const host = mount(
      <CaseList
        cases={[
          caseItem(1, 'rectifying', { rectificationDueOn: '2023-12-20', overdue: true }),
          caseItem(2, 'investigating'),
        ]}
        total={2}
        lang="zh"
        selectedId={2}
        onSelect={() => {}}
        layerName={(layer) => (layer === 'enterprises' ? '工业企业' : layer)}
      />,
    );
    expect(host.querySelector('[data-case-total]')?.textContent).toBe('共 2 件');
    const rows = host.querySelectorAll('[data-case-row]');
    expect(rows).toHaveLength(2);
    const first = rows[0] as HTMLElement;
    expect(first.textContent).toContain('忻府环罚〔2023〕0001号');
    expect(first.textContent).toContain('企业1');
    expect(first.textContent).toContain('工业企业');
    expect(first.textContent).toContain('秀容街道');
    expect(first.querySelector('[data-stage]')?.textContent).toBe('整改中');
    expect(first.dataset.overdue).toBe('true');
    const due = first.querySelector('[data-due]') as HTMLElement;
    expect(due.className).toContain('overdue');
    expect(due.textContent).toBe('2023-12-20 逾期');
    expect((rows[1] as HTMLElement).className).toBe('selected');
    expect((rows[1] as HTMLElement).querySelector('[data-due]')).toBeNull();
  });

  it('says so when nothing matches', () => {
    const host = mount(
      <CaseList cases={[]} total={0} lang="en" selectedId={null} onSelect={() => {}} layerName={(l) => l} />,
    );
    expect(host.textContent).toBe('No case matches');
  });
});

describe('the case timeline', () => {
  const filed = [step('file', '2023-11-02T09:00')];
  const investigated = [...filed, step('investigate', '2023-11-03T10:00', '现场勘查')];
  const decided = [...investigated, step('decide', '2023-11-10T10:00')];
  const ordered = [...decided, step('order-rectification', '2023-11-11T10:00')];
  const reinspected = [...ordered, step('reinspect', '2023-12-01T10:00')];
  const closed = [...reinspected, step('close', '2023-12-02T10:00')];
  const states = (stage: CaseStage, steps: CaseStep[], passed = false) =>
    caseTimeline({ stage, reinspectionResult: passed ? 'passed' : null }, steps).map((e) => e.state);

  it('ticks done steps, highlights the current one and greys the rest, at every stage', () => {
    expect(states('filed', filed)).toEqual(['done', 'current', 'pending', 'pending', 'pending', 'pending']);
    expect(states('investigating', investigated)).toEqual(['done', 'done', 'current', 'pending', 'pending', 'pending']);
    expect(states('decided', decided)).toEqual(['done', 'done', 'done', 'current', 'pending', 'pending']);
    expect(states('no-penalty', decided)).toEqual(['done', 'done', 'done', 'current', 'pending', 'pending']);
    expect(states('rectifying', ordered)).toEqual(['done', 'done', 'done', 'done', 'current', 'pending']);
    expect(states('rectifying', reinspected, true)).toEqual(['done', 'done', 'done', 'done', 'done', 'current']);
    expect(states('closed', closed, true)).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
  });

  it('keeps a failed re-inspection current, and greys the rectification a case closed without', () => {
    expect(states('rectifying', reinspected)).toEqual(['done', 'done', 'done', 'done', 'current', 'pending']);
    const closedEarly = [...decided, step('close', '2023-11-20T10:00')];
    expect(states('closed', closedEarly)).toEqual(['done', 'done', 'done', 'pending', 'pending', 'done']);
  });

  it('names the decision as taken and shows the date and actor of done steps', () => {
    const noPenalty = [...investigated, step('no-penalty', '2023-11-10T10:00')];
    const host = mount(<CaseTimeline row={caseItem(1, 'no-penalty')} steps={noPenalty} lang="zh" />);
    const decision = host.querySelector('[data-milestone="decision"]') as HTMLElement;
    expect(decision.textContent).toContain('不予处罚');
    expect(decision.className).toContain('milestone-done');
    expect(host.querySelector('[data-milestone="investigate"]')?.textContent).toContain('2023-11-03 10:00 · 张三');
    expect(host.querySelector('[data-milestone="order-rectification"]')?.className).toContain('milestone-current');
    const open = mount(<CaseTimeline row={caseItem(2, 'investigating')} steps={investigated} lang="zh" />);
    expect(open.querySelector('[data-milestone="decision"]')?.textContent).toContain('处罚决定 / 不予处罚');
  });
});

describe('the step forms', () => {
  const everything = () => true;
  const casesOnly = (p: string) => p === 'cases';

  it('offers only the steps legal at each stage', () => {
    expect(legalSteps('filed', false)).toEqual(['investigate', 'note']);
    expect(legalSteps('investigating', false)).toEqual(['decide', 'no-penalty', 'note']);
    expect(legalSteps('decided', false)).toEqual(['order-rectification', 'close', 'note']);
    expect(legalSteps('no-penalty', false)).toEqual(['order-rectification', 'close', 'note']);
    expect(legalSteps('rectifying', false)).toEqual(['reinspect', 'note']);
    expect(legalSteps('rectifying', true)).toEqual(['close', 'note']);
    expect(legalSteps('closed', true)).toEqual([]);
  });

  it('withholds deciding and closing from those without decide', () => {
    expect(allowedSteps('investigating', false, casesOnly)).toEqual(['note']);
    expect(allowedSteps('decided', false, casesOnly)).toEqual(['order-rectification', 'note']);
    expect(allowedSteps('rectifying', true, casesOnly)).toEqual(['note']);
    expect(allowedSteps('investigating', false, everything)).toEqual(['decide', 'no-penalty', 'note']);
    expect(allowedSteps('filed', false, () => false)).toEqual([]);
  });

  it('shows the step buttons of the stage and permission, and a decide form with its fields', () => {
    const send = async () => null;
    const asCases = mount(<CaseStepForm row={caseItem(1, 'investigating')} lang="zh" can={casesOnly} send={send} />);
    expect([...asCases.querySelectorAll('[data-step]')].map((b) => b.getAttribute('data-step'))).toEqual(['note']);
    expect(asCases.querySelector('[data-needs-decide]')).not.toBeNull();
    const asAdmin = mount(<CaseStepForm row={caseItem(1, 'investigating')} lang="zh" can={everything} send={send} />);
    expect([...asAdmin.querySelectorAll('[data-step]')].map((b) => b.textContent)).toEqual([
      '处罚决定',
      '不予处罚',
      '备注',
    ]);
    act(() => (asAdmin.querySelector('[data-step="decide"]') as HTMLButtonElement).click());
    const form = asAdmin.querySelector('[data-step-form="decide"]') as HTMLElement;
    for (const field of ['legalBasis', 'decisionNo', 'fineYuan', 'note'])
      expect(form.querySelector(`[data-field="${field}"]`)).not.toBeNull();
    expect(form.querySelectorAll('[data-measure]').length).toBe(7);
    const closed = mount(<CaseStepForm row={caseItem(1, 'closed')} lang="zh" can={everything} send={send} />);
    expect(closed.innerHTML).toBe('');
  });

  it('says what is missing before sending, and shows the server refusal in words', async () => {
    const sent: unknown[] = [];
    const host = mount(
      <CaseStepForm
        row={caseItem(1, 'filed')}
        lang="zh"
        can={everything}
        send={async (body) => {
          sent.push(body);
          return { code: 'conflict', message: 'x', status: 409, text: { zh: '案件当前为「已结案」', en: 'closed' } };
        }}
      />,
    );
    act(() => (host.querySelector('[data-step="investigate"]') as HTMLButtonElement).click());
    await act(async () => (host.querySelector('[data-submit-step]') as HTMLButtonElement).click());
    expect(host.querySelector('[data-step-error]')?.textContent).toBe('请填写情况说明');
    expect(sent).toEqual([]);
    const note = host.querySelector('[data-field="note"]') as HTMLTextAreaElement;
    act(() => {
      note.value = '现场勘查，废气直排';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => (host.querySelector('[data-submit-step]') as HTMLButtonElement).click());
    expect(sent).toEqual([{ step: 'investigate', note: '现场勘查，废气直排' }]);
    expect(host.querySelector('[data-step-error]')?.textContent).toBe('未能提交：案件当前为「已结案」');
  });

  it('builds each step body as POST /api/cases/:id/steps reads it', () => {
    const fields = {
      note: '',
      legalBasis: '《大气污染防治法》第九十九条',
      decisionNo: '忻府环罚字〔2023〕12号',
      fineYuan: '100000',
      measures: ['order-correct' as const],
      dueOn: '2024-01-15',
      orderText: '安装除尘设施',
      result: 'failed' as const,
    };
    expect(stepBody('decide', fields, 'zh')).toEqual({
      ok: true,
      body: {
        step: 'decide',
        legalBasis: fields.legalBasis,
        decisionNo: fields.decisionNo,
        fineYuan: 100000,
        measures: ['order-correct'],
        note: '',
      },
    });
    expect(stepBody('decide', { ...fields, fineYuan: '-1' }, 'zh')).toEqual({
      ok: false,
      message: '罚款金额须为不小于 0 的数',
    });
    expect(stepBody('order-rectification', fields, 'zh')).toEqual({
      ok: true,
      body: { step: 'order-rectification', dueOn: '2024-01-15', requirement: '安装除尘设施', note: '' },
    });
    expect(stepBody('reinspect', fields, 'zh')).toEqual({
      ok: true,
      body: { step: 'reinspect', result: 'failed', newDueOn: '2024-01-15', note: '' },
    });
    expect(stepBody('reinspect', { ...fields, result: 'passed' }, 'zh')).toEqual({
      ok: true,
      body: { step: 'reinspect', result: 'passed', note: '' },
    });
    expect(stepBody('no-penalty', fields, 'en')).toEqual({ ok: false, message: 'Note is required' });
  });

  it('writes fines in 万元 from 10 000 元', () => {
    expect(fineText('zh', 125000)).toBe('12.50 万元');
    expect(fineText('zh', 8000)).toBe('8,000 元');
    expect(fineText('en', 125000)).toBe('¥125,000');
  });
});
