// The finance package's messages (see protocol/src/localized-messages.ts): every text a person
// reads from this subgraph, in Chinese (the default) and English, under stable ids.
import { defineMessages, withParams, type Message } from '@arrears-hub/protocol';

/** A message given as a parameter, in the language being rendered. */
const zh = (m: Message) => m.zh;
const en = (m: Message) => m.en;

export const financeMessages = defineMessages('finance', {
  // Issue 18, msg-others: budget lines, disbursements, projects, restrictions

  // Things named in refusals
  arrear: { zh: '欠款', en: 'Debt' },
  budgetLine: { zh: '预算指标', en: 'budget line' },
  disbursement: { zh: '拨付', en: 'disbursement' },
  project: { zh: '项目', en: 'project' },
  restriction: { zh: '支出限制', en: 'expenditure restriction' },
  supervisionCase: { zh: '督办案件', en: 'Supervised case' },

  // Shared
  notAnId: withParams<{ id: string }>({
    zh: (p) => `“${p.id}”不是有效的编号（id）。`,
    en: (p) => `"${p.id}" is not a valid id.`,
  }),
  noSuchUnit: withParams<{ id: string }>({
    zh: (p) => `没有编号为“${p.id}”的单位。`,
    en: (p) => `There is no unit with the id "${p.id}".`,
  }),

  // Budget lines and disbursements (budget/)
  adjustmentReasonRequired: {
    zh: '请说明预算为何调整（至少 2 个字）。',
    en: 'Say why the budget is adjusted (at least 2 characters).',
  },
  fiscalYearRange: {
    zh: '财政年度应为 2000 至 2100 之间的四位年份。',
    en: 'The fiscal year must be a four-digit year from 2000 to 2100.',
  },
  appropriationPositive: {
    zh: '安排的金额必须大于零。',
    en: 'The amount appropriated must be greater than zero.',
  },
  adjustmentZero: {
    zh: '调整金额为零，预算不会改变。',
    en: 'The adjustment is zero: the budget would not change.',
  },
  decreaseNegative: {
    zh: '调减（DECREASE）的金额应为负数。',
    en: 'A decrease (DECREASE) takes a negative amount.',
  },
  increasePositive: {
    zh: '追加或扣减部门预算调入的金额应为正数（调减请选 DECREASE）。',
    en: 'An increase or a transfer from a department’s budget takes a positive amount (choose DECREASE to reduce).',
  },
  adjustedInFuture: {
    zh: '调整日期不能晚于今天。',
    en: 'An adjustment cannot be dated in the future.',
  },
  adjustmentBelowDisbursed: withParams<{ after: string; disbursed: string }>({
    zh: (p) => `调整后该预算指标只有 ${p.after} 元，少于已拨付的 ${p.disbursed} 元。`,
    en: (p) =>
      `After the adjustment the budget line would hold ${p.after} yuan, less than the ${p.disbursed} yuan already disbursed.`,
  }),
  disbursementPositive: {
    zh: '拨付金额必须大于零。',
    en: 'The amount disbursed must be greater than zero.',
  },
  disbursementOverOwed: withParams<{ payable: string; amount: string }>({
    zh: (p) => `这笔欠款现可支付（无分歧部分）${p.payable} 元，拨付 ${p.amount} 元超过了所欠金额。`,
    en: (p) =>
      `This debt has ${p.payable} yuan payable now (its undisputed part): disbursing ${p.amount} yuan is more than is owed.`,
  }),
  disbursedInFuture: {
    zh: '拨付日期不能晚于今天。',
    en: 'A disbursement cannot be dated in the future.',
  },
  disbursementOverAvailable: withParams<{ left: string; amount: string }>({
    zh: (p) => `该预算指标可用 ${p.left} 元，拨付 ${p.amount} 元超出了安排的资金。`,
    en: (p) =>
      `The budget line has ${p.left} yuan available: disbursing ${p.amount} yuan is more than was appropriated.`,
  }),
  pendingLimit: {
    zh: '每次处理 1 至 1000 笔（limit 1–1000）。',
    en: 'Each run handles 1 to 1000 disbursements (limit 1–1000).',
  },

  // Reconciliation (budget/reconciliation.resolver.ts, rules/reconciliation.ts)
  mismatchPending: {
    zh: '台账暂不可用时拨付，尚待记入台账（completePendingDisbursements）。',
    en: 'Disbursed while the ledger was unavailable; still to be recorded on it (completePendingDisbursements).',
  },
  mismatchNotOnLedger: {
    zh: '已标记记入台账，但台账中没有对应付款。',
    en: 'Marked as recorded on the ledger, but the ledger has no matching payment.',
  },
  mismatchDiffersOnLedger: {
    zh: '台账中的对应付款与拨付的欠款、金额或日期不一致。',
    en: 'The matching payment on the ledger differs from the disbursement in debt, amount or date.',
  },
  mismatchLegacyNotRecorded: {
    zh: '早于台账联动的拨付：台账中没有同一欠款、同金额、同日期的付款。',
    en: 'A disbursement from before the link with the ledger: the ledger has no payment of the same debt, amount and date.',
  },
  mismatchNoSuchDisbursement: {
    zh: '台账付款注明来自一笔拨付，但财政没有这笔拨付。',
    en: 'The ledger’s payment says it comes from a disbursement finance does not have.',
  },
  mismatchDisbursementRefused: {
    zh: '台账付款注明来自一笔拨付，而这笔拨付已被台账拒收、资金已退回指标。',
    en: 'The ledger’s payment says it comes from a disbursement the ledger refused, whose money went back to its budget line.',
  },
  possibleDuplicate: withParams<{ disbursementId: string }>({
    zh: (p) => `与已记入台账的拨付 ${p.disbursementId} 同一欠款、同金额、同日期：可能重复录入。`,
    en: (p) =>
      `Same debt, amount and date as disbursement ${p.disbursementId} already on the ledger: probably entered twice.`,
  }),

  // Projects (project/, rules/project-flags.ts, rules/project-milestones.ts)
  projectNameRequired: {
    zh: '请填写项目名称（2–300 个字符）。',
    en: 'Give the project’s name (2–300 characters).',
  },
  fundingProofRequired: {
    zh: '资金落实须有证明（资金落实证明）：请写明文件名称或文号。',
    en: 'Secured funding needs its proof: give the document’s title or reference number.',
  },
  approvedAmountPositive: {
    zh: '立项金额必须大于零。',
    en: 'The approved amount must be greater than zero.',
  },
  dateInFuture: { zh: '日期不能晚于今天。', en: 'The date cannot be in the future.' },
  flagsUnacknowledged: withParams<{ names: Message[]; flags: string[] }>({
    zh: (p) =>
      `按所填日期，该项目属于${p.names.map(zh).join('、')}（${p.flags.join(', ')}）：请更正日期，或在 acknowledgedFlags 中列明，作为违规记录在案。`,
    en: (p) =>
      `By the dates given the project is ${p.names.map(en).join(', ')} (${p.flags.join(', ')}): correct the dates, or list them in acknowledgedFlags to record the violation.`,
  }),
  flagStartedBeforeApproval: {
    zh: '未批先建',
    en: 'started before approval',
  },
  flagStartedWithoutFunds: { zh: '无来源开工', en: 'started without secured funds' },
  flagContractorPrefinanced: { zh: '施工单位垫资', en: 'prefinanced by the contractor' },
  flagEstimateOverrun: { zh: '概算超支', en: 'over its estimate' },
  flagAuditScope: { zh: '审计范围', en: 'within the audit scope' },
  milestoneInFuture: {
    zh: '节点日期不能晚于今天。',
    en: 'A milestone cannot be dated in the future.',
  },
  milestoneOrder: withParams<{ milestone: Message; on: string; previous: Message; before: string }>(
    {
      zh: (p) => `${p.milestone.zh}日期（${p.on}）不能早于${p.previous.zh}日期（${p.before}）。`,
      en: (p) =>
        `The ${p.milestone.en} date (${p.on}) cannot be before the ${p.previous.en} date (${p.before}).`,
    },
  ),
  milestoneStarted: { zh: '开工', en: 'start of works' },
  milestoneCompleted: { zh: '竣工', en: 'completion' },
  milestoneAccepted: { zh: '竣工验收', en: 'acceptance' },
  milestoneFinalAccount: { zh: '竣工财务决算', en: 'final account' },
  depositPositive: {
    zh: '保证金金额必须大于零。',
    en: 'The deposit must be greater than zero.',
  },
  projectCodeTaken: {
    zh: '这个项目代码已登记过另一个项目。',
    en: 'A project with this platform code is already registered.',
  },

  // Restrictions (restriction/)
  restrictionReasonRequired: {
    zh: '请说明限制的理由（至少 2 个字）。',
    en: 'Give the reason for the restriction (at least 2 characters).',
  },
  liftReasonRequired: {
    zh: '请说明解除限制的理由（至少 2 个字）。',
    en: 'Give the reason for lifting the restriction (at least 2 characters).',
  },
  restrictionEndsBeforeStart: {
    zh: '限制的结束日期不能早于开始日期。',
    en: 'A restriction cannot end before it starts.',
  },
  notACaseId: withParams<{ id: string }>({
    zh: (p) => `“${p.id}”不是有效的督办案件编号（id）。`,
    en: (p) => `"${p.id}" is not a valid supervised case id.`,
  }),
  restrictionLifted: { zh: '这项限制已经解除。', en: 'This restriction has already been lifted.' },
  liftedBeforeStart: withParams<{ fromDate: string }>({
    zh: (p) => `解除日期不能早于限制开始的日期（${p.fromDate}）。`,
    en: (p) => `A restriction cannot be lifted before the day it started (${p.fromDate}).`,
  }),
});
