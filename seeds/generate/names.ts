import type { Rng } from '../random.ts';

/** Two-character trade names for synthetic enterprises and contractors (common in Shanxi firm names). */
const tradeNames = [
  '鑫达',
  '恒泰',
  '宏远',
  '晋源',
  '华盛',
  '金诺',
  '瑞丰',
  '永昌',
  '鼎盛',
  '兴旺',
  '嘉禾',
  '润通',
  '安泰',
  '顺达',
  '裕民',
  '汇丰',
  '天成',
  '德鑫',
  '隆基',
  '昌盛',
  '宏达',
  '金鼎',
  '振兴',
  '福源',
  '新晋',
  '秀容',
  '云中',
  '九原',
  '牧马',
  '滹沱',
  '五台',
  '系舟',
  '晋北',
  '华源',
  '正阳',
  '同创',
  '聚鑫',
  '利民',
  '泰和',
  '久安',
  '众诚',
  '康达',
  '明远',
  '博信',
  '中晋',
];

/** A name not yet in `used`, built by `make(trade)`; adds a numeric suffix when the trade names run out. */
export function uniqueName(rng: Rng, used: Set<string>, make: (trade: string) => string): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const name = make(rng.pick(tradeNames));
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  for (let n = 2; ; n++) {
    const name = make(`${rng.pick(tradeNames)}${n}`);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/** A synthetic inspector's name (surname + given name). */
export function personName(rng: Rng): string {
  const surnames = ['王', '李', '张', '刘', '赵', '杨', '郭', '高', '武', '段', '贾', '田', '白', '闫', '薛'];
  const given = ['建军', '晓东', '志刚', '海燕', '丽娟', '永红', '文斌', '国庆', '红梅', '卫东', '俊峰', '瑞芳'];
  return rng.pick(surnames) + rng.pick(given);
}
