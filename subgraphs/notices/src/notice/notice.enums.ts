// The notice aggregate's enumerations, registered once for GraphQL. The kinds and recipient types
// are declared in the kit's contract catalogue (every subgraph raises them), mirrored here.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';
import { NOTICE_KINDS, NOTICE_RECIPIENT_TYPES } from '@arrears-hub/subgraph-kit';

export const NoticeKind = Object.fromEntries(NOTICE_KINDS.map((k) => [k, k])) as {
  [K in (typeof NOTICE_KINDS)[number]]: K;
};
export type NoticeKind = (typeof NOTICE_KINDS)[number];

registerLabelledEnum(NoticeKind, {
  name: 'NoticeKind',
  description: 'What a notice is about (docs/jobs-and-notices.md lists the rule behind each).',
  labels: {
    CASE_OPENED: { zh: '自动立案督办（还款计划违约、线索办理超期）' },
    CASE_ESCALATED: { zh: '督办事项逾期未办结，已升级' },
    RECTIFICATION_OVERDUE: { zh: '整改逾期' },
    INSTALMENT_DUE: { zh: '还款计划分期即将到期' },
    INSTALMENT_MISSED: { zh: '还款计划分期逾期未还' },
    PLAN_DEFAULT: { zh: '还款计划违约，已移交督办' },
    LEDGER_REPORT_DUE: { zh: '月度台账即将截止报送' },
    LEDGER_REPORT_MISSING: { zh: '月度台账截止时未报送的单位' },
    GROUP_REPORT_TO_SIGN: { zh: '行业组月度台账已汇总，待组长审签' },
    CLUE_CLOCK_WARNING: { zh: '线索办理时限还剩 3 个工作日' },
    CLUE_CLOCK_BREACHED: { zh: '线索办理时限已过' },
    DISCLOSURE_DRAFTED: { zh: '年度信息公开草稿已生成' },
    DISCLOSURE_DUE: { zh: '年度信息公开将于 3 月 31 日截止' },
    DISCLOSURE_MISSING: { zh: '截至 3 月 31 日未公开的单位' },
    CALENDAR_MISSING: { zh: '下一年度工作日历尚未录入' },
    CLUE_PETITION: { zh: '涉及拖欠账款的信访线索（告知信访维稳组）' },
    CLUE_INFO_REQUESTED: { zh: '线索办理单位请企业补充材料或说明' },
    CLUE_LEDGER_DUE: { zh: '12345 线索台账即将截止报送' },
    RECEIVABLE_CONFIRMATION_REQUESTED: { zh: '企业申请账款确权，请在 30 日内确认或提出异议' },
    RECEIVABLE_CONFIRMATION_DUE: { zh: '账款确权答复期限还剩 3 个工作日' },
    RECEIVABLE_CONFIRMATION_SILENT: { zh: '债务人逾期未答复账款确权申请' },
    TEST: { zh: '测试通知（检验推送渠道）' },
  },
});

export const RecipientType = Object.fromEntries(NOTICE_RECIPIENT_TYPES.map((k) => [k, k])) as {
  [K in (typeof NOTICE_RECIPIENT_TYPES)[number]]: K;
};
export type RecipientType = (typeof NOTICE_RECIPIENT_TYPES)[number];

registerLabelledEnum(RecipientType, {
  name: 'NoticeRecipientType',
  labels: {
    UNIT: { zh: '单位', note: '（其 BUREAU 用户）' },
    POST: { zh: '岗位（显示在该岗位所在单位的收件箱）' },
    REGION_OFFICE: { zh: '地区清欠办（该地区的领导小组、监督检查人员）' },
    ENTERPRISE: { zh: '企业' },
    ADMIN: { zh: '系统管理员' },
  },
});
