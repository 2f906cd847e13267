// What a new notice must satisfy before it is written, as a list of problems keyed by the domain
// field: a clerk sees every broken rule at once, and the resolver maps each to input.<field>.
// Pure of GraphQL: it takes the plain NoticeDraft that the input class satisfies, so an import
// (a spreadsheet, a job) checks its rows with the same rules.
import {
  checkText,
  isUuid,
  parseCalendarDate,
  Problems,
  todayInChina,
  type Problem,
} from '@arrears-hub/subgraph-kit';

export const TITLE_MAX = 200;

/** A new notice as the domain sees it. */
export interface NoticeDraft {
  unitId: string;
  title: string;
  receivedOn: string;
}

export interface CheckedDraft {
  /** Empty when the draft may be registered. */
  problems: Problem[];
  /** The draft as it is stored: texts through the one normaliser (protocol/text.ts). */
  value: NoticeDraft;
}

export function checkNoticeDraft(draft: NoticeDraft, today = todayInChina()): CheckedDraft {
  const p = new Problems();
  p.check(isUuid(draft.unitId), 'unitId', `“${draft.unitId}”不是有效的单位编号（id）。`);
  const title = checkText(p, draft.title, 'title', {
    required: true,
    max: TITLE_MAX,
    message: '请填写标题（至少 2 个字）。',
  });
  const dated = p.check(
    parseCalendarDate(draft.receivedOn).ok,
    'receivedOn',
    '受理日期应写作 YYYY-MM-DD，例如 2026-06-01。',
  );
  // Only a real date can be compared with today.
  if (dated)
    p.check(
      draft.receivedOn <= today,
      'receivedOn',
      `受理日期 ${draft.receivedOn} 晚于今天（${today}）。`,
    );
  return { problems: p.list, value: { ...draft, title: title ?? draft.title } };
}
