// How a notice moves through its statuses and when it is overdue: pure domain rules (no ORM, no
// GraphQL, no settings read here), so they are tested without a database and reused by any
// caller. The GraphQL enum is registered beside the aggregate (notice/notice.enums.ts).
import { addDays } from '@arrears-hub/protocol/calendar-date';
import { canMove, type Transitions } from '@arrears-hub/protocol/state-machine';

export enum NoticeStatus {
  RECEIVED = 'RECEIVED',
  IN_PROGRESS = 'IN_PROGRESS',
  CLOSED = 'CLOSED',
}

/** What a person reads for each status. */
export const NOTICE_STATUS_LABELS: Readonly<Record<NoticeStatus, string>> = {
  [NoticeStatus.RECEIVED]: '已受理',
  [NoticeStatus.IN_PROGRESS]: '办理中',
  [NoticeStatus.CLOSED]: '已办结',
};

/** 已受理 → 办理中 → 已办结 (or closed at once); a closed record is final. */
export const NOTICE_MOVES: Transitions<NoticeStatus> = {
  [NoticeStatus.RECEIVED]: [NoticeStatus.IN_PROGRESS, NoticeStatus.CLOSED],
  [NoticeStatus.IN_PROGRESS]: [NoticeStatus.CLOSED],
  [NoticeStatus.CLOSED]: [],
};

/** Why the record may not move from `from` to `to`, in words a clerk can act on; null when it may. */
export function statusMoveProblem(from: NoticeStatus, to: NoticeStatus): string | null {
  if (canMove(NOTICE_MOVES, from, to)) return null;
  const label = (s: NoticeStatus) => `“${NOTICE_STATUS_LABELS[s]}”`;
  const allowed = NOTICE_MOVES[from];
  return allowed.length
    ? `这条记录现为${label(from)}，只能改为${allowed.map(label).join('或')}。`
    : `这条记录已是${label(from)}，不能再更改状态。`;
}

/** The day by which a record received on `receivedOn` must be closed, `days` calendar days later. */
export function dueDate(receivedOn: string, days: number): string {
  return addDays(receivedOn, days);
}

/** Overdue: not closed, and `today` (China time) lies after its due date. */
export function isOverdue(status: NoticeStatus, dueOn: string, today: string): boolean {
  return status !== NoticeStatus.CLOSED && today > dueOn;
}
