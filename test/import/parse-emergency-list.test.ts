import { describe, expect, it } from 'vitest';
import {
  MAX_LIST_ROWS,
  parseEmergencyList,
  type ParsedEmergencyList,
} from '../../server/import/parse-emergency-list.ts';
import { encodeGbk } from '../fixtures/import/encode-gbk.ts';
import {
  enterpriseRows,
  LIST_HEADER,
  listCsv,
  listRow,
  listXlsx,
  type ListRowValues,
} from '../fixtures/emergency-list/list-files.ts';

const known = new Set(['E1', 'E2', 'E3']);
const options = { enterpriseExists: (id: string) => known.has(id) };
const utf8 = (text: string) => new TextEncoder().encode(text);
const parseCsvText = (text: string) => parseEmergencyList(utf8(text), 'csv', options);
const errors = (p: ParsedEmergencyList) => p.problems.filter((x) => x.severity === 'error');
const warnings = (p: ParsedEmergencyList) => p.problems.filter((x) => x.severity === 'warning');
/** The one error of a parse (fails when there are none or several). */
const onlyError = (p: ParsedEmergencyList) => {
  expect(errors(p).map((e) => `row ${e.row}: ${e.problem}`)).toEqual([expect.any(String)]);
  const [first] = errors(p);
  if (!first) throw new Error('no error');
  return first;
};
const withRow = (rows: ListRowValues[], index: number, over: ListRowValues) =>
  rows.map((r, i) => (i === index ? { ...r, ...over } : r));

describe('parseEmergencyList: CSV', () => {
  it('reads the layout (UTF-8 with BOM): entries with measures per level, reductions, grade, flags', async () => {
    const rows = [...enterpriseRows('E1', '甲水泥厂', { grade: 'B-级' }), ...enterpriseRows('E2', '乙焦化厂')];
    const parsed = await parseEmergencyList(utf8(listCsv(rows, { bom: true })), 'csv', options);
    expect(errors(parsed)).toEqual([]);
    expect(parsed.counts).toEqual({ rows: 8, enterprises: 2, measures: 8 });
    expect(parsed.entries.map((e) => e.enterpriseId)).toEqual(['E1', 'E2']);
    const e1 = parsed.entries[0];
    expect(e1).toMatchObject({
      enterpriseName: '甲水泥厂',
      grade: 'B-',
      industry: '水泥',
      builtUpArea: false,
      heavyPolluter: true,
      contact: '张工 13800000000',
    });
    expect(e1?.measures.yellow).toEqual([
      { line: '1#窑', kind: 'limit', limitPct: 30, outletCode: 'DA001', text: '1#窑限产30%' },
    ]);
    expect(e1?.measures.orange.map((m) => m.kind)).toEqual(['stop', 'truck-ban']);
    expect(e1?.measures.red).toEqual([
      { line: '全厂', kind: 'stop', limitPct: null, outletCode: null, text: '全厂停产' },
    ]);
    expect(e1?.reductions).toEqual({
      yellow: { pm: 0.1, so2: 0.2, nox: 0.3, vocs: 0 },
      orange: { pm: 0.2, so2: 0.4, nox: 0.6, vocs: 0 },
      red: { pm: 0.5, so2: 1, nox: 1.5, vocs: 0.01 },
    });
  });

  it('reads GBK (Excel/WPS on Chinese Windows) like UTF-8', async () => {
    const text = listCsv(enterpriseRows('E1', '忻府区甲水泥有限公司'));
    const gbk = await parseEmergencyList(encodeGbk(text), 'csv', options);
    expect(errors(gbk)).toEqual([]);
    expect(gbk.entries[0]?.enterpriseName).toBe('忻府区甲水泥有限公司');
    expect(gbk.entries).toEqual((await parseCsvText(text)).entries);
  });

  it('accepts English headers, other grade and level words, 30% and full-width digits', async () => {
    const header = [
      'enterpriseId',
      'enterpriseName',
      'grade',
      'industry',
      'builtUpArea',
      'heavyPolluter',
      'contact',
      'level',
      'line',
      'kind',
      'limitPct',
      'outletCode',
      'text',
      'pm',
      'so2',
      'nox',
      'vocs',
    ];
    let rows = enterpriseRows('E1', '甲', { grade: '引领性', builtUpArea: 'yes', heavyPolluter: 'no' });
    rows = withRow(rows, 0, { level: 'yellow', limitPct: '３０%', kind: 'limit' });
    rows = withRow(rows, 3, { level: 'Ⅰ级' });
    const parsed = await parseCsvText(listCsv(rows, { header }));
    expect(errors(parsed)).toEqual([]);
    expect(parsed.entries[0]).toMatchObject({ grade: 'leading', builtUpArea: true, heavyPolluter: false });
    expect(parsed.entries[0]?.measures.yellow[0]?.limitPct).toBe(30);
    expect(parsed.entries[0]?.measures.red).toHaveLength(1);
  });

  it('skips a title row above the header and warns about unknown columns', async () => {
    const body = listCsv(enterpriseRows('E1', '甲'), { header: [...LIST_HEADER, '备注'] });
    const parsed = await parseCsvText(`忻府区2023年秋冬季重污染天气应急减排清单\n${body}`);
    expect(errors(parsed)).toEqual([]);
    expect(parsed.entries).toHaveLength(1);
    expect(warnings(parsed).map((w) => w.problem)).toEqual([
      'the 1 row(s) above the header (row 2: a title?) were skipped',
      "unknown column '备注' (column 18): its values are not imported",
    ]);
  });

  it('blank enterprise cells on later rows read as the same enterprise (the fields agree)', async () => {
    const rows = enterpriseRows('E1', '甲').map((r, i) =>
      i === 0 ? r : { ...r, enterpriseName: null, grade: null, industry: null, builtUpArea: null, contact: null },
    );
    const parsed = await parseCsvText(listCsv(rows));
    expect(errors(parsed)).toEqual([]);
    expect(parsed.entries[0]).toMatchObject({ enterpriseName: '甲', grade: 'B', builtUpArea: false });
  });

  it('names the row as the spreadsheet numbers it (header = row 1)', async () => {
    const rows = withRow(enterpriseRows('E1', '甲'), 2, { kind: '关停' });
    const error = onlyError(await parseCsvText(listCsv(rows)));
    expect(error).toMatchObject({ row: 4, field: '措施类型' });
  });
});

