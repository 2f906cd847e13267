import { describe, expect, it } from 'vitest';
import { ClueChannel } from './clue.enums.js';
import {
  filingProblems,
  stepDayProblems,
  verificationProblems,
  type ClueFiling,
} from './clue.validation.js';
import { extensionProblem } from '../rules/clue-clock.js';

const filing: ClueFiling = {
  channel: ClueChannel.HOTLINE_12345,
  receivedOn: '2025-09-26',
  complainantId: '7e2d2f63-4d9f-4e1c-8b62-1c1e8f4f7b21',
  complainantName: ' 瑞丰建材有限公司 ',
  respondentName: '住建局',
  amountClaimed: '52000.00',
  facts: '建材货款逾期未付。',
  notInOtherProceedings: true,
  contactPhone: '１３８００００００００',
};

describe('filingProblems', () => {
  it('accepts a good filing and normalises its texts', () => {
    const { problems, clean } = filingProblems(filing, null);
    expect(problems).toEqual([]);
    expect(clean.complainantName).toBe('瑞丰建材有限公司');
    expect(clean.contactPhone).toBe('13800000000');
  });

  it('reports every problem of a filing at once', () => {
    const { problems } = filingProblems(
      {
        ...filing,
        facts: ' ',
        amountClaimed: '0.00',
        receivedOn: '2199-01-01',
        respondentId: 'not-an-id',
        complainantSizeClass: 'HUGE',
      },
      null,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'facts',
      'receivedOn',
      'amountClaimed',
      'respondentId',
      'complainantSizeClass',
    ]);
  });

  it('an enterprise files only in its own name, and neither chooses the channel nor back-dates', () => {
    const own = { ...filing, channel: null, receivedOn: null };
    expect(filingProblems(own, filing.complainantId!).problems).toEqual([]);
    expect(filingProblems(own, 'another').problems.map((p) => p.field)).toEqual(['complainantId']);
    expect(filingProblems(filing, filing.complainantId!).problems.map((p) => p.field)).toEqual([
      'channel',
      'receivedOn',
    ]);
  });

  it('a clerk gives the channel and the day, and never SELF_SERVICE', () => {
    const fields = (f: ClueFiling) => filingProblems(f, null).problems.map((p) => p.field);
    expect(fields({ ...filing, channel: null, receivedOn: null })).toEqual([
      'channel',
      'receivedOn',
    ]);
    expect(fields({ ...filing, channel: ClueChannel.SELF_SERVICE })).toEqual(['channel']);
  });
});

describe('the steps', () => {
  it('a step is dated neither in the future nor before the step it follows', () => {
    expect(stepDayProblems('2025-09-29', '2025-09-26').problems).toEqual([]);
    expect(stepDayProblems('2025-09-20', '2025-09-26').problems.map((p) => p.field)).toEqual([
      'on',
    ]);
    expect(stepDayProblems('2199-01-01', '2025-09-26').problems).toHaveLength(1);
  });

  it('verification: a note, an amount, and not both a match and a new line', () => {
    const problems = verificationProblems({
      confirmedAmount: '0.00',
      disputed: false,
      note: '',
      arrearId: '6d1c1e52-3c8e-4d0b-9a51-0b0d7f3f6a10',
      registerArrear: { contractNo: 'HT-1', contractSignedOn: '2025-01-01' },
    });
    expect(problems.map((p) => p.field)).toEqual(['note', 'arrearId', 'confirmedAmount']);
  });

  it('handling may be extended to 90 days in all (2025 art. 25¶2)', () => {
    expect(extensionProblem(0, 60)).toBeNull();
    expect(extensionProblem(30, 31)?.en).toMatch(/91 days.*90/);
    expect(extensionProblem(0, 0)).not.toBeNull();
  });
});
