// Between the ledger and the pure rules: the contract facts a debt records, its due date under the
// regulation (recomputed whenever the facts change), its interest and the banned terms it shows.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import {
  addDays,
  compareMoney,
  DateScalar,
  MoneyScalar,
  subtractMoney,
  todayInChina,
  UserInputError,
} from '@arrears-hub/subgraph-kit';
import type { Arrear } from '../entities/arrear.entity.js';
import { ArrearStatus } from '../entities/enums.js';
import { buyerKindOf, statutoryDueDate, type DueDate } from '../rules/due-date.js';
import {
  accruedLateInterest,
  parsePercent,
  type DatedPayment,
  type LateInterestResult,
} from '../rules/interest.js';
import {
  DelayExcuse,
  PaymentInstrument,
  violations,
  type Violation,
  ViolationCode,
} from '../rules/violations.js';
import { calendarOverrides, isWorkingDay } from './working-days.js';

/** What is stored (jsonb) about a contract's terms. */
export interface ContractTermsData {
  paymentOnAcceptance?: boolean | null;
  agreedAcceptanceDeadline?: string | null;
  settlementConfirmedOn?: string | null;
  agreedTermDays?: number | null;
  agreedAnnualRate?: string | null;
  lprAtSigning?: string | null;
  paymentInstrument?: PaymentInstrument | null;
  instrumentExtendsTerm?: boolean | null;
  instrumentAgreedInContract?: boolean | null;
  payWhenPaid?: boolean | null;
  auditAsSettlement?: boolean | null;
  auditSettlementInContract?: boolean | null;
  auditSettlementRequiredByLaw?: boolean | null;
  excuses?: DelayExcuse[] | null;
  contractMakesPaymentWaitForAcceptance?: boolean | null;
}

/** One class for both directions: clerks send these facts, and read them back the same way. */
@ObjectType('ContractTerms', {
  description:
    'What the contract says about payment, and what the debtor gave as reasons for not paying.',
})
@InputType('ContractTermsInput')
export class ContractTermsInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Payment depends on inspection/acceptance (检验验收).',
  })
  paymentOnAcceptance?: boolean | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The end of the acceptance period the contract set.',
  })
  agreedAcceptanceDeadline?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Progress/periodic settlement: the day both sides confirmed the amount.',
  })
  settlementConfirmedOn?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The payment term the contract agreed, in days.',
  })
  agreedTermDays?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The agreed late-interest rate, % a year (e.g. "3.45").',
  })
  agreedAnnualRate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The one-year LPR when the contract was signed, % (e.g. "3.10").',
  })
  lprAtSigning?: string | null;

  @Field(() => PaymentInstrument, { nullable: true })
  paymentInstrument?: PaymentInstrument | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Bills or e-vouchers were used to push payment past the term.',
  })
  instrumentExtendsTerm?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The contract expressly agreed that instrument.',
  })
  instrumentAgreedInContract?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Payment is conditional on the buyer being paid by a third party (背靠背).',
  })
  payWhenPaid?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Settlement waits for the audit authority’s result.',
  })
  auditAsSettlement?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  auditSettlementInContract?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  auditSettlementRequiredByLaw?: boolean | null;

  @Field(() => [DelayExcuse], {
    nullable: true,
    description: 'Reasons the debtor gave for not paying.',
  })
  excuses?: DelayExcuse[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The contract made payment wait for completion acceptance or the final-account audit.',
  })
  contractMakesPaymentWaitForAcceptance?: boolean | null;
}

@ObjectType('LateInterest', {
  description: 'Late-payment interest to a date (2020 art. 15, 2025 art. 17).',
})
export class LateInterestView {
  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => Int, { description: 'Days it ran.' })
  days!: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The agreed rate is below the one-year LPR at signing.',
  })
  agreedRateBelowLpr!: boolean | null;

  @Field(() => String)
  basis!: string;
}

@ObjectType('Violation', { description: 'A banned term or conduct, with the article.' })
export class ViolationView {
  @Field(() => ViolationCode)
  code!: ViolationCode;

  @Field(() => String, { description: 'e.g. "2025 art. 11".' })
  article!: string;

  @Field(() => String)
  message!: string;
}

/** Checks and cleans the terms a clerk entered; each failure names its field under `field`. */
export function cleanTerms(
  input: ContractTermsInput | null | undefined,
  field: string,
): ContractTermsData | null {
  if (!input) return null;
  if (
    input.agreedTermDays !== null &&
    input.agreedTermDays !== undefined &&
    (input.agreedTermDays < 0 || input.agreedTermDays > 3650)
  ) {
    throw new UserInputError(
      'The agreed term is between 0 and 3650 days.',
      `${field}.agreedTermDays`,
    );
  }
  for (const key of ['agreedAnnualRate', 'lprAtSigning'] as const) {
    const value = input[key];
    if (value !== null && value !== undefined) {
      try {
        if (parsePercent(value) > 1_000_000n) throw new RangeError();
      } catch {
        throw new UserInputError(
          `"${value}" is not a rate: write the percent a year, e.g. "3.45".`,
          `${field}.${key}`,
        );
      }
    }
  }
  if (input.agreedAcceptanceDeadline && !input.paymentOnAcceptance) {
    throw new UserInputError(
      'An acceptance deadline only matters when payment depends on acceptance.',
      `${field}.paymentOnAcceptance`,
    );
  }
  const { ...terms } = input;
  return JSON.parse(JSON.stringify(terms)) as ContractTermsData;
}

