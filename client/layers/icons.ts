/**
 * Point symbols as small SVG images (ui.md symbology): the shape says what a feature is and,
 * with a cut-out cross, that it is in breach, so colour is never the only carrier of meaning.
 * Each (shape, colour) pair becomes one image with a white halo; deck.gl packs them into an atlas.
 */
export type Shape =
  | 'circle'
  | 'square'
  | 'square-cross'
  | 'triangle'
  | 'triangle-cross'
  | 'triangle-hollow'
  | 'diamond'
  | 'diamond-cross'
  | 'fuel'
  | 'truck'
  | 'truck-cross'
  | 'car'
  | 'car-cross'
  | 'hexagon'
  | 'house'
  | 'house-cross'
  | 'mound'
  | 'mound-cross'
  | 'mound-hollow'
  // issue 17: public reports (a map pin), fuel samples (a drop)
  | 'pin'
  | 'pin-hollow'
  | 'drop'
  | 'drop-cross'
  | 'drop-hollow'
  // issue 18: a cluster disc, thick red-ringed with a cross when it holds problems
  | 'cluster'
  | 'cluster-problem';

export const ICON_SIZE = 48;

const shapes: Record<Shape, string> = {
  circle: '<circle cx="24" cy="24" r="17"/>',
  square: '<rect x="8" y="8" width="32" height="32" rx="2"/>',
  'square-cross':
    '<path fill-rule="evenodd" d="M8 8h32v32H8z ' +
    'M14 17.5l3.5-3.5 6.5 6.5 6.5-6.5 3.5 3.5-6.5 6.5 6.5 6.5-3.5 3.5-6.5-6.5-6.5 6.5-3.5-3.5 6.5-6.5z"/>',
  triangle: '<path d="M24 5 L43 40 H5 Z"/>',
  'triangle-cross':
    '<path fill-rule="evenodd" d="M24 5 L43 40 H5 Z ' +
    'M16.5 23.5l3-3 4.5 4.5 4.5-4.5 3 3-4.5 4.5 4.5 4.5-3 3-4.5-4.5-4.5 4.5-3-3 4.5-4.5z"/>',
  'triangle-hollow': '<path fill-rule="evenodd" d="M24 5 L43 40 H5 Z M24 19 L33 34 H15 Z"/>',
  diamond: '<path d="M24 4 L44 24 L24 44 L4 24 Z"/>',
  'diamond-cross':
    '<path fill-rule="evenodd" d="M24 4 L44 24 L24 44 L4 24 Z ' +
    'M15.5 18.5l3-3 5.5 5.5 5.5-5.5 3 3-5.5 5.5 5.5 5.5-3 3-5.5-5.5-5.5 5.5-3-3 5.5-5.5z"/>',
  fuel:
    '<path fill-rule="evenodd" d="M10 8h20v34H10z M14 12v10h12V12z ' +
    'M30 16h4l4 4v16a3 3 0 0 1-6 0v-8h-2v-4h5v12h1V21l-3-3h-3z"/>',
  // issue 16: muck trucks, vehicles, checkpoints, repair shops, stockyards
  truck: '<path d="M3 10h26v22H3z M29 17h9l7 8v7H29z"/><circle cx="11" cy="36" r="5"/><circle cx="37" cy="36" r="5"/>',
  'truck-cross':
    '<path fill-rule="evenodd" d="M3 10h26v22H3z ' +
    'M9.5 15.5l2.5-2.5 4 4 4-4 2.5 2.5-4 4 4 4-2.5 2.5-4-4-4 4-2.5-2.5 4-4z ' +
    'M29 17h9l7 8v7H29z"/><circle cx="11" cy="36" r="5"/><circle cx="37" cy="36" r="5"/>',
  car: '<path d="M5 24l6-12h26l6 12v10H5z"/><circle cx="14" cy="36" r="5"/><circle cx="34" cy="36" r="5"/>',
  'car-cross':
    '<path fill-rule="evenodd" d="M5 24l6-12h26l6 12v10H5z ' +
    'M18.5 17.5l2.5-2.5 3 3 3-3 2.5 2.5-3 3 3 3-2.5 2.5-3-3-3 3-2.5-2.5 3-3z"/>' +
    '<circle cx="14" cy="36" r="5"/><circle cx="34" cy="36" r="5"/>',
  hexagon: '<path d="M24 3l18 10.5v21L24 45 6 34.5v-21z"/>',
  house: '<path d="M24 4 L44 21 V43 H4 V21 Z"/>',
  'house-cross':
    '<path fill-rule="evenodd" d="M24 4 L44 21 V43 H4 V21 Z ' +
    'M15.5 24.5l3-3 5.5 5.5 5.5-5.5 3 3-5.5 5.5 5.5 5.5-3 3-5.5-5.5-5.5 5.5-3-3 5.5-5.5z"/>',
  mound: '<path d="M3 40 C10 12 38 12 45 40 Z"/>',
  'mound-cross':
    '<path fill-rule="evenodd" d="M3 40 C10 12 38 12 45 40 Z ' +
    'M16.5 24.5l3-3 4.5 4.5 4.5-4.5 3 3-4.5 4.5 4.5 4.5-3 3-4.5-4.5-4.5 4.5-3-3 4.5-4.5z"/>',
  'mound-hollow': '<path fill-rule="evenodd" d="M3 40 C10 12 38 12 45 40 Z M14 35 C18 24 30 24 34 35 Z"/>',
  // issue 17: a pin with its hole for a public report, hollow when rejected; a drop for a fuel sample, crossed when
  // it failed, hollow while its result is pending
  pin:
    '<path fill-rule="evenodd" d="M24 2C15 2 8 9 8 18c0 11 16 28 16 28s16-17 16-28C40 9 33 2 24 2z ' +
    'M24 12a6 6 0 1 0 0.01 0z"/>',
  'pin-hollow':
    '<path fill-rule="evenodd" d="M24 2C15 2 8 9 8 18c0 11 16 28 16 28s16-17 16-28C40 9 33 2 24 2z ' +
    'M24 9c-5 0-10 4-10 9 0 7 10 19 10 19s10-12 10-19c0-5-5-9-10-9z"/>',
  drop: '<path d="M24 3S9 20 9 30a15 15 0 0 0 30 0C39 20 24 3 24 3z"/>',
  'drop-cross':
    '<path fill-rule="evenodd" d="M24 3S9 20 9 30a15 15 0 0 0 30 0C39 20 24 3 24 3z ' +
    'M17.5 26.5l3-3 3.5 3.5 3.5-3.5 3 3-3.5 3.5 3.5 3.5-3 3-3.5-3.5-3.5 3.5-3-3 3.5-3.5z"/>',
  'drop-hollow':
    '<path fill-rule="evenodd" d="M24 3S9 20 9 30a15 15 0 0 0 30 0C39 20 24 3 24 3z ' +
    'M24 17s-8 9-8 14a8 8 0 0 0 16 0c0-5-8-14-8-14z"/>',
  cluster: '<circle cx="24" cy="24" r="18"/>',
  'cluster-problem':
    '<circle cx="24" cy="24" r="17" stroke="#e03131" stroke-width="6"/>' +
    '<path fill="#ffffff" stroke="none" ' +
    'd="M17.5 20.5l3-3 3.5 3.5 3.5-3.5 3 3-3.5 3.5 3.5 3.5-3 3-3.5-3.5-3.5 3.5-3-3 3.5-3.5z"/>',
};

