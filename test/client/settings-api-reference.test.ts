// @vitest-environment happy-dom
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadSession } from '../../client/api/session.ts';
import { renderSettings } from '../../client/panels/settings-menu.ts';
import { defaultState } from '../../client/state/app-state.ts';
import { createStore } from '../../client/state/store.ts';

const official = { id: 3, username: 'official', displayName: '演示·领导', role: 'official', townships: [] };

/** Answers GET /api/auth/me with `user` (null: signed out). */
async function signedInAs(user: typeof official | null): Promise<void> {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      const body = { user, csrfToken: user ? 't' : null, demo: true, publicRead: true };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }),
  );
  await loadSession();
}
afterAll(() => vi.unstubAllGlobals());

/** The settings popover as rendered for the language `lang`. */
function settings(lang: 'zh' | 'en'): HTMLElement {
  const container = document.createElement('div');
  renderSettings(container, createStore({ ...defaultState, lang }), () => {});
  return container;
}

describe('the settings menu’s link to the API reference (issue 18)', () => {
  it('shows a signed-in user the link to /api/docs, named in both languages, opening a new tab', async () => {
    await signedInAs(official);
    const link = settings('zh').querySelector<HTMLAnchorElement>('a.api-reference-link');
    expect(link?.getAttribute('href')).toBe('/api/docs');
    expect(link?.textContent).toBe('接口文档（API）');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener');
    expect(link?.title).toMatch(/新标签页/);
    expect(settings('en').querySelector('a.api-reference-link')?.textContent).toBe('API reference');
  });

  it('shows an anonymous reader (public read) no link: the server would refuse them', async () => {
    await signedInAs(null);
    expect(settings('zh').querySelector('a.api-reference-link')).toBeNull();
  });
});
