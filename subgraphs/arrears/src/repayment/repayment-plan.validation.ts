// A repayment agreement's instalments: every broken rule keyed by its field ("instalments.2.dueOn"),
// all reported at once; the checks against the debt itself run under its row lock.
import {
  addMoney,
  checkNotFuture,
  checkText,
  compareMoney,
  Problems,
  type Problem,
} from '@arrears-hub/subgraph-kit';
import { ArrearStatus } from '../ledger/arrear.enums.js';

export const MAX_INSTALMENTS = 120;

export interface PlannedInstalment {
  dueOn: string;
  amount: string;
}

export interface RepaymentAgreement {
  signedOn: string;
  instalments: readonly PlannedInstalment[];
  note?: string | null;
}

export function agreementProblems(a: RepaymentAgreement): Problem[] {
  const p = new Problems();
  checkNotFuture(
    p,
    a.signedOn,
    'signedOn',
    '协议签订日期不能晚于今天（the agreement cannot be signed in the future）。',
  );
  p.check(
    a.instalments.length > 0,
    'instalments',
    '还款计划至少要有一期（a plan needs at least one instalment）。',
  );
  p.check(
    a.instalments.length <= MAX_INSTALMENTS,
    'instalments',
    `最多 ${MAX_INSTALMENTS} 期（at most ${MAX_INSTALMENTS} instalments）。`,
  );
  a.instalments.forEach((instalment, i) => {
    p.check(
      compareMoney(instalment.amount, '0') > 0,
      `instalments.${i}.amount`,
      '每期金额必须大于零（each instalment must be more than zero）。',
    );
    p.check(
      instalment.dueOn >= a.signedOn,
      `instalments.${i}.dueOn`,
      '还款日期不能早于协议签订日期（an instalment cannot fall due before the agreement is signed）。',
    );
    if (i > 0)
      p.check(
        instalment.dueOn >= a.instalments[i - 1]!.dueOn,
        `instalments.${i}.dueOn`,
        '各期须按还款日期先后排列（instalments must be in order of their due dates）。',
      );
  });
  checkText(p, a.note, 'note', { max: 2000 });
  return p.list;
}

const PLANNABLE: readonly ArrearStatus[] = [
  ArrearStatus.VERIFIED,
  ArrearStatus.PLANNED,
  ArrearStatus.REPAYING,
  ArrearStatus.DISPUTED,
];

/** The checks against the debt as it stands: its status, its dates, what is payable now. */
export function agreementAgainstDebt(
  a: RepaymentAgreement,
  debt: { status: ArrearStatus; contractSignedOn: string },
  payable: string,
): { problems: Problem[]; total: string } {
  const p = new Problems();
  if (!PLANNABLE.includes(debt.status))
    p.add(
      'arrearId',
      debt.status === ArrearStatus.REGISTERED
        ? '请先核实欠款（verifyArrear）再制定还款计划（Verify the debt before agreeing a repayment plan）。'
        : `状态为 ${debt.status} 的欠款不能制定还款计划（no repayment plan can be agreed for a debt that is ${debt.status}）。`,
    );
  p.check(
    a.signedOn >= debt.contractSignedOn,
    'signedOn',
    '协议签订日期不能早于合同签订日期（the agreement cannot predate the contract）。',
  );
  const total = addMoney('0', ...a.instalments.map((i) => i.amount));
  const undisputed = debt.status === ArrearStatus.DISPUTED ? '（无分歧部分）' : '';
  p.check(
    compareMoney(total, payable) === 0,
    'instalments',
    `各期合计 ${total}，应等于欠款余额${undisputed} ${payable}（the instalments must add up to what is outstanding）。`,
  );
  return { problems: p.list, total };
}