/** An SVG data URL of `shape` filled with `color` (CSS colour), white halo. */
export function iconUrl(shape: Shape, color: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" ` +
    `width="${ICON_SIZE}" height="${ICON_SIZE}" viewBox="0 0 48 48">` +
    `<g fill="${color}" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">` +
    `${shapes[shape]}</g></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The deck.gl IconLayer icon object for a shape and colour. */
export function iconFor(shape: Shape, color: string) {
  return {
    id: `${shape}-${color}`,
    url: iconUrl(shape, color),
    width: ICON_SIZE,
    height: ICON_SIZE,
    // a pin (issue 17) points at its place with its tip
    anchorY: shape === 'pin' || shape === 'pin-hollow' ? 46 : ICON_SIZE / 2,
    mask: false,
  };
}

/** A grade badge (A–D) as a small circle with the letter. */
export function gradeBadgeIcon(grade: string, color: string) {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" ` +
    `width="32" height="32" viewBox="0 0 32 32">` +
    `<circle cx="16" cy="16" r="13" fill="${color}" stroke="#fff" stroke-width="3"/>` +
    `<text x="16" y="21.5" font-size="16" font-weight="700" ` +
    `font-family="Arial, sans-serif" text-anchor="middle" fill="#fff">` +
    `${grade}</text></svg>`;
  return {
    id: `grade-${grade}`,
    url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
    width: 32,
    height: 32,
    anchorY: 16,
    mask: false,
  };
}
