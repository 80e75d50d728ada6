/**
 * The console (map, layers, views' frame) and its styles: loaded by client/main.ts with a dynamic `import()` once
 * the session is known, so the sign-in page loads none of maplibre-gl, deck.gl or the views.
 */
import 'maplibre-gl/dist/maplibre-gl.css';

export { startConsole } from './app.ts';
