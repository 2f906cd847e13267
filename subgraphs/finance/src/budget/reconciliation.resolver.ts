// The finance bureau's reconciliation of its disbursements with the ledger's payments
// (rules/reconciliation.ts): what is not on the ledger, what the ledger attributes to a
// disbursement finance does not have, and what a unit may have keyed twice. The disbursements are
// those the viewer may see; the ledger answers for the same person (LEDGER_PAYMENTS).
import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import {
  callContract,
  DateScalar,
  LEDGER_PAYMENTS,
  MoneyScalar,
  unscoped,
  uuidList,
  type Message,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { registerEnumType } from 'type-graphql';
import { ArrearRef } from '../external/arrear.js';
import {
  reconcile,
  type DisbursementMismatch,
  type PaymentFact,
  type PaymentMismatch,
} from '../rules/reconciliation.js';
import { DisbursementStatus } from './budget.enums.js';
import { Disbursement } from './disbursement.entity.js';
import { financeMessages as msg } from '../messages.js';

enum DisbursementMismatchKind {
  PENDING = 'PENDING',
  NOT_ON_LEDGER = 'NOT_ON_LEDGER',
  DIFFERS_ON_LEDGER = 'DIFFERS_ON_LEDGER',
  LEGACY_NOT_RECORDED = 'LEGACY_NOT_RECORDED',
}
registerEnumType(DisbursementMismatchKind, { name: 'DisbursementMismatch' });

enum PaymentMismatchKind {
  NO_SUCH_DISBURSEMENT = 'NO_SUCH_DISBURSEMENT',
  DISBURSEMENT_REFUSED = 'DISBURSEMENT_REFUSED',
  POSSIBLE_DUPLICATE = 'POSSIBLE_DUPLICATE',
}
registerEnumType(PaymentMismatchKind, { name: 'PaymentMismatch' });

/** What each mismatch means, in words a clerk acts on (the catalogue's). */
const DISBURSEMENT_MISMATCH_MESSAGES: Record<DisbursementMismatch, () => Message> = {
  PENDING: msg.mismatchPending,
  NOT_ON_LEDGER: msg.mismatchNotOnLedger,
  DIFFERS_ON_LEDGER: msg.mismatchDiffersOnLedger,
  LEGACY_NOT_RECORDED: msg.mismatchLegacyNotRecorded,
};
const PAYMENT_MISMATCH_MESSAGES: Record<PaymentMismatch, () => Message> = {
  NO_SUCH_DISBURSEMENT: msg.mismatchNoSuchDisbursement,
  DISBURSEMENT_REFUSED: msg.mismatchDisbursementRefused,
};

@ObjectType('UnmatchedDisbursement')
export class UnmatchedDisbursement {
  @Field(() => Disbursement)
  disbursement!: Disbursement;

  @Field(() => DisbursementMismatchKind)
  reason!: DisbursementMismatch;

  @Field(() => String)
  message!: string;
}

@ObjectType('UnmatchedPayment', { description: 'A payment on the ledger (arrears subgraph).' })
export class UnmatchedPayment {
  @Field(() => ID)
  paymentId!: string;

  @Field(() => ArrearRef)
  arrear!: ArrearRef;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => DateScalar)
  paidOn!: string;

  @Field(() => ID, { nullable: true, description: 'The disbursement the payment names.' })
  disbursementId!: string | null;

  @Field(() => PaymentMismatchKind)
  reason!: PaymentMismatch | 'POSSIBLE_DUPLICATE';

  @Field(() => String)
  message!: string;
}

@ObjectType('DisbursementReconciliation', {
  description:
    'Disbursements against the ledger’s payments: the unmatched items of both sides (empty when they agree).',
})
export class DisbursementReconciliation {
  @Field(() => Int, { description: 'Disbursements compared.' })
  checked!: number;

  @Field(() => [UnmatchedDisbursement])
  unmatchedDisbursements!: UnmatchedDisbursement[];

