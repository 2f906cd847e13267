// Enumerations of the working groups (领导小组, its office and special groups), registered once for
// GraphQL. Values are stored as text.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';

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
registerLabelledEnum(WorkingGroupKind, {
  name: 'WorkingGroupKind',
  labels: {
    LEADING_GROUP: { zh: '领导小组' },
    OFFICE: { zh: '办公室 (清欠办)' },
    SECTOR_CLUE_SCREENING: { zh: '专项小组', note: 'by sector (线索排查)' },
    FUNDING: { zh: '资金保障组' },
    DISCIPLINE: { zh: '监督执纪组' },
    PETITION_STABILITY: { zh: '信访维稳组' },
    COORDINATION: { zh: '综合协调组 / 协调小组' },
    WORKING_GROUP: { zh: '工作组', note: '(the Chengqu programme)' },
  },
});

export enum MemberRole {
  LEADER = 'LEADER',
  DEPUTY = 'DEPUTY',
  MEMBER = 'MEMBER',
}
registerLabelledEnum(MemberRole, {
  name: 'MemberRole',
  labels: {
    LEADER: { zh: '组长' },
    DEPUTY: { zh: '副组长' },
    MEMBER: { zh: '成员' },
  },
});

export enum ReportingTimeOfDay {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
}
registerLabelledEnum(ReportingTimeOfDay, {
  name: 'ReportingTimeOfDay',
  labels: {
    MORNING: { zh: '上午' },
    AFTERNOON: { zh: '下午' },
  },
});
