/** The shown part of a chart's x axis, in percent of the data (0–100). */
export interface ZoomWindow {
  start: number;
  end: number;
}

/** The narrowest window keyboard zoom goes to, in percent (about a week of a year). */
const MIN_SPAN = 2;

/**
 * The window after a key: ← and → pan by a fifth of the window, + (or =) halves it about its middle, − doubles it,
 * 0 shows everything; `null` for any other key. The window stays within 0–100.
 *
 * @example
 * zoomStep({ start: 0, end: 100 }, '+'); // { start: 25, end: 75 }
 * zoomStep({ start: 25, end: 75 }, 'ArrowRight'); // { start: 35, end: 85 }
 */
export function zoomStep(window: ZoomWindow, key: string): ZoomWindow | null {
  const span = window.end - window.start;
  const middle = (window.start + window.end) / 2;
  const clamp = (start: number, width: number): ZoomWindow => {
    const w = Math.min(100, Math.max(MIN_SPAN, width));
    const s = Math.min(100 - w, Math.max(0, start));
    return { start: s, end: s + w };
  };
  switch (key) {
    case 'ArrowLeft':
      return clamp(window.start - span / 5, span);
    case 'ArrowRight':
      return clamp(window.start + span / 5, span);
    case '+':
    case '=':
      return clamp(middle - span / 4, span / 2);
    case '-':
      return clamp(middle - span, span * 2);
    case '0':
      return { start: 0, end: 100 };
    default:
      return null;
  }
}
