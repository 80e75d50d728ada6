import type { RoutePlanResponse } from '../../server/schema/routes.ts';

type PlannedRoute = RoutePlanResponse['routes'][number];

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** GPX 1.1 of one inspector's day: the stops as waypoints (in order) and the road path as a track. */
export function routeToGpx(route: PlannedRoute, date: string): string {
  const wpts = route.stops
    .map(
      (s, i) =>
        `  <wpt lat="${s.position[1]}" lon="${s.position[0]}"><name>${i + 1}. ${escapeXml(s.name)}</name>` +
        `<desc>${s.arrival}–${s.departure}</desc></wpt>`,
    )
    .join('\n');
  const trkpts = route.geometry.coordinates.map(([lon, lat]) => `      <trkpt lat="${lat}" lon="${lon}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Lantian" xmlns="http://www.topografix.com/GPX/1/1">
  <metadata><name>巡查路线 ${date} · 巡查员 ${route.inspector}</name></metadata>
${wpts}
  <trk><name>巡查员 ${route.inspector}</name><trkseg>
${trkpts}
  </trkseg></trk>
</gpx>
`;
}

/** A printable route sheet (HTML) for the team's day. */
export function routeSheetHtml(plan: RoutePlanResponse, date: string): string {
  const rows = (r: PlannedRoute) =>
    r.stops
      .map(
        (s, i) =>
          `<tr><td>${i + 1}</td><td>${escapeXml(s.name)}</td><td>${s.arrival}</td>` +
          `<td>${s.start}–${s.departure}</td><td></td></tr>`,
      )
      .join('');
  const sections = plan.routes
    .map(
      (r) =>
        `<h2>巡查员 ${r.inspector}：出发 ${r.depart}，返回 ${r.end}，` +
        `行驶 ${r.travelMinutes} 分钟 / ${r.distanceKm} 公里</h2>
<table><tr><th>#</th><th>点位</th><th>到达</th><th>检查</th><th>情况记录</th></tr>${rows(r)}</table>`,
    )
    .join('');
  const unassigned = plan.unassigned.length
    ? `<h2>未能安排</h2><ul>` +
      `${plan.unassigned.map((u) => `<li>${escapeXml(u.name)}：${escapeXml(u.reason)}</li>`).join('')}</ul>`
    : '';
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>巡查路线单 ${date}</title>
<style>body{font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;margin:24px}` +
    `table{border-collapse:collapse;width:100%;margin-bottom:16px}` +
    `td,th{border:1px solid #888;padding:4px 6px;font-size:13px}td:last-child{width:30%}` +
    `h1{font-size:18px}h2{font-size:15px}</style>
</head><body><h1>忻府区大气环境巡查路线单 · ${date}` +
    `${plan.method === 'straight-line' ? '（无路网，按直线估算）' : ''}` +
    `</h1>${sections}${unassigned}
<p>路网为合成示意数据，时间为估算。</p></body></html>`
  );
}
