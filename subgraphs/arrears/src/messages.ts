// The arrears subgraph's messages (see @arrears-hub/protocol/localized-messages): every text a
// clerk, an enterprise or an inspector reads from this subgraph — refusals, problems, the rules'
// explanations, notices — in Chinese (the default) and English. Imports only the protocol's
// localized-messages, so the pure rules under src/rules/ may import it too.
import { defineMessages, withParams, type Message } from '@arrears-hub/protocol/localized-messages';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals, as articles are numbered (第十六条, 第二十五条). */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? DIGITS[tens] : ''}十${ones ? DIGITS[ones] : ''}`;
}

const SIZE_ZH: Record<string, string> = {
  LARGE: '大型企业',
  MEDIUM: '中型企业',
  SMALL: '小型企业',
  MICRO: '微型企业',
  UNKNOWN: '规模不明',
};
const SIZE_EN: Record<string, string> = {
  LARGE: 'a large enterprise',
  MEDIUM: 'a medium-sized enterprise',
  SMALL: 'a small enterprise',
  MICRO: 'a micro enterprise',
  UNKNOWN: 'of unknown size',
};
const sizeZh = (size: string) => SIZE_ZH[size] ?? size;
const sizeEn = (size: string) => SIZE_EN[size] ?? size;

export const arrearsMessages = defineMessages('arrears', {
  // ---- msg-arrears: the arrears subgraph's messages moved into the catalogue ----
  // Ledger lines (ledger/arrear.validation.ts, contract terms, workflow steps)
  notAnId: withParams<{ id: string; what: Message }>({
    zh: (p) => `“${p.id}”不是有效的${p.what.zh}编号。`,
    en: (p) => `"${p.id}" is not a valid ${p.what.en} id.`,
  }),
  debtorIsCreditor: {
    zh: '欠款单位与债权企业不能是同一单位。',
    en: 'The debtor and the creditor must be different units.',
  },
  contractNoRequired: {
    zh: '合同编号不能为空。',
    en: 'The contract number cannot be empty.',
  },
  signedInFuture: {
    zh: '合同签订日期不能晚于今天。',
    en: 'The contract cannot be signed in the future.',
  },
  deliveredInFuture: {
    zh: '交付日期不能晚于今天。',
    en: 'Delivery cannot be dated in the future.',
  },
  acceptedInFuture: {
    zh: '验收日期不能晚于今天。',
    en: 'Acceptance cannot be dated in the future.',
  },
  acceptedBeforeDelivery: {
    zh: '验收日期不能早于交付日期。',
    en: 'Acceptance cannot come before delivery.',
  },
  amountDueNotPositive: {
    zh: '应付金额必须大于零。',
    en: 'The amount due must be more than zero.',
  },
  paidOverDue: withParams<{ paid: string; amountDue: string }>({
    zh: (p) => `已付金额 ${p.paid} 超过应付金额 ${p.amountDue}。`,
    en: (p) => `Paid so far (${p.paid}) is more than the amount due (${p.amountDue}).`,
  }),
  wagesOverDue: {
    zh: '农民工工资部分不能超过应付金额。',
    en: 'The part owed as migrant workers’ wages cannot exceed the amount due.',
  },
  sizeNotDeclarable: {
    zh: '签订时企业规模只能申报为大型、中型、小型或微型（LARGE、MEDIUM、SMALL、MICRO）；不清楚请留空，按规模数据判断。',
    en: 'The size at signing can only be declared LARGE, MEDIUM, SMALL or MICRO; leave it empty if unknown and the size data decide.',
  },
  notALedgerDebtor: withParams<{ name: string; kind: string }>({
    zh: (p) =>
      `${p.name}（${p.kind}）不是台账登记的欠款主体：台账登记机关、事业单位、国有企业和大型企业的欠款。`,
    en: (p) =>
      `${p.name} (${p.kind}) is not a debtor the ledger records: the ledger records what agencies, public institutions, state-owned and large enterprises owe.`,
  }),
  noSuchDebtorUnit: withParams<{ id: string }>({
    zh: (p) => `没有编号为“${p.id}”的单位：请先登记欠款单位。`,
    en: (p) => `There is no unit with id "${p.id}": register the debtor first.`,
  }),
  noSuchCreditorUnit: withParams<{ id: string }>({
    zh: (p) => `没有编号为“${p.id}”的单位：请先登记该企业。`,
    en: (p) => `There is no unit with id "${p.id}": register the enterprise first.`,
  }),
  creditorNotEnterprise: withParams<{ name: string; kind: string }>({
    zh: (p) => `${p.name}（${p.kind}）不是企业，不能作为债权人。`,
    en: (p) => `${p.name} (${p.kind}) is not an enterprise and cannot be the creditor.`,
  }),
  verificationEvidenceRequired: {
    zh: '请说明核实依据。',
    en: 'Say what the verification rests on.',
  },
  verifiedInFuture: {
    zh: '核实日期不能晚于今天。',
    en: 'A verification cannot be dated in the future.',
  },
  verifiedAmountNotPositive: {
    zh: '核实金额必须大于零。',
    en: 'The confirmed amount must be more than zero.',
  },
  verifiedBelowPaid: withParams<{ paid: string }>({
    zh: (p) => `核实金额少于已付金额 ${p.paid}。`,
    en: (p) => `The confirmed amount is less than what was already paid (${p.paid}).`,
  }),
  verifiedBelowWages: {
    zh: '核实金额少于其中的农民工工资部分。',
    en: 'The confirmed amount is less than the part of it owed as migrant workers’ wages.',
  },
  verifiedBeforeContract: {
    zh: '核实日期不能早于合同签订日期。',
    en: 'A verification cannot predate the contract.',
  },
  duplicateDebt: {
    zh: '这笔欠款已在台账中（同一欠款单位、债权企业和合同编号）：请更新原记录，不要重复登记。',
    en: 'This debt is already in the ledger (same debtor, creditor and contract number): update that line instead of registering it again.',
  },
  signedRangeEmpty: {
    zh: '签订日期起点晚于终点，没有记录能符合。',
    en: 'signedFrom is after signedTo: no line can match.',
  },
  dateInFuture: {
    zh: '日期不能晚于今天。',
    en: 'The date cannot be in the future.',
  },
  dateBeforeContract: {
    zh: '日期不能早于合同签订日期。',
    en: 'The date cannot predate the contract.',
  },
  disputeReasonRequired: {
    zh: '请说明分歧所在。',
    en: 'Say what the dispute is about.',
  },
  disputedPartOutOfRange: withParams<{ outstanding: string }>({
    zh: (p) => `有分歧的部分须大于零且不超过欠款余额 ${p.outstanding}。`,
    en: (p) =>
      `The disputed part must be more than zero and at most what is outstanding (${p.outstanding}).`,
  }),
  courtReferenceRequired: {
    zh: '请填写法院或仲裁机构及案号。',
    en: 'Say which court or arbitration body, and the case number.',
  },
  withdrawalReasonRequired: {
    zh: '请说明撤销的理由。',
    en: 'Say why the debt is withdrawn.',
  },
  sizeCorrectionNotDeclarable: {
    zh: '只能记录为大型、中型、小型或微型；不清楚请留空，按规模数据重新判断。',
    en: 'Only LARGE, MEDIUM, SMALL or MICRO can be recorded; leave it empty if unknown and the size data decide again.',
  },
  agreedTermOutOfRange: {
    zh: '约定付款期限应在 0 至 3650 天之间。',
    en: 'The agreed payment term is between 0 and 3650 days.',
  },
  notARate: withParams<{ value: string }>({
    zh: (p) => `“${p.value}”不是利率：请填写年利率百分数，例如“3.45”。`,
    en: (p) => `"${p.value}" is not a rate: write the percent a year, e.g. "3.45".`,
  }),
  acceptanceDeadlineWithoutAcceptance: {
    zh: '只有约定“验收后付款”时，验收期限才有意义。',
    en: 'An acceptance deadline only matters when payment depends on acceptance.',
  },

  // Nouns that name records in messages (NotFoundError, change conflicts, illegal moves)
  nounUnit: { zh: '单位', en: 'unit' },
  nounProject: { zh: '项目', en: 'project' },
  nounDebt: { zh: '欠款', en: 'debt' },
  nounDisputeOrCourtPeriod: { zh: '分歧或司法期间', en: 'dispute or court period' },

  // What a state-machine move does, for protocol's illegalMove ("不能办理（核实）…" / "Cannot verify: …")
  moveVerify: { zh: '核实', en: 'verify' },
  moveDispute: { zh: '标记为有分歧', en: 'mark disputed' },
  moveToCourt: { zh: '移交司法程序', en: 'transfer to court' },
  moveWithdraw: { zh: '撤销', en: 'withdraw' },
  moveClear: { zh: '结清', en: 'clear' },

  // Payments and repayment plans (repayment/)
  idempotencyKeyRequired: {
    zh: '请填写幂等键（1–200 个字符）。',
    en: 'The idempotency key must be 1–200 characters.',
  },
  paymentNotPositive: {
    zh: '付款金额必须大于零。',
    en: 'A payment must be more than zero.',
  },
  paymentInFuture: {
    zh: '付款日期不能晚于今天。',
    en: 'A payment cannot be dated in the future.',
  },
  disbursementOtherFigures: {
    zh: '这笔拨付已以不同的欠款、金额或日期记入台账。',
    en: 'This disbursement is already on the ledger with another debt, amount or date.',
  },
  idempotencyKeyReused: {
    zh: '此幂等键已用于另一笔付款：新的付款请使用新的键。',
    en: 'This idempotency key was already used for a different payment: use a new key for a new payment.',
  },
  notPayable: withParams<{ status: string }>({
    zh: (p) => `状态为 ${p.status} 的欠款不能再付款。`,
    en: (p) => `Nothing can be paid on a debt that is ${p.status}.`,
  }),
  paymentBeforeContract: {
    zh: '付款日期不能早于合同签订日期。',
    en: 'A payment cannot predate the contract.',
  },
  paymentOverPayable: withParams<{ payable: string; amount: string; disputed: boolean }>({
    zh: (p) =>
      `这笔欠款${p.disputed ? '无分歧部分' : ''}只剩 ${p.payable} 未付，付 ${p.amount} 会超过所欠。`,
    en: (p) =>
      `Only ${p.payable} is outstanding${p.disputed ? ' on the undisputed part of this debt' : ' on this debt'}: paying ${p.amount} would be more than is owed.`,
  }),
  agreementInFuture: {
    zh: '协议签订日期不能晚于今天。',
    en: 'The agreement cannot be signed in the future.',
  },
  planWithoutInstalments: {
    zh: '还款计划至少要有一期。',
    en: 'A repayment plan needs at least one instalment.',
  },
  tooManyInstalments: withParams<{ max: number }>({
    zh: (p) => `最多 ${p.max} 期。`,
    en: (p) => `At most ${p.max} instalments.`,
  }),
  instalmentNotPositive: {
    zh: '每期金额必须大于零。',
    en: 'Each instalment must be more than zero.',
  },
  instalmentBeforeAgreement: {
    zh: '还款日期不能早于协议签订日期。',
    en: 'An instalment cannot fall due before the agreement is signed.',
  },
  instalmentsOutOfOrder: {
    zh: '各期须按还款日期先后排列。',
    en: 'Instalments must be in the order of their due dates.',
  },
  planBeforeVerification: {
    zh: '请先核实欠款（verifyArrear），再制定还款计划。',
    en: 'Verify the debt (verifyArrear) before agreeing a repayment plan.',
  },
  notPlannable: withParams<{ status: string }>({
    zh: (p) => `状态为 ${p.status} 的欠款不能制定还款计划。`,
    en: (p) => `No repayment plan can be agreed for a debt that is ${p.status}.`,
  }),
  agreementBeforeContract: {
    zh: '协议签订日期不能早于合同签订日期。',
    en: 'The agreement cannot predate the contract.',
  },
  instalmentsTotal: withParams<{ total: string; payable: string; disputed: boolean }>({
    zh: (p) =>
      `各期合计 ${p.total}，应等于欠款余额${p.disputed ? '（无分歧部分）' : ''} ${p.payable}。`,
    en: (p) =>
      `The instalments add up to ${p.total}; they must add up to what is outstanding${p.disputed ? ' (the undisputed part)' : ''}, ${p.payable}.`,
  }),

  // Clues and complaints (clue/)
  nounClue: { zh: '线索', en: 'clue' },
  nounInfoRequest: { zh: '补充材料请求', en: 'request for information' },
  moveAcceptClue: { zh: '受理', en: 'accept' },
  moveRejectClue: { zh: '不予受理', en: 'reject' },
  moveAssignClue: { zh: '转办', en: 'assign' },
  moveVerifyClue: { zh: '核查', en: 'verify' },
  moveAnswerClue: { zh: '书面答复', en: 'answer' },
  moveCloseClue: { zh: '结案', en: 'close' },
  factsRequired: { zh: '请写明相关事实。', en: 'The facts are required.' },
  selfServiceChannelSet: {
    zh: '企业自行投诉的渠道由系统设定，请不要填写。',
    en: 'The hub sets the channel of a complaint an enterprise files itself: leave it empty.',
  },
  selfServiceDateSet: {
    zh: '企业自行投诉的收到日期为提交当日，由系统设定。',
    en: 'A complaint an enterprise files itself is dated the day it is submitted, by the hub.',
  },
  channelRequired: {
    zh: '请填写线索来源渠道。',
    en: 'The channel the clue came through is required.',
  },
  receivedOnRequired: { zh: '请填写收到日期。', en: 'The day it was received is required.' },
  selfServiceChannelReserved: {
    zh: '“企业自行投诉”渠道只用于企业本身提交的投诉。',
    en: 'The SELF_SERVICE channel is for complaints an enterprise files itself.',
  },
  receivedInFuture: {
    zh: '收到日期不能晚于今天。',
    en: 'A clue cannot be received in the future.',
  },
  amountClaimedNotPositive: {
    zh: '投诉金额必须大于零。',
    en: 'The amount claimed must be more than zero.',
  },
  notAUnitId: withParams<{ id: string }>({
    zh: (p) => `“${p.id}”不是有效的单位编号。`,
    en: (p) => `"${p.id}" is not a valid unit id.`,
  }),
  notAnArrearId: withParams<{ id: string }>({
    zh: (p) => `“${p.id}”不是有效的欠款编号。`,
    en: (p) => `"${p.id}" is not a valid ledger line id.`,
  }),
  notAnIdAtAll: withParams<{ id: string }>({
    zh: (p) => `“${p.id}”不是有效的编号。`,
    en: (p) => `"${p.id}" is not a valid id.`,
  }),
  sizeClassCode: {
    zh: '企业规模请填写 LARGE、MEDIUM、SMALL 或 MICRO。',
    en: 'The size class is LARGE, MEDIUM, SMALL or MICRO.',
  },
  fileInOwnName: {
    zh: '企业只能以自己的名义投诉：complainantId 须为本企业。',
    en: 'An enterprise files complaints in its own name: complainantId must be the enterprise itself.',
  },
  stepInFuture: { zh: '日期不能晚于今天。', en: 'This cannot be dated in the future.' },
  stepBefore: withParams<{ notBefore: string }>({
    zh: (p) => `日期不能早于 ${p.notBefore}。`,
    en: (p) => `This cannot be dated before ${p.notBefore}.`,
  }),
  checkNoteRequired: { zh: '请写明核查情况。', en: 'Say what the check found.' },
  confirmedAmountNegative: {
    zh: '核查金额不能为负数。',
    en: 'The confirmed amount cannot be negative.',
  },
  matchOrRegister: {
    zh: '请在“匹配台账”与“登记新台账”中二选一。',
    en: 'Either match a ledger line or register one, not both.',
  },
  nothingToRegister: {
    zh: '核查金额为零，无需登记台账。',
    en: 'Nothing was confirmed owed: there is nothing to register.',
  },
  respondentMayNotAct: {
    zh: '被投诉单位不能受理、办理、转办或办结针对本单位的投诉。',
    en: 'The unit complained about cannot accept, handle, transfer or close a complaint against itself.',
  },
  clueClosedNoEvidence: {
    zh: '线索已结束，不能再补充材料。',
    en: 'The clue is closed: no more material can be added.',
  },
  evidenceAlreadyAttached: {
    zh: '该文件已附在这条投诉中。',
    en: 'This file is already attached to the complaint.',
  },
  questionRequired: {
    zh: '请写明需要企业补充的材料或说明。',
    en: 'Say what material or explanation the enterprise must add.',
  },
  answerByInPast: {
    zh: '答复期限不能早于今天。',
    en: 'The answer cannot be due in the past.',
  },
  noSuchClue: { zh: '没有这条线索。', en: 'There is no such clue.' },
  clueClosed: { zh: '线索已结束。', en: 'The clue is closed.' },
  answerRequired: { zh: '请填写答复内容。', en: 'The answer is required.' },
  alreadyAnswered: { zh: '这项请求已经答复过。', en: 'This request is already answered.' },
  satisfactionRange: withParams<{ given: number }>({
    zh: (p) => `满意度为 1 到 5 的整数（1 很不满意，5 很满意），现为 ${p.given}。`,
    en: (p) =>
      `The satisfaction is a whole number from 1 (very dissatisfied) to 5 (very satisfied); ${p.given} given.`,
  }),
  rateBeforeAnswer: {
    zh: '投诉尚未书面答复，答复后才能评价。',
    en: 'The complaint has no written answer yet: rate the answer once it is given.',
  },
  noSuchRegion: withParams<{ code: string }>({
    zh: (p) => `没有代码为“${p.code}”的区划。`,
    en: (p) => `There is no region with code "${p.code}".`,
  }),
  noSuchUnitId: withParams<{ id: string }>({
    zh: (p) => `没有编号为“${p.id}”的单位。`,
    en: (p) => `There is no unit with id "${p.id}".`,
  }),
  noSuchUnit: { zh: '没有这个单位。', en: 'There is no such unit.' },
  periodForm: {
    zh: '期间写作 YYYY-MM，例如“2026-11”。',
    en: 'Write the period as YYYY-MM, e.g. "2026-11".',
  },
  futureClueLedger: {
    zh: '不能报送将来月份的线索台账。',
    en: 'A clue ledger cannot be submitted for a month to come.',
  },
  linkPartiesFirst: {
    zh: '请先用 linkClueParties 将被投诉单位和投诉企业关联到已登记的单位（未登记的先登记），再登记台账。',
    en: 'Link both parties to registered units with linkClueParties first (register any that are not), then register the ledger line.',
  },
  notTheDebtors: {
    zh: '登记台账须由被投诉单位本身、其主管部门或本地区领导小组办理；请匹配已有台账（arrearId），或请其登记。',
    en: 'The ledger line is the debtor’s to register (the unit itself, its supervisor or the region’s leading group): match an existing line (arrearId), or ask them to register it.',
  },
  nameAUnitToLink: {
    zh: '请指定被投诉单位或投诉企业。',
    en: 'Name the unit complained about or the complaining enterprise to link.',
  },
  linkAfterVerification: withParams<{ verified: boolean }>({
    zh: (p) => `线索已${p.verified ? '核查' : '结束'}，不能再关联当事人。`,
    en: (p) =>
      `The clue is already ${p.verified ? 'verified' : 'closed'}: the parties can be linked only before verification.`,
  }),
  handlerIsRespondent: {
    zh: '被投诉单位不能是本线索的办理单位。',
    en: 'The unit handling the clue cannot be the unit complained about.',
  },
  clueAlreadyInLedger: {
    zh: '这笔欠款已在台账中：请用 arrearId 匹配，不要重复登记。',
    en: 'This debt is already in the ledger: match it with arrearId instead of registering it again.',
  },
  rejectionReasonRequired: {
    zh: '请写明不予受理的理由。',
    en: 'A reason is needed to reject the clue.',
  },
  notToRespondent: {
    zh: '不能把投诉转给被投诉单位自己办理：请转给其主管部门或本级指定的处理部门。',
    en: 'A complaint is not handled by the unit complained about: transfer it to that unit’s supervisor or the office designated at this level.',
  },
  extensionReasonRequired: {
    zh: '请写明延期理由及批准人。',
    en: 'Say why the time is extended, and who approved it.',
  },
  extendOnlyWhileHandled: withParams<{ status: string }>({
    zh: (p) => `只有办理中的线索可以延期，这条线索的状态是 ${p.status}。`,
    en: (p) => `Only a clue being handled can be extended; this clue is ${p.status}.`,
  }),
  noSuchLedgerLine: { zh: '没有这笔台账记录。', en: 'There is no such ledger line.' },
  ledgerLineOtherParties: {
    zh: '这笔台账的债务人或债权人与投诉双方不一致。',
    en: 'The ledger line is between other parties than the complaint.',
  },
  feedbackRequired: { zh: '请写明书面答复。', en: 'The written answer is required.' },
  tooManyRegions: { zh: '最多 100 个区划。', en: 'At most 100 regions.' },
  confidentialName: { zh: '（投诉人信息保密）', en: '(complainant kept confidential)' },
  petitionGroupDefault: { zh: '信访维稳组', en: 'the petitions and stability group' },
  // Rules (rules/clue-outcome.ts, rules/clue-clock.ts)
  resolvedNothingConfirmed: {
    zh: '核查未确认欠款，只能以“办结”结案，不能记为“化解”。',
    en: 'The check confirmed nothing owed: the clue closes as ANSWERED, not RESOLVED.',
  },
  resolvedNotInLedger: {
    zh: '核查确认的欠款尚未纳入台账，不能记为“化解”：请先在核查时登记或匹配台账。',
    en: 'The confirmed debt is not in the ledger, so it cannot be RESOLVED: register or match its ledger line when verifying.',
  },
  resolvedStillOwed: withParams<{ outstanding: string }>({
    zh: (p) => `台账上这笔欠款尚有 ${p.outstanding} 元未付且没有还款计划，不能记为“化解”。`,
    en: (p) =>
      `The debt still has ${p.outstanding} yuan unpaid on the ledger and no repayment plan: it cannot be RESOLVED.`,
  }),
  extensionTooLong: withParams<{ total: number; max: number }>({
    zh: (p) => `延期后办理时限为 ${p.total} 天，最多可延长至 ${p.max} 天。`,
    en: (p) =>
      `The handling time would be ${p.total} days; it can be extended to ${p.max} days at most.`,
  }),
  // Notices (read by the people they go to; rendered in Chinese, the hub's language)
  noticeClueInfoRequested: withParams<{
    respondent: string;
    question: string;
    answerBy: string | null;
  }>({
    zh: (p) =>
      `您对“${p.respondent}”的投诉需要补充材料或说明：${p.question}${p.answerBy ? `（请于 ${p.answerBy} 前答复）` : ''}`,
    en: (p) =>
      `Your complaint about "${p.respondent}" needs more material or an explanation: ${p.question}${p.answerBy ? ` (please answer by ${p.answerBy})` : ''}`,
  }),
  noticeCluePetition: withParams<{
    group: string;
    respondent: string;
    amount: string;
    receivedOn: string;
    ref: string | null;
  }>({
    zh: (p) =>
      `${p.group}：收到涉及拖欠账款的信访事项，被反映单位为“${p.respondent}”，金额 ${p.amount} 元，收到日期 ${p.receivedOn}${p.ref ? `（编号 ${p.ref}）` : ''}。请关注并防范化解信访风险。`,
    en: (p) =>
      `${p.group}: a petition about unpaid money was received about "${p.respondent}", ${p.amount} yuan, received on ${p.receivedOn}${p.ref ? ` (no. ${p.ref})` : ''}. Please follow it and head off the risk it carries.`,
  }),

  // Confirmation of receivables (confirmation/, rules/receivable-confirmation.ts)
  nounConfirmationRequest: { zh: '确权申请', en: 'confirmation request' },
  contractNoNeeded: { zh: '请填写合同编号。', en: 'The contract number is required.' },
  confirmationDescriptionRequired: {
    zh: '请写明交付、开票和验收情况。',
    en: 'Say what was delivered, invoiced and accepted.',
  },
  confirmationAmountNotPositive: {
    zh: '确权金额必须大于零。',
    en: 'The amount to confirm must be more than zero.',
  },
  nameTheDebtor: {
    zh: '请填写债务单位名称或统一社会信用代码。',
    en: 'Name the debtor, or give its unified social credit code.',
  },
  debtorNameAmbiguous: withParams<{ name: string; count: number }>({
    zh: (p) => `“${p.name}”对应多个单位，请填写统一社会信用代码或单位全称。`,
    en: (p) =>
      `"${p.name}" fits ${p.count} units: give the unified social credit code or the unit's full name.`,
  }),
  debtorNotInRegistry: {
    zh: '在单位名录中找不到这个债务单位，请核对名称或统一社会信用代码。',
    en: 'There is no such debtor in the registry: check the name or the unified social credit code.',
  },
  confirmOwnDebt: {
    zh: '不能向本企业自己申请确权。',
    en: 'The debtor cannot be your own enterprise.',
  },
  confirmationStillOpen: {
    zh: '这份合同的确权申请尚在等待债务人答复。',
    en: 'A confirmation request for this contract is still waiting for the debtor’s answer.',
  },
  confirmationAlreadyAnswered: {
    zh: '这项确权申请已经答复。',
    en: 'This confirmation request is already answered.',
  },
  ledgerLineNotTheRequest: {
    zh: '这笔台账的债务人或债权人与确权申请不一致。',
    en: 'The ledger line is between other parties than the confirmation request.',
  },
  disputeReasonNeeded: { zh: '请写明异议理由。', en: 'Say why the debt is disputed.' },
  disputeConfirmsNothing: {
    zh: '全部有异议时不填写确认金额；部分认可请按认可金额确认并说明其余部分的异议。',
    en: 'A dispute confirms nothing: to accept part of it, confirm that part and say why the rest is disputed.',
  },
  confirmedAmountNeeded: {
    zh: '请填写确认的金额（大于零）。',
    en: 'The confirmed amount must be more than zero.',
  },
  confirmedOverAsked: withParams<{ asked: string }>({
    zh: (p) => `确认金额不能超过申请确权的 ${p.asked} 元。`,
    en: (p) => `The confirmed amount cannot be more than the ${p.asked} yuan asked.`,
  }),
  partialConfirmationReason: {
    zh: '确认金额少于申请金额，请说明其余部分的异议理由。',
    en: 'The confirmed amount is less than asked: say why the rest is disputed.',
  },
  noticeConfirmationRequested: withParams<{
    unit: string;
    contractNo: string;
    amount: string;
    dueOn: string;
  }>({
    zh: (p) =>
      `${p.unit}：有企业申请对合同 ${p.contractNo} 项下 ${p.amount} 元账款进行确权，请于 ${p.dueOn} 前确认或提出异议（《保障中小企业款项支付条例》第十六条）。`,
    en: (p) =>
      `${p.unit}: an enterprise asks you to confirm ${p.amount} yuan owed under contract ${p.contractNo}; confirm or dispute it by ${p.dueOn} (Regulation on Ensuring Payments to Small and Medium-sized Enterprises, art. 16).`,
  }),

  // Calendars and region settings (calendar/, region-settings/, rules/region-settings.ts)
  nounCalendar: { zh: '日历', en: 'calendar' },
  nounCalendarYear: { zh: '日历年度', en: 'calendar year' },
  nounRegionSettings: { zh: '地区设置', en: 'region settings' },
  calendarYearRange: {
    zh: '年份为 2000 至 2100 年。',
    en: 'The year is between 2000 and 2100.',
  },
  dayNotInYear: withParams<{ day: string; year: number }>({
    zh: (p) => `${p.day} 不在 ${p.year} 年内。`,
    en: (p) => `${p.day} is not in ${p.year}.`,
  }),
  dayListedTwice: withParams<{ day: string }>({
    zh: (p) => `${p.day} 重复。`,
    en: (p) => `${p.day} is listed twice.`,
  }),
  tooManyDays: { zh: '一年最多 366 天。', en: 'A year has at most 366 days.' },
  atMostAYear: {
    zh: '最多查询一年，且起始日期不能晚于结束日期。',
    en: 'Ask for at most one year, with the start before the end.',
  },
  missingCalendarYear: withParams<{ region: string | null; year: number }>({
    zh: (p) =>
      `${p.region ? `地区 ${p.region}` : '全枢纽'}尚未录入 ${p.year} 年的节假日安排，无法计算期限：请本地区领导小组先录入该年日历（setCalendarYear）。`,
    en: (p) =>
      `The ${p.year} holiday calendar is not on record for ${p.region ? `region ${p.region}` : 'the hub'}, so the deadline cannot be computed: the region’s leading group must enter that year first (setCalendarYear).`,
  }),
  calendarYearWarning: withParams<{ year: number }>({
    zh: (p) =>
      `${p.year} 年节假日安排尚未录入：需要该年日历的期限（投诉审查、月度报送）无法计算，请本地区领导小组录入（setCalendarYear）。`,
    en: (p) =>
      `The ${p.year} holiday calendar is not on record: deadlines that need it (complaint review, monthly reports) cannot be computed; the region’s leading group must enter it (setCalendarYear).`,
  }),
  intakeOfficeNotInRegion: withParams<{ name: string }>({
    zh: (p) => `${p.name}不在本地区或其上级地区，不能作为本地区的投诉受理单位。`,
    en: (p) =>
      `${p.name} is not in this region or above it, so it cannot be the region’s complaint intake office.`,
  }),
  settingsJustCreated: {
    zh: '该地区的设置刚被他人创建：请重新读取后再改。',
    en: 'Someone has just created this region’s settings: read them again before changing them.',
  },
  reportDayRange: {
    zh: '报送日为每月 1 至 28 日。',
    en: 'The report day is the 1st to the 28th of the month.',
  },
  reportTimeForm: {
    zh: '报送时间写作 HH:MM，例如“12:00”。',
    en: 'Write the report time as HH:MM, e.g. "12:00".',
  },
  clockOverStatute: withParams<{ max: number }>({
    zh: (p) => `该时限为 1 至 ${p.max} 天：地方可以缩短，不能长于条例第二十五条规定。`,
    en: (p) =>
      `This time limit is 1 to ${p.max} days: a region may shorten it, not make it longer than article 25 of the regulation allows.`,
  }),
  maxHandlingRange: withParams<{ min: number; max: number }>({
    zh: (p) => `延期后最长办理时限为 ${p.min} 至 ${p.max} 天。`,
    en: (p) =>
      `The longest handling time with extensions is ${p.min} to ${p.max} days (not shorter than the handling time).`,
  }),
  handlingOverMax: withParams<{ max: number }>({
    zh: (p) => `办理时限不能长于延期后最长时限 ${p.max} 天。`,
    en: (p) => `The handling time cannot be longer than the extended maximum of ${p.max} days.`,
  }),
  documentLimitRange: withParams<{ max: number }>({
    zh: (p) => `档案文件大小上限为 1024 至 ${p.max} 字节。`,
    en: (p) => `The archive's file size limit is between 1024 and ${p.max} bytes.`,
  }),

  // Archive documents (archive/)
  fileNameRequired: { zh: '请填写文件名。', en: 'The file needs a name.' },
  fileNameWithFolders: {
    zh: '文件名不能包含文件夹。',
    en: 'Give the file name without folders.',
  },
  mediaTypeRefused: withParams<{ mediaType: string }>({
    zh: (p) => `不接收“${p.mediaType}”类型的文件：请使用 PDF、OFD、PNG、JPEG、DOCX 或 XLSX。`,
    en: (p) =>
      `Files of type "${p.mediaType}" are not kept: use PDF, OFD, PNG, JPEG, DOCX or XLSX.`,
  }),
  notBase64: {
    zh: '文件内容不是有效的 base64。',
    en: 'The content is not valid base64.',
  },
  fileEmpty: { zh: '文件是空的。', en: 'The file is empty.' },
  fileTooLarge: withParams<{ size: number; max: number }>({
    zh: (p) => `文件有 ${p.size} 字节，上限是 ${p.max} 字节。`,
    en: (p) => `The file has ${p.size} bytes; the limit is ${p.max} bytes.`,
  }),
  contentNotOfType: withParams<{ mediaType: string }>({
    zh: (p) => `文件内容不是 ${p.mediaType} 格式。`,
    en: (p) => `The content is not a ${p.mediaType} file.`,
  }),
  documentAlreadyFiled: {
    zh: '该文件已在这笔欠款的档案中。',
    en: 'This file is already in the debt’s archive.',
  },

  // Monthly reporting, sector groups, campaign deadlines (reporting/)
  nounLedgerReport: { zh: '月度报送', en: 'monthly report' },
  nounGroupReport: { zh: '行业组汇总表', en: 'group report' },
  nounReportingDeadline: { zh: '报送期限', en: 'reporting deadline' },
  moveReceiveReport: { zh: '接收', en: 'receive' },
  moveReturnReport: { zh: '退回', en: 'return' },
  moveSignGroupReport: { zh: '审签', en: 'sign' },
  moveSendGroupReport: { zh: '报送', en: 'send' },
  notAPeriod: withParams<{ period: string }>({
    zh: (p) => `“${p.period}”不是月份：请写作 YYYY-MM，例如“2025-07”。`,
    en: (p) => `"${p.period}" is not a month: write it as YYYY-MM, e.g. "2025-07".`,
  }),
  periodNotBegun: { zh: '该月份尚未开始。', en: 'That month has not begun yet.' },
  deadlineTitleRequired: {
    zh: '请填写期限名称（2–300 个字符）。',
    en: 'Give the deadline a title (2–300 characters).',
  },
  regionCodeForm: {
    zh: '行政区划代码为 6 位或 9 位数字。',
    en: 'A region code has 6 or 9 digits.',
  },
  complianceNoReport: withParams<{ dueOn: string }>({
    zh: (p) => `${p.dueOn} 前未报送台账或“不涉及”函。`,
    en: (p) => `No ledger or nil return was submitted by ${p.dueOn}.`,
  }),
  complianceStillOwed: withParams<{ dueOn: string; open: number }>({
    zh: (p) => `${p.dueOn} 仍有 ${p.open} 笔欠款未清偿。`,
    en: (p) => `${p.open} debt(s) were still owed on ${p.dueOn}.`,
  }),
  complianceUnplanned: withParams<{ dueOn: string; unplanned: number }>({
    zh: (p) => `${p.unplanned} 笔欠款未在 ${p.dueOn} 前签订还款协议。`,
    en: (p) => `${p.unplanned} debt(s) had no repayment agreement signed by ${p.dueOn}.`,
  }),
  complianceMet: { zh: '已达到。', en: 'Met.' },
  unitKeepsNoLedger: withParams<{ name: string; kind: string }>({
    zh: (p) => `${p.name}（${p.kind}）不报送台账。`,
    en: (p) => `${p.name} (${p.kind}) keeps no ledger to report.`,
  }),
  unitWithoutGroup: withParams<{ name: string }>({
    zh: (p) =>
      `${p.name}尚未分配行业组，不知道报送给哪个汇总单位：请本地区领导小组先指定（assignReportingGroup）。`,
    en: (p) =>
      `${p.name} has no sector group yet, so there is no aggregating unit to report to: the region’s leading group must assign one first (assignReportingGroup).`,
  }),
  aggregatorFromRoute: withParams<{ name: string; group: string }>({
    zh: (p) => `${p.name}经${p.group}报送，汇总单位由报送路径决定，不能另填。`,
    en: (p) =>
      `${p.name} reports through ${p.group}: the aggregating unit comes from that route and cannot be given.`,
  }),
  reportsDirectly: withParams<{ name: string }>({
    zh: (p) => `${p.name}不经行业组报送，不能填写汇总单位。`,
    en: (p) => `${p.name} reports directly, not through a sector group: give no aggregating unit.`,
  }),
  nilButOwing: withParams<{ name: string; owing: number }>({
    zh: (p) => `${p.name}有 ${p.owing} 笔欠款未清：请报送台账（REGULAR），不是“不涉及”。`,
    en: (p) =>
      `${p.name} has ${p.owing} debt(s) outstanding: submit a REGULAR report, not a nil return.`,
  }),
  zeroingButOwing: withParams<{ name: string; owing: number }>({
    zh: (p) => `${p.name}仍有 ${p.owing} 笔欠款未清，不能报“阶段性清零”。`,
    en: (p) =>
      `${p.name} still has ${p.owing} debt(s) outstanding: it cannot report everything paid (ZEROING).`,
  }),
  zeroingNeverOwed: withParams<{ name: string }>({
    zh: (p) => `${p.name}台账中从未有欠款：请报送“不涉及”（NIL）。`,
    en: (p) => `${p.name} never had a debt on its ledger: submit a nil return (NIL).`,
  }),
  regularButEmpty: withParams<{ name: string }>({
    zh: (p) => `${p.name}台账中没有欠款：请报送“不涉及”（NIL）。`,
    en: (p) => `${p.name} has no debt on its ledger: submit a nil return (NIL).`,
  }),
  newerSubmission: withParams<{ period: string; revision: number }>({
    zh: (p) => `该单位已就 ${p.period} 重新报送（第 ${p.revision} 版）：请办理最新一版。`,
    en: (p) =>
      `The unit has submitted ${p.period} again (revision ${p.revision}): act on the latest revision.`,
  }),
  returnReasonRequired: {
    zh: '请写明退回原因（2–2000 个字符）。',
    en: 'Say what must be corrected (2–2000 characters).',
  },
  returnSignedReport: {
    zh: '这份报送已编入组长审签的汇总表，不能退回：请由汇总单位重新汇总。',
    en: 'This submission is part of a group report the group leader signed and cannot be returned: the aggregating unit must consolidate again.',
  },
  newerGroupReport: {
    zh: '这份汇总表已有更新的一版：请办理最新一版。',
    en: 'A newer revision of this group report exists: act on the latest one.',
  },
  noteTooLong: { zh: '备注最多 2000 个字符。', en: 'A note has at most 2000 characters.' },
  noSuchGroup: withParams<{ id: string }>({
    zh: (p) => `没有编号为“${p.id}”的行业组。`,
    en: (p) => `There is no sector group with id "${p.id}".`,
  }),
  notGroupAggregator: withParams<{ group: string }>({
    zh: (p) => `该单位不是${p.group}的汇总单位。`,
    en: (p) => `This unit is not one of ${p.group}’s aggregating units.`,
  }),
  submissionsPending: withParams<{ count: number }>({
    zh: (p) => `还有 ${p.count} 份报送未接收或退回：请先办理后再汇总。`,
    en: (p) =>
      `${p.count} submission(s) are not yet received or returned: act on every submission before consolidating.`,
  }),
  notGroupLeader: withParams<{ group: string | null }>({
    zh: (p) => `该职务不是${p.group ?? '该行业组'}的组长：请以组长的职务审签。`,
    en: (p) =>
      `This post is not a leader of ${p.group ?? 'the group'}: sign in one of the group’s leader posts.`,
  }),

  // Spreadsheets: the ledger template's import and export (spreadsheet/, rules/sheet-cells.ts)
  notAWorkingGroupId: withParams<{ id: string }>({
    zh: (p) => `“${p.id}”不是有效的工作组编号。`,
    en: (p) => `"${p.id}" is not a valid working group id.`,
  }),
  noSuchWorkingGroup: withParams<{ id: string }>({
    zh: (p) => `没有编号为“${p.id}”的工作组。`,
    en: (p) => `There is no working group with id "${p.id}".`,
  }),
  exportOneScope: {
    zh: '请只填写 unitId、sectorUnitId、workingGroupId、regionCode 中的一项。',
    en: 'Give exactly one of unitId, sectorUnitId, workingGroupId and regionCode.',
  },
  noUnitsInRegion: withParams<{ code: string }>({
    zh: (p) => `行政区划 ${p.code} 没有登记单位。`,
    en: (p) => `No units are registered in region ${p.code}.`,
  }),
  exportTooLarge: withParams<{ total: number; max: number }>({
    zh: (p) => `导出将有 ${p.total} 行（最多 ${p.max} 行）：请导出较小的地区或单个单位。`,
    en: (p) =>
      `The export would have ${p.total} rows (at most ${p.max}): export a smaller region or one unit.`,
  }),
  notAPeriodShort: withParams<{ period: string }>({
    zh: (p) => `“${p.period}”不是月份：请写作 YYYY-MM，例如 2026-10。`,
    en: (p) => `"${p.period}" is not a month: write it as YYYY-MM, e.g. 2026-10.`,
  }),
  fileNotBase64Xlsx: {
    zh: '文件须为 base64 编码的 .xlsx 内容。',
    en: 'The file must be base64-encoded .xlsx content.',
  },
  fileOverMegabytes: withParams<{ megabytes: string }>({
    zh: (p) => `文件超过 ${p.megabytes} MB：请拆分为几个文件。`,
    en: (p) => `The file is over ${p.megabytes} MB: split it into several files.`,
  }),
  noSuchUnitRegisterFirst: withParams<{ id: string }>({
    zh: (p) => `没有编号为“${p.id}”的单位：请先登记。`,
    en: (p) => `There is no unit with id "${p.id}": register it first.`,
  }),
  rowAlreadyInLedger: withParams<{ amountDue: string; paid: string }>({
    zh: (p) =>
      `台账中已有此合同（应付 ${p.amountDue}，已付 ${p.paid}），未按文件修改：核实、付款请在枢纽中办理。`,
    en: (p) =>
      `This contract is already in the ledger (due ${p.amountDue}, paid ${p.paid}) and was not changed from the file: verify it and record payments in the hub.`,
  }),
  rowDuplicate: withParams<{ first: number }>({
    zh: (p) => `与第 ${p.first} 行是同一企业的同一合同：请删除重复行。`,
    en: (p) => `The same contract with the same enterprise as row ${p.first}: delete the copy.`,
  }),
  creditCodeTwoNames: withParams<{ code: string; names: string[] }>({
    zh: (p) =>
      `统一社会信用代码 ${p.code} 在本文件中对应不同的企业名称（${p.names.join('、')}）：请统一后再导入，未登记该企业。`,
    en: (p) =>
      `The unified social credit code ${p.code} has different enterprise names in this file (${p.names.join(', ')}): make them the same and import again; the enterprise was not registered.`,
  }),
  cellRequired: { zh: '必填，不能为空。', en: 'Required: this cannot be empty.' },
  rowOtherDebtor: withParams<{ rowDebtor: string; debtor: string }>({
    zh: (p) => `本行属于“${p.rowDebtor}”，而导入的是“${p.debtor}”的台账：请分单位导入或清空此列。`,
    en: (p) =>
      `This row belongs to "${p.rowDebtor}" but the ledger imported is "${p.debtor}"’s: import each unit separately or empty this column.`,
  }),
  rowCreditCodeInvalid: withParams<{ code: string }>({
    zh: (p) => `“${p.code}”不是有效的统一社会信用代码（18 位，末位为校验码）：请核对。`,
    en: (p) =>
      `"${p.code}" is not a valid unified social credit code (18 characters, the last a check character): check it.`,
  }),
  rowCreditorUnknownNamed: withParams<{ code: string; name: string }>({
    zh: (p) =>
      `统一社会信用代码为 ${p.code} 的企业（${p.name}）未在枢纽登记：请先登记该企业，或导入时选择登记未知企业。`,
    en: (p) =>
      `The enterprise with unified social credit code ${p.code} (${p.name}) is not registered in the hub: register it first, or choose to register unknown enterprises when importing.`,
  }),
  rowCreditorUnknown: withParams<{ code: string }>({
    zh: (p) => `统一社会信用代码为 ${p.code} 的企业未在枢纽登记：请先登记该企业。`,
    en: (p) =>
      `The enterprise with unified social credit code ${p.code} is not registered in the hub: register it first.`,
  }),
  rowCreditorNotPrivate: withParams<{ name: string; kind: string }>({
    zh: (p) => `${p.name} 不是民营企业（${p.kind}），不能作为债权企业。`,
    en: (p) => `${p.name} is not a private enterprise (${p.kind}) and cannot be the creditor.`,
  }),
  rowCreditorOtherName: withParams<{ registered: string; given: string }>({
    zh: (p) => `该信用代码登记的企业名称为“${p.registered}”，与“${p.given}”不符。`,
    en: (p) =>
      `The enterprise registered under this credit code is named "${p.registered}", not "${p.given}".`,
  }),
  rowSubjectWords: {
    zh: '请填写“货物”“工程”或“服务”。',
    en: 'Write goods, works or services, in the template’s Chinese words (its drop-down list).',
  },
  rowSizeWords: {
    zh: '请填写“大型”“中型”“小型”或“微型”，不清楚可留空。',
    en: 'Write large, medium, small or micro, in the template’s Chinese words; leave it empty if unknown.',
  },
  rowOutstandingMismatch: withParams<{ amountDue: string; paid: string; expected: string }>({
    zh: (p) => `欠款余额与应付、已付不符：应为 ${p.amountDue} − ${p.paid} = ${p.expected}。`,
    en: (p) =>
      `The outstanding amount does not match due and paid: it should be ${p.amountDue} − ${p.paid} = ${p.expected}.`,
  }),
  sheetNotXlsx: {
    zh: '文件不是有效的 XLSX 工作簿（请用 Excel 或 WPS 另存为 .xlsx）。',
    en: 'The file is not a valid XLSX workbook (save it as .xlsx from Excel or WPS).',
  },
  sheetWithoutWorksheet: {
    zh: '工作簿中没有工作表。',
    en: 'The workbook has no worksheet.',
  },
  sheetSameColumnTwice: withParams<{ other: string; header: string }>({
    zh: (p) => `与“${p.other}”是同一列（${p.header}）：请只保留一列。`,
    en: (p) => `This is the same column as "${p.other}" (${p.header}): keep only one of them.`,
  }),
  sheetMissingMoneyColumn: withParams<{ header: string; label: string }>({
    zh: (p) =>
      `缺少必填列“${p.header}”（或“${p.label}（万元）”）：请使用枢纽提供的模板（第 1 行为表头）。`,
    en: (p) =>
      `The required column "${p.header}" is missing (or "${p.label}" in ten thousand yuan): use the hub’s template (headers in row 1).`,
  }),
  sheetMissingColumn: withParams<{ header: string }>({
    zh: (p) => `缺少必填列“${p.header}”：请使用枢纽提供的模板（第 1 行为表头）。`,
    en: (p) =>
      `The required column "${p.header}" is missing: use the hub’s template (headers in row 1).`,
  }),
  sheetTooManyRows: withParams<{ max: number; rows: number }>({
    zh: (p) => `一次最多导入 ${p.max} 行；本文件约有 ${p.rows} 行，请分批导入。`,
    en: (p) =>
      `At most ${p.max} rows can be imported at once; this file has about ${p.rows}: import it in parts.`,
  }),
  cellYearOutOfRange: withParams<{ text: string; year: number }>({
    zh: (p) => `“${p.text}”的年份 ${p.year} 不在 1900—2199 年之间。`,
    en: (p) => `"${p.text}": the year ${p.year} is not between 1900 and 2199.`,
  }),
  cellNoSuchMonth: withParams<{ text: string; month: number }>({
    zh: (p) => `“${p.text}”不是有效日期：没有 ${p.month} 月。`,
    en: (p) => `"${p.text}" is not a valid date: there is no month ${p.month}.`,
  }),
  cellNoSuchDay: withParams<{ text: string; year: number; month: number; last: number }>({
    zh: (p) => `“${p.text}”不是有效日期：${p.year}年${p.month}月只有 ${p.last} 天。`,
    en: (p) => `"${p.text}" is not a valid date: ${p.year}-${p.month} has only ${p.last} days.`,
  }),
  cellSerialOutOfRange: withParams<{ text: string }>({
    zh: (p) =>
      `“${p.text}”不是日期：作为 Excel 日期序号超出范围；请写作 2025-08-05、2025/8/5、2025.8.5 或 2025年8月5日。`,
    en: (p) =>
      `"${p.text}" is not a date: as an Excel day number it is out of range; write it as 2025-08-05, 2025/8/5 or 2025.8.5.`,
  }),
  cellYearNotFirst: withParams<{ text: string }>({
    zh: (p) =>
      `“${p.text}”年份不在前面，无法确定年月日：请写作 2025-08-05、2025/8/5、2025.8.5 或 2025年8月5日。`,
    en: (p) =>
      `"${p.text}" does not start with the year, so year, month and day are unclear: write it as 2025-08-05, 2025/8/5 or 2025.8.5.`,
  }),
  cellNotADate: withParams<{ text: string }>({
    zh: (p) =>
      `“${p.text}”不是可识别的日期：请写作 2025-08-05、2025/8/5、2025.8.5 或 2025年8月5日。`,
    en: (p) =>
      `"${p.text}" is not a date that can be read: write it as 2025-08-05, 2025/8/5 or 2025.8.5.`,
  }),
  cellNotYesNo: withParams<{ text: string }>({
    zh: (p) => `“${p.text}”无法识别：请填写“是”或“否”（也可写“有分歧”“无分歧”“有”“无”）。`,
    en: (p) =>
      `"${p.text}" cannot be read: write Y or N (or the template’s Chinese words for yes and no).`,
  }),
  cellNegative: withParams<{ text: string }>({
    zh: (p) => `“${p.text}”是负数：金额不能为负。`,
    en: (p) => `"${p.text}" is negative: an amount cannot be negative.`,
  }),
  cellBadSeparators: withParams<{ text: string }>({
    zh: (p) => `“${p.text}”的千位分隔符位置不对：请写作 1,234,567.89 或不加分隔符。`,
    en: (p) =>
      `"${p.text}" has its thousands separators in the wrong place: write 1,234,567.89 or no separators.`,
  }),
  cellNotAnAmount: withParams<{ text: string; wan: boolean }>({
    zh: (p) => `“${p.text}”不是金额：请只填写数字（以${p.wan ? '万元' : '元'}为单位）。`,
    en: (p) =>
      `"${p.text}" is not an amount: write digits only (in ${p.wan ? 'ten thousand yuan' : 'yuan'}).`,
  }),
  cellTooManyDecimalsYuan: withParams<{ text: string }>({
    zh: (p) => `“${p.text}”超过两位小数：以元为单位的金额最多到分。`,
    en: (p) => `"${p.text}" has more than two decimals: an amount in yuan goes down to the fen.`,
  }),
  cellTooManyDecimalsWan: withParams<{ text: string }>({
    zh: (p) => `“${p.text}”超过六位小数：以万元为单位的金额最多六位小数（到分）。`,
    en: (p) =>
      `"${p.text}" has more than six decimals: an amount in ten thousand yuan has at most six (down to the fen).`,
  }),
  cellAmountTooLarge: withParams<{ text: string }>({
    zh: (p) => `“${p.text}”超出金额的范围（最多 16 位整数）。`,
    en: (p) => `"${p.text}" is beyond the range of an amount (at most 16 digits before the point).`,
  }),

  // The national platform's transfers: export, import and their rows (national-platform/)
  platformExportTooLarge: withParams<{ max: number }>({
    zh: (p) => `超过 ${p.max} 条，请按地区或日期分批导出。`,
    en: (p) => `More than ${p.max} records: export them in parts, by region or by date.`,
  }),
  platformNotJson: { zh: '文件不是有效的 JSON。', en: 'The file is not valid JSON.' },
  platformNoRecords: withParams<{ format: string }>({
    zh: (p) => `文件缺少 records 列表，不是国家平台转办文件（格式 "${p.format}"）。`,
    en: (p) =>
      `The file has no records list: it is not a national platform transfer file (format "${p.format}").`,
  }),
  platformNotXlsx: {
    zh: '文件不是有效的 XLSX 工作簿。',
    en: 'The file is not a valid .xlsx workbook.',
  },
  platformNoSheet: { zh: '工作簿没有工作表。', en: 'The workbook has no worksheet.' },
  platformHeadersMissing: {
    zh: '第 1 行缺少“平台编号”等表头，不是国家平台转办文件。',
    en: 'Row 1 lacks the platform reference and the other headers: this is not a national platform transfer file.',
  },
  platformFileUnreadable: {
    zh: '无法读取这个文件：请上传国家平台导出的 JSON 或 XLSX 转办文件。',
    en: 'This file cannot be read: upload the JSON or XLSX transfer file the national platform exported.',
  },
  platformFileSize: withParams<{ max: number }>({
    zh: (p) => `文件为空或超过 ${p.max} 字节。`,
    en: (p) => `The file is empty or larger than ${p.max} bytes.`,
  }),
  platformTooManyRecords: withParams<{ max: number }>({
    zh: (p) => `一次最多导入 ${p.max} 条。`,
    en: (p) => `At most ${p.max} records can be imported at once.`,
  }),
  platformRefTwice: withParams<{ ref: string }>({
    zh: (p) => `平台编号“${p.ref}”在文件中重复。`,
    en: (p) => `The platform reference "${p.ref}" appears twice in the file.`,
  }),
  platformCellRequired: withParams<{ what: string; path: string }>({
    zh: (p) => `请填写${p.what}。`,
    en: (p) => `This column (${p.path}) is required.`,
  }),
  platformNotADate: withParams<{ text: string }>({
    zh: (p) => `“${p.text}”不是有效日期，请写作 YYYY-MM-DD。`,
    en: (p) => `"${p.text}" is not a valid date: write it as YYYY-MM-DD.`,
  }),
  platformCreditCodeInvalid: withParams<{ text: string; reason: Message }>({
    zh: (p) => `“${p.text}”不是有效的统一社会信用代码（${p.reason.zh}）。`,
    en: (p) => `"${p.text}" is not a valid unified social credit code (${p.reason.en}).`,
  }),
  platformNotAnAmount: withParams<{ text: string }>({
    zh: (p) => `“${p.text}”不是有效金额，例如“52000.00”。`,
    en: (p) => `"${p.text}" is not a valid amount, e.g. "52000.00".`,
  }),
  platformSizeWords: {
    zh: '企业规模请填写 大型、中型、小型 或 微型。',
    en: 'Write the size class as large, medium, small or micro, in the platform’s Chinese words.',
  },
  platformYesNo: {
    zh: '请填写“是”或“否”。',
    en: 'Write yes or no.',
  },

  // Summaries' arguments (summary/)
  dueSoonDaysRange: {
    zh: 'dueSoonDays 须为 0 至 90 之间的整数。',
    en: 'dueSoonDays must be a whole number between 0 and 90.',
  },
  fromNotAMonth: withParams<{ from: string }>({
    zh: (p) => `from 须为月份“YYYY-MM”，不是“${p.from}”。`,
    en: (p) => `from must be a month "YYYY-MM", not "${p.from}".`,
  }),
  toNotAMonth: withParams<{ to: string }>({
    zh: (p) => `to 须为月份“YYYY-MM”，不是“${p.to}”。`,
    en: (p) => `to must be a month "YYYY-MM", not "${p.to}".`,
  }),
  fromAfterTo: withParams<{ from: string; to: string }>({
    zh: (p) => `from（${p.from}）晚于 to（${p.to}）。`,
    en: (p) => `from (${p.from}) is after to (${p.to}).`,
  }),
  tooManyMonths: withParams<{ max: number }>({
    zh: (p) => `一次最多查询 ${p.max} 个月。`,
    en: (p) => `Ask for at most ${p.max} months at a time.`,
  }),
  yearFourDigits: {
    zh: '年份须为四位数的年份（2000 至 2100）。',
    en: 'The year is a four-digit year (2000 to 2100).',
  },
  halfYearForm: withParams<{ half: string }>({
    zh: (p) =>
      `半年度请写作“2026-H1”（1 月至 6 月）或“2026-H2”（7 月至 12 月），不能是“${p.half}”。`,
    en: (p) =>
      `Write a half year as "2026-H1" (January to June) or "2026-H2" (July to December), not "${p.half}".`,
  }),

  // Notices and case requests the jobs raise (jobs.ts; rendered in Chinese, outside any request)
  noticeDebtName: withParams<{ contractNo: string; creditor: string }>({
    zh: (p) => `合同 ${p.contractNo}（${p.creditor}）`,
    en: (p) => `Contract ${p.contractNo} (${p.creditor})`,
  }),
  noticeInstalmentDue: withParams<{
    debt: string;
    seq: number;
    amount: string;
    dueOn: string;
    daysLeft: number;
  }>({
    zh: (p) =>
      `${p.debt} 还款计划第 ${p.seq} 期 ${p.amount} 元将于 ${p.dueOn} 到期（还有 ${p.daysLeft} 天），请按期支付。`,
    en: (p) =>
      `${p.debt}: instalment ${p.seq} of the repayment plan, ${p.amount} yuan, falls due on ${p.dueOn} (in ${p.daysLeft} days); please pay on time.`,
  }),
  noticeInstalmentMissed: withParams<{
    debt: string;
    seq: number;
    dueOn: string;
    shortfall: string;
    graceDays: number;
  }>({
    zh: (p) =>
      `${p.debt} 还款计划第 ${p.seq} 期应于 ${p.dueOn} 支付，尚差 ${p.shortfall} 元未付。逾期超过 ${p.graceDays} 天将视为违约并移交督办。`,
    en: (p) =>
      `${p.debt}: instalment ${p.seq} of the repayment plan was due on ${p.dueOn} and ${p.shortfall} yuan is still unpaid. More than ${p.graceDays} days late, the plan is in default and goes to supervision.`,
  }),
  casePlanDefault: withParams<{ debt: string; seq: number; dueOn: string; daysLate: number }>({
    zh: (p) =>
      `还款计划违约：${p.debt} 第 ${p.seq} 期（应于 ${p.dueOn} 支付）逾期 ${p.daysLate} 天未付。`,
    en: (p) =>
      `Repayment plan in default: ${p.debt}, instalment ${p.seq} (due on ${p.dueOn}) is ${p.daysLate} days late.`,
  }),
  noticePlanDefault: withParams<{ debt: string; seq: number; daysLate: number }>({
    zh: (p) => `${p.debt} 还款计划第 ${p.seq} 期逾期 ${p.daysLate} 天未付，已视为违约，移交督办。`,
    en: (p) =>
      `${p.debt}: instalment ${p.seq} of the repayment plan is ${p.daysLate} days late; the plan is in default and goes to supervision.`,
  }),
  noticeLedgerDue: withParams<{
    unit: string;
    period: string;
    dueDay: string;
    group: string | null;
    left: number;
  }>({
    zh: (p) =>
      `${p.unit}：${p.period} 月度台账应于 ${p.dueDay} 前报送${p.group ? `至${p.group}` : ''}，尚未收到（还有 ${p.left} 个工作日）。`,
    en: (p) =>
      `${p.unit}: the monthly ledger for ${p.period} is due by ${p.dueDay}${p.group ? ` to ${p.group}` : ''} and has not been received (${p.left} working days left).`,
  }),
  noticeLedgerMissing: withParams<{ period: string; dueDay: string; names: string[] }>({
    zh: (p) =>
      `${p.period} 月度台账报送截止（${p.dueDay}），以下 ${p.names.length} 个单位未报送：${p.names.slice(0, 200).join('、')}${p.names.length > 200 ? ' 等' : ''}。`,
    en: (p) =>
      `The monthly ledger for ${p.period} was due (${p.dueDay}); these ${p.names.length} units have not submitted it: ${p.names.slice(0, 200).join(', ')}${p.names.length > 200 ? ' and more' : ''}.`,
  }),
  clockReview: { zh: '审查受理', en: 'review' },
  clockTransfer: { zh: '转办', en: 'transfer' },
  clockHandling: { zh: '办理答复', en: 'handling and answer' },
  noticeClueClockWarning: withParams<{
    respondent: string;
    complainant: string;
    what: Message;
    dueOn: string;
    left: number;
  }>({
    zh: (p) =>
      `线索“${p.respondent}（${p.complainant} 反映）”的${p.what.zh}时限为 ${p.dueOn}，还剩 ${p.left} 个工作日。`,
    en: (p) =>
      `The ${p.what.en} deadline of the clue "${p.respondent} (reported by ${p.complainant})" is ${p.dueOn}: ${p.left} working days left.`,
  }),
  noticeClueClockBreached: withParams<{
    respondent: string;
    complainant: string;
    what: Message;
    dueOn: string;
    daysLate: number;
    supervised: boolean;
  }>({
    zh: (p) =>
      `线索“${p.respondent}（${p.complainant} 反映）”的${p.what.zh}时限 ${p.dueOn} 已过 ${p.daysLate} 天${p.supervised ? '，已移交督办' : ''}。`,
    en: (p) =>
      `The ${p.what.en} deadline of the clue "${p.respondent} (reported by ${p.complainant})", ${p.dueOn}, passed ${p.daysLate} days ago${p.supervised ? '; it goes to supervision' : ''}.`,
  }),
  caseOverdueClue: withParams<{ complainant: string; respondent: string; dueOn: string }>({
    zh: (p) =>
      `线索办理超期：${p.complainant} 反映 ${p.respondent} 拖欠账款，办理时限 ${p.dueOn} 已过。`,
    en: (p) =>
      `Clue handled too late: ${p.complainant} reports that ${p.respondent} owes it money; the handling deadline ${p.dueOn} has passed.`,
  }),
  noticeCalendarMissing: withParams<{ years: number[] }>({
    zh: (p) =>
      `${p.years.join('、')} 年的工作日历（法定节假日、调休上班日）尚未录入：台账截止日、线索办理时限等按工作日计算的期限无法计算。请用 setCalendarYear 录入全年安排。`,
    en: (p) =>
      `The working calendar (public holidays, swapped working days) of ${p.years.join(', ')} is not on record: deadlines counted in working days (ledger due days, clue time limits) cannot be computed. Enter the whole year with setCalendarYear.`,
  }),
  noticeCalendarMissingAdmin: withParams<{ years: number[]; regions: string[] }>({
    zh: (p) =>
      `${p.years.join('、')} 年的工作日历尚未录入的地区共 ${p.regions.length} 个：${p.regions.slice(0, 100).join('、')}${p.regions.length > 100 ? ' 等' : ''}。`,
    en: (p) =>
      `${p.regions.length} regions have no working calendar for ${p.years.join(', ')}: ${p.regions.slice(0, 100).join(', ')}${p.regions.length > 100 ? ' and more' : ''}.`,
  }),
  noticeConfirmationDebt: withParams<{ contractNo: string; amount: string }>({
    zh: (p) => `合同 ${p.contractNo} 项下 ${p.amount} 元`,
    en: (p) => `${p.amount} yuan under contract ${p.contractNo}`,
  }),
  noticeConfirmationDue: withParams<{
    debtor: string;
    creditor: string;
    debt: string;
    dueOn: string;
    left: number;
  }>({
    zh: (p) =>
      `${p.debtor}：${p.creditor} 申请确权的${p.debt}账款，应于 ${p.dueOn} 前确认或提出异议（还剩 ${p.left} 个工作日）。`,
    en: (p) =>
      `${p.debtor}: ${p.creditor} asks you to confirm ${p.debt} owed; confirm or dispute it by ${p.dueOn} (${p.left} working days left).`,
  }),
  noticeConfirmationSilent: withParams<{
    debtor: string;
    creditor: string;
    debt: string;
    dueOn: string;
    daysLate: number;
  }>({
    zh: (p) =>
      `账款确权逾期未答复：${p.debtor} 未在 ${p.dueOn} 前对${p.debt}账款（${p.creditor} 申请）确认或提出异议，已逾期 ${p.daysLate} 天，请督促。`,
    en: (p) =>
      `A confirmation request went unanswered: ${p.debtor} did not confirm or dispute ${p.debt} owed (asked by ${p.creditor}) by ${p.dueOn}; it is ${p.daysLate} days late. Please follow it up.`,
  }),
  noticeClueLedgerLate: withParams<{ unit: string; covers: string; count: number; dueDay: string }>(
    {
      zh: (p) =>
        `${p.unit}：${p.covers} 月受理的 ${p.count} 件 12345 线索台账应于 ${p.dueDay} 前报送，截止时尚未报送。`,
      en: (p) =>
        `${p.unit}: the ledger of the ${p.count} clues from the 12345 hotline received in ${p.covers} was due by ${p.dueDay} and was not submitted.`,
    },
  ),
  noticeClueLedgerDue: withParams<{
    unit: string;
    covers: string;
    count: number;
    dueDay: string;
    left: number;
  }>({
    zh: (p) =>
      `${p.unit}：${p.covers} 月受理的 ${p.count} 件 12345 线索台账应于 ${p.dueDay} 前报送（还有 ${p.left} 个工作日）。`,
    en: (p) =>
      `${p.unit}: the ledger of the ${p.count} clues from the 12345 hotline received in ${p.covers} is due by ${p.dueDay} (${p.left} working days left).`,
  }),

  // The rules' explanations (rules/due-date.ts, interest.ts, as-of.ts, creditor-size.ts,
  // violations.ts, reporting-period.ts). A due date's and a size's basis is stored with the
  // debt, in Chinese; interest, violations and deadlines are explained in the request's language.
  article: withParams<{ year: string; art: number; para?: number }>({
    zh: (p) =>
      `${p.year} 年条例第${chineseNumber(p.art)}条${p.para ? `第${chineseNumber(p.para)}款` : ''}`,
    en: (p) => `${p.year} art. ${p.art}${p.para ? `¶${p.para}` : ''}`,
  }),
  articleSays: withParams<{ article: Message; text: Message }>({
    zh: (p) => `${p.article.zh}：${p.text.zh}`,
    en: (p) => `${p.article.en}: ${p.text.en}`,
  }),
  fromSettlement: withParams<{ day: string }>({
    zh: (p) => `自结算金额确认之日 ${p.day} 起算`,
    en: (p) => `from the confirmed settlement on ${p.day}`,
  }),
  fromAcceptance: withParams<{ day: string }>({
    zh: (p) => `自验收之日 ${p.day} 起算`,
    en: (p) => `from acceptance on ${p.day}`,
  }),
  fromAcceptanceDeadline: withParams<{ day: string }>({
    zh: (p) => `买方未在约定的验收期限内验收，自期限届满之日 ${p.day} 起算`,
    en: (p) => `from ${p.day}, when the agreed acceptance period ended without the buyer accepting`,
  }),
  awaitingAcceptance: {
    zh: '以验收为付款条件，尚未验收，也未约定验收期限',
    en: 'payment waits for acceptance, which has not happened and has no agreed deadline',
  },
  fromDelivery: withParams<{ day: string }>({
    zh: (p) => `自交付之日 ${p.day} 起算`,
    en: (p) => `from delivery on ${p.day}`,
  }),
  noDeliveryDate: { zh: '尚未登记交付日期', en: 'no delivery date is recorded' },
  signedBeforeRegulation: {
    zh: '合同签订于条例施行（2020-09-01）之前，按 2020 年条例的规定衡量。',
    en: 'Signed before the regulation took effect (2020-09-01); measured by the 2020 terms. ',
  },
  buyerNotCovered: {
    zh: '条例只规范机关、事业单位和大型企业的付款（第二条）。',
    en: 'The regulation covers payments by agencies, public institutions and large enterprises only (art. 2).',
  },
  noDueDateYet: withParams<{ why: Message }>({
    zh: (p) => `尚无到期日：${p.why.zh}。`,
    en: (p) => `No due date yet: ${p.why.en}.`,
  }),
  termDefaultDays: withParams<{ article: Message; days: number }>({
    zh: (p) => `${p.article.zh}：${p.days} 日`,
    en: (p) => `${p.article.en}: ${p.days} days`,
  }),
  termAgreedDays: withParams<{ article: Message; days: number }>({
    zh: (p) => `${p.article.zh}：约定的 ${p.days} 日`,
    en: (p) => `${p.article.en}: the agreed ${p.days} days`,
  }),
  termCapped: withParams<{ article: Message; agreed: number; cap: number }>({
    zh: (p) => `${p.article.zh}：约定的 ${p.agreed} 日超过 ${p.cap} 日上限，按 ${p.cap} 日`,
    en: (p) =>
      `${p.article.en}: the agreed ${p.agreed} days exceed the ${p.cap}-day cap; ${p.cap} days apply`,
  }),
  noDefaultTerm2020: {
    zh: '2020 年条例第八条第二款未规定大型企业的默认付款期限，且未登记约定的付款期限。',
    en: '2020 art. 8¶2 sets no default term for large enterprises and no agreed term is recorded.',
  },
  restDayMoved: withParams<{ original: string; dueOn: string }>({
    zh: (p) => `；${p.original} 为休息日，顺延至 ${p.dueOn}（民法典第二百零三条）`,
    en: (p) => `; ${p.original} is a rest day, so it moves to ${p.dueOn} (Civil Code art. 203)`,
  }),
  statutoryDueBasis: withParams<{
    prefix: Message | null;
    term: Message;
    from: Message;
    rolled: Message | null;
  }>({
    zh: (p) => `${p.prefix?.zh ?? ''}${p.term.zh}，${p.from.zh}${p.rolled?.zh ?? ''}。`,
    en: (p) => `${p.prefix?.en ?? ''}${p.term.en}, ${p.from.en}${p.rolled?.en ?? ''}.`,
  }),
  withPrefix: withParams<{ prefix: Message | null; text: Message }>({
    zh: (p) => `${p.prefix?.zh ?? ''}${p.text.zh}`,
    en: (p) => `${p.prefix?.en ?? ''}${p.text.en}`,
  }),
  contractualNoDueDate: withParams<{ why: Message; from: Message | null }>({
    zh: (p) =>
      `${p.why.zh}；${p.from ? `尚无起算日（${p.from.zh}）` : '合同约定的付款期限未登记'}，无到期日。`,
    en: (p) =>
      `${p.why.en}; ${p.from ? `the term has no start yet (${p.from.en})` : 'the contract’s payment term is not recorded'}: no due date.`,
  }),
  contractualDueBasis: withParams<{
    why: Message;
    days: number;
    from: Message;
    rolled: Message | null;
  }>({
    zh: (p) => `${p.why.zh}的 ${p.days} 天（${p.from.zh}）${p.rolled?.zh ?? ''}。`,
    en: (p) => `${p.why.en}: ${p.days} days (${p.from.en})${p.rolled?.en ?? ''}.`,
  }),
  notProtected: withParams<{ sizeBasis: string }>({
    zh: (p) =>
      `债权企业签订合同时为大型企业（${p.sizeBasis}），不适用《保障中小企业款项支付条例》（2025 年条例第二条、第三条）：按合同约定`,
    en: () =>
      'The creditor was a large enterprise when it signed, so the Regulation on Ensuring Payments to Small and Medium-sized Enterprises does not apply (2025 arts. 2 and 3): the contract’s own terms apply',
  }),
  interestNoneAgreed: withParams<{ why: Message }>({
    zh: (p) => `${p.why.zh}：合同未约定逾期利率，不计条例规定的每日万分之五利息。`,
    en: (p) =>
      `${p.why.en}; the contract agrees no late-payment rate, so the regulation’s 0.05% a day does not accrue.`,
  }),
  interestContractRate: withParams<{ why: Message; basis: string }>({
    zh: (p) => `${p.why.zh}的利率：${p.basis}`,
    en: (p) => `${p.why.en}, at its agreed rate: ${p.basis}`,
  }),
  notOverdueNoInterest: { zh: '未逾期，不计利息。', en: 'Not overdue: no interest.' },
  notOverdueYet: { zh: '尚未逾期。', en: 'Not overdue yet.' },
  noStatutoryDueDate: {
    zh: '没有法定到期日：见 paymentTermBasis。',
    en: 'No statutory due date: see paymentTermBasis.',
  },
  rateAgreed: withParams<{ article: Message; rate: string; lpr: string | null }>({
    zh: (p) =>
      `${p.article.zh}：约定年利率 ${p.rate}%，按实际天数/365 计${p.lpr ? `，低于合同订立时一年期贷款市场报价利率（${p.lpr}%），条例不允许` : ''}`,
    en: (p) =>
      `${p.article.en}: the agreed ${p.rate}% a year, actual/365${p.lpr ? ` — below the one-year LPR at signing (${p.lpr}%), which the regulation does not allow` : ''}`,
  }),
  rateStatutory: withParams<{ article: Message }>({
    zh: (p) => `${p.article.zh}：未约定利率，按每日万分之五计`,
    en: (p) => `${p.article.en}: no rate agreed, 0.05% a day`,
  }),
  interestOnce: withParams<{ rate: Message; principal: string; days: number }>({
    zh: (p) => `${p.rate.zh}，本金 ${p.principal}，计 ${p.days} 天。`,
    en: (p) => `${p.rate.en}, on ${p.principal} for ${p.days} days.`,
  }),
  interestReducing: withParams<{ rate: Message; days: number }>({
    zh: (p) => `${p.rate.zh}，共 ${p.days} 天，本金随其后每笔付款减少。`,
    en: (p) => `${p.rate.en}, over ${p.days} days, principal reduced by each later payment.`,
  }),
  interestToDate: withParams<{ rate: Message; days: number; date: string }>({
    zh: (p) =>
      `${p.rate.zh}，至 ${p.date} 共 ${p.days} 天，按每日尚欠且无分歧的金额计（付款和分歧自次日起计）。`,
    en: (p) =>
      `${p.rate.en}, over ${p.days} days to ${p.date}, on what was owed and undisputed each day (payments and disputes count from the day after).`,
  }),
  sizeFromFacts: withParams<{
    signed: string;
    factsOn: string;
    size: string;
    declared: string | null;
  }>({
    zh: (p) =>
      `合同签订日 ${p.signed} 前的规模数据（截至 ${p.factsOn}）为${sizeZh(p.size)}（2025 年条例第三条：依合同订立时的企业规模类型确定）${p.declared ? `；申报为${sizeZh(p.declared)}，与规模数据不符，以规模数据为准（如有异议由中小企业主管部门认定，2025 年条例第二十九条）` : ''}。`,
    en: (p) =>
      `The size data from before the signing on ${p.signed} (as of ${p.factsOn}) say ${sizeEn(p.size)} (2025 art. 3: the size when the contract was made decides)${p.declared ? `; the declaration, ${sizeEn(p.declared)}, contradicts them and the size data prevail (a dispute goes to the SME department, 2025 art. 29)` : ''}.`,
  }),
  sizeDeclared: withParams<{ size: string }>({
    zh: (p) =>
      `按申报，合同签订时为${sizeZh(p.size)}（待核实：企业应主动告知其属于中小企业，2025 年条例第三条）。`,
    en: (p) =>
      `Declared ${sizeEn(p.size)} at signing (to be checked: an enterprise must say that it is an SME, 2025 art. 3).`,
  }),
  sizeFactsAfterSigning: withParams<{ factsOn: string | null; signed: string; size: string }>({
    zh: (p) =>
      `枢纽的规模数据${p.factsOn ? `截至 ${p.factsOn}` : '未注明日期'}，晚于合同签订日 ${p.signed}，为${sizeZh(p.size)}；签订时规模待核实（企业规模可能已变化）。`,
    en: (p) =>
      `The hub’s size data${p.factsOn ? ` as of ${p.factsOn}` : ' (undated)'}, later than the signing on ${p.signed}, say ${sizeEn(p.size)}; the size at signing is to be checked (it may have changed).`,
  }),
  sizeByKind: {
    zh: '无规模数据，名录中登记为大型企业；签订时规模待核实。',
    en: 'No size data; the registry lists a large enterprise; the size at signing is to be checked.',
  },
  sizeUnknown: {
    zh: '无规模数据，也未申报：暂按中小企业适用条例，待核实签订时的企业规模。',
    en: 'No size data and no declaration: the regulation applies as for an SME until the size at signing is checked.',
  },
  violationAgencyTerm: withParams<{ days: number }>({
    zh: (p) => `约定付款期限${p.days}日，超过机关、事业单位60日上限。`,
    en: (p) =>
      `The agreed payment term of ${p.days} days exceeds the 60-day cap for agencies and public institutions.`,
  }),
  violationLargeTerm: withParams<{ days: number }>({
    zh: (p) => `约定付款期限${p.days}日，超过60日，须符合行业规范、交易习惯（需复核）。`,
    en: (p) =>
      `The agreed payment term of ${p.days} days exceeds 60 days and must be justified by the trade’s norms and practice (to be reviewed).`,
  }),
  violationPayWhenPaid: {
    zh: '以收到第三方付款作为付款条件（背靠背条款）。',
    en: 'Payment is made conditional on being paid by a third party (a pay-when-paid clause).',
  },
  violationBillExtends: withParams<{ evoucher: boolean }>({
    zh: (p) => `以${p.evoucher ? '应收账款电子凭证' : '商业汇票'}变相延长付款期限。`,
    en: (p) =>
      `${p.evoucher ? 'Electronic receivable vouchers are' : 'Commercial bills are'} used to extend the payment term.`,
  }),
  violationBillNotAgreed: withParams<{ evoucher: boolean }>({
    zh: (p) => `未在合同中明确约定即以${p.evoucher ? '应收账款电子凭证' : '商业汇票'}支付。`,
    en: (p) =>
      `Paid with ${p.evoucher ? 'electronic receivable vouchers' : 'commercial bills'} that the contract did not expressly allow.`,
  }),
  violationAuditSettlement: {
    zh: '强制要求以审计机关的审计结果作为结算依据。',
    en: 'The audit authority’s result is forced on the parties as the basis of settlement.',
  },
  violationExcuseRepresentative: {
    zh: '以法定代表人或者主要负责人变更为由拒绝或者迟延支付。',
    en: 'Payment is refused or delayed because the legal representative or the person in charge changed.',
  },
  violationExcuseInternalProcess: {
    zh: '以履行内部付款流程为由拒绝或者迟延支付。',
    en: 'Payment is refused or delayed on the ground of internal payment procedures.',
  },
  violationExcuseCompletionFiling: {
    zh: '合同未作约定，以等待竣工验收备案为由拒绝或者迟延支付。',
    en: 'Payment is refused or delayed to wait for the completion acceptance filing, which the contract does not provide for.',
  },
  violationExcuseCompletionApproval: {
    zh: '合同未作约定，以等待竣工验收批复为由拒绝或者迟延支付。',
    en: 'Payment is refused or delayed to wait for the approval of completion acceptance, which the contract does not provide for.',
  },
  violationExcuseFinalAudit: {
    zh: '合同未作约定，以等待决算审计为由拒绝或者迟延支付。',
    en: 'Payment is refused or delayed to wait for the final accounts audit, which the contract does not provide for.',
  },
  violationUndisputedWithheld: {
    zh: '部分存在争议，但未及时支付无争议部分。',
    en: 'Part of the debt is disputed, but the undisputed part was not paid in time.',
  },
  violationRateBelowLpr: {
    zh: '约定的逾期利息利率低于合同订立时一年期贷款市场报价利率。',
    en: 'The agreed late-payment rate is below the one-year loan prime rate at signing.',
  },
  deadlineOverride: {
    zh: '领导小组为本期另行规定的报送期限',
    en: 'A deadline the leading group set for this period',
  },
  deadlineMoved: withParams<{ day: number; time: string; scheduled: string; movedTo: string }>({
    zh: (p) => `每月 ${p.day} 日 ${p.time} 前；${p.scheduled} 为休息日，顺延至 ${p.movedTo}`,
    en: (p) =>
      `By ${p.time} on day ${p.day} of each month; ${p.scheduled} is a rest day, so it moves to ${p.movedTo}`,
  }),
  deadlineMonthly: withParams<{ day: number; time: string }>({
    zh: (p) => `每月 ${p.day} 日 ${p.time} 前`,
    en: (p) => `By ${p.time} on day ${p.day} of each month`,
  }),
  noticeGroupReportToSign: withParams<{
    group: string;
    period: string;
    revision: number;
    signers: string[];
  }>({
    zh: (p) =>
      `${p.group} ${p.period} 月度台账已汇总（第 ${p.revision} 版），待组长${p.signers.length ? ` ${p.signers.join('、')} ` : ''}审签后报送。`,
    en: (p) =>
      `${p.group}: the monthly ledgers for ${p.period} are consolidated (revision ${p.revision}) and wait for the group leader’s signature${p.signers.length ? ` (${p.signers.join(', ')})` : ''} before they are sent.`,
  }),

  // ── Ledger slicing (issue 18: ArrearFilter's region, kinds, search, ages, defaults, documents) ──
  ownLevelNeedsRegion: {
    zh: '“只含本级”（regionOwnLevel）须与地区代码（regionCode）同时填写：请写明是哪个地区的本级。',
    en: 'regionOwnLevel needs regionCode: say which region’s own level is meant.',
  },
  searchEmpty: {
    zh: '搜索内容为空：请填写合同编号、债权企业名称或统一社会信用代码，或不传 search。',
    en: 'The search is empty: give a contract number, a creditor name or a credit code, or leave search out.',
  },
  searchTooLong: withParams<{ max: number; actual: number }>({
    zh: (p) => `搜索内容最多 ${p.max} 个字符，现有 ${p.actual} 个。`,
    en: (p) => `A search has at most ${p.max} characters; ${p.actual} given.`,
  }),
  searchNotText: {
    zh: '搜索内容含有无法保存的字符（如 NUL），请删去后再试。',
    en: 'The search holds characters that cannot be stored as text (such as NUL); remove them.',
  },
});
