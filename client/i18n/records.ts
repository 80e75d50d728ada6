import { defineMessages } from './define-messages.ts';

/**
 * The record editor's messages (编辑 in the details drawer).
 *
 * @example
 * recordMessages('zh').save; // '保存'
 */
export const recordMessages = defineMessages({
  edit: { zh: '编辑', en: 'Edit' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  loadFailed: { zh: '无法加载可编辑字段', en: 'Could not load the editable fields' },
  nothingChanged: { zh: '没有修改', en: 'Nothing changed' },
  required: { zh: '必填', en: 'Required' },
  notANumber: { zh: '请填写数字', en: 'Enter a number' },
  lon: { zh: '经度（WGS84）', en: 'Longitude (WGS84)' },
  lat: { zh: '纬度（WGS84）', en: 'Latitude (WGS84)' },
  positionBoth: { zh: '经度和纬度须同时填写', en: 'Give both longitude and latitude' },
  pointHint: {
    zh: '修改经纬度即移动该点，所属乡镇随位置更新；编辑记入审计日志。',
    en: 'Changing the longitude and latitude moves the point (its township follows); edits are audited.',
  },
  polygonHint: {
    zh: '区域边界不能在此修改，请重新导入；编辑记入审计日志。',
    en: 'A zone’s shape changes by import only; edits are recorded in the audit log.',
  },
  listHint: { zh: '多项以顿号或逗号分隔', en: 'separate several with commas' },
  saved: { zh: '已保存，已记入审计日志', en: 'Saved; recorded in the audit log' },
});

/**
 * Number fields the editor shows in another unit than the API's, as the details drawer does: the value shown is the
 * stored one divided by `factor`.
 */
export const displayUnits: Readonly<
  Record<string, { factor: number; digits: number; unit: { zh: string; en: string } }>
> = {
  annual_freight_t: { factor: 10_000, digits: 4, unit: { zh: '万吨/年', en: '×10⁴ t/year' } },
};
