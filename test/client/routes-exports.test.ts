import { describe, expect, it } from 'vitest';
import { routesMessages } from '../../client/i18n/routes.ts';
import { routeSheetHtml, routeToGpx } from '../../client/views/route-exports.ts';
import { routeGpxFileName } from '../../client/views/routes/route-wording.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { planFixture } from './routes-fixtures.ts';

const zh = routesMessages('zh');
const names = (code: string) => (code === '140902103' ? '庄磨镇' : code);
const text = (html: string) => html.replace(/<style>[^<]*<\/style>/, '').replace(/<[^>]+>/g, ' ');

describe('route sheet', () => {
  const html = routeSheetHtml(planFixture(), zh, 'zh', names);

  it('carries the day planned, not 当日', () => {
    expect(html).toContain('<title>忻府区大气环境巡查路线单 · 2023-07-15</title>');
    expect(html).not.toContain('当日');
  });

  it('labels the times and gives each stop its township and why it is visited', () => {
    expect(html).toContain('<th>到达</th><th>检查</th><th>离开</th><th>巡查原因</th>');
    expect(html).toContain(
      '<td>庄磨镇</td><td>09:01</td><td>09:01</td><td>09:31</td><td>工地“六个百分之百”未落实</td>',
    );
    expect(html).toContain('出发地：');
  });

  it('shows machines by type and registration, and unassigned reasons in Chinese', () => {
    expect(html).toContain('M00164（挖掘机 · 登记号 晋H12345）');
    expect(html).toContain('工地 C9：班次内排不下（优先级最低的先舍去）');
    expect(englishLeaks(text(html))).toEqual([]);
  });
});

describe('GPX', () => {
  const plan = planFixture();
  const gpx = routeToGpx(plan, plan.routes[0] as (typeof plan.routes)[number], zh, 'zh');

  it('is named with the day and the inspector', () => {
    expect(routeGpxFileName(plan, 1)).toBe('lantian-route-2023-07-15-1.gpx');
    expect(gpx).toContain('<metadata><name>巡查路线 2023-07-15 · 巡查员 1</name>');
  });

  it('labels each waypoint with its times and reason', () => {
    expect(gpx).toContain('<desc>到达 09:01 · 检查 09:01–09:31 · 工地“六个百分之百”未落实</desc>');
    expect(gpx).toContain('<name>2. M00164（挖掘机 · 登记号 晋H12345）</name>');
  });
});
