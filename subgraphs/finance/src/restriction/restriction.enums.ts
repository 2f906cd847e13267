// Enumerations of spending restrictions, registered once for GraphQL. Values are stored as text.
// The measures are those the Wutaishan, Chengqu and Ye County programmes name (docs/programmes.md).
import { registerEnumType } from 'type-graphql';

export enum RestrictionMeasure {
  CUT_GENERAL_EXPENDITURE = 'CUT_GENERAL_EXPENDITURE',
  LOWER_TRAVEL_STANDARDS = 'LOWER_TRAVEL_STANDARDS',
  RESTRICT_OVERSEAS_TRAVEL = 'RESTRICT_OVERSEAS_TRAVEL',
  BAN_GOVERNMENT_PROCUREMENT = 'BAN_GOVERNMENT_PROCUREMENT',
  CUT_NON_ESSENTIAL_SPENDING = 'CUT_NON_ESSENTIAL_SPENDING',
  OTHER = 'OTHER',
}
registerEnumType(RestrictionMeasure, {
  name: 'RestrictionMeasure',
  valuesConfig: {
    CUT_GENERAL_EXPENDITURE: { description: '压减一般性支出 (Wutaishan, Chengqu)' },
    LOWER_TRAVEL_STANDARDS: { description: '降低出行标准 (Wutaishan, Chengqu)' },
    RESTRICT_OVERSEAS_TRAVEL: { description: '严格出国出境 (Wutaishan)' },
    BAN_GOVERNMENT_PROCUREMENT: { description: '限制参与政府采购 (Chengqu)' },
    CUT_NON_ESSENTIAL_SPENDING: { description: '压缩非刚性支出 (Ye County)' },
    OTHER: { description: '其他' },
  },
});

export enum RestrictionStatus {
  ACTIVE = 'ACTIVE',
  LIFTED = 'LIFTED',
}
registerEnumType(RestrictionStatus, { name: 'RestrictionStatus' });
