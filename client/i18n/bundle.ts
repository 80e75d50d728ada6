import { defineMessages } from './define-messages.ts';

/**
 * The boot's and the on-demand code's messages (client/main.ts, the view loading in client/app.ts `renderPanel`):
 * small, so the sign-in page need not load the console's catalogue.
 */
export const bundleMessages = defineMessages({
  cannotReachServer: { zh: '无法连接服务器', en: 'Cannot reach the server' },
  retry: { zh: '重试', en: 'Retry' },
  loadingView: { zh: '加载中…', en: 'Loading…' },
  viewCodeFailed: {
    zh: '此页面的程序未能加载（网络中断或系统已更新），请重试或刷新页面',
    en: 'This view’s code could not be loaded (network lost or the console was updated): retry or reload the page',
  },
});
