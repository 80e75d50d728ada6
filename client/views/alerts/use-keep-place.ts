import { useCallback, useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/** Where the user is: elements with their places in the window (px from the top), the most precise first. */
interface Place {
  marks: { element: Element; top: number }[];
  /** When it was noted (performance.now()): a mark no render followed soon is stale. */
  at: number;
}

/** How long a mark waits for its render. */
const MARK_LIFETIME_MS = 2_000;

/** An element's top relative to the panel's (px): unchanged by the page above the panel growing or shrinking. */
const topIn = (panel: HTMLElement, element: Element) =>
  element.getBoundingClientRect().top - panel.getBoundingClientRect().top;

/**
 * The place of the user in `panel`: the control he is at (focused, or focused last and still in view) and its row
 * (a control an action replaced is gone after the render; its row stays), and the first row in view.
 */
function placeIn(panel: HTMLElement, lastFocused: Element | null): Place {
  const panelBox = panel.getBoundingClientRect();
  const inView = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.bottom > panelBox.top && box.top < panelBox.bottom;
  };
  const focused = document.activeElement;
  const control =
    focused && focused !== panel && panel.contains(focused)
      ? focused
      : lastFocused?.isConnected && panel.contains(lastFocused) && inView(lastFocused)
        ? lastFocused
        : null;
  const rows = 'li[data-alert], li[data-alert-preview], .alert-group > summary';
  const elements = [
    control,
    control?.closest(rows),
    [...panel.querySelectorAll(rows)].find((el) => el.getBoundingClientRect().bottom > panelBox.top),
  ].filter((el): el is Element => el instanceof Element);
  return { marks: elements.map((element) => ({ element, top: topIn(panel, element) })), at: performance.now() };
}

/**
 * Keeps the user's place in the scrolling `panel` across a re-render: `mark()` before an update (new data, another
 * language or filter) notes where the control he is at (focused, or focused last and in view), or the first row in
 * view, sits; after the render the panel is scrolled so that it sits there again (rows above it may have grown or
 * gone, texts changed language).
 */
export function useKeepPlace(panel: HTMLElement): () => void {
  const marked = useRef<Place | null>(null);
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof Element) lastFocused.current = event.target;
    };
    panel.addEventListener('focusin', onFocus);
    return () => panel.removeEventListener('focusin', onFocus);
  }, [panel]);
  const mark = useCallback(() => {
    const current = marked.current;
    if (!current || performance.now() - current.at > MARK_LIFETIME_MS)
      marked.current = placeIn(panel, lastFocused.current);
  }, [panel]);
  useLayoutEffect(() => {
    const place = marked.current;
    marked.current = null;
    if (!place || performance.now() - place.at > MARK_LIFETIME_MS) return;
    const mark = place.marks.find((m) => m.element.isConnected);
    if (!mark) return;
    const shift = topIn(panel, mark.element) - mark.top;
    if (shift !== 0) panel.scrollTop += shift;
  });
  return mark;
}
