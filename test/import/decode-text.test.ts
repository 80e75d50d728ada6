import { describe, expect, it } from 'vitest';
import { decodeText } from '../../server/import/decode-text.ts';
import { encodeGbk } from '../fixtures/import/encode-gbk.ts';

describe('decodeText', () => {
  it('strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('名称,经度')]);
    expect(decodeText(bytes)).toBe('名称,经度');
  });

  it('decodes bytes that are not UTF-8 as GBK', () => {
    expect(decodeText(encodeGbk('忻府区,统一社会信用代码'))).toBe('忻府区,统一社会信用代码');
  });

  it('decodes UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode('纬度'))).toBe('纬度');
  });

  it('decodes ASCII identically', () => {
    expect(decodeText(new TextEncoder().encode('lon,lat\n112.7,38.4'))).toBe('lon,lat\n112.7,38.4');
  });
});
