/**
 * English (Hanyu Pinyin) names of the 18 乡级 units of 忻府区, keyed by 9-digit statistical code.
 * Written by hand: the place-name part in pinyin without tones, followed by the unit type
 * (街道 Subdistrict, 镇 Town, 乡 Township). A 街/路 in a subdistrict's name stays part of the name
 * (长征街街道 → Changzhengjie Subdistrict).
 */
export const townshipNamesEn: Readonly<Record<string, string>> = {
  '140902001': 'Xiurong Subdistrict', // 秀容街道
  '140902002': 'Changzhengjie Subdistrict', // 长征街街道
  '140902003': 'Xinjianlu Subdistrict', // 新建路街道
  '140902004': 'Yunzhonglu Subdistrict', // 云中路街道
  '140902005': 'Jiuyuanjie Subdistrict', // 九原街街道
  '140902006': 'Xulaijie Subdistrict', // 旭来街街道
  '140902007': 'Qiaoxijie Subdistrict', // 桥西街街道
  '140902101': 'Qicun Town', // 奇村镇
  '140902102': 'Sanjiao Town', // 三交镇
  '140902103': 'Zhuangmo Town', // 庄磨镇
  '140902104': 'Douluo Town', // 豆罗镇
  '140902105': 'Dongcun Town', // 董村镇
  '140902106': 'Xizhang Town', // 西张镇
  '140902107': 'Xinkou Town', // 忻口镇
  '140902108': 'Hesuo Town', // 合索镇
  '140902206': 'Lancun Township', // 兰村乡
  '140902209': 'Donglou Township', // 东楼乡
  '140902210': 'Beiyijing Township', // 北义井乡
};
