// The disclosure aggregate's enumeration (2025 regulation art. 18, docs/domain/regulation.md),
// registered once for GraphQL.
import { registerEnumType } from 'type-graphql';
import type { Transitions } from '@arrears-hub/subgraph-kit';

export enum DisclosureStatus {
  DRAFT = 'DRAFT',
  REVIEWED = 'REVIEWED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(DisclosureStatus, { name: 'DisclosureStatus' });

/** Reviewed drafts may go back to DRAFT to be regenerated; a published one is final. */
export const DISCLOSURE_TRANSITIONS: Transitions<DisclosureStatus> = {
  DRAFT: [DisclosureStatus.REVIEWED],
  REVIEWED: [DisclosureStatus.PUBLISHED, DisclosureStatus.DRAFT],
  PUBLISHED: [],
};
