import { describe, expect, it } from 'vitest';
import { legendFor, pointSymbology } from '../../client/layers/symbology.ts';
import { defaultState, layersOffByDefault } from '../../client/state/app-state.ts';
import { detailRows, relatedTasks } from '../../client/panels/feature-details.ts';

describe('the public-reports and fuel-samples layers (issue 17)', () => {
  it('are off by default, like the vehicles', () => {
    expect(layersOffByDefault).toEqual(['vehicles', 'public-reports', 'fuel-samples']);
    expect(defaultState.layers).not.toContain('public-reports');
    expect(defaultState.layers).not.toContain('fuel-samples');
  });

  it('draws reports as pins by status: open in the attention colour, done muted, rejected grey and hollow', () => {
    const s = pointSymbology['public-reports'];
    const look = (status: string) => [s?.shapeOf({ status }), s?.colorOf({ status })];
    expect(look('received')).toEqual(look('accepted'));
    expect(look('handled')).toEqual(look('closed'));
    expect(look('received')).not.toEqual(look('handled'));
    expect(look('rejected')).toEqual(['pin-hollow', '#adb5bd']);
    const legend = legendFor('public-reports');
    expect(legend.map((e) => e.label('zh'))).toEqual(['已收到、已受理', '已处理、已办结', '不予受理']);
    for (const status of ['received', 'accepted', 'rejected', 'handled', 'closed'])
      expect(legend.filter((e) => e.matches({ status }))).toHaveLength(1);
  });

  it('draws samples as drops by result: failed crossed in the violation colour, pending hollow, passed ok', () => {
    const s = pointSymbology['fuel-samples'];
    expect(s?.shapeOf({ result: 'fail' })).toBe('drop-cross');
    expect(s?.colorOf({ result: 'fail' })).toBe('#e03131');
    expect(s?.shapeOf({ result: 'pending' })).toBe('drop-hollow');
    expect(s?.shapeOf({ result: 'pass' })).toBe('drop');
    expect(legendFor('fuel-samples').map((e) => e.label('zh'))).toEqual(['不合格', '待检', '合格']);
  });

  it('details a report and a sample in words, without the reporter, and links their tasks', () => {
    const report = {
      id: 'JB20231201001',
      category: 'burning',
      status: 'accepted',
      receivedAt: '2023-12-01T09:30',
      description: '村口焚烧秸秆',
      hasPhoto: true,
      township: '140902001',
      townshipName: '秀容街道',
      provenance: 'synthetic',
      source: '演示数据（合成）',
    };
    const rows = detailRows('public-reports', report, 'zh');
    expect(rows.map((r) => r[0])).toEqual([
      '受理编号',
      '举报类别',
      '所属乡镇（街道）',
      '收到时间',
      '办理状态',
      '举报内容',
      '现场照片',
    ]);
    expect(rows[1]?.[1]).toBe('露天焚烧');
    expect(rows[3]?.[1]).toBe('2023-12-01 09:30');
    expect(relatedTasks('public-reports', report)).toEqual([12]);
    const sample = {
      id: 'YP-2023-007',
      sampledAt: '2023-11-20T10:00',
      siteKind: 'station',
      siteName: '某加油站',
      product: 'diesel-0',
      standard: 'GB 19147-2016',
      result: 'fail',
      resultOn: '2023-11-28',
      failedItems: ['硫含量'],
      traceStatus: 'open',
      township: '140902001',
      townshipName: '秀容街道',
    };
    const sampleRows = Object.fromEntries(detailRows('fuel-samples', sample, 'zh').map((r) => [r[0], r[1]]));
    expect(sampleRows).toMatchObject({ 油品: '0号车用柴油', 检测结论: '不合格', 不合格项目: '硫含量', 溯源: '溯源中' });
    expect(relatedTasks('fuel-samples', sample)).toEqual([17]);
  });
});