describe('parseEmergencyList: problems', () => {
  it('an empty file, a header without rows', async () => {
    expect(onlyError(await parseCsvText('')).problem).toBe('the file is empty');
    expect(onlyError(await parseCsvText(' \n\n')).problem).toBe('the file is empty');
    expect(onlyError(await parseCsvText(listCsv([]))).problem).toBe('the file has a header but no data rows');
  });

  it('a missing required column is named, with the layout in the text', async () => {
    const header = LIST_HEADER.filter((h) => h !== '预警级别' && h !== 'VOCs减排量(吨/日)');
    const parsed = await parseCsvText(`${header.join(',')}\nE1\n`);
    const error = onlyError(parsed);
    expect(error?.problem).toContain('missing required column(s): 预警级别, VOCs减排量(吨/日)');
    expect(error?.text?.zh).toContain('缺少必填列：「预警级别」、「VOCs减排量(吨/日)」');
    expect(error?.text?.zh).toContain('清单格式：每行为一家企业');
    expect(parsed.entries).toEqual([]);
  });

  it('a column given twice', async () => {
    const parsed = await parseCsvText(`${[...LIST_HEADER, '企业ID'].join(',')}\n`);
    expect(onlyError(parsed).problem).toBe("columns 1 ('企业编号') and 18 ('企业ID') are both 企业编号");
  });

  it('an enterprise id the console does not hold', async () => {
    const parsed = await parseCsvText(listCsv([...enterpriseRows('E1', '甲'), ...enterpriseRows('X9', '外')]));
    const error = onlyError(parsed);
    expect(error).toMatchObject({ row: 6, field: '企业编号' });
    expect(error?.problem).toBe("enterprise id 'X9' is not in the enterprises layer (rows 6, 7, 8, 9)");
    expect(parsed.entries.map((e) => e.enterpriseId)).toEqual(['E1']);
    expect(parsed.counts.enterprises).toBe(2);
  });

  it('a bad grade, level or kind quotes the value and lists the allowed ones', async () => {
    const grade = onlyError(await parseCsvText(listCsv(enterpriseRows('E1', '甲', { grade: 'E' }))));
    expect(grade?.problem).toContain("grade 'E' is not one of 引领性 (leading), A, B, B-, C, D, 非重点行业");
    expect(grade?.text?.zh).toContain('绩效等级「E」无法识别');
    const level = onlyError(await parseCsvText(listCsv(withRow(enterpriseRows('E1', '甲'), 3, { level: '紫色' }))));
    expect(level?.problem).toBe("warning level '紫色' is not one of 黄色 (yellow), 橙色 (orange), 红色 (red)");
    expect(level?.row).toBe(5);
    const kind = onlyError(await parseCsvText(listCsv(withRow(enterpriseRows('E1', '甲'), 1, { kind: '关停' }))));
    expect(kind?.problem).toContain("measure kind '关停' is not one of 停产 (stop), 限产 (limit)");
    const flag = onlyError(await parseCsvText(listCsv(enterpriseRows('E1', '甲', { builtUpArea: '可能' }))));
    expect(flag?.problem).toContain("built-up area (是否建成区) '可能' is not one of 是 / 否");
  });

  it('a limit without its %, a % outside (0, 100), a % on another kind', async () => {
    const none = await parseCsvText(listCsv(withRow(enterpriseRows('E1', '甲'), 0, { limitPct: null })));
    expect(onlyError(none)?.problem).toBe('a 限产 (limit) measure needs its limit % (限产比例)');
    for (const pct of [0, 100, 120, -5]) {
      const out = await parseCsvText(listCsv(withRow(enterpriseRows('E1', '甲'), 0, { limitPct: pct })));
      expect(onlyError(out)?.problem).toBe(`limit ${pct}% is out of range: it must lie between 0 and 100 (exclusive)`);
    }
    const word = await parseCsvText(listCsv(withRow(enterpriseRows('E1', '甲'), 0, { limitPct: '三成' })));
    expect(onlyError(word)?.problem).toBe("limit '三成' is not a number (write a percentage, e.g. 30 or 30%)");
    const other = await parseCsvText(listCsv(withRow(enterpriseRows('E1', '甲'), 1, { limitPct: 50 })));
    expect(onlyError(other)?.problem).toBe("only a 限产 (limit) measure takes a limit %; this row's kind is '停产'");
  });

  it('negative or non-numeric reductions', async () => {
    const negative = await parseCsvText(listCsv(withRow(enterpriseRows('E1', '甲'), 0, { nox: -0.3 })));
    expect(onlyError(negative)).toMatchObject({ row: 2, field: '氮氧化物减排量(吨/日)' });
    expect(onlyError(negative)?.problem).toBe('the NOX reduction -0.3 is negative');
    const word = await parseCsvText(listCsv(withRow(enterpriseRows('E1', '甲'), 0, { pm: '约0.1' })));
    expect(onlyError(word)?.problem).toBe("the PM reduction '约0.1' is not a number (t/day)");
  });

  it('reductions that differ across a level’s rows name the rows; all blank asks for 0', async () => {
    const differ = await parseCsvText(listCsv(withRow(enterpriseRows('E1', '甲'), 2, { pm: 0.25 })));
    expect(onlyError(differ)?.problem).toBe(
      'enterprise E1: the PM reduction at the orange level differs across rows: row 3 has 0.2, row 4 has 0.25 ' +
        '(reductions are per enterprise × level: the same on each row, or on one row only)',
    );
    const same = await parseCsvText(listCsv(withRow(enterpriseRows('E1', '甲'), 2, { pm: 0.2 })));
    expect(errors(same)).toEqual([]);
    const blank = await parseCsvText(listCsv(withRow(enterpriseRows('E1', '甲'), 3, { vocs: null })));
    expect(onlyError(blank)?.problem).toBe(
      'enterprise E1: no VOCS reduction at the red level (rows 5; write 0 for none)',
    );
  });

  it('enterprise fields that disagree across rows', async () => {
    const parsed = await parseCsvText(listCsv(withRow(enterpriseRows('E1', '甲'), 3, { grade: 'C' })));
    expect(onlyError(parsed)?.problem).toBe(
      "the grade of enterprise E1 differs across its rows: 'B' (rows 2, 3, 4); 'C' (rows 5)",
    );
  });

  it('an enterprise missing a level', async () => {
    const parsed = await parseCsvText(listCsv(enterpriseRows('E1', '甲').filter((r) => r.level !== '橙色')));
    expect(onlyError(parsed)?.problem).toBe(
      'enterprise E1 has no rows for the orange level (橙色): every enterprise needs all three',
    );
    expect(parsed.entries).toEqual([]);
  });

  it('a missing enterprise id and missing measure text', async () => {
    const noId = await parseCsvText(
      listCsv([...enterpriseRows('E1', '甲'), { level: '黄色', kind: '停产', text: 'x' }]),
    );
    expect(onlyError(noId)).toMatchObject({ row: 6, problem: 'the enterprise id (企业编号) is missing' });
    const noText = await parseCsvText(listCsv(withRow(enterpriseRows('E1', '甲'), 3, { text: null })));
    expect(onlyError(noText)?.problem).toBe('the measure text (措施内容) is missing');
  });

  it('a blank line is read as 全厂 with a warning', async () => {
    const parsed = await parseCsvText(listCsv(withRow(enterpriseRows('E1', '甲'), 3, { line: null })));
    expect(errors(parsed)).toEqual([]);
    expect(warnings(parsed).map((w) => w.row)).toEqual([5]);
    expect(parsed.entries[0]?.measures.red[0]?.line).toBe('全厂');
  });

  it(`more than ${MAX_LIST_ROWS} data rows`, async () => {
    const line = listRow(enterpriseRows('E1', '甲')[1] ?? {}).join(',');
    const text = `${LIST_HEADER.join(',')}\n${`${line}\n`.repeat(MAX_LIST_ROWS + 1)}`;
    const parsed = await parseCsvText(text);
    expect(onlyError(parsed)?.problem).toBe(`the file has 20001 data rows, more than the limit of ${MAX_LIST_ROWS}`);
  });
});

