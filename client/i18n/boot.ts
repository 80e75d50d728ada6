import { defineMessages } from './define-messages.ts';

/** Issue 18, first render: what the console says about layers that load after the first paint. */
export const bootMessages = defineMessages({
  layerLoading: { zh: '正在加载该图层…', en: 'Loading this layer…' },
  searchLayersLoading: {
    zh: (names: string) => `仍在加载：${names}（其结果稍后出现）`,
    en: (names: string) => `Still loading: ${names} (their matches will follow)`,
  },
});
