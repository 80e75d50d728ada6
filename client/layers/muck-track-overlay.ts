/**
 * The muck-truck track shown from a truck's details (查看轨迹): one track at a time, drawn by `buildDeckLayers` while
 * its truck stays selected. The app listens to redraw (and fit the map) when a track arrives or goes.
 *
 * @module
 */
import type { MuckTrackResponse } from '../../server/schema/muck-track.ts';

let shown: MuckTrackResponse | null = null;
const listeners = new Set<(track: MuckTrackResponse | null) => void>();

/** The track on the map, or null. */
export function shownMuckTrack(): MuckTrackResponse | null {
  return shown;
}

/** Shows `track` (null: none) and tells the listeners. */
export function showMuckTrack(track: MuckTrackResponse | null): void {
  shown = track;
  for (const listener of listeners) listener(track);
}

/** Calls `listener` whenever the shown track changes; returns the unsubscribe. */
export function onMuckTrackChange(listener: (track: MuckTrackResponse | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
