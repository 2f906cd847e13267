// Spreadsheet cells as clerks write them: hand-computed vectors for every accepted form and for
// the slips the parser must refuse (a day that does not exist, a misplaced separator, a fen less).
import { describe, expect, it } from 'vitest';
import {
  amountHeader,
  excelSerialDate,
  halfWidth,
  numberCellText,
  parseSheetAmount,
  parseSheetDate,
  parseSheetYesNo,
} from './sheet-cells.js';

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }) =>
  r.ok ? r.value : `ERROR ${r.message}`;
const message = (r: { ok: boolean; message?: string }) => (r.ok ? 'OK' : r.message!);

describe('parseSheetDate', () => {
  it.each([
    ['2025-08-05', '2025-08-05'],
    ['2025-8-5', '2025-08-05'],
    ['2025/8/5', '2025-08-05'],
    ['2025/08/05', '2025-08-05'],
    ['2025.8.5', '2025-08-05'],
    ['2025年8月5日', '2025-08-05'],
    ['2025年08月05日', '2025-08-05'],
    ['2025年8月5', '2025-08-05'],
    [' 2025 年 8 月 5 日 ', '2025-08-05'],
    ['２０２５年８月５日', '2025-08-05'],
    ['２０２５／８／５', '2025-08-05'],
    ['20250805', '2025-08-05'],
    ['2025/8/5 0:00:00', '2025-08-05'],
    ['2025-08-05T00:00', '2025-08-05'],
    ['2024/2/29', '2024-02-29'],
    ['2000/2/29', '2000-02-29'],
    // Excel day numbers: 45874 days after 1899-12-30 is 2025-08-05 (45658 is 2025-01-01, +216).
    ['45874', '2025-08-05'],
    ['45658', '2025-01-01'],
    ['45874.0', '2025-08-05'],
    ['43831', '2020-01-01'],
  ])('%s → %s', (input, expected) => {
    expect(value(parseSheetDate(input))).toBe(expected);
  });

  it.each([
    ['2025/2/30', '2025年2月只有 28 天'],
    ['2025-02-29', '2025年2月只有 28 天'],
    ['1900/2/29', '1900年2月只有 28 天'],
    ['2025/4/31', '2025年4月只有 30 天'],
    ['2025年13月1日', '没有 13 月'],
    ['2025.0.5', '没有 0 月'],
    ['2025/8/0', '2025年8月只有 31 天'],
    ['1899/12/31', '不在 1900—2199 年之间'],
    ['2025/8.5', '不是可识别的日期'],
    ['8/5/2025', '年份不在前面'],
    ['2025', 'Excel 日期序号超出范围'],
    ['20251301', '没有 13 月'],
    ['明年', '不是可识别的日期'],
  ])('%s is refused (%s)', (input, expected) => {
    expect(message(parseSheetDate(input))).toContain(expected);
  });
});

describe('excelSerialDate', () => {
  it('counts the 1900 date system, with the 1900-02-29 Excel believes in', () => {
    expect(excelSerialDate(1)).toBe('1900-01-01');
    expect(excelSerialDate(59)).toBe('1900-02-28');
    expect(excelSerialDate(60)).toBeNull();
    expect(excelSerialDate(61)).toBe('1900-03-01');
    expect(excelSerialDate(45874)).toBe('2025-08-05');
    expect(excelSerialDate(1.5)).toBeNull();
  });
});

describe('parseSheetYesNo', () => {
  it.each([
    ['是', true],
    ['有', true],
    ['有分歧', true],
    ['Y', true],
    ['yes', true],
    ['1', true],
    ['否', false],
    ['无', false],
    ['无分歧', false],
    [' 无 分歧 ', false],
    ['没有', false],
    ['N', false],
    ['no', false],
    ['0', false],
  ])('%s → %s', (input, expected) => {
    expect(value(parseSheetYesNo(input))).toBe(expected);
  });

  it('refuses anything else, naming the words it takes', () => {
    expect(message(parseSheetYesNo('待定'))).toBe(
      '“待定”无法识别：请填写“是”或“否”（也可写“有分歧”“无分歧”“有”“无”）。',
    );
  });
});

