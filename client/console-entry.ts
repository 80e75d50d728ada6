/**
 * The console (its frame, its first view drawn in 2D, the views' loaders): loaded by client/main.ts with a dynamic
 * `import()` once the session is known, so the sign-in page loads none of it. The map's own code (maplibre-gl and
 * its styles, deck.gl) is imported by client/app.ts in turn, once the first view is on screen.
 */
export { startConsole } from './app.ts';
