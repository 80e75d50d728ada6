// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../client/state/app-state.ts';
import { createStore } from '../../client/state/store.ts';
import { useAppState } from '../../client/state/use-app-state.ts';

describe('useAppState', () => {
  it('re-renders on a change of what it selects and only then, keeping the component’s own DOM', () => {
    const store = createStore({ ...defaultState });
    let renders = 0;
    function Lang() {
      renders++;
      const [lang, townships] = useAppState(store, (s) => [s.lang, s.townships] as const);
      return (
        <p>
          {lang} {townships.join(',')} <input data-typed="" />
        </p>
      );
    }
    const root = document.createElement('div');
    act(() => render(<Lang />, root));
    const input = root.querySelector('input') as HTMLInputElement;
    input.value = 'half-typed';
    const before = renders;
    act(() => store.update({ zoom: 12 }));
    expect(renders).toBe(before);
    act(() => store.update({ townships: [...store.get().townships] })); // a new array, the same codes
    expect(renders).toBe(before);
    act(() => store.update({ lang: 'en', townships: ['140902004'] }));
    expect(root.textContent).toBe('en 140902004 ');
    expect(root.querySelector('input')).toBe(input);
    expect(input.value).toBe('half-typed');
    act(() => render(null, root));
    act(() => store.update({ lang: 'zh' })); // unsubscribed: no render after unmount
    expect(root.textContent).toBe('');
  });
});
