// The penalty aggregate's enumeration (失信主体名录), registered once for GraphQL.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';
import type { Transitions } from '@arrears-hub/subgraph-kit';

export enum PenaltyStatus {
  LISTED = 'LISTED',
  REMOVED = 'REMOVED',
}
registerLabelledEnum(PenaltyStatus, {
  name: 'PenaltyStatus',
  labels: {
    LISTED: { zh: '已列入' },
    REMOVED: { zh: '已移出' },
  },
});

/** A unit comes off the list once (信用修复); listing it again is a new penalty. */
export const PENALTY_TRANSITIONS: Transitions<PenaltyStatus> = {
  LISTED: [PenaltyStatus.REMOVED],
  REMOVED: [],
};
