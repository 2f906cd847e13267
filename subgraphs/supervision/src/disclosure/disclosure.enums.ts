// The disclosure aggregate's enumeration (2025 regulation art. 18, docs/domain/regulation.md),
// registered once for GraphQL.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';
import type { Transitions } from '@arrears-hub/subgraph-kit';

export enum DisclosureStatus {
  DRAFT = 'DRAFT',
  REVIEWED = 'REVIEWED',
  PUBLISHED = 'PUBLISHED',
}
registerLabelledEnum(DisclosureStatus, {
  name: 'DisclosureStatus',
  labels: {
    DRAFT: { zh: '草稿' },
    REVIEWED: { zh: '已审核' },
    PUBLISHED: { zh: '已公开' },
  },
});

/** Reviewed drafts may go back to DRAFT to be regenerated; a published one is final. */
export const DISCLOSURE_TRANSITIONS: Transitions<DisclosureStatus> = {
  DRAFT: [DisclosureStatus.REVIEWED],
  REVIEWED: [DisclosureStatus.PUBLISHED, DisclosureStatus.DRAFT],
  PUBLISHED: [],
};
