import { describe, expect, it } from 'vitest';
import { englishLeaks } from './english-leaks.ts';

describe('englishLeaks', () => {
  it('passes Chinese with standards, pollutants, units, codes and formats', () => {
    expect(
      englishLeaks('超标 PM2.5 37.9 µg/m³（GB 3095-2012 二级），降尘 6.2 t/(km²·月)；导出 CSV、GPX；E0001'),
    ).toEqual([]);
    expect(englishLeaks('电力（MWh）、综合能耗（tce）、原煤 0.7143 kgce/kg')).toEqual([]);
  });
  it('finds English words, server messages and code values', () => {
    expect(englishLeaks('操作失败：assignee: Invalid input')).toEqual(['assignee', 'Invalid', 'input']);
    expect(englishLeaks('铁路专用线 none')).toEqual(['none']);
  });
  it('passes identifiers of letters and digits (device MNs, outlet ids) but not a word beside them', () => {
    expect(englishLeaks('设备 LT22XFW001 绑定 E0001-DA001（LT31E0001-DA001）')).toEqual([]);
    expect(englishLeaks('设备 LT22XFW001 offline')).toEqual(['offline']);
  });
  it('passes a command-line flag but not an English word after dashes', () => {
    expect(englishLeaks('正式使用请以 --no-demo 新建数据库')).toEqual([]);
    expect(englishLeaks('状态 -- none')).toEqual(['none']);
  });
});
