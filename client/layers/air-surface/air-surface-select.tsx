import { useEffect, useRef } from 'preact/hooks';
import type { AppState } from '../../state/app-state.ts';
import type { Store } from '../../state/store.ts';
import { airSurfaceBlock } from './air-surface-control.ts';

/** The concentration surface's block (metric choice, legend, method, stations) inside a Preact view (空气). */
export function AirSurfaceSelect({ store }: { store: Store<AppState> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const block = airSurfaceBlock(store);
    ref.current?.append(block);
    return () => block.remove();
  }, [store]);
  return <div class="air-surface-control" ref={ref} />;
}
