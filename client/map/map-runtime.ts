/**
 * The map's code: maplibre-gl and deck.gl and what builds their layers, in one module that client/app.ts imports
 * on demand once the first view is drawn in 2D (issue 18: the console's first view needs neither library, so its
 * code is a small part of what a signed-in page loads before it shows every layer).
 *
 * @module
 */
export { createConsoleMap } from './create-map.ts';
export { buildDeckLayers } from '../layers/build-deck-layers.ts';
export { airSurfaceLayers } from '../layers/air-surface/air-surface-layers.ts';
export { machineDensityLayers } from '../layers/machine-density-layers.ts';
