import { defineMessages } from './define-messages.ts';

/** The live console: the 实时 toggle, the new-data marker, the alert toasts and badge. */
export const liveMessages = defineMessages({
  live: { zh: '实时', en: 'Live' },
  liveOnTitle: {
    zh: '实时：截止时间跟随最新数据，地图随之更新（点击停在此刻）',
    en: 'Live: the as-of follows the newest data and the map with it (click to stay at this moment)',
  },
  liveOffTitle: { zh: '跟随最新数据（实时）', en: 'Follow the newest data (live)' },
  newData: { zh: '有新数据', en: 'New data' },
  newDataTitle: {
    zh: (asOf: string) => `已有截至 ${asOf.replace('T', ' ')} 的新数据，点击转到最新`,
    en: (asOf: string) => `Data up to ${asOf.replace('T', ' ')} arrived; click to go to the newest`,
  },
  liveLost: { zh: '实时连接中断，正在重连…', en: 'Live connection lost, reconnecting…' },
  newAlert: {
    zh: (title: string, entity: string) => `新告警：${title} · ${entity}`,
    en: (title: string, entity: string) => `New alert: ${title} · ${entity}`,
  },
  wholeDistrict: { zh: '忻府区全区', en: 'Xinfu District' },
  toastsRegion: { zh: '新告警通知', en: 'New alert notices' },
  dismiss: { zh: '关闭', en: 'Dismiss' },
  badgeTitle: {
    zh: (n: number) => `上次查看告警后新增 ${n} 条`,
    en: (n: number) => `${n} new ${n === 1 ? 'alert' : 'alerts'} since you last opened Alerts`,
  },
});
