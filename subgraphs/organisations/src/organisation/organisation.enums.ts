// What a unit is, who owns it and whether it still operates, registered once for GraphQL (values
// are stored as text); and the two rules that follow from the kind alone.
import {
  OrganisationKind,
  registerLabelledEnum,
  registerOrganisationKind,
} from '@arrears-hub/subgraph-kit';

// The kinds themselves are the kit's (the ledger filters by them too): one declaration, one set of labels.
export { OrganisationKind };
registerOrganisationKind();

/** Kinds that are enterprises and therefore must carry a credit code when registered. */
export const ENTERPRISE_KINDS: ReadonlySet<OrganisationKind> = new Set([
  OrganisationKind.STATE_OWNED_ENTERPRISE,
  OrganisationKind.LARGE_ENTERPRISE,
  OrganisationKind.PRIVATE_ENTERPRISE,
]);

/** 所有制: who owns the unit (not to be confused with the kit's record ownership declarations). */
export enum Ownership {
  PUBLIC_SECTOR = 'PUBLIC_SECTOR',
  STATE_OWNED = 'STATE_OWNED',
  COLLECTIVE = 'COLLECTIVE',
  PRIVATE = 'PRIVATE',
  FOREIGN_INVESTED = 'FOREIGN_INVESTED',
  MIXED = 'MIXED',
}
registerLabelledEnum(Ownership, {
  name: 'Ownership',
  labels: {
    PUBLIC_SECTOR: { zh: '机关事业单位', note: 'Agencies and public institutions (机关事业单位)' },
    STATE_OWNED: { zh: '国有' },
    COLLECTIVE: { zh: '集体' },
    PRIVATE: { zh: '民营' },
    FOREIGN_INVESTED: { zh: '外商投资' },
    MIXED: { zh: '混合所有制' },
  },
});

export enum OrganisationStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DISSOLVED = 'DISSOLVED',
}
registerLabelledEnum(OrganisationStatus, {
  name: 'OrganisationStatus',
  labels: {
    ACTIVE: { zh: '正常' },
    SUSPENDED: {
      zh: '已暂停',
      note: '停产 (state-owned enterprises that stopped production are outside the SOE scope of the Wutaishan and Chengqu programmes)',
    },
    DISSOLVED: { zh: '注销 / 撤销' },
  },
});

/** The ownership a unit of `kind` has unless the registration says otherwise. */
export function defaultOwnership(kind: OrganisationKind): Ownership {
  switch (kind) {
    case OrganisationKind.STATE_OWNED_ENTERPRISE:
      return Ownership.STATE_OWNED;
    case OrganisationKind.LARGE_ENTERPRISE:
    case OrganisationKind.PRIVATE_ENTERPRISE:
      return Ownership.PRIVATE;
    default:
      return Ownership.PUBLIC_SECTOR;
  }
}
