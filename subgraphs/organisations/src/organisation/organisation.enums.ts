// Enumerations of the organisations domain, registered once for GraphQL. Values are stored as text.
import { registerEnumType } from 'type-graphql';

/** The kinds of unit the seeds name (domain.md §5.1). Debtor and creditor are roles in an Arrear, not kinds. */
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
        '停产 (state-owned enterprises that stopped production are outside the SOE scope of seeds 002/003)',
    },
    DISSOLVED: { description: '注销 / 撤销' },
  },
});

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  BANNER = 'BANNER',
  DISTRICT = 'DISTRICT',
  TOWN = 'TOWN',
  SUMU = 'SUMU',
  TOWNSHIP = 'TOWNSHIP',
  SUBDISTRICT = 'SUBDISTRICT',
  DEVELOPMENT_ZONE = 'DEVELOPMENT_ZONE',
  SCENIC_AREA = 'SCENIC_AREA',
}
registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  valuesConfig: {
    PROVINCE: { description: '省 / 自治区' },
    CITY: { description: '市 / 盟' },
    COUNTY: { description: '县' },
    BANNER: { description: '旗' },
    DISTRICT: { description: '市辖区' },
    TOWN: { description: '镇' },
    SUMU: { description: '苏木' },
    TOWNSHIP: { description: '乡' },
    SUBDISTRICT: { description: '街道' },
    DEVELOPMENT_ZONE: { description: '开发区 / 园区' },
    SCENIC_AREA: { description: '风景名胜区 (managed like a county-level area)' },
  },
});

export enum WorkingGroupKind {
  LEADING_GROUP = 'LEADING_GROUP',
  OFFICE = 'OFFICE',
  SECTOR_CLUE_SCREENING = 'SECTOR_CLUE_SCREENING',
  FUNDING = 'FUNDING',
  DISCIPLINE = 'DISCIPLINE',
  PETITION_STABILITY = 'PETITION_STABILITY',
  COORDINATION = 'COORDINATION',
  WORKING_GROUP = 'WORKING_GROUP',
}
registerEnumType(WorkingGroupKind, {
  name: 'WorkingGroupKind',
  valuesConfig: {
    LEADING_GROUP: { description: '领导小组' },
    OFFICE: { description: '办公室 (清欠办)' },
    SECTOR_CLUE_SCREENING: { description: '专项小组 by sector (线索排查)' },
    FUNDING: { description: '资金保障组' },
    DISCIPLINE: { description: '监督执纪组' },
    PETITION_STABILITY: { description: '信访维稳组' },
    COORDINATION: { description: '综合协调组 / 协调小组' },
    WORKING_GROUP: { description: '工作组 (seed 003)' },
  },
});

export enum MemberRole {
  LEADER = 'LEADER',
  DEPUTY = 'DEPUTY',
  MEMBER = 'MEMBER',
}
registerEnumType(MemberRole, {
  name: 'MemberRole',
  valuesConfig: {
    LEADER: { description: '组长' },
    DEPUTY: { description: '副组长' },
    MEMBER: { description: '成员' },
  },
});

export enum ReportingTimeOfDay {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
}
registerEnumType(ReportingTimeOfDay, { name: 'ReportingTimeOfDay' });
