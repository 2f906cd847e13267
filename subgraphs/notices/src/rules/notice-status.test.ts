import { describe, expect, it } from 'vitest';
import { dueDate, isOverdue, statusMoveProblem, NoticeStatus } from './notice-status.js';

const { RECEIVED, IN_PROGRESS, CLOSED } = NoticeStatus;

describe('notice status moves', () => {
  it('allows the moves of the table', () => {
    expect(statusMoveProblem(RECEIVED, IN_PROGRESS)).toBeNull();
    expect(statusMoveProblem(RECEIVED, CLOSED)).toBeNull();
    expect(statusMoveProblem(IN_PROGRESS, CLOSED)).toBeNull();
  });

  it('names the moves that are allowed instead', () => {
    expect(statusMoveProblem(IN_PROGRESS, RECEIVED)).toBe(
      '这条记录现为“办理中”，只能改为“已办结”。',
    );
    expect(statusMoveProblem(CLOSED, IN_PROGRESS)).toBe('这条记录已是“已办结”，不能再更改状态。');
  });
});

describe('notice due date', () => {
  it('counts calendar days, across a month and a leap day', () => {
    expect(dueDate('2026-01-31', 60)).toBe('2026-04-01');
    expect(dueDate('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('is overdue only after the due date and while not closed', () => {
    expect(isOverdue(RECEIVED, '2026-04-01', '2026-04-01')).toBe(false);
    expect(isOverdue(IN_PROGRESS, '2026-04-01', '2026-04-02')).toBe(true);
    expect(isOverdue(CLOSED, '2026-04-01', '2026-04-02')).toBe(false);
  });
});
