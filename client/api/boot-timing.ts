/**
 * The console's first-render milestones as User Timing marks (`performance.mark('lantian:<step>')`), each set once,
 * the first time it happens: what `npm run bench -- client` reads to split the time from navigation to every layer
 * drawn (network, JS parse and evaluation, data, map style, deck.gl, draw). Marks cost about a microsecond and are
 * visible in the browser's performance panel too.
 *
 * @module
 */

/** The steps, in the order they normally happen. */
export const bootSteps = [
  /** startConsole ran: the session is known and the modules are evaluated. */
  'console-start',
  /** The first-view data (GET /api/bootstrap) is asked for. */
  'data-requested',
  /** Its body is parsed into the console's data. */
  'data-parsed',
  /**
   * Every layer of the first view is on screen (`body[data-first-paint="true"]`): the 2D picture painted before the
   * map's code is loaded (client/map/first-view-canvas.ts), or the WebGL map's first frame when there is none.
   */
  'first-paint',
  /** MapLibre's style is loaded (the basemap can draw). */
  'map-loaded',
  /** deck.gl has its WebGL context (the overlay is initialised). */
  'deck-initialised',
  /** The WebGL map's first frame with every visible layer (`body[data-layers-drawn="true"]`): the map is live. */
  'first-draw',
] as const;
export type BootStep = (typeof bootSteps)[number];

/** The mark name of a step. */
export const bootMarkName = (step: BootStep): string => `lantian:${step}`;

const done = new Set<BootStep>();

/** Marks `step` the first time it is reached (later calls do nothing). */
export function markBoot(step: BootStep): void {
  if (done.has(step)) return;
  done.add(step);
  performance.mark(bootMarkName(step));
}
