import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppState } from './app-state.ts';
import type { Store } from './store.ts';

/**
 * The part of the app state a component reads, kept current: the component re-renders when `select` gives a value
 * that differs (by `Object.is`, or item by item for arrays, nested ones too) and only then. Select primitives or
 * stable references (the store replaces a field's value only when it changes).
 *
 * @example
 * const lang = useAppState(store, (s) => s.lang);
 * const [asOf, townships] = useAppState(store, (s) => [s.asOf, s.townships] as const);
 */
export function useAppState<T>(store: Store<AppState>, select: (state: AppState) => T): T {
  const [value, setValue] = useState(() => select(store.get()));
  const latestSelect = useRef(select);
  latestSelect.current = select; // the newest selector (it may read the component's props) serves every change
  useEffect(() => {
    let current = latestSelect.current(store.get());
    setValue(() => current);
    return store.subscribe((state) => {
      const next = latestSelect.current(state);
      if (sameValue(next, current)) return;
      current = next;
      setValue(() => next);
    });
  }, [store]);
  return value;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
}
