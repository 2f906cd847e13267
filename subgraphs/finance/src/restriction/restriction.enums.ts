// Enumerations of spending restrictions, registered once for GraphQL. Values are stored as text.
// The measures are those the Wutaishan, Chengqu and Ye County programmes name (docs/programmes.md).
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';

export enum RestrictionMeasure {
  CUT_GENERAL_EXPENDITURE = 'CUT_GENERAL_EXPENDITURE',
  LOWER_TRAVEL_STANDARDS = 'LOWER_TRAVEL_STANDARDS',
  RESTRICT_OVERSEAS_TRAVEL = 'RESTRICT_OVERSEAS_TRAVEL',
  BAN_GOVERNMENT_PROCUREMENT = 'BAN_GOVERNMENT_PROCUREMENT',
  CUT_NON_ESSENTIAL_SPENDING = 'CUT_NON_ESSENTIAL_SPENDING',
  OTHER = 'OTHER',
}
registerLabelledEnum(RestrictionMeasure, {
  name: 'RestrictionMeasure',
  labels: {
    CUT_GENERAL_EXPENDITURE: { zh: '压减一般性支出', note: '(Wutaishan, Chengqu)' },
    LOWER_TRAVEL_STANDARDS: { zh: '降低出行标准', note: '(Wutaishan, Chengqu)' },
    RESTRICT_OVERSEAS_TRAVEL: { zh: '严格出国出境', note: '(Wutaishan)' },
    BAN_GOVERNMENT_PROCUREMENT: { zh: '限制参与政府采购', note: '(Chengqu)' },
    CUT_NON_ESSENTIAL_SPENDING: { zh: '压缩非刚性支出', note: '(Ye County)' },
    OTHER: { zh: '其他' },
  },
});

export enum RestrictionStatus {
  ACTIVE = 'ACTIVE',
  LIFTED = 'LIFTED',
}
registerLabelledEnum(RestrictionStatus, {
  name: 'RestrictionStatus',
  labels: {
    ACTIVE: { zh: '限制中' },
    LIFTED: { zh: '已解除' },
  },
});