describe('parseEmergencyList: XLSX', () => {
  it('reads merged enterprise cells, cached formula results, % formats, rich text and dates as text', async () => {
    const rows = enterpriseRows('E1', '甲水泥厂').map(listRow);
    const bytes = await listXlsx(rows, {
      titleRows: [['忻府区重污染天气应急减排清单（2023年秋冬季）']],
      edit: (sheet) => {
        // header on row 2, data rows 3–6: merge the enterprise columns A–G over the four rows
        for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) {
          for (let r = 4; r <= 6; r++) sheet.getCell(`${col}${r}`).value = null;
          sheet.mergeCells(`${col}3:${col}6`);
        }
        sheet.mergeCells('A1:Q1');
        sheet.getCell('B3').value = { richText: [{ text: '甲水泥' }, { text: '厂', font: { bold: true } }] };
        sheet.getCell('G3').value = new Date(Date.UTC(2023, 9, 1));
        const limit = sheet.getCell('K3');
        limit.value = 0.3;
        limit.numFmt = '0%';
        sheet.getCell('N4').value = { formula: '0.1*2', result: 0.2 };
        sheet.getCell('N6').value = { formula: '0.25*2', result: 0.5 };
      },
    });
    const parsed = await parseEmergencyList(bytes, 'xlsx', options);
    expect(errors(parsed)).toEqual([]);
    expect(warnings(parsed).map((w) => w.problem)).toEqual([
      'the 1 row(s) above the header (row 2: a title?) were skipped',
    ]);
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.entries[0]).toMatchObject({ enterpriseName: '甲水泥厂', contact: '2023-10-01', grade: 'B' });
    expect(parsed.entries[0]?.measures.yellow[0]?.limitPct).toBe(30);
    expect(parsed.entries[0]?.reductions.red.pm).toBe(0.5);
    expect(parsed.entries[0]?.measures.orange).toHaveLength(2);
  });

  it('equals the CSV reading of the same rows', async () => {
    const rows = [...enterpriseRows('E1', '甲'), ...enterpriseRows('E2', '乙', { grade: '非重点行业' })];
    const xlsx = await parseEmergencyList(await listXlsx(rows.map(listRow)), 'xlsx', options);
    const csv = await parseCsvText(listCsv(rows));
    expect(errors(xlsx)).toEqual([]);
    expect(xlsx.entries).toEqual(csv.entries);
  });

  it('a formula without a cached result is an error at its cell', async () => {
    const bytes = await listXlsx(enterpriseRows('E1', '甲').map(listRow), {
      edit: (sheet) => {
        sheet.getCell('N2').value = { formula: 'SUM(X1:X9)', date1904: false } as ExcelJSFormula;
      },
    });
    const parsed = await parseEmergencyList(bytes, 'xlsx', options);
    const error = onlyError(parsed);
    expect(error).toMatchObject({ row: 2, field: '颗粒物减排量(吨/日)' });
    expect(error?.problem).toContain("the formula '=SUM(X1:X9)' has no calculated result");
    expect(parsed.entries).toEqual([]);
  });

  it('a corrupt or non-XLSX file is unreadable (never thrown)', async () => {
    for (const bytes of [utf8('not a workbook at all'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])]) {
      const parsed = await parseEmergencyList(bytes, 'xlsx', options);
      expect(parsed.unreadable?.zh).toMatch(/^无法读取 XLSX 文件/);
      expect(parsed.unreadable?.en).toMatch(/^cannot read the XLSX file/);
      expect(parsed.entries).toEqual([]);
    }
    const good = await listXlsx(enterpriseRows('E1', '甲').map(listRow));
    const truncated = await parseEmergencyList(good.slice(0, Math.floor(good.length / 2)), 'xlsx', options);
    expect(truncated.unreadable).not.toBeNull();
  });
});

type ExcelJSFormula = { formula: string; date1904: boolean };
