import { defineMessages } from './define-messages.ts';

/** The map's clusters (issue 18, legibility): their legend rows. */
export const legibilityMessages = defineMessages({
  clusters: { zh: '聚合', en: 'Clusters' },
  clusterClean: {
    zh: '聚合：数字为其中要素数，点击放大',
    en: 'Cluster: the number of features in it; click to zoom in',
  },
  clusterProblems: {
    zh: '聚合含问题要素：红色粗圈，×N 为其中有问题的要素数',
    en: 'Cluster holding problems: thick red ring, ×N features with a problem',
  },
  clusterNote: {
    zh: '街道级以下比例尺时，各点图层相互靠近的要素合为一个聚合圆（空气质量监测站始终单独显示）',
    en: 'Zoomed out, nearby features of the point layers merge into one cluster disc (stations always stand alone)',
  },
});
