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
import { arrearsMessages as msg } from '../messages.js';

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
  checkNotFuture(p, a.signedOn, 'signedOn', msg.agreementInFuture());
  p.check(a.instalments.length > 0, 'instalments', msg.planWithoutInstalments());
  p.check(
    a.instalments.length <= MAX_INSTALMENTS,
    'instalments',
    msg.tooManyInstalments({ max: MAX_INSTALMENTS }),
  );
  a.instalments.forEach((instalment, i) => {
    p.check(
      compareMoney(instalment.amount, '0') > 0,
      `instalments.${i}.amount`,
      msg.instalmentNotPositive(),
    );
    p.check(
      instalment.dueOn >= a.signedOn,
      `instalments.${i}.dueOn`,
      msg.instalmentBeforeAgreement(),
    );
    if (i > 0)
      p.check(
        instalment.dueOn >= a.instalments[i - 1]!.dueOn,
        `instalments.${i}.dueOn`,
        msg.instalmentsOutOfOrder(),
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
        ? msg.planBeforeVerification()
        : msg.notPlannable({ status: debt.status }),
    );
  p.check(a.signedOn >= debt.contractSignedOn, 'signedOn', msg.agreementBeforeContract());
  const total = addMoney('0', ...a.instalments.map((i) => i.amount));
  const disputed = debt.status === ArrearStatus.DISPUTED;
  p.check(
    compareMoney(total, payable) === 0,
    'instalments',
    msg.instalmentsTotal({ total, payable, disputed }),
  );
  return { problems: p.list, total };
}
