// The Chinese column headers of a CSV download (/export.csv): each field of a row by its label,
// a nested field by its parent's label and its own ("欠款单位·名称" for debtor.name). Field names
// mean the same thing wherever the schema uses them (contractNo, outstanding, region …), so the
// labels are keyed by field name; a field without a label keeps its name. An alias in the query is
// the caller's own header and is used as written. `?headers=paths` gives the GraphQL paths instead.
import {
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export const FIELD_LABELS: Readonly<Record<string, string>> = {
  // Who and where
  id: '编号',
  name: '名称',
  shortName: '简称',
  unitName: '单位名称',
  code: '代码',
  officialCode: '区划代码',
  level: '层级',
  kind: '类型',
  subKind: '细分类型',
  creditCode: '统一社会信用代码',
  ownership: '所有制',
  region: '地区',
  parent: '上级',
  children: '下级',
  supervisor: '主管部门',
  debtor: '欠款单位',
  creditor: '债权企业',
  organisation: '单位',
  organisations: '单位',
  unit: '单位',
  units: '单位',
  owner: '业主单位',
  handlingUnit: '承办单位',
  respondent: '被反映单位',
  respondentName: '被反映单位名称',
  respondentCreditCode: '被反映单位信用代码',
  complainant: '反映人',
  complainantName: '反映人名称',
  complainantCreditCode: '反映企业信用代码',
  complainantSizeClass: '反映企业规模',
  size: '企业规模',
  sizeClass: '规模类型',
  sector: '行业',
  role: '职务',
  post: '岗位',
  title: '职务名称',
  holder: '任职人',
  members: '成员',
  aggregator: '汇总单位',
  aggregatingUnits: '汇总单位',
  reportsTo: '报送至',
  // The ledger line
  contractNo: '合同编号',
  contractSignedOn: '合同签订日期',
  projectName: '项目名称',
  project: '项目',
  subject: '合同标的',
  debtorKind: '欠款单位类型',
  creditorSizeAtSigning: '签订时企业规模',
  amountDue: '应付金额（元）',
  paid: '已付金额（元）',
  outstanding: '欠款余额（元）',
  undisputedOutstanding: '无分歧欠款余额（元）',
  disputedOutstanding: '有分歧欠款余额（元）',
  overdueOutstanding: '逾期欠款余额（元）',
  migrantWagesOutstanding: '农民工工资欠款余额（元）',
  payableNow: '当前应付（元）',
  disputedAmount: '有分歧金额（元）',
  migrantWagesAmount: '其中农民工工资（元）',
  migrantWagesPaid: '已付农民工工资（元）',
  deliveredOn: '交付日期',
  acceptedOn: '验收日期',
  verifiedOn: '核实日期',
  statutoryDueOn: '法定付款期限',
  paymentTermBasis: '付款期限依据',
  overdueDays: '逾期天数',
  ageBucket: '账龄区间',
  bucket: '区间',
  cause: '欠款成因',
  disputed: '是否有分歧',
  inJudicialProcess: '是否进入司法程序',
  status: '状态',
  source: '来源',
  registeredAt: '登记时间',
  registeredBy: '登记人',
  updatedAt: '更新时间',
  createdAt: '创建时间',
  version: '版本',
  lateInterest: '逾期利息',
  amount: '金额（元）',
  violations: '违规条款',
  article: '条款',
  repaymentPlan: '还款计划',
  payments: '付款',
  paidOn: '付款日期',
  voucherNo: '凭证号',
  method: '付款方式',
  // Summaries
  arrearsSummary: '欠款汇总',
  arrearsOwed: '所欠账款',
  arrearsClaimed: '被欠账款',
  arrearsOutstanding: '欠款余额（元）',
  count: '笔数',
  totalCount: '总数',
  clearanceRate: '清偿率',
  inJudicialProcessCount: '司法程序笔数',
  byAgeBucket: '按账龄',
  bySubject: '按合同标的',
  clearedByMonth: '按月清偿',
  month: '月份',
  zeroing: '欠款清零',
  clueClosure: '线索办结',
  rate: '比率',
  newAfterZeroing: '边清边欠',
  // Clues
  channel: '渠道',
  externalRef: '外部编号',
  receivedOn: '受理日期',
  amountClaimed: '反映金额（元）',
  confirmedAmount: '核实金额（元）',
  facts: '事实',
  request: '诉求',
  clock: '办理时限',
  clueClocks: '线索时限',
  dueOn: '到期日',
  daysLeft: '剩余天数',
  onTime: '按时',
  dueSoon: '即将到期',
  overdue: '逾期',
  reviewDueOn: '审查期限',
  handlingDueOn: '办理期限',
  closedOn: '办结日期',
  answeredOn: '答复日期',
  // Finance and supervision
  funds: '资金',
  appropriated: '已安排资金（元）',
  disbursed: '已拨付资金（元）',
  availableForClearance: '可用于清欠资金（元）',
  fundingWarnings: '资金预警',
  fundingWarningCount: '资金预警单位数',
  fundingGap: '资金缺口（元）',
  gap: '缺口（元）',
  projects: '项目',
  projectCode: '项目代码',
  approvedAmount: '批复金额（元）',
  approvedOn: '批复日期',
  fundsSecuredOn: '资金落实日期',
  startedOn: '开工日期',
  flags: '标记',
  supervision: '监督',
  openCases: '在办督办件',
  overdueCases: '超期督办件',
  openRectifications: '在办整改',
  listedUnits: '列入名单单位',
  lastInspectionOn: '最近检查日期',
  lastInspection: '最近检查',
  inspectedOn: '检查日期',
  issuesFound: '发现问题',
  cases: '督办件',
  measure: '措施',
  deadline: '期限',
  findings: '问题',
  category: '类别',
  description: '说明',
  disclosures: '公示',
  year: '年度',
  overdueContracts: '逾期未付合同数',
  overdueAmount: '逾期未付金额（元）',
  publishedOn: '公示日期',
  overdueUnplannedDebtors: '逾期且无还款计划的单位',
  // Payment performance
  paymentPerformance: '付款表现',
  half: '半年度',
  averageDays: '平均付款天数',
  medianDays: '付款天数中位数',
  within30: '30天内付款占比',
  within30Value: '30天内付款金额占比',
  days31To60: '31至60天付款占比',
  days31To60Value: '31至60天付款金额占比',
  over60: '60天以上付款占比',
  over60Value: '60天以上付款金额占比',
  paidLate: '逾期付款占比',
  paidLateValue: '逾期付款金额占比',
  inDispute: '有分歧占比',
  // Monthly reports
  ledgerReporting: '台账报送',
  ledgerReports: '台账报送记录',
  period: '所属月份',
  dueAt: '报送截止时间',
  expected: '应报',
  late: '迟报',
  missing: '未报',
  paused: '暂停报送',
  returned: '退回',
  pending: '待报',
  awaitingReceipt: '待接收',
  lateUnits: '迟报单位',
  missingUnits: '未报单位',
  pausedUnits: '暂停报送单位',
  state: '状态',
  submittedAt: '报送时间',
  unitsReported: '已报单位数',
  arrearsCount: '欠款笔数',
  signatoryTitle: '审签人职务',
  signatoryName: '审签人',
  signedAt: '审签时间',
  sentAt: '报出时间',
  reportingDay: '报送日',
  // The dashboard's and the bulletin's operations.
  unitIds: '单位编号',
  zeroed: '已清零',
  accepted: '已受理',
  closed: '已办结',
  lateRegisteredCount: '漏报笔数',
  lateRegisteredAmountDue: '漏报金额（元）',
  returnedUnits: '被退回单位',
  assessment: '考核',
  score: '得分',
  finalised: '已定稿',
  clueClosureRate: '线索办结率',
  respondentClueClosureRate: '被投诉线索办结率',
  zeroingRate: '欠款清零率',
  satisfaction: '满意度',
  ledgerTimeliness: '台账报送及时率',
  newArrearsAfterZeroing: '边清边欠笔数',
  lateRegisteredDebts: '漏报笔数',
  trigger: '触发原因',
  openedOn: '立案日期',
  targetUnit: '督办对象',
  campaignDeadlines: '专项行动节点',
  compliance: '完成情况',
  compliant: '已完成',
  byUnit: '按单位',
  detail: '说明',
  regions: '地区',
  positionOn: '截至当日',
  date: '日期',
};

/** A column's header: its path's fields by label, aliases as written, joined with "·". */
export type HeaderLabeller = (column: string) => string;

interface Segment {
  field: string;
  alias: boolean;
}

/** Response key paths of the operation (from data, e.g. "arrears.edges.node.debtor.name") to
 * the field each key names, following fragments. */
function responseFields(document: DocumentNode, operationName?: string): Map<string, Segment> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find(
    (d) =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  const out = new Map<string, Segment>();
  const walk = (set: SelectionSetNode, prefix: string, seen: ReadonlySet<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        const path = prefix ? `${prefix}.${key}` : key;
        out.set(path, { field: s.name.value, alias: !!s.alias && s.alias.value !== s.name.value });
        if (s.selectionSet) walk(s.selectionSet, path, seen);
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, prefix, seen);
      else if (!seen.has(s.name.value)) {
        const fragment = fragments.get(s.name.value);
        if (fragment) walk(fragment.selectionSet, prefix, new Set([...seen, s.name.value]));
      }
    }
  };
  if (operation && operation.kind === Kind.OPERATION_DEFINITION)
    walk(operation.selectionSet, '', new Set());
  return out;
}

/**
 * Labels the columns of rows found at `source` (resultTable's "arrears.edges.node") of the
 * answer to `query`. Two columns that would read the same keep their path after the label.
 */
export function chineseHeaders(
  query: string,
  operationName: string | undefined,
  source: string,
  columns: readonly string[],
): string[] {
  let fields: Map<string, Segment>;
  try {
    fields = responseFields(parse(query), operationName);
  } catch {
    return [...columns];
  }
  const label = (column: string) =>
    column
      .split('.')
      .map((key, i, keys) => {
        const path = [source, ...keys.slice(0, i + 1)].filter(Boolean).join('.');
        const segment = fields.get(path);
        if (!segment) return key;
        return segment.alias ? key : (FIELD_LABELS[segment.field] ?? key);
      })
      .join('·');
  const labels = columns.map(label);
  const count = new Map<string, number>();
  for (const l of labels) count.set(l, (count.get(l) ?? 0) + 1);
  return labels.map((l, i) => (count.get(l)! > 1 ? `${l}（${columns[i]}）` : l));
}
