// A component test in Node with a happy-dom document (installDom): the API is the real app, served in process.
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ViewMount } from '../../client/app.ts';
import { createApp } from '../../server/app.ts';
import type { TasksResponse } from '../../server/schema/tasks.ts';
import { toCstMinute } from '../../server/time/cst.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { createTestConsole, installDom, readableLines, waitFor } from '../helpers/console-context.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let caller: Caller;
let dom: ReturnType<typeof installDom>;
let mountTasksView: ViewMount;
let dispose: (() => void) | null = null;

beforeAll(async () => {
  seeded = createSeededDbFile({ scale: 0.25 });
  caller = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
  const patched = await caller.request('/api/tasks/7', {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status: 'in-progress', progressNote: '二十里铺村改造过半' }),
  });
  expect(patched.status).toBe(200);
  dom = installDom();
  ({ mountTasksView } = await import('../../client/views/tasks/tasks-view.tsx'));
}, 60_000);
afterAll(() => {
  dom.uninstall();
  seeded.dispose();
});
afterEach(() => {
  act(() => dispose?.());
  dispose = null;
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

async function mountTasks(state: Parameters<typeof createTestConsole>[1]) {
  const harness = await createTestConsole(caller, { view: 'tasks', ...state });
  act(() => {
    dispose = mountTasksView(harness.context);
  });
  await waitFor(() => expect(harness.context.panel.querySelector('[data-task="17"]')).not.toBeNull());
  return harness;
}

describe('任务 view (component)', () => {
  it('shows no English in Chinese: statuses and history as labels, history times in China Standard Time', async () => {
    const { context } = await mountTasks({});
    for (const details of context.panel.querySelectorAll('details')) details.setAttribute('open', '');
    // the test account's user name (a name, like the demo accounts'), and the plan's own acronyms quoted verbatim
    const allowed = new Set([...caller.user.username.split('-'), 'LDAR', 'OBD']);
    const lines = readableLines(context.panel);
    expect(lines.flatMap((line) => englishLeaks(line).filter((word) => !allowed.has(word)))).toEqual([]);
    const body = (await (await caller.request('/api/tasks')).json()) as TasksResponse;
    const event = body.tasks.find((t) => t.number === 7)?.history.at(-1);
    expect(event?.at).toMatch(/Z$/);
    const history = context.panel.querySelector('[data-task="7"] .alert-history li')?.textContent ?? '';
    const at = toCstMinute(new Date(event?.at ?? '')).replace('T', ' ');
    expect(history).toBe(`${at} · ${caller.user.username} · 推进中 · 二十里铺村改造过半`);
    expect(context.panel.querySelectorAll('[data-task]').length).toBe(17);
  }, 30_000);

  it('English mode shows the English titles and labels', async () => {
    const { context } = await mountTasks({ lang: 'en' });
    expect(context.panel.querySelector('h2')?.textContent).toMatch(/^Key tasks \(as of /);
    expect(context.panel.querySelector('[data-task="7"] .alert-history li')?.textContent).toContain('in progress');
    expect(context.panel.querySelector('[data-task="10"]')?.textContent).toContain('Lead: ');
  }, 30_000);

  it('shows the plan’s dates, 未按期（力争） apart from 逾期, 已完成 in conflict with the rules', async () => {
    const { context } = await mountTasks({});
    const q = (selector: string) => context.panel.querySelector(selector)?.textContent ?? '';
    expect(q('[data-task="3"] [data-deadline="strive"]')).toContain('时限 2023-06-30（力争）：力争2023年6月底前');
    expect(q('[data-task="3"] .status')).toBe('未按期（力争）');
    expect(context.panel.querySelector('[data-task="3"] .status')?.getAttribute('data-late')).toBe('missed-strive');
    expect(q('[data-task="14"] [data-schedule]')).toContain('管控时段 5–9月 每日10–16时：5-9月每日10-16时');
    expect(q('[data-task="15"] [data-period]')).toContain('期间 2023-10-01 — 2024-03-31（约定）');
    expect(q('[data-task="15"] [data-period]')).toContain('约定：规划未写起止日期');
    const body = (await (await caller.request('/api/tasks')).json()) as TasksResponse;
    const open13 = body.tasks.find((t) => t.number === 13)?.conflict[0]?.openHits ?? 0;
    expect(open13).toBeGreaterThan(0);
    expect(q('[data-task="13"] .status')).toBe(`已完成（与规则结果冲突：${open13}项未办结）`);
    expect(q('[data-conflict="13"]')).toContain(`活性炭未按期更换 ${open13} 项未办结`);
  }, 30_000);

  it('asks for a note before setting 已完成 against open rule hits, and keeps it in the history', async () => {
    const { context } = await mountTasks({});
    const save = context.panel.querySelector<HTMLButtonElement>('[data-task-save="13"]');
    const note = context.panel.querySelector<HTMLInputElement>('[data-task-conflict-note="13"]');
    if (!save || !note) throw new Error('no save button or conflict note for task 13');
    expect(context.panel.querySelector('[data-conflict-pending="13"]')?.textContent).toContain('须填写冲突说明');
    expect(save.disabled).toBe(true);
    // a task without deadline rules asks for no note
    expect(context.panel.querySelector('[data-task-conflict-note="7"]')).toBeNull();
    act(() => {
      note.value = '剩余企业已完成更换，台账待补录';
      note.dispatchEvent(new dom.window.Event('input', { bubbles: true }) as unknown as Event);
    });
    expect(save.disabled).toBe(false);
    act(() => save.click());
    await waitFor(() =>
      expect(context.panel.querySelector('[data-task="13"] .alert-history li')?.textContent).toContain(
        '冲突说明：剩余企业已完成更换，台账待补录',
      ),
    );
  }, 30_000);

  it('keeps a typed progress note when the list reloads for a new as-of', async () => {
    const { context, paths } = await mountTasks({});
    const note = context.panel.querySelector<HTMLInputElement>('[data-task-note="3"]');
    if (!note) throw new Error('no note input');
    act(() => {
      note.value = '正在核查';
      note.dispatchEvent(new dom.window.Event('input', { bubbles: true }) as unknown as Event);
    });
    const before = paths.length;
    act(() => context.store.update({ asOf: '2023-06-01T12:00' }));
    await waitFor(() => expect(paths.length).toBeGreaterThan(before));
    await waitFor(() => expect(context.panel.querySelector('h2')?.textContent).toContain('2023-06-01 12:00'));
    expect(context.panel.querySelector<HTMLInputElement>('[data-task-note="3"]')).toBe(note);
    expect(note.value).toBe('正在核查');
  }, 30_000);
});
