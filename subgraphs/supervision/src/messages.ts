// The supervision package's messages (see protocol/src/localized-messages.ts): every text a person
// reads from this subgraph, in Chinese (the default) and English, under stable ids.
import { defineMessages, withParams, type Message } from '@arrears-hub/protocol';

export const supervisionMessages = defineMessages('supervision', {
  // Issue 18, msg-others: audits, cases, inspections, penalties, disclosures, assessments

  // Things named in refusals and in state-machine refusals (assertMove)
  arrear: { zh: '欠款', en: 'debt' },
  project: { zh: '项目', en: 'project' },
  audit: { zh: '审计', en: 'audit' },
  finding: { zh: '审计发现', en: 'Audit finding' },
  rectification: { zh: '整改事项', en: 'rectification' },
  supervisionCase: { zh: '督办事项', en: 'supervised case' },
  penalty: { zh: '失信惩戒记录', en: 'dishonest-entity listing' },
  disclosure: { zh: '信息公开', en: 'disclosure' },
  paymentReport: { zh: '付款统计', en: 'payment report' },

  // What a refused move tried to do (assertMove's action)
  moveAuditTo: withParams<{ status: string }>({
    zh: (p) => `将审计改为 ${p.status}`,
    en: (p) => `move the audit to ${p.status}`,
  }),
  moveCaseTo: withParams<{ status: string }>({
    zh: (p) => `将督办事项改为 ${p.status}`,
    en: (p) => `move the case to ${p.status}`,
  }),
  moveDisclosureTo: withParams<{ status: string }>({
    zh: (p) => `将公开信息改为 ${p.status}`,
    en: (p) => `move the disclosure to ${p.status}`,
  }),
  movePaymentReportTo: withParams<{ status: string }>({
    zh: (p) => `将付款统计改为 ${p.status}`,
    en: (p) => `move the payment report to ${p.status}`,
  }),
  reportRectificationDone: { zh: '报告整改完成', en: 'report the rectification done' },
  closeRectification: { zh: '销号', en: 'close the rectification' },
  reopenRectification: { zh: '退回整改', en: 'reopen the rectification' },
  removeFromList: { zh: '移出失信主体名录', en: 'remove the unit from the list' },

  // Shared
  notAnId: withParams<{ id: string }>({
    zh: (p) => `“${p.id}”不是有效的编号（id）。`,
    en: (p) => `"${p.id}" is not a valid id.`,
  }),
  tooManyIds: withParams<{ max: number; count: number }>({
    zh: (p) => `一次最多 ${p.max} 个编号，现有 ${p.count} 个。`,
    en: (p) => `At most ${p.max} ids at once; ${p.count} given.`,
  }),
  noSuchUnit: withParams<{ id: string }>({
    zh: (p) => `没有编号为“${p.id}”的单位。`,
    en: (p) => `There is no unit with the id "${p.id}".`,
  }),
  dayAfterToday: withParams<{ what: Message; day: string; today: string }>({
    zh: (p) => `${p.what.zh} ${p.day} 晚于今天（${p.today}）。`,
    en: (p) => `The ${p.what.en} ${p.day} is after today (${p.today}).`,
  }),
  deadlinePassed: withParams<{ what: Message; deadline: string; today: string }>({
    zh: (p) => `${p.what.zh} ${p.deadline} 已过（今天是 ${p.today}）：请给一个今天或以后的日期。`,
    en: (p) =>
      `The ${p.what.en} ${p.deadline} has passed (today is ${p.today}): give today or a later day.`,
  }),
  completionDate: { zh: '完成日期', en: 'completion date' },
  inspectionDate: { zh: '检查日期', en: 'inspection date' },
  callDate: { zh: '回访日期', en: 'date of the call' },
  decisionDate: { zh: '决定日期', en: 'date of the decision' },
  listingDate: { zh: '列入日期', en: 'listing date' },
  removalDate: { zh: '移出日期', en: 'removal date' },
  rectificationDeadline: { zh: '整改期限', en: 'rectification deadline' },
  caseDeadline: { zh: '办结期限', en: 'deadline' },

  // Audits and rectifications (audit/, rules/rectification-check.ts)
  auditTitleRequired: {
    zh: '请填写审计项目名称（至少 2 个字）。',
    en: 'Give the audit’s title (at least 2 characters).',
  },
  regionCodeForm: withParams<{ code: string }>({
    zh: (p) => `地区代码应为 6 位或 9 位数字，“${p.code}”不是。`,
    en: (p) => `A region code has 6 or 9 digits; "${p.code}" does not.`,
  }),
  findingRequired: {
    zh: '请写明审计发现的问题（至少 2 个字）。',
    en: 'Describe what the audit found (at least 2 characters).',
  },
  evidenceRequired: {
    zh: '请说明整改完成的依据（至少 2 个字）。',
    en: 'Give the evidence that the rectification is done (at least 2 characters).',
  },
  findingOnlyInProgress: withParams<{ status: string }>({
    zh: (p) => `审计发现只能在审计进行中（IN_PROGRESS）时记录，这项审计现在是 ${p.status}。`,
    en: (p) =>
      `A finding can only be recorded while the audit is IN_PROGRESS; this one is ${p.status}.`,
  }),
  noSelfClosing: {
    zh: '被整改单位不能为自己销号：须由监督检查人员核查后销号。',
    en: 'The audited unit cannot close its own rectification: an inspector checks and closes it.',
  },
  ledgerDoesNotShowItDone: withParams<{ objections: Message[] }>({
    zh: (p) => `台账尚不能证明整改完成，不能销号：${p.objections.map((o) => o.zh).join('；')}。`,
    en: (p) =>
      `The ledger does not show the rectification done, so it cannot be closed: ${p.objections.map((o) => o.en).join('; ')}.`,
  }),
  objectionNotOnLedger: withParams<{ id: string }>({
    zh: (p) => `欠款 ${p.id} 无法在台账中核对`,
    en: (p) => `debt ${p.id} is not found on the ledger`,
  }),
  objectionNotCleared: withParams<{ id: string; outstanding: string }>({
    zh: (p) => `欠款 ${p.id} 尚未清偿（仍欠 ${p.outstanding} 元）`,
    en: (p) => `debt ${p.id} is not cleared (${p.outstanding} yuan still owed)`,
  }),
  objectionNoPlan: withParams<{ id: string; status: string }>({
    zh: (p) => `欠款 ${p.id} 没有还款计划（状态 ${p.status}）`,
    en: (p) => `debt ${p.id} has no repayment plan (status ${p.status})`,
  }),
  objectionNotVerified: withParams<{ id: string }>({
    zh: (p) => `欠款 ${p.id} 尚未核实确权（状态 REGISTERED）`,
    en: (p) => `debt ${p.id} is not verified yet (status REGISTERED)`,
  }),
  reviewNoteRequired: {
    zh: '请写明核查情况（至少 2 个字）。',
    en: 'Say what was checked (at least 2 characters).',
  },

  // Cases (case/)
  caseDescriptionRequired: {
    zh: '请写明督办事项（至少 2 个字）。',
    en: 'Describe the supervised case (at least 2 characters).',
  },
  noDirectEscalation: {
    zh: '督办事项在逾期时由 escalateOverdueCases 升级，不能直接改为 ESCALATED。',
    en: 'A case is escalated by escalateOverdueCases when it is overdue; it cannot be set to ESCALATED directly.',
  },
  outcomeRequired: {
    zh: '办结督办事项时请写明办理结果（至少 2 个字）。',
    en: 'Give the outcome when resolving a case (at least 2 characters).',
  },
  accountablePersonRequired: {
    zh: '请填写被问责人的姓名（至少 2 个字）。',
    en: 'Give the name of the person held accountable (at least 2 characters).',
  },
  accountablePostRequired: {
    zh: '请填写被问责人的职务（至少 2 个字）。',
    en: 'Give the post of the person held accountable (at least 2 characters).',
  },

  // Inspections and follow-up calls (inspection/)
  inspectionItemsRequired: {
    zh: '请至少选择一项检查内容。',
    en: 'Choose at least one item inspected.',
  },
  satisfactionRange: withParams<{ satisfaction: number }>({
    zh: (p) => `满意度为 1 到 5 的整数（1 很不满意，5 很满意），现为 ${p.satisfaction}。`,
    en: (p) =>
      `Satisfaction is a whole number from 1 (very dissatisfied) to 5 (very satisfied); ${p.satisfaction} given.`,
  }),
  enterpriseRequired: {
    zh: '请填写回访的企业：不注明企业的回访不计入满意度。',
    en: 'Name the enterprise reached: a call that names none does not count towards satisfaction.',
  },
  notAUnitId: withParams<{ id: string }>({
    zh: (p) => `“${p.id}”不是有效的单位编号（id）。`,
    en: (p) => `"${p.id}" is not a valid unit id.`,
  }),
  notAnEnterprise: withParams<{ name: string }>({
    zh: (p) => `${p.name}不是企业，不能作为回访对象。`,
    en: (p) => `${p.name} is not an enterprise and cannot be the subject of a follow-up call.`,
  }),
  noSelfRating: {
    zh: '被评价单位不能为自己记录满意度。',
    en: 'A unit never rates its own satisfaction.',
  },

  // Penalties (penalty/)
  listingReasonRequired: {
    zh: '请写明列入失信主体名录的事由（至少 2 个字）。',
    en: 'Give the reason for the dishonest-entity listing (at least 2 characters).',
  },
  measuresRequired: {
    zh: '请至少写明一项联合惩戒措施（例如 压减一般性支出）。',
    en: 'Give at least one joint disciplinary measure (e.g. cutting general expenditure).',
  },
  delistingReasonRequired: {
    zh: '请写明移出名录（信用修复）的理由（至少 2 个字）。',
    en: 'Give the reason for taking the unit off the list (credit repair; at least 2 characters).',
  },
  removedBeforeListed: withParams<{ removedOn: string; listedOn: string }>({
    zh: (p) => `移出日期 ${p.removedOn} 早于列入日期 ${p.listedOn}。`,
    en: (p) => `The removal date ${p.removedOn} is before the listing date ${p.listedOn}.`,
  }),
  alreadyListed: withParams<{ name: string }>({
    zh: (p) => `${p.name}已在失信主体名录中。`,
    en: (p) => `${p.name} is already on the dishonest-entity list.`,
  }),

  // Assessments (assessment/)
  assessmentYearRange: withParams<{ first: number; thisYear: number; year: number }>({
    zh: (p) => `只能考核 ${p.first} 年至 ${p.thisYear} 年，不能是 ${p.year} 年。`,
    en: (p) => `Only the years ${p.first} to ${p.thisYear} can be assessed, not ${p.year}.`,
  }),
  weightsUsable: {
    zh: '各项权重应为不小于 0 的数，且至少一项大于 0。',
    en: 'Each weight must be a number not below 0, and at least one above 0.',
  },
  noUnitsToAssess: withParams<{ regionCode: string }>({
    zh: (p) => `地区 ${p.regionCode} 及其下级没有需要考核的单位。`,
    en: (p) => `Region ${p.regionCode} and the regions below it have no unit to assess.`,
  }),
  assessmentFinalised: withParams<{ regionCode: string; year: number }>({
    zh: (p) => `地区 ${p.regionCode} ${p.year} 年的考核已经定稿。`,
    en: (p) => `The ${p.year} assessment of region ${p.regionCode} is already finalised.`,
  }),

  // Disclosures and payment reports (disclosure/, payment-register/)
  disclosureYearRange: withParams<{ first: number; last: number; year: number }>({
    zh: (p) => `只能生成 ${p.first} 年至 ${p.last} 年的公开信息，不能是 ${p.year} 年。`,
    en: (p) =>
      `Disclosures can only be drafted for a finished year from ${p.first} to ${p.last}, not ${p.year}.`,
  }),
  noUnitsToDisclose: withParams<{ regionCode: string }>({
    zh: (p) => `地区 ${p.regionCode} 及其下级没有须公开逾期未付合同的单位。`,
    en: (p) =>
      `Region ${p.regionCode} and the regions below it have no unit that must disclose overdue unpaid contracts.`,
  }),
  disclosuresBeingDrafted: withParams<{ year: number }>({
    zh: (p) => `${p.year} 年的公开信息正在由他人生成，请稍后重试。`,
    en: (p) => `The ${p.year} disclosures are being drafted by someone else; try again shortly.`,
  }),
  onlyLeadingGroupPublishesDisclosures: {
    zh: '公开信息由清欠领导小组发布，监督检查人员负责审核。',
    en: 'The leading group publishes disclosures; inspectors review them.',
  },
  halfForm: withParams<{ half: string }>({
    zh: (p) => `半年度请写作“2026-H1”或“2026-H2”，不能是“${p.half}”。`,
    en: (p) => `Write a half-year as "2026-H1" or "2026-H2", not "${p.half}".`,
  }),
  halfNotOver: withParams<{ half: string; to: string }>({
    zh: (p) => `${p.half} 尚未结束（至 ${p.to}）：只能发布已结束半年度的付款统计。`,
    en: (p) =>
      `${p.half} is not over (it ends on ${p.to}): payment reports are only published for a finished half-year.`,
  }),
  noSuchRegion: withParams<{ code: string }>({
    zh: (p) => `没有代码为 ${p.code} 的地区。`,
    en: (p) => `There is no region with the code ${p.code}.`,
  }),
  paymentReportsBeingDrafted: withParams<{ half: string }>({
    zh: (p) => `${p.half} 的付款统计正在由他人生成，请稍后重试。`,
    en: (p) =>
      `The ${p.half} payment reports are being drafted by someone else; try again shortly.`,
  }),
  onlyLeadingGroupPublishesReports: {
    zh: '付款统计由清欠领导小组发布，监督检查人员负责审核。',
    en: 'The leading group publishes payment reports; inspectors review them.',
  },

  // Notice texts, stored when the job (or the case trigger from the ledger's relay) runs, outside
  // any person's request: stored in Chinese (`.zh`), the notices' language
  measureSupervisionNotice: { zh: '督办书', en: 'supervision notice' },
  measureDeadline: { zh: '限期办结', en: 'deadline for completion' },
  measureListedSupervision: { zh: '挂牌督办', en: 'listed supervision' },
  measureTalk: { zh: '约谈', en: 'admonitory talk' },
  measureCircular: { zh: '通报', en: 'public circular' },
  measureAccountabilityReferral: { zh: '移送问责', en: 'referral for accountability' },
  noticeCaseOpened: withParams<{ measure: Message; description: string; deadline: string }>({
    zh: (p) => `已自动立案督办（${p.measure.zh}）：${p.description} 办结期限 ${p.deadline}。`,
    en: (p) =>
      `A supervised case was opened automatically (${p.measure.en}): ${p.description} Deadline ${p.deadline}.`,
  }),
  noticeCaseEscalated: withParams<{
    description: string;
    deadline: string;
    measure: Message;
    next: string;
  }>({
    zh: (p) =>
      `督办事项“${p.description}”办结期限 ${p.deadline} 已过，已升级为${p.measure.zh}，新的办结期限为 ${p.next}。`,
    en: (p) =>
      `The deadline ${p.deadline} of the supervised case "${p.description}" has passed: it is escalated to ${p.measure.en}, with the new deadline ${p.next}.`,
  }),
  noticeRectificationOverdue: withParams<{ deadline: string }>({
    zh: (p) => `整改事项的期限 ${p.deadline} 已过，尚未报告整改完成：请尽快整改并报送整改材料。`,
    en: (p) =>
      `The rectification deadline ${p.deadline} has passed and it is not reported done: rectify and send the evidence as soon as possible.`,
  }),
  noticeDisclosureDrafted: withParams<{ year: number; contracts: number; amount: string }>({
    zh: (p) =>
      `${p.year} 年度逾期未支付中小企业款项信息公开草稿已生成（逾期合同 ${p.contracts} 份，金额 ${p.amount} 元）：请核对，于 ${p.year + 1} 年 3 月 31 日前公开。`,
    en: (p) =>
      `The draft ${p.year} disclosure of overdue payments to SMEs is ready (${p.contracts} overdue contracts, ${p.amount} yuan): check it and publish it by 31 March ${p.year + 1}.`,
  }),
  noticeDisclosureDue: withParams<{
    unit: string;
    year: number;
    deadline: string;
    daysLeft: number;
  }>({
    zh: (p) =>
      `${p.unit}：${p.year} 年度逾期未支付中小企业款项信息应于 ${p.deadline} 前公开，还剩 ${p.daysLeft} 天。`,
    en: (p) =>
      `${p.unit}: the ${p.year} disclosure of overdue payments to SMEs is due by ${p.deadline}, ${p.daysLeft} days left.`,
  }),
  noticeDisclosureMissing: withParams<{
    deadline: string;
    count: number;
    year: number;
    names: string[];
  }>({
    zh: (p) =>
      `截至 ${p.deadline}，以下 ${p.count} 个单位未公开 ${p.year} 年度逾期未支付中小企业款项信息：${p.names.slice(0, 200).join('、')}${p.names.length > 200 ? ' 等' : ''}。`,
    en: (p) =>
      `By ${p.deadline}, these ${p.count} units had not published the ${p.year} disclosure of overdue payments to SMEs: ${p.names.slice(0, 200).join(', ')}${p.names.length > 200 ? ' and more' : ''}.`,
  }),
  // Escalating overdue cases (case.mutations.ts)
  escalateAsOfFuture: {
    zh: '升级督办只能按今天或以前的日期办理：期限未到的案件不能提前升级。',
    en: 'Cases can only be escalated as of today or an earlier day: a case whose deadline has not passed cannot be escalated early.',
  },
});
