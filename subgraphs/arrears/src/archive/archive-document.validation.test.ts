import { describe, expect, it } from 'vitest';
import { documentProblems } from './archive-document.validation.js';

const pdf = Buffer.from('%PDF-1.4 合同').toString('base64');

describe('documentProblems', () => {
  it('decodes a good upload', () => {
    const { problems, document } = documentProblems(
      { fileName: ' 合同.pdf ', mediaType: 'application/pdf', contentBase64: pdf },
      1000,
    );
    expect(problems).toEqual([]);
    expect(document?.fileName).toBe('合同.pdf');
  });

  it('reports every problem of an upload at once', () => {
    const { problems, document } = documentProblems(
      { fileName: '../etc/passwd', mediaType: 'application/x-msdownload', contentBase64: '!!' },
      1000,
    );
    expect(document).toBeNull();
    expect(problems.map((p) => p.field)).toEqual(['fileName', 'mediaType', 'contentBase64']);
  });

  it('refuses content that is not what its type says, and files over the limit', () => {
    const png = documentProblems(
      { fileName: 'a.png', mediaType: 'image/png', contentBase64: pdf },
      1000,
    ).problems;
    expect(png.map((p) => p.field)).toEqual(['mediaType']);
    const big = documentProblems(
      { fileName: 'a.pdf', mediaType: 'application/pdf', contentBase64: pdf },
      5,
    ).problems;
    expect(big.map((p) => p.field)).toEqual(['contentBase64']);
  });
});