describe('parseSheetAmount', () => {
  it.each([
    ['1234567.89', 'YUAN', '1234567.89'],
    ['1,234,567.89', 'YUAN', '1234567.89'],
    ['１，２３４，５６７．８９', 'YUAN', '1234567.89'],
    ['1，234，567', 'YUAN', '1234567.00'],
    ['¥1,200.5', 'YUAN', '1200.50'],
    ['￥1200元', 'YUAN', '1200.00'],
    ['1 234 567.89', 'YUAN', '1234567.89'],
    ['0', 'YUAN', '0.00'],
    ['120.', 'YUAN', '120.00'],
    // 万元: four places to the right, digit by digit.
    ['12.3456', 'WAN_YUAN', '123456.00'],
    ['1,234.5', 'WAN_YUAN', '12345000.00'],
    ['0.000001', 'WAN_YUAN', '0.01'],
    ['1.234567', 'WAN_YUAN', '12345.67'],
    ['１２．５', 'WAN_YUAN', '125000.00'],
    ['85', 'WAN_YUAN', '850000.00'],
    ['9999999999.999999', 'WAN_YUAN', '99999999999999.99'],
  ])('%s (%s) → %s', (input, unit, expected) => {
    expect(value(parseSheetAmount(input, unit as 'YUAN' | 'WAN_YUAN'))).toBe(expected);
  });

  it.each([
    ['1.234', 'YUAN', '超过两位小数'],
    ['0.0000001', 'WAN_YUAN', '超过六位小数'],
    ['1,23,456', 'YUAN', '千位分隔符位置不对'],
    ['1234,567', 'YUAN', '千位分隔符位置不对'],
    ['-100', 'YUAN', '是负数'],
    ['(100)', 'YUAN', '是负数'],
    ['1.2e5', 'YUAN', '不是金额'],
    ['一百', 'YUAN', '不是金额'],
    ['12万', 'YUAN', '不是金额'],
    ['100元', 'WAN_YUAN', '以万元为单位'],
    ['12345678901234567', 'YUAN', '超出金额的范围'],
  ])('%s (%s) is refused (%s)', (input, unit, expected) => {
    expect(message(parseSheetAmount(input, unit as 'YUAN' | 'WAN_YUAN'))).toContain(expected);
  });
});

describe('numberCellText', () => {
  it('writes a double as typed, without rounding money away', () => {
    expect(numberCellText(1200.5)).toBe('1200.50');
    expect(numberCellText(0.1 + 0.2)).toBe('0.30');
    expect(numberCellText(1.005)).toBe('1.005');
    expect(numberCellText(12.3456, 'WAN_YUAN')).toBe('12.3456');
    expect(numberCellText(85, 'WAN_YUAN')).toBe('85');
    expect(numberCellText(1.1 * 3, 'WAN_YUAN')).toBe('3.3');
    expect(numberCellText(0.00000012, 'WAN_YUAN')).toBe('1.2e-7');
  });
});

describe('amountHeader', () => {
  it('reads the unit a money column declares', () => {
    expect(amountHeader('应付金额（元）')).toEqual({ label: '应付金额', unit: 'YUAN' });
    expect(amountHeader('应付金额（万元）')).toEqual({ label: '应付金额', unit: 'WAN_YUAN' });
    expect(amountHeader('应付金额(万元)')).toEqual({ label: '应付金额', unit: 'WAN_YUAN' });
    expect(amountHeader(' 应付金额\n（万元）')).toEqual({ label: '应付金额', unit: 'WAN_YUAN' });
    expect(amountHeader('应付金额')).toEqual({ label: '应付金额', unit: null });
  });

  it('maps full-width forms to half-width', () => {
    expect(halfWidth('１２３，．（）　')).toBe('123,.() ');
  });
});
