import { liveMessages } from '../i18n/live.ts';
import { h } from '../panels/dom.ts';
import type { Language } from '../state/app-state.ts';

/** What the 实时 control shows. */
export interface LiveControlState {
  lang: Language;
  live: boolean;
  /** The newest present when it moved past the shown moment (「有新数据」), else null. */
  newData: string | null;
  /** The event stream is down and the browser is reconnecting. */
  lost: boolean;
}

/** The 实时 control beside the as-of input: a toggle, and the 「有新数据」 marker outside 实时. */
export interface LiveControl {
  element: HTMLElement;
  render(state: LiveControlState): void;
}

/**
 * Builds the 实时 toggle (`aria-pressed`, `data-action="live"`) and the discreet 「有新数据」 marker
 * (`data-new-data`, shown only outside 实时 when the present moved; a click goes to the newest).
 *
 * @example
 * const control = createLiveControl({ onToggle: () => …, onJump: () => … });
 * asOf.append(control.element);
 * control.render({ lang: 'zh', live: false, newData: null, lost: false });
 */
export function createLiveControl(handlers: { onToggle: () => void; onJump: () => void }): LiveControl {
  const toggle = h('button', { type: 'button', class: 'live-toggle', 'data-action': 'live', 'aria-pressed': 'false' });
  const dot = h('span', { class: 'live-dot', 'aria-hidden': 'true' });
  const label = h('span', {});
  toggle.append(dot, label);
  const marker = h('button', { type: 'button', class: 'new-data', 'data-new-data': '', hidden: true });
  toggle.addEventListener('click', handlers.onToggle);
  marker.addEventListener('click', handlers.onJump);
  const element = h('span', { class: 'live-control' }, toggle, marker);
  return {
    element,
    render({ lang, live, newData, lost }) {
      const m = liveMessages(lang);
      label.textContent = m.live;
      toggle.setAttribute('aria-pressed', String(live));
      toggle.classList.toggle('on', live);
      toggle.classList.toggle('lost', live && lost);
      toggle.title = lost && live ? m.liveLost : live ? m.liveOnTitle : m.liveOffTitle;
      marker.hidden = live || newData === null;
      marker.textContent = m.newData;
      marker.title = newData ? m.newDataTitle(newData) : '';
    },
  };
}
