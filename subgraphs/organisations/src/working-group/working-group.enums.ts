// Enumerations of the working groups (领导小组, its office and special groups), registered once for
// GraphQL. Values are stored as text.
import { registerEnumType } from 'type-graphql';

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
    WORKING_GROUP: { description: '工作组 (the Chengqu programme)' },
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
