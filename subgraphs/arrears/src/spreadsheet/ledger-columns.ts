// The ledger spreadsheet (工作台账) the programmes circulate (docs/programmes.md): one row per debt, Chinese headers. The
// template, the import and the export all use this one list, so they always agree.
export interface LedgerColumn {
  key: LedgerField;
  header: string;
  width: number;
  required: boolean;
  note?: string;
  /** Written by the export for the reader, ignored by the import (the hub computes it). */
  exportOnly?: boolean;
  /** A money column: the template writes it in 元; a sheet may write it in 万元 when its header
   * says so (应付金额（万元）), docs/spreadsheets.md. */
  money?: boolean;
  /** A date column: 2025-08-05, 2025/8/5, 2025.8.5, 2025年8月5日 or an Excel date. */
  date?: boolean;
}

export type LedgerField =
  | 'debtorName'
  | 'creditorName'
  | 'creditorCreditCode'
  | 'contractNo'
  | 'contractSignedOn'
  | 'projectName'
  | 'creditorSizeAtSigning'
  | 'subject'
  | 'amountDue'
  | 'paid'
  | 'outstanding'
  | 'migrantWages'
  | 'deliveredOn'
  | 'cause'
  | 'disputed'
  | 'plan'
  | 'status'
  | 'statutoryDueOn'
  | 'ageDays';

export const LEDGER_COLUMNS: LedgerColumn[] = [
  {
    key: 'debtorName',
    header: '欠款单位',
    width: 26,
    required: false,
    note: '可留空；填写时须与导入的单位一致',
  },
  { key: 'creditorName', header: '债权企业名称', width: 30, required: true },
  {
    key: 'creditorCreditCode',
    header: '统一社会信用代码',
    width: 22,
    required: true,
    note: '18位，用于识别企业（须已在枢纽登记，或导入时选择登记未知企业）',
  },
  { key: 'contractNo', header: '合同编号', width: 18, required: true },
  {
    key: 'contractSignedOn',
    header: '合同签订日期',
    width: 14,
    required: true,
    date: true,
    note: '2025-08-05、2025/8/5、2025.8.5 或 2025年8月5日',
  },
  {
    key: 'projectName',
    header: '项目名称',
    width: 28,
    required: false,
    note: '欠款所涉项目，例如政府投资项目的名称',
  },
  {
    key: 'creditorSizeAtSigning',
    header: '签订时企业规模',
    width: 12,
    required: false,
    note: '大型 / 中型 / 小型 / 微型：合同签订时债权企业的规模；留空按枢纽的规模数据',
  },
  { key: 'subject', header: '合同标的', width: 10, required: true, note: '货物 / 工程 / 服务' },
  {
    key: 'amountDue',
    header: '应付金额（元）',
    width: 16,
    required: true,
    money: true,
    note: '可带千位分隔符；表头写作“应付金额（万元）”时以万元填写',
  },
  { key: 'paid', header: '已付金额（元）', width: 16, required: false, money: true },
  {
    key: 'outstanding',
    header: '欠款余额（元）',
    width: 16,
    required: false,
    money: true,
    note: '= 应付 − 已付，用于核对',
  },
  {
    key: 'migrantWages',
    header: '其中农民工工资（元）',
    width: 18,
    required: false,
    money: true,
    note: '应付金额中属于农民工工资的部分（优先支付）',
  },
  {
    key: 'deliveredOn',
    header: '交付日期',
    width: 14,
    required: false,
    date: true,
    note: '日期写法同合同签订日期',
  },
  { key: 'cause', header: '欠款成因', width: 30, required: false },
  {
    key: 'disputed',
    header: '是否有分歧',
    width: 10,
    required: false,
    note: '是 / 否（有分歧 / 无分歧、有 / 无 亦可）',
  },
  {
    key: 'plan',
    header: '还款计划',
    width: 30,
    required: false,
    note: '说明；计划本身在枢纽中另行录入',
  },
  {
    key: 'status',
    header: '办理状态',
    width: 12,
    required: false,
    exportOnly: true,
    note: '导出时填写，导入时忽略',
  },
  {
    key: 'statutoryDueOn',
    header: '法定付款期限',
    width: 14,
    required: false,
    exportOnly: true,
    note: '导出时填写，导入时忽略',
  },
  {
    key: 'ageDays',
    header: '账龄（天）',
    width: 10,
    required: false,
    exportOnly: true,
    note: '超过法定付款期限的天数（未到期为 0），按导出日或报送日计算；导入时忽略',
  },
];

export const SUBJECTS: Record<string, 'GOODS' | 'WORKS' | 'SERVICES'> = {
  货物: 'GOODS',
  工程: 'WORKS',
  服务: 'SERVICES',
};
export const SUBJECT_LABELS: Record<string, string> = {
  GOODS: '货物',
  WORKS: '工程',
  SERVICES: '服务',
};

/** The creditor's size at signing as the sheet writes it (2025 art. 3); blank when unknown. */
export const SIZE_LABELS: Record<string, string> = {
  LARGE: '大型',
  MEDIUM: '中型',
  SMALL: '小型',
  MICRO: '微型',
  UNKNOWN: '',
};
export const SIZES: Record<string, string> = {
  大型: 'LARGE',
  中型: 'MEDIUM',
  小型: 'SMALL',
  微型: 'MICRO',
  LARGE: 'LARGE',
  MEDIUM: 'MEDIUM',
  SMALL: 'SMALL',
  MICRO: 'MICRO',
};

export const STATUS_LABELS: Record<string, string> = {
  REGISTERED: '已登记',
  VERIFIED: '已核实',
  PLANNED: '已定计划',
  REPAYING: '偿还中',
  CLEARED: '已清偿',
  DISPUTED: '有分歧',
  IN_COURT: '司法程序',
  WITHDRAWN: '已撤回',
};

export function headerOf(key: LedgerField): string {
  return LEDGER_COLUMNS.find((c) => c.key === key)!.header;
}
