// The notice aggregate's enumerations, registered once for GraphQL. The kinds and recipient types
// are declared in the kit's contract catalogue (every subgraph raises them), mirrored here.
import { registerEnumType } from 'type-graphql';
import { NOTICE_KINDS, NOTICE_RECIPIENT_TYPES } from '@arrears-hub/subgraph-kit';

export const NoticeKind = Object.fromEntries(NOTICE_KINDS.map((k) => [k, k])) as {
  [K in (typeof NOTICE_KINDS)[number]]: K;
};
export type NoticeKind = (typeof NOTICE_KINDS)[number];

registerEnumType(NoticeKind, {
  name: 'NoticeKind',
  description: 'What a notice is about (docs/jobs-and-notices.md lists the rule behind each).',
  valuesConfig: {
    CASE_OPENED: { description: '自动立案督办（还款计划违约、线索办理超期）' },
    CASE_ESCALATED: { description: '督办事项逾期未办结，已升级' },
    RECTIFICATION_OVERDUE: { description: '整改逾期' },
    INSTALMENT_DUE: { description: '还款计划分期即将到期' },
    INSTALMENT_MISSED: { description: '还款计划分期逾期未还' },
    PLAN_DEFAULT: { description: '还款计划违约，已移交督办' },
    LEDGER_REPORT_DUE: { description: '月度台账即将截止报送' },
    LEDGER_REPORT_MISSING: { description: '月度台账截止时未报送的单位' },
    GROUP_REPORT_TO_SIGN: { description: '行业组月度台账已汇总，待组长审签' },
    CLUE_CLOCK_WARNING: { description: '线索办理时限还剩 3 个工作日' },
    CLUE_CLOCK_BREACHED: { description: '线索办理时限已过' },
    DISCLOSURE_DRAFTED: { description: '年度信息公开草稿已生成' },
    DISCLOSURE_DUE: { description: '年度信息公开将于 3 月 31 日截止' },
    DISCLOSURE_MISSING: { description: '截至 3 月 31 日未公开的单位' },
    CALENDAR_MISSING: { description: '下一年度工作日历尚未录入' },
    CLUE_PETITION: { description: '涉及拖欠账款的信访线索（告知信访维稳组）' },
    CLUE_INFO_REQUESTED: { description: '线索办理单位请企业补充材料或说明' },
    CLUE_LEDGER_DUE: { description: '12345 线索台账即将截止报送' },
    RECEIVABLE_CONFIRMATION_REQUESTED: {
      description: '企业申请账款确权，请在 30 日内确认或提出异议',
    },
    RECEIVABLE_CONFIRMATION_DUE: { description: '账款确权答复期限还剩 3 个工作日' },
    RECEIVABLE_CONFIRMATION_SILENT: { description: '债务人逾期未答复账款确权申请' },
    TEST: { description: '测试通知（检验推送渠道）' },
  },
});

export const RecipientType = Object.fromEntries(NOTICE_RECIPIENT_TYPES.map((k) => [k, k])) as {
  [K in (typeof NOTICE_RECIPIENT_TYPES)[number]]: K;
};
export type RecipientType = (typeof NOTICE_RECIPIENT_TYPES)[number];

registerEnumType(RecipientType, {
  name: 'NoticeRecipientType',
  valuesConfig: {
    UNIT: { description: '单位（其 BUREAU 用户）' },
    POST: { description: '岗位（显示在该岗位所在单位的收件箱）' },
    REGION_OFFICE: { description: '地区清欠办（该地区的领导小组、监督检查人员）' },
    ENTERPRISE: { description: '企业' },
    ADMIN: { description: '系统管理员' },
  },
});
