// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { loadFailure } from '../../client/components/load-failure.tsx';
import { dustMessages } from '../../client/i18n/dust.ts';

describe('loadFailure', () => {
  it('says what failed in the view’s words and reloads on 重试', () => {
    const root = document.createElement('div');
    let reloads = 0;
    const failure = loadFailure(dustMessages('zh'));
    act(() => {
      render(
        failure('服务器错误', () => {
          reloads += 1;
        }),
        root,
      );
    });
    expect(root.querySelector('p.error')?.textContent).toBe('加载失败：服务器错误 重试');
    act(() => root.querySelector('button')?.click());
    expect(reloads).toBe(1);
  });
});
