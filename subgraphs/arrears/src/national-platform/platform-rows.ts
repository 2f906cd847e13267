// One record of a national-platform file checked into a clue filing: every problem keyed by its
// column (the XLSX header), Chinese first. The filing then goes through the same rules as fileClue.
import {
  checkCreditCode,
  normaliseCreditCode,
  parseCalendarDate,
  parseMoney,
  type Message,
} from '@arrears-hub/subgraph-kit';
import { ClueChannel } from '../clue/clue.enums.js';
import type { ClueFiling } from '../clue/clue.validation.js';
import { PLATFORM_COLUMNS, type ColumnPath, type RawRecord } from './platform-format.js';
import { arrearsMessages as msg } from '../messages.js';

export interface RowProblem {
  row: number;
  column: string;
  message: string;
}

const header = (path: ColumnPath) => PLATFORM_COLUMNS.find(([, p]) => p === path)![0];

const SIZE: Record<string, string> = {
  大型: 'LARGE',
  中型: 'MEDIUM',
  小型: 'SMALL',
  微型: 'MICRO',
  LARGE: 'LARGE',
  MEDIUM: 'MEDIUM',
  SMALL: 'SMALL',
  MICRO: 'MICRO',
};

/** Where a filing rule's field is in the file. */
export const FIELD_COLUMNS: Record<string, ColumnPath> = {
  externalRef: 'platformRef',
  receivedOn: 'transferredOn',
  complainantName: 'creditor.name',
  complainantCreditCode: 'creditor.creditCode',
  complainantSizeClass: 'creditor.sizeClass',
  contactName: 'creditor.contactName',
  contactPhone: 'creditor.contactPhone',
  contactAddress: 'creditor.address',
  respondentName: 'debtor.name',
  respondentCreditCode: 'debtor.creditCode',
  amountClaimed: 'arrears.amount',
  contractNo: 'arrears.contractNo',
  facts: 'arrears.facts',
  request: 'arrears.request',
  evidence: 'attachments',
};

export function columnOf(field: string): string {
  const path = FIELD_COLUMNS[field.replace(/^input\./, '')];
  return path ? header(path) : field;
}

/** The filing a record asks for, or its problems. */
export function recordFiling(record: RawRecord): {
  filing: ClueFiling | null;
  problems: RowProblem[];
} {
  const v = record.values;
  const problems: RowProblem[] = [];
  const add = (path: ColumnPath, message: Message) =>
    problems.push({ row: record.row, column: header(path), message: message.text() });
  const required = (path: ColumnPath, what: string) => {
    if (!v[path]) add(path, msg.platformCellRequired({ what, path }));
    return v[path] ?? '';
  };
  const platformRef = required('platformRef', '平台编号');
  const transferredRaw = required('transferredOn', '转办日期');
  let transferredOn = '';
  if (transferredRaw) {
    const d = parseCalendarDate(transferredRaw);
    if (d.ok) transferredOn = d.value;
    else add('transferredOn', msg.platformNotADate({ text: transferredRaw }));
  }
  const creditorName = required('creditor.name', '债权人名称');
  const debtorName = required('debtor.name', '债务人名称');
  const code = (path: ColumnPath) => {
    const raw = v[path];
    if (!raw) return null;
    const checked = checkCreditCode(raw);
    if (!checked.ok) {
      add(path, msg.platformCreditCodeInvalid({ text: raw, reason: checked.reason }));
      return null;
    }
    return normaliseCreditCode(raw);
  };
  const creditorCode = code('creditor.creditCode');
  const debtorCode = code('debtor.creditCode');
  let amount = '';
  const amountRaw = required('arrears.amount', '拖欠金额');
  if (amountRaw) {
    const m = parseMoney(amountRaw.replace(/[,，\s元]/g, ''));
    if (m.ok) amount = m.value;
    else add('arrears.amount', msg.platformNotAnAmount({ text: amountRaw }));
  }
  const facts = required('arrears.facts', '拖欠事实');
  let sizeClass: string | null = null;
  if (v['creditor.sizeClass']) {
    sizeClass = SIZE[v['creditor.sizeClass'].replace(/企业$/, '')] ?? null;
    if (!sizeClass) add('creditor.sizeClass', msg.platformSizeWords());
  }
  const undertaking = v['arrears.notInOtherProceedings'];
  const notInOther = undertaking === undefined || /^(是|true|1|yes)$/i.test(undertaking);
  if (undertaking !== undefined && !notInOther && !/^(否|false|0|no)$/i.test(undertaking))
    add('arrears.notInOtherProceedings', msg.platformYesNo());
  if (problems.length) return { filing: null, problems };
  const attachments = record.attachments.filter((a) => a.name);
  return {
    filing: {
      channel: ClueChannel.NATIONAL_PLATFORM,
      externalRef: platformRef,
      receivedOn: transferredOn,
      complainantName: creditorName,
      complainantCreditCode: creditorCode,
      complainantSizeClass: sizeClass,
      contactName: v['creditor.contactName'] ?? null,
      contactPhone: v['creditor.contactPhone'] ?? null,
      contactAddress: v['creditor.address'] ?? null,
      respondentName: debtorName,
      respondentCreditCode: debtorCode,
      amountClaimed: amount,
      contractNo: v['arrears.contractNo'] ?? null,
      facts,
      request: v['arrears.request'] ?? null,
      evidence: attachments.length
        ? `国家平台附件：${attachments.map((a) => (a.kind ? `${a.name}（${a.kind}）` : a.name)).join('；')}`
        : null,
      notInOtherProceedings: notInOther,
    },
    problems,
  };
}
