// A clue or complaint as received, and the checks of its steps that need only their input: each
// broken rule is a problem keyed by its field, every one reported at once (docs/domain/complaints.md
// lists what a complaint form holds).
import {
  checkNotFuture,
  checkText,
  compareMoney,
  isUuid,
  Problems,
  todayInChina,
  type Problem,
} from '@arrears-hub/subgraph-kit';
import type { ClueChannel } from './clue.enums.js';

export const SIZE_CLASSES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'] as const;

export interface ClueFiling {
  channel?: ClueChannel | null;
  externalRef?: string | null;
  receivedOn?: string | null;
  regionCode?: string | null;
  complainantId?: string | null;
  complainantName: string;
  complainantCreditCode?: string | null;
  complainantSizeClass?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  contactAddress?: string | null;
  respondentId?: string | null;
  respondentName: string;
  respondentCreditCode?: string | null;
  amountClaimed: string;
  contractNo?: string | null;
  facts: string;
  request?: string | null;
  evidence?: string | null;
  notInOtherProceedings: boolean;
}

/** The texts of a filing as the hub keeps them (normalised; null when blank). */
export interface CleanFiling {
  externalRef: string | null;
  complainantName: string;
  respondentName: string;
  contactName: string | null;
  contactPhone: string | null;
  contactAddress: string | null;
  contractNo: string | null;
  facts: string;
  request: string | null;
  evidence: string | null;
}

/**
 * The problems of a filing and its normalised texts. `filerEnterprise`: the viewer's own
 * organisation when it files as an enterprise only (it files in its own name).
 */
export function filingProblems(
  f: ClueFiling,
  filerEnterprise: string | null,
): { problems: Problem[]; clean: CleanFiling } {
  const p = new Problems();
  const clean: CleanFiling = {
    complainantName:
      checkText(p, f.complainantName, 'complainantName', { required: true, max: 200 }) ?? '',
    respondentName:
      checkText(p, f.respondentName, 'respondentName', { required: true, max: 200 }) ?? '',
    facts:
      checkText(p, f.facts, 'facts', {
        required: true,
        max: 5000,
        message: '请写明相关事实（the facts are required）。',
      }) ?? '',
    externalRef: checkText(p, f.externalRef, 'externalRef', { max: 100, identifier: true }),
    contactName: checkText(p, f.contactName, 'contactName', { max: 100 }),
    contactPhone: checkText(p, f.contactPhone, 'contactPhone', { max: 50, identifier: true }),
    contactAddress: checkText(p, f.contactAddress, 'contactAddress', { max: 300 }),
    contractNo: checkText(p, f.contractNo, 'contractNo', { max: 100, identifier: true }),
    request: checkText(p, f.request, 'request', { max: 2000 }),
    evidence: checkText(p, f.evidence, 'evidence', { max: 2000 }),
  };
  // Self-service filing (an enterprise in its own name): the hub sets the channel and the day it
  // is received, so a complaint cannot be back-dated or dressed up as a transfer.
  if (filerEnterprise !== null) {
    if (f.channel && f.channel !== 'SELF_SERVICE')
      p.add(
        'channel',
        '企业自行投诉的渠道由系统设定，请不要填写（the hub sets the channel of a self-service complaint）。',
      );
    if (f.receivedOn && f.receivedOn !== todayInChina())
      p.add(
        'receivedOn',
        '企业自行投诉的收到日期为提交当日，由系统设定（the hub dates a self-service complaint today）。',
      );
  } else {
    p.check(!!f.channel, 'channel', '请填写线索来源渠道（the channel is required）。');
    p.check(!!f.receivedOn, 'receivedOn', '请填写收到日期（the day received is required）。');
    if (f.channel === 'SELF_SERVICE')
      p.add(
        'channel',
        '“企业自行投诉”渠道只用于企业本身提交的投诉（SELF_SERVICE is for enterprises filing themselves）。',
      );
  }
  if (f.receivedOn)
    checkNotFuture(
      p,
      f.receivedOn,
      'receivedOn',
      '收到日期不能晚于今天（a clue cannot be received in the future）。',
    );
  p.check(
    compareMoney(f.amountClaimed, '0') > 0,
    'amountClaimed',
    '投诉金额必须大于零（the amount claimed must be more than zero）。',
  );
  for (const field of ['complainantId', 'respondentId'] as const) {
    const id = f[field];
    if (id && !isUuid(id)) p.add(field, `“${id}”不是有效的单位编号（not a unit id）。`);
  }
  if (f.complainantSizeClass)
    p.check(
      (SIZE_CLASSES as readonly string[]).includes(f.complainantSizeClass),
      'complainantSizeClass',
      '企业规模请填写 LARGE、MEDIUM、SMALL 或 MICRO（the size class is LARGE, MEDIUM, SMALL or MICRO）。',
    );
  if (filerEnterprise !== null && f.complainantId)
    p.check(
      f.complainantId === filerEnterprise,
      'complainantId',
      '企业只能以自己的名义投诉：complainantId 须为本企业（an enterprise files complaints in its own name）。',
    );
  return { problems: p.list, clean };
}

/** When a step happened: not in the future, not before the step it follows. */
export function stepDayProblems(
  on: string | null | undefined,
  notBefore: string,
): { problems: Problem[]; day: string } {
  const p = new Problems();
  const day = on ?? todayInChina();
  checkNotFuture(p, day, 'on', '日期不能晚于今天（this cannot be dated in the future）。');
  p.check(
    day >= notBefore,
    'on',
    `日期不能早于 ${notBefore}（this cannot be dated before ${notBefore}）。`,
  );
  return { problems: p.list, day };
}

export interface ClueVerification {
  confirmedAmount: string;
  disputed: boolean;
  note: string;
  arrearId?: string | null;
  registerArrear?: { contractNo: string; contractSignedOn: string } | null;
}

export function verificationProblems(v: ClueVerification): Problem[] {
  const p = new Problems();
  checkText(p, v.note, 'note', {
    required: true,
    max: 2000,
    message: '请写明核查情况（say what the check found）。',
  });
  p.check(
    compareMoney(v.confirmedAmount, '0') >= 0,
    'confirmedAmount',
    '核查金额不能为负数（the confirmed amount cannot be negative）。',
  );
  if (v.arrearId && !isUuid(v.arrearId))
    p.add('arrearId', `“${v.arrearId}”不是有效的欠款编号（not a ledger line id）。`);
  if (v.arrearId && v.registerArrear)
    p.add(
      'arrearId',
      '请在“匹配台账”与“登记新台账”中二选一（either match a ledger line or register one, not both）。',
    );
  if (v.registerArrear)
    p.check(
      compareMoney(v.confirmedAmount, '0') > 0,
      'confirmedAmount',
      '核查金额为零，无需登记台账（nothing confirmed, nothing to register）。',
    );
  return p.list;
}

/** A reason or an answer a step needs. */
export function textProblems(
  value: string | null | undefined,
  field: string,
  rule: { required?: boolean; max: number; message?: string },
): { problems: Problem[]; text: string | null } {
  const p = new Problems();
  const text = checkText(p, value, field, rule);
  return { problems: p.list, text };
}
