/**
 * The URLs of the basemap's bundled geodata (the 14 counties of Xinzhou, with Xinfu 140902, and the rivers): read
 * by the MapLibre style (create-map.ts) and by the first view's 2D picture (client/first-view), which is drawn
 * before maplibre-gl is loaded (issue 18).
 *
 * @module
 */
import countiesUrl from '../../geodata/xinzhou-counties.wgs84.geojson?url';
import riversUrl from '../../geodata/xinzhou-rivers-1to4m.geojson?url';

export const countiesGeojsonUrl: string = countiesUrl;
export const riversGeojsonUrl: string = riversUrl;