  @Field(() => [UnmatchedPayment])
  unmatchedPayments!: UnmatchedPayment[];

  @Field(() => [UnmatchedPayment], {
    description:
      'Payments a unit recorded itself with the same debt, amount and date as a disbursement already on the ledger: probably the same money twice.',
  })
  possibleDuplicates!: UnmatchedPayment[];
}

@Resolver(() => DisbursementReconciliation)
export class ReconciliationResolver {
  @Authorized('FINANCE', 'LEADING_GROUP', 'INSPECTOR')
  @Query(() => DisbursementReconciliation, {
    description:
      '对账: the disbursements you may see (from the budget lines of `unitIds`, or all) against the payments on the ledger.',
  })
  async disbursementReconciliation(
    @Arg('unitIds', () => [ID], { nullable: true }) unitIds: string[] | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<DisbursementReconciliation> {
    const where = unitIds ? { budgetLine: { unitId: { $in: uuidList(unitIds, 'unitIds') } } } : {};
    const disbursements = await ctx.em.find(Disbursement, where, {
      orderBy: { createdAt: 'asc', id: 'asc' },
      limit: 20_000,
    });
    const debts = [
      ...new Set(
        disbursements.filter((d) => d.status !== DisbursementStatus.REFUSED).map((d) => d.arrearId),
      ),
    ];
    const [linked, onDebts] = await Promise.all([
      callContract(ctx, LEDGER_PAYMENTS, { debts: [] }),
      debts.length ? callContract(ctx, LEDGER_PAYMENTS, { debts }) : Promise.resolve([]),
    ]);
    const named = [...new Set(linked.map((p) => p.disbursementId!))];
    // Whether the disbursement a payment names exists at all, whoever may see it: only its status
    // is read, and only to tell "no such disbursement" from "refused".
    const known = new Map(
      (named.length
        ? await ctx.em.find(
            Disbursement,
            { id: { $in: named } },
            {
              fields: ['id', 'status'],
              ...unscoped('reconciliation: does the named disbursement exist'),
            },
          )
        : []
      ).map((d) => [d.id, d.status] as const),
    );
    // A payment that names a disbursement the viewer cannot see is not this viewer's to judge.
    const mine = new Set(disbursements.map((d) => d.id));
    const payments = [...linked, ...onDebts].filter(
      (p) => !p.disbursementId || mine.has(p.disbursementId) || !known.has(p.disbursementId),
    );
    const facts = disbursements.map((d) => ({
      id: d.id,
      arrearId: d.arrearId,
      amount: d.amount,
      paidOn: d.paidOn,
      status: d.status,
    }));
    const byId = new Map(disbursements.map((d) => [d.id, d]));
    const result = reconcile(facts, payments, known);
    const payment = (
      p: PaymentFact,
      reason: PaymentMismatch | 'POSSIBLE_DUPLICATE',
      message: string,
    ): UnmatchedPayment => ({
      paymentId: p.id,
      arrear: { id: p.arrearId },
      amount: p.amount,
      paidOn: p.paidOn,
      disbursementId: p.disbursementId,
      reason,
      message,
    });
    return {
      checked: disbursements.length,
      unmatchedDisbursements: result.unmatchedDisbursements.map((u) => ({
        disbursement: byId.get(u.disbursement.id)!,
        reason: u.reason,
        message: DISBURSEMENT_MISMATCH_MESSAGES[u.reason]().text(),
      })),
      unmatchedPayments: result.unmatchedPayments.map((u) =>
        payment(u.payment, u.reason, PAYMENT_MISMATCH_MESSAGES[u.reason]().text()),
      ),
      possibleDuplicates: result.possibleDuplicates.map((u) =>
        payment(u.payment, 'POSSIBLE_DUPLICATE', msg.possibleDuplicate(u).text()),
      ),
    };
  }
}
