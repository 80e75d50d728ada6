import { defineMessages } from './define-messages.ts';

/** 机械作业密度: the machines' position density layer, its control in 图层, its legend and cell tooltip. */
export const machineDensityMessages = defineMessages({
  title: { zh: '机械作业密度', en: 'Machine activity density' },
  toggle: { zh: '显示机械作业密度', en: 'Show machine activity density' },
  windowLabel: { zh: '统计时段', en: 'Window' },
  window30d: { zh: '近 30 天', en: 'Last 30 days' },
  windowYtd: { zh: '本年至今', en: 'Year to date' },
  windowRange: {
    zh: (after: string, to: string) => `${after.replace('T', ' ')} 之后至 ${to.replace('T', ' ')}（含）`,
    en: (after: string, to: string) => `after ${after.replace('T', ' ')} up to ${to.replace('T', ' ')} (included)`,
  },
  cellNote: {
    zh: (meters: number) =>
      `每格 ${meters} m × ${meters} m，数字为格内机械上报的定位条数（不是机械台数）；格网与分级为本平台约定`,
    en: (meters: number) =>
      `${meters} m × ${meters} m cells; the number is the positions machines reported in the cell ` +
      '(not a count of machines); the grid and classes are a console convention',
  },
  summary: {
    zh: (positions: string, machines: string, cells: string) =>
      `${positions} 条定位 · ${machines} 台机械 · ${cells} 格`,
    en: (positions: string, machines: string, cells: string) =>
      `${positions} positions · ${machines} machines · ${cells} cells`,
  },
  loading: { zh: '正在统计机械定位…', en: 'Counting machine positions…' },
  failed: {
    zh: (why: string) => `机械作业密度加载失败：${why}`,
    en: (why: string) => `Density failed to load: ${why}`,
  },
  retry: { zh: '重试', en: 'Retry' },
  empty: { zh: '该时段内无机械定位', en: 'No machine position in this window' },
  legendTitle: { zh: '每格定位条数', en: 'Positions per cell' },
  classRange: {
    zh: (from: string, to: string) => `${from}–${to}`,
    en: (from: string, to: string) => `${from}–${to}`,
  },
  classAtLeast: { zh: (from: string) => `≥ ${from}`, en: (from: string) => `≥ ${from}` },
  cellCount: {
    zh: (count: string) => `本格 ${count} 条定位`,
    en: (count: string) => `${count} positions in this cell`,
  },
  hoverHint: { zh: '悬停或点击格子查看条数', en: 'Hover or click a cell for its count' },
});