export function dueDateOf(arrear: Arrear, isRestDay?: (day: string) => boolean): DueDate {
  const terms = arrear.contractTerms ?? {};
  return statutoryDueDate(
    {
      buyer: buyerKindOf(arrear.debtorKind),
      contractSignedOn: arrear.contractSignedOn,
      deliveredOn: arrear.deliveredOn,
      acceptedOn: arrear.acceptedOn,
      paymentOnAcceptance: terms.paymentOnAcceptance,
      agreedAcceptanceDeadline: terms.agreedAcceptanceDeadline,
      settlementConfirmedOn: terms.settlementConfirmedOn,
      agreedTermDays: terms.agreedTermDays,
    },
    { asOf: todayInChina(), isRestDay },
  );
}

/** The office's rest days around these start dates (weekends, holidays and make-up days from the
 * calendar): one statement, however many debts (a spreadsheet import) share it. */
export async function restDaysSpanning(
  em: EntityManager,
  starts: readonly string[],
): Promise<(day: string) => boolean> {
  if (!starts.length) return (day) => !isWorkingDay(day, new Map());
  const from = starts.reduce((a, b) => (a < b ? a : b));
  const to = addDays(
    starts.reduce((a, b) => (a > b ? a : b)),
    400,
  );
  const overrides = await calendarOverrides(em, from, to);
  return (day) => !isWorkingDay(day, overrides);
}

/** Stores the due date computed with a known calendar. */
export function applyDueDate(arrear: Arrear, isRestDay: (day: string) => boolean): void {
  const due = dueDateOf(arrear, isRestDay);
  arrear.statutoryDueOn = due.dueOn;
  arrear.paymentTermBasis = due.basis;
}

/** Recomputes and stores the due date (call after the dates or terms change). */
export async function refreshDueDate(em: EntityManager, arrear: Arrear): Promise<void> {
  applyDueDate(arrear, await restDaysSpanning(em, [arrear.deliveredOn ?? arrear.contractSignedOn]));
}

/** What is owed and not disputed (2025 art. 15: that part stays payable); never below zero, even
 * when a disputed debt was later paid in full. */
export function undisputedOutstanding(
  arrear: Pick<Arrear, 'amountDue' | 'paid' | 'disputedAmount'>,
): string {
  const outstanding = subtractMoney(arrear.amountDue, arrear.paid);
  const undisputed = arrear.disputedAmount
    ? subtractMoney(outstanding, arrear.disputedAmount)
    : outstanding;
  return compareMoney(undisputed, '0') > 0 ? undisputed : '0.00';
}

export function interestOf(
  arrear: Arrear,
  payments: readonly DatedPayment[],
  asOf: string,
): LateInterestResult {
  if (!arrear.statutoryDueOn || asOf <= arrear.statutoryDueOn) {
    return {
      amount: '0.00',
      days: 0,
      agreedRateBelowLpr: null,
      basis: arrear.statutoryDueOn
        ? 'Not overdue yet.'
        : 'No statutory due date: see paymentTermBasis.',
    };
  }
  // Interest runs on what was undisputedly owed: the disputed part is not yet due.
  return accruedLateInterest({
    outstandingNow: undisputedOutstanding(arrear),
    payments,
    dueOn: arrear.statutoryDueOn,
    asOf,
    contractSignedOn: arrear.contractSignedOn,
    agreedAnnualRate: arrear.contractTerms?.agreedAnnualRate,
    lprAtSigning: arrear.contractTerms?.lprAtSigning,
  });
}

export function violationsOf(arrear: Arrear, asOf = todayInChina()): Violation[] {
  const terms = arrear.contractTerms ?? {};
  const undisputed = undisputedOutstanding(arrear);
  const overdue = !!arrear.statutoryDueOn && arrear.statutoryDueOn < asOf;
  return violations({
    buyer: buyerKindOf(arrear.debtorKind),
    contractSignedOn: arrear.contractSignedOn,
    agreedTermDays: terms.agreedTermDays,
    payWhenPaid: terms.payWhenPaid,
    paymentInstrument: terms.paymentInstrument,
    instrumentExtendsTerm: terms.instrumentExtendsTerm,
    instrumentAgreedInContract: terms.instrumentAgreedInContract,
    auditAsSettlement: terms.auditAsSettlement,
    auditSettlementInContract: terms.auditSettlementInContract,
    auditSettlementRequiredByLaw: terms.auditSettlementRequiredByLaw,
    excuses: terms.excuses,
    contractMakesPaymentWaitForAcceptance: terms.contractMakesPaymentWaitForAcceptance,
    undisputedPartUnpaid:
      arrear.status === ArrearStatus.DISPUTED && overdue && compareMoney(undisputed, '0') > 0,
    agreedRateBelowLpr:
      terms.agreedAnnualRate && terms.lprAtSigning
        ? parsePercent(terms.agreedAnnualRate) < parsePercent(terms.lprAtSigning)
        : null,
  });
}
