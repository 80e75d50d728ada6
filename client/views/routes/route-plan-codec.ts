import { stopLayers, type StopLayer } from '../../../server/schema/enums/stop-layer.ts';

/** A site picked by hand for the route plan. */
export interface PickedSite {
  layer: StopLayer;
  id: string;
}

/** The route planner's inputs a link restores (the layers are `routeLayers` of the app state). */
export interface RoutePlanParams {
  /** Inspectors in the team, 1–5. */
  count: number;
  /** Shift start and end, `HH:mm`. */
  shift: [string, string];
  /** Only places with an open problem. */
  onlyProblems: boolean;
  /** Only inside the area drawn under 分析. */
  useArea: boolean;
  /** Sites picked by hand; when any, they are what is planned. */
  manual: PickedSite[];
}

export const defaultRoutePlan: RoutePlanParams = {
  count: 2,
  shift: ['08:30', '17:30'],
  onlyProblems: true,
  useArea: false,
  manual: [],
};

const CLOCK = /^([01]\d|2[0-3])([0-5]\d)$/;
const SITE_ID = /^[\w.-]{1,40}$/;

/**
 * The URL token of route plan parameters (`rp=`), null for the defaults: `c<count>;<hhmm>-<hhmm>;<flags>;<sites>`,
 * flags `p` (only problems) and `a` (drawn area), sites `layer:id,layer:id`.
 *
 * @example
 * encodeRoutePlan({ ...defaultRoutePlan, count: 3 }); // 'c3;0830-1730;p;'
 */
export function encodeRoutePlan(params: RoutePlanParams): string | null {
  const d = defaultRoutePlan;
  const same =
    params.count === d.count &&
    params.shift[0] === d.shift[0] &&
    params.shift[1] === d.shift[1] &&
    params.onlyProblems === d.onlyProblems &&
    params.useArea === d.useArea &&
    params.manual.length === 0;
  if (same) return null;
  const clock = (t: string) => t.replace(':', '');
  const flags = `${params.onlyProblems ? 'p' : ''}${params.useArea ? 'a' : ''}`;
  const sites = params.manual
    .filter((s) => SITE_ID.test(s.id))
    .map((s) => `${s.layer}:${s.id}`)
    .join(',');
  return `c${params.count};${clock(params.shift[0])}-${clock(params.shift[1])};${flags};${sites}`;
}

/**
 * The route plan parameters of a URL token; each part that does not read falls back to its default.
 *
 * @example
 * decodeRoutePlan('c3;0900-1700;;villages:V1').manual; // [{ layer: 'villages', id: 'V1' }]
 */
export function decodeRoutePlan(token: string | null): RoutePlanParams {
  if (!token) return { ...defaultRoutePlan, manual: [] };
  const [countPart = '', shiftPart = '', flags = 'p', sitesPart = ''] = token.split(';');
  const count = /^c[1-5]$/.test(countPart) ? Number(countPart.slice(1)) : defaultRoutePlan.count;
  const [from = '', to = ''] = shiftPart.split('-');
  const readable = CLOCK.test(from) && CLOCK.test(to);
  const clock = (t: string) => `${t.slice(0, 2)}:${t.slice(2)}`;
  const shift: [string, string] = readable ? [clock(from), clock(to)] : [...defaultRoutePlan.shift];
  const manual: PickedSite[] = [];
  for (const part of sitesPart.split(',')) {
    const colon = part.indexOf(':');
    const layer = part.slice(0, colon) as StopLayer;
    const id = part.slice(colon + 1);
    if (
      colon > 0 &&
      stopLayers.includes(layer) &&
      SITE_ID.test(id) &&
      !manual.some((m) => m.layer === layer && m.id === id)
    )
      manual.push({ layer, id });
  }
  return {
    count,
    shift,
    onlyProblems: /^[pa]*$/.test(flags) ? flags.includes('p') : true,
    useArea: flags.includes('a'),
    manual,
  };
}
