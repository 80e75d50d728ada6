import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, toCsv, type CsvColumn } from '../../server/export/to-csv.ts';
import { createRng } from '../../seeds/random.ts';

const columns: CsvColumn<'name' | 'value'>[] = [
  { key: 'name', header: { zh: '名称', en: 'name' } },
  { key: 'value', header: { zh: '数值', en: 'value' } },
];

describe('toCsv', () => {
  it('starts with the UTF-8 BOM and ends every record, the header too, with CRLF', () => {
    const csv = toCsv(
      [
        { name: '秀容街道', value: 1 },
        { name: '忻口镇', value: 2 },
      ],
      columns,
    );
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toBe(`${CSV_BOM}名称,数值\r\n秀容街道,1\r\n忻口镇,2\r\n`);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('picks the header labels by language, Chinese by default', () => {
    expect(toCsv([], columns).split('\r\n')[0]).toBe(`${CSV_BOM}名称,数值`);
    expect(toCsv([], columns, { lang: 'en' }).split('\r\n')[0]).toBe(`${CSV_BOM}name,value`);
    expect(toCsv([], [{ key: 'x', header: 'same' }], { lang: 'en' })).toBe(`${CSV_BOM}same\r\n`);
  });

  it(
    'writes numbers unformatted, booleans as true/false, ' + 'null/undefined/missing keys and non-finite numbers empty',
    () => {
      const csv = toCsv<'a' | 'b' | 'c' | 'd' | 'e' | 'f'>(
        [{ a: 1234567.891, b: -0.000123, c: true, d: null, e: Number.NaN }],
        ['a', 'b', 'c', 'd', 'e', 'f'].map((key) => ({ key: key as 'a', header: key })),
      );
      expect(csv.split('\r\n')[1]).toBe('1234567.891,-0.000123,true,,,');
    },
  );

  it('quotes fields with comma, quote, CR or LF and doubles inner quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('x\ry')).toBe('"x\ry"');
    expect(csvField('plain 文本')).toBe('plain 文本');
    expect(csvField('')).toBe('');
  });

  it("prefixes strings that a spreadsheet would run as a formula with ', but never numbers", () => {
    expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvField('+86 123')).toBe("'+86 123");
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(' =1')).toBe(' =1');
  });

  it('round-trips awkward strings through an independent parser (papaparse), injection prefix aside', () => {
    const rng = createRng('to-csv-round-trip');
    const alphabet = ['a', '忻', ',', '"', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', ' ', "'", ';'];
    const values = Array.from({ length: 300 }, () =>
      Array.from({ length: rng.int(1, 8) }, () => alphabet[rng.int(0, alphabet.length - 1)]).join(''),
    );
    const csv = toCsv(
      values.map((name, i) => ({ name, value: i })),
      columns,
    );
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    const records = parsed.data.slice(1, values.length + 1);
    expect(records).toHaveLength(values.length);
    records.forEach((record, i) => {
      const original = values[i] as string;
      const guarded = /^[=+\-@\t\r]/.test(original) ? `'${original}` : original;
      expect(record).toEqual([guarded, String(i)]);
    });
  });

  it('refuses an empty column list', () => {
    expect(() => toCsv([], [])).toThrow(/at least one column/);
  });
});
