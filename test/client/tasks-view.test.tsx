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
