import type { RoutePlanResponse } from '../../server/schema/routes.ts';
import type { RoutesMessages } from '../i18n/routes.ts';
import type { Language } from '../state/app-state.ts';
import { planDate, stopLabel, unassignedReasonText, visitReasonText } from './routes/route-wording.ts';

type PlannedRoute = RoutePlanResponse['routes'][number];

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/**
 * GPX 1.1 of one inspector's day: the stops as waypoints (in order, with their times and why they are visited) and
 * the road path as a track, named with the day planned.
 */
export function routeToGpx(plan: RoutePlanResponse, route: PlannedRoute, m: RoutesMessages, lang: Language): string {
  const wpts = route.stops
    .map(
      (s, i) =>
        `  <wpt lat="${s.position[1]}" lon="${s.position[0]}"><name>${i + 1}. ${escapeXml(stopLabel(lang, s))}</name>` +
        `<desc>${escapeXml(m.stopTimes(s.arrival, s.start, s.departure))} · ` +
        `${escapeXml(visitReasonText(m, lang, s))}</desc>` +
        '</wpt>',
    )
    .join('\n');
  const trkpts = route.geometry.coordinates.map(([lon, lat]) => `      <trkpt lat="${lat}" lon="${lon}"/>`).join('\n');
  const name = escapeXml(m.gpxName(planDate(plan), route.inspector));
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Lantian" xmlns="http://www.topografix.com/GPX/1/1">
  <metadata><name>${name}</name><time>${plan.asOf.slice(0, 10)}T00:00:00+08:00</time></metadata>
${wpts}
  <trk><name>${name}</name><trkseg>
${trkpts}
  </trkseg></trk>
</gpx>
`;
}

/**
 * A printable route sheet (HTML) for the team's day: the day planned, where the team starts, per inspector the stops
 * with their township, labelled times (arrive, inspect, leave) and why each is visited, and what could not be fitted.
 */
export function routeSheetHtml(
  plan: RoutePlanResponse,
  m: RoutesMessages,
  lang: Language,
  townshipName: (code: string) => string,
): string {
  const cell = (text: string) => `<td>${escapeXml(text)}</td>`;
  const rows = (r: PlannedRoute) =>
    r.stops
      .map(
        (s, i) =>
          `<tr>${[
            String(i + 1),
            stopLabel(lang, s),
            townshipName(s.township),
            s.arrival,
            s.start,
            s.departure,
            visitReasonText(m, lang, s),
          ]
            .map(cell)
            .join('')}<td></td></tr>`,
      )
      .join('');
  const header = `<tr>${m.sheetColumns
    .split('|')
    .map((c) => `<th>${escapeXml(c)}</th>`)
    .join('')}</tr>`;
  const sections = plan.routes
    .map(
      (r) =>
        `<h2>${escapeXml(m.sheetRoute(r.inspector, r.depart, r.end, r.travelMinutes, r.distanceKm))}</h2>` +
        `<table>${header}${rows(r)}</table>`,
    )
    .join('');
  const unassigned = plan.unassigned.length
    ? `<h2>${escapeXml(m.unassigned(plan.unassigned.length))}</h2><ul>` +
      plan.unassigned
        .map((u) => `<li>${escapeXml(u.name)}：${escapeXml(unassignedReasonText(m, u.reasonCode))}</li>`)
        .join('') +
      '</ul>'
    : '';
  const title = escapeXml(m.sheetTitle(planDate(plan)));
  return (
    `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;margin:24px}` +
    'table{border-collapse:collapse;width:100%;margin-bottom:16px}' +
    'td,th{border:1px solid #888;padding:4px 6px;font-size:13px}td:last-child{width:22%}' +
    `h1{font-size:18px}h2{font-size:15px}</style>
</head><body><h1>${title}${plan.method === 'straight-line' ? escapeXml(m.straightLine) : ''}</h1>` +
    `<p>${escapeXml(m.sheetDepot)}</p>${sections}${unassigned}<p>${escapeXml(m.sheetNote)}</p></body></html>`
  );
}
