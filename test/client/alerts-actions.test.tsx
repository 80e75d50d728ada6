// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { AlertActions, type SendAlertAction } from '../../client/views/alerts/alert-actions.tsx';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { ledgerAlert } from './alerts-fixtures.ts';

const assignees = [
  { username: 'zhangsan', displayName: '张三' },
  { username: 'lisi', displayName: '李四' },
];

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}
const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
function type(input: HTMLInputElement | HTMLSelectElement, value: string, event: 'input' | 'change' = 'input') {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

describe('alert actions', () => {
  it('picks the assignee from the accounts, by display name, and sends the login', async () => {
    const send = vi.fn<SendAlertAction>(async () => null);
    const root = mount(<AlertActions alert={ledgerAlert(1)} lang="zh" assignees={assignees} send={send} />);
    const select = root.querySelector('[data-input="assignee"]') as HTMLSelectElement;
    expect(select.tagName).toBe('SELECT');
    expect([...select.options].map((o) => o.textContent)).toEqual(['指派给', '张三', '李四']);
    type(select, 'lisi', 'change');
    act(() => (root.querySelector('[data-act="assign"]') as HTMLButtonElement).click());
    await flush();
    expect(send).toHaveBeenCalledWith(1, { action: 'assign', body: { assignee: 'lisi' } });
    expect(root.querySelector('[data-action-error]')).toBeNull();
  });

  it('catches an empty 指派 before sending, with a Chinese message beside the field', async () => {
    const send = vi.fn<SendAlertAction>(async () => null);
    const root = mount(<AlertActions alert={ledgerAlert(2)} lang="zh" assignees={assignees} send={send} />);
    act(() => (root.querySelector('[data-act="assign"]') as HTMLButtonElement).click());
    await flush();
    expect(send).not.toHaveBeenCalled();
    const error = root.querySelector('[data-control="assign"] [data-action-error="assign"]');
    expect(error?.textContent).toBe('请选择指派对象');
    // beside the select and its button, in the same control
    expect(error?.parentElement?.querySelector('[data-input="assignee"]')).not.toBeNull();
  });

  it('says so beside the field when the township has no inspector account', async () => {
    const send = vi.fn<SendAlertAction>(async () => null);
    const root = mount(<AlertActions alert={ledgerAlert(3)} lang="zh" assignees={[]} send={send} />);
    expect(root.querySelector('[data-input="assignee"] option')?.textContent).toBe('该乡镇暂无巡查员账号');
    act(() => (root.querySelector('[data-act="assign"]') as HTMLButtonElement).click());
    expect(root.querySelector('[data-action-error="assign"]')?.textContent).toBe('该乡镇暂无巡查员账号');
    expect(send).not.toHaveBeenCalled();
  });

  it('shows a failure beside the control that caused it, in Chinese, never the server’s English', async () => {
    const send = vi.fn<SendAlertAction>(async () => ({
      code: 'invalid_request',
      message: 'note: say what was done',
      status: 400,
    }));
    const alert = ledgerAlert(4, { status: 'assigned', assignee: 'zhangsan' });
    const root = mount(<AlertActions alert={alert} lang="zh" assignees={assignees} send={send} />);
    const empty = root.querySelector('[data-act="resolve"]') as HTMLButtonElement;
    act(() => empty.click());
    expect(root.querySelector('[data-control="resolve"] [data-action-error="resolve"]')?.textContent).toBe(
      '请填写处置情况',
    );
    type(root.querySelector('[data-control="resolve"] [data-input="note"]') as HTMLInputElement, '已撤出');
    act(() => empty.click());
    await flush();
    expect(send).toHaveBeenCalledWith(4, { action: 'resolve', body: { note: '已撤出' } });
    const error = root.querySelector('[data-control="resolve"] [data-action-error="resolve"]');
    expect(error?.textContent).toBe('操作失败：请求无效');
    expect(englishLeaks(root.textContent ?? '')).toEqual([]);
    expect(root.querySelector('[data-control="assign"] [data-action-error]')).toBeNull();
    // what was typed stays for another try
    expect((root.querySelector('[data-control="resolve"] [data-input="note"]') as HTMLInputElement).value).toBe(
      '已撤出',
    );
  });

  it('words the server’s own sentence in the user’s language', async () => {
    const send = vi.fn<SendAlertAction>(async () => ({
      code: 'conflict',
      message: 'alert 5: inspector resolved this alert, so another user must verify it (four eyes)',
      text: { zh: '您办结了此告警，须由他人核验', en: 'you resolved this alert; another user must verify it' },
      status: 409,
    }));
    const alert = ledgerAlert(5, { status: 'resolved', assignee: 'zhangsan' });
    const root = mount(<AlertActions alert={alert} lang="zh" assignees={assignees} send={send} />);
    act(() => (root.querySelector('[data-act="verify"]') as HTMLButtonElement).click());
    await flush();
    expect(root.querySelector('[data-action-error="verify"]')?.textContent).toBe(
      '操作失败：您办结了此告警，须由他人核验',
    );
    expect(root.querySelector('[data-action-error="reopen"]')).toBeNull();
  });
});
