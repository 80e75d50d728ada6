import { describe, expect, it } from 'vitest';
import { readCategory, readEmissionStage, readFuel, readStatus } from '../../server/vehicles/register-words.ts';

describe('the registers’ words', () => {
  it.each([
    ['国三', 'III'],
    ['国Ⅲ', 'III'],
    ['国3', 'III'],
    ['国III', 'III'],
    ['国 IV', 'IV'],
    ['国Ⅳ', 'IV'],
    ['国4', 'IV'],
    ['国四', 'IV'],
    ['国五', 'V'],
    ['国Ⅴ', 'V'],
    ['国六b', 'VI'],
    ['国VI(b)', 'VI'],
    ['国６', 'VI'],
    ['IV', 'IV'],
    ['国二', 'II'],
    ['新能源', 'new-energy'],
  ])('reads the emission stage %s as %s', (text, stage) => {
    expect(readEmissionStage(text)).toBe(stage);
  });

  it.each(['欧四', '国七', '国', '4国', 'abc', ''])('refuses the stage word %s', (text) => {
    expect(readEmissionStage(text)).toBeUndefined();
  });

  it('reads fuels from words and police codes', () => {
    expect(readFuel('柴油')).toBe('diesel');
    expect(readFuel('液化天然气(LNG)')).toBe('gas');
    expect(readFuel('纯电动')).toBe('electric');
    expect(readFuel('氢燃料电池')).toBe('hydrogen');
    expect(readFuel('甲醇')).toBe('methanol');
    expect(readFuel('插电式混合动力')).toBe('hybrid');
    expect(readFuel('汽油')).toBe('gasoline');
    expect(readFuel('B')).toBe('diesel');
    expect(readFuel('L')).toBe('methanol');
    expect(readFuel('煤')).toBeUndefined();
  });

  it('reads categories, municipal uses first, and the police type codes', () => {
    expect(readCategory('重型普通货车', '')).toBe('heavy-truck');
    expect(readCategory('重型半挂牵引车', '')).toBe('tractor-unit');
    expect(readCategory('H31', '')).toBe('light-truck');
    expect(readCategory('H21', '')).toBe('medium-truck');
    expect(readCategory('轻型厢式货车', '邮政')).toBe('postal');
    expect(readCategory('洗扫车', '环卫')).toBe('sanitation');
    expect(readCategory('重型自卸货车', '渣土运输')).toBe('muck-truck');
    expect(readCategory('大型普通客车', '')).toBe('bus');
    expect(readCategory('三轮汽车', '')).toBe('other');
  });

  it('reads statuses from words and police status letters', () => {
    expect(readStatus('正常')).toBe('in-use');
    expect(readStatus('AG')).toBe('in-use');
    expect(readStatus('已报废')).toBe('scrapped');
    expect(readStatus('P')).toBe('scrapped');
    expect(readStatus('E')).toBe('deregistered');
    expect(readStatus('M')).toBe('deregistered');
    expect(readStatus('B')).toBe('transferred-out');
    expect(readStatus('转出')).toBe('transferred-out');
    expect(readStatus('丢失')).toBeUndefined();
  });
});
