// What a unit is: the organisations subgraph owns the registry, but the ledger filters by the
// debtor's kind too (ArrearFilter.debtorKinds), and an enum used in inputs of two subgraphs must
// have the same values and labels in both for composition. Declared once here; each subgraph
// that shows it registers it with `registerOrganisationKind()`.
import { registerLabelledEnum } from './labelled-enum.js';

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

/** Registers OrganisationKind for GraphQL, with its labels (once per process). */
export function registerOrganisationKind(): void {
  registerLabelledEnum(OrganisationKind, {
    name: 'OrganisationKind',
    description: 'What a unit is.',
    labels: {
      GOVERNMENT_DEPARTMENT: { zh: '机关 / 政府部门', en: 'Government department' },
      PUBLIC_INSTITUTION: { zh: '事业单位', en: 'Public institution' },
      STATE_OWNED_ENTERPRISE: {
        zh: '国有企业',
        en: 'State-owned enterprise',
        note: 'including wholly-owned and controlled subsidiaries (see parent)',
      },
      TOWN_GOVERNMENT: { zh: '镇 / 苏木 / 乡人民政府', en: 'Town or township government' },
      SUBDISTRICT_OFFICE: { zh: '街道办事处', en: 'Subdistrict office' },
      DEVELOPMENT_ZONE_COMMITTEE: {
        zh: '开发区 / 园区管委会',
        en: 'Development zone committee',
      },
      LARGE_ENTERPRISE: { zh: '大型企业', en: 'Large enterprise', note: '(not state-owned)' },
      PRIVATE_ENTERPRISE: { zh: '民营企业 / 中小企业', en: 'Private enterprise or SME' },
      OTHER: {
        zh: '其他单位',
        en: 'Other unit',
        note: '人民政府, party bodies, 纪委监委, 人大, 工商联, financial regulators …; subKind says which',
      },
    },
  });
}
