// What a unit is, who owns it and whether it still operates, registered once for GraphQL (values
// are stored as text); and the two rules that follow from the kind alone.
import { registerEnumType } from 'type-graphql';

/** The kinds of unit the five programmes name (docs/domain/registry.md). Debtor and creditor are
 * roles in an Arrear, not kinds. */
export enum OrganisationKind {
  GOVERNMENT_DEPARTMENT = 'GOVERNMENT_DEPARTMENT',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  STATE_OWNED_ENTERPRISE = 'STATE_OWNED_ENTERPRISE',
  TOWN_GOVERNMENT = 'TOWN_GOVERNMENT',
  SUBDISTRICT_OFFICE = 'SUBDISTRICT_OFFICE',
  DEVELOPMENT_ZONE_COMMITTEE = 'DEVELOPMENT_ZONE_COMMITTEE',
  LARGE_ENTERPRISE = 'LARGE_ENTERPRISE',
  PRIVATE_ENTERPRISE = 'PRIVATE_ENTERPRISE',
  OTHER = 'OTHER',
}
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What a unit is.',
  valuesConfig: {
    GOVERNMENT_DEPARTMENT: { description: '机关 / 政府部门' },
    PUBLIC_INSTITUTION: { description: '事业单位' },
    STATE_OWNED_ENTERPRISE: {
      description: '国有企业, including wholly-owned and controlled subsidiaries (see parent)',
    },
    TOWN_GOVERNMENT: { description: '镇 / 苏木 / 乡人民政府' },
    SUBDISTRICT_OFFICE: { description: '街道办事处' },
    DEVELOPMENT_ZONE_COMMITTEE: { description: '开发区 / 园区管委会' },
    LARGE_ENTERPRISE: { description: '大型企业 (not state-owned)' },
    PRIVATE_ENTERPRISE: { description: '民营企业 / 中小企业' },
    OTHER: {
      description:
        '人民政府, party bodies, 纪委监委, 人大, 工商联, financial regulators …; subKind says which',
    },
  },
});

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
registerEnumType(Ownership, {
  name: 'Ownership',
  valuesConfig: {
    PUBLIC_SECTOR: { description: 'Agencies and public institutions (机关事业单位)' },
    STATE_OWNED: { description: '国有' },
    COLLECTIVE: { description: '集体' },
    PRIVATE: { description: '民营' },
    FOREIGN_INVESTED: { description: '外商投资' },
    MIXED: { description: '混合所有制' },
  },
});

export enum OrganisationStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DISSOLVED = 'DISSOLVED',
}
registerEnumType(OrganisationStatus, {
  name: 'OrganisationStatus',
  valuesConfig: {
    ACTIVE: { description: '正常' },
    SUSPENDED: {
      description:
        '停产 (state-owned enterprises that stopped production are outside the SOE scope of the Wutaishan and Chengqu programmes)',
    },
    DISSOLVED: { description: '注销 / 撤销' },
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
