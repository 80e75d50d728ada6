import { h } from '../panels/dom.ts';

/** The three heights of the phone's bottom sheet, lowest first. */
export const SHEET_HEIGHTS = ['peek', 'half', 'full'] as const;
export type SheetHeight = (typeof SHEET_HEIGHTS)[number];

/** The next height Enter/Space gives: peek → half → full → peek. */
export function nextSheetHeight(height: SheetHeight): SheetHeight {
  return SHEET_HEIGHTS[(SHEET_HEIGHTS.indexOf(height) + 1) % SHEET_HEIGHTS.length] ?? 'peek';
}

/**
 * The snap height nearest to `px` given the pixel heights of each snap (a drag ends there); a fast flick
 * (|velocity| > 0.5 px/ms) goes one step in its direction instead.
 */
export function snapSheetHeight(px: number, snaps: Record<SheetHeight, number>, velocity = 0): SheetHeight {
  let nearest: SheetHeight = 'peek';
  for (const height of SHEET_HEIGHTS)
    if (Math.abs(snaps[height] - px) < Math.abs(snaps[nearest] - px)) nearest = height;
  if (Math.abs(velocity) <= 0.5) return nearest;
  const below = SHEET_HEIGHTS.filter((s) => snaps[s] < px - 1);
  const above = SHEET_HEIGHTS.filter((s) => snaps[s] > px + 1);
  // velocity > 0: the finger moves up (the sheet grows)
  return velocity > 0 ? (above[0] ?? nearest) : (below[below.length - 1] ?? nearest);
}

export interface BottomSheet {
  /** The handle (a button above the panel): drag it, or Enter/Space/arrows change the height. */
  handle: HTMLButtonElement;
  /** The element carrying `data-sheet` (the height) and, during a drag, an inline height. */
  sheet: HTMLElement;
  set(height: SheetHeight): void;
  get(): SheetHeight;
  /** Rewords the handle's accessible name (the language changed). */
  relabel(label: (height: SheetHeight) => string): void;
}

/**
 * Makes `sheet` a bottom sheet on a phone (CSS decides where it applies: `[data-sheet]` sets the height there). The
 * handle is dragged with touch, pen or mouse (pointer events) and snaps to peek/half/full on release; Enter and
 * Space cycle the heights, ArrowUp/ArrowDown step them.
 */
export function createBottomSheet(sheet: HTMLElement, initial: SheetHeight = 'half'): BottomSheet {
  const handle = h('button', { type: 'button', class: 'sheet-handle', 'data-sheet-handle': '' });
  handle.append(h('span', { class: 'sheet-grip', 'aria-hidden': 'true' }));
  let height: SheetHeight = initial;
  let label: (height: SheetHeight) => string = (value) => value;
  const apply = () => {
    sheet.dataset.sheet = height;
    handle.setAttribute('aria-label', label(height));
  };
  const set = (next: SheetHeight) => {
    height = next;
    sheet.style.removeProperty('height');
    apply();
  };
  // the pixel height of each snap, measured by setting it (the CSS owns the heights)
  const measureSnaps = (): Record<SheetHeight, number> => {
    const inline = sheet.style.height;
    sheet.style.removeProperty('height');
    const snaps = {} as Record<SheetHeight, number>;
    for (const s of SHEET_HEIGHTS) {
      sheet.dataset.sheet = s;
      snaps[s] = sheet.getBoundingClientRect().height;
    }
    sheet.dataset.sheet = height;
    sheet.style.height = inline;
    return snaps;
  };

  let drag: { pointer: number; startY: number; startHeight: number; lastY: number; lastT: number; v: number } | null =
    null;
  let moved = false;
  handle.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    try {
      handle.setPointerCapture(event.pointerId); // the drag goes on when the finger leaves the handle
    } catch {
      // a pointer the browser no longer tracks: the handle's own events still arrive
    }
    const start = sheet.getBoundingClientRect().height;
    drag = {
      pointer: event.pointerId,
      startY: event.clientY,
      startHeight: start,
      lastY: event.clientY,
      lastT: 0,
      v: 0,
    };
    drag.lastT = event.timeStamp;
    moved = false;
    sheet.classList.add('dragging');
  });
  handle.addEventListener('pointermove', (event) => {
    if (!drag || event.pointerId !== drag.pointer) return;
    const dy = event.clientY - drag.startY;
    if (Math.abs(dy) > 4) moved = true;
    if (!moved) return;
    const max = sheet.parentElement?.getBoundingClientRect().height ?? window.innerHeight;
    sheet.style.height = `${Math.max(40, Math.min(max, drag.startHeight - dy))}px`;
    const dt = event.timeStamp - drag.lastT;
    if (dt > 0) drag.v = (drag.lastY - event.clientY) / dt;
    drag.lastY = event.clientY;
    drag.lastT = event.timeStamp;
  });
  const end = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointer) return;
    const current = sheet.getBoundingClientRect().height;
    const velocity = event.timeStamp - drag.lastT < 100 ? drag.v : 0;
    drag = null;
    // measured while `.dragging` still holds the transition off: under a running transition each snap would read as
    // the height the sheet is leaving, and every drag would end at the first snap
    const snaps = moved ? measureSnaps() : null;
    sheet.classList.remove('dragging');
    if (snaps) set(snapSheetHeight(current, snaps, velocity));
  };
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);
  handle.addEventListener('click', (event) => {
    // a drag ends in a click too: only a click without a drag (or Enter/Space, detail 0) cycles the height
    if (moved && event.detail !== 0) {
      moved = false;
      return;
    }
    set(nextSheetHeight(height));
  });
  handle.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowUp' ? 1 : event.key === 'ArrowDown' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(SHEET_HEIGHTS.length - 1, SHEET_HEIGHTS.indexOf(height) + step));
    set(SHEET_HEIGHTS[index] ?? height);
  });
  apply();
  return {
    handle,
    sheet,
    set,
    get: () => height,
    relabel(next) {
      label = next;
      apply();
    },
  };
}
