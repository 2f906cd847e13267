// The organisations subgraph's OrganisationKind, declared here too so that the ledger's filter
// can take it (ArrearFilter.debtorKinds). Federation merges the two declarations into one enum;
// an enum used in an input must have the same values in every subgraph that declares it, so
// composition (npm run schema) fails if organisations adds a kind and this list does not follow.
import { registerEnumType } from 'type-graphql';

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
