import { describe, expect, it } from 'vitest';
import { csvDocument, csvField } from './csv.js';

describe('csv', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('keeps formulas from running in a spreadsheet, but not negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-120.50')).toBe('-120.50');
    expect(csvField('-')).toBe("'-");
  });

  it('writes a BOM, the header and CRLF rows', () => {
    expect(
      csvDocument(
        ['单位', '金额'],
        [
          ['甲', '1.00'],
          ['乙', 2],
        ],
      ),
    ).toBe('\uFEFF单位,金额\r\n甲,1.00\r\n乙,2\r\n');
  });
});
