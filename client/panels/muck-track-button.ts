/**
 * 查看轨迹 in a muck truck's details (issue 16, task 11): fetches `GET /api/muck/trucks/:id/track` for the 24 h up to
 * the console's as-of and shows it on the map (`showMuckTrack`: the approved route with its buffer, the fixes, the
 * disposal sites, the violations by kind); a second click hides it. Failures say what failed, with the button to retry.
 *
 * @module
 */
import { muckViolationKindLabels, muckViolationKinds } from '../../server/schema/enums/muck-truck.ts';
import type { MuckTrackResponse } from '../../server/schema/muck-track.ts';
import { failureText } from '../api/failure-text.ts';
import { fetchJson } from '../api/fetch-json.ts';
import { consoleMessages } from '../i18n/messages.ts';
import { iconUrl } from '../layers/icons.ts';
import {
  MUCK_DISPOSAL_COLOR,
  MUCK_ROUTE_COLOR,
  MUCK_TRACK_COLOR,
  muckViolationColors,
} from '../layers/muck-track-style.ts';
import { showMuckTrack, shownMuckTrack } from '../layers/muck-track-overlay.ts';
import type { Language } from '../state/app-state.ts';
import { h } from './dom.ts';

/** The track's address: the window ends at `asOf` (the server's default window is the 24 h before it). */
export function muckTrackPath(truckId: string, asOf: string | undefined): string {
  const q = asOf ? `?to=${encodeURIComponent(asOf)}` : '';
  return `/api/muck/trucks/${encodeURIComponent(truckId)}/track${q}`;
}

/** The block under a muck truck's details: the button, the state line and, once shown, the track's legend. */
export function muckTrackBlock(truckId: string, lang: Language, asOf: string | undefined): HTMLElement {
  const m = consoleMessages(lang);
  const showing = () => shownMuckTrack()?.truckId === truckId;
  const button = h('button', { type: 'button', class: 'link-button', 'data-action': 'show-track' }, '');
  const note = h('p', { class: 'muted', 'data-track-status': '' });
  const legend = h('ul', { class: 'legend track-legend', 'data-track-legend': '' });
  const block = h('div', { class: 'muck-track-block', 'data-muck-track': truckId }, button, note, legend);
  const render = (track: MuckTrackResponse | null) => {
    button.textContent = track ? m.hideTrack : m.showTrack;
    note.textContent = track
      ? m.trackSummary(track.positions.length, track.violations.length, track.from, track.to)
      : '';
    legend.replaceChildren(...(track ? trackLegend(track, lang) : []));
  };
  render(showing() ? shownMuckTrack() : null);
  let busy = false;
  button.addEventListener('click', async () => {
    if (busy) return;
    if (showing()) {
      showMuckTrack(null);
      render(null);
      return;
    }
    busy = true;
    button.setAttribute('aria-busy', 'true');
    note.textContent = m.trackLoading;
    const result = await fetchJson<MuckTrackResponse>(muckTrackPath(truckId, asOf));
    busy = false;
    button.removeAttribute('aria-busy');
    if (!result.ok) {
      note.textContent = m.trackFailed(failureText(lang, result.error));
      note.dataset.error = '';
      return;
    }
    delete note.dataset.error;
    showMuckTrack(result.value);
    render(result.value);
  });
  return block;
}

function row(swatch: HTMLElement, label: string): HTMLElement {
  return h('li', { class: 'legend-entry' }, swatch, h('span', { class: 'legend-label' }, label));
}

/** The legend of a shown track: route, fixes, disposal sites, and each violation kind present. */
function trackLegend(track: MuckTrackResponse, lang: Language): HTMLElement[] {
  const m = consoleMessages(lang);
  const line = (color: string, cls = 'swatch-line') =>
    h('span', { class: `swatch ${cls}`, style: `border-color:${color}` });
  const rows: HTMLElement[] = [];
  if (track.permit) rows.push(row(line(MUCK_ROUTE_COLOR), m.trackLegendRoute));
  if (track.positions.length) rows.push(row(line(MUCK_TRACK_COLOR), m.trackLegendPath));
  if (track.disposalSites.length)
    rows.push(
      row(h('img', { class: 'swatch', src: iconUrl('circle', MUCK_DISPOSAL_COLOR), alt: '' }), m.trackLegendDisposal),
    );
  for (const kind of muckViolationKinds) {
    const n = track.violations.filter((v) => v.kind === kind).length;
    if (!n) continue;
    rows.push(
      row(
        h('img', { class: 'swatch', src: iconUrl('circle', muckViolationColors[kind]), alt: '' }),
        `${muckViolationKindLabels[kind][lang]}${m.inParentheses(String(n))}`,
      ),
    );
  }
  return rows;
}
