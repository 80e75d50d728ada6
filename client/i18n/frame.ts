import { defineMessages } from './define-messages.ts';

/** The frame's own strings for the phone chrome, the tab bar, the bottom sheet and the landmarks (issue 18). */
export const frameMessages = defineMessages({
  titleShort: { zh: '蓝天', en: 'Lantian' },
  badgeShort: { zh: '演示', en: 'Demo' },
  closeBanner: { zh: '收起演示说明', en: 'Hide the demo note' },
  menu: { zh: '菜单', en: 'Menu' },
  openSearch: { zh: '搜索', en: 'Search' },
  closeSearch: { zh: '关闭搜索', en: 'Close search' },
  searchLabel: { zh: '搜索名称或代码', en: 'Search a name or code' },
  more: { zh: '更多', en: 'More' },
  moreViews: { zh: '更多视图', en: 'More views' },
  views: { zh: '视图', en: 'Views' },
  panelRegion: { zh: '面板', en: 'Panel' },
  drawerRegion: { zh: '详情', en: 'Details' },
  topBar: { zh: '顶栏', en: 'Top bar' },
  settingsDialog: { zh: '设置', en: 'Settings' },
  sheetPeek: { zh: '收起', en: 'lowered' },
  sheetHalf: { zh: '半屏', en: 'half height' },
  sheetFull: { zh: '全屏', en: 'full height' },
  sheetHandle: {
    zh: (height: string) => `面板高度：${height}（拖动，或按回车切换）`,
    en: (height: string) => `Panel height: ${height} (drag, or press Enter to change)`,
  },
  notifications: { zh: '新告警提示', en: 'New alert notices' },
});
