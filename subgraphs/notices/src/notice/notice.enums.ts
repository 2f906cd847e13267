// The aggregate's enums as GraphQL sees them. The values themselves are domain rules
// (rules/notice-status.ts, where no GraphQL may be imported); here they get their schema
// name and the Chinese label of each value.
import { registerEnumType } from 'type-graphql';
import { NOTICE_STATUS_LABELS, NoticeStatus } from '../rules/notice-status.js';

export { NoticeStatus };

registerEnumType(NoticeStatus, {
  name: 'NoticeStatus',
  description: 'Where a notice stands: RECEIVED → IN_PROGRESS → CLOSED (final).',
  valuesConfig: Object.fromEntries(
    Object.values(NoticeStatus).map((status) => [
      status,
      { description: NOTICE_STATUS_LABELS[status] },
    ]),
  ),
});
