// Recording money paid on a debt: written by the debtor's jurisdiction (@Writes on the debt, checked
// before anything else), under the debt's row lock so paid never exceeds amountDue, idempotent on
// the client's key (a replay writes nothing), migrant workers' wages paid first
// (payment-recording.ts, the same path finance's disbursements take).
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  normalizeIdentifier,
  Problems,
  Writes,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../ledger/arrear.entity.js';
import { RecordPaymentInput } from './payment.inputs.js';
import { Payment } from './payment.entity.js';
import { recordPaymentOnDebt } from './payment-recording.js';
import { paymentProblems } from './payment.validation.js';

@Resolver(() => Payment)
export class PaymentMutationResolver {
  @Authorized('BUREAU', 'LEADING_GROUP', 'FINANCE')
  @Mutation(() => Payment, {
    description:
      'Records money paid on a debt. Safe to retry with the same idempotencyKey: a replay returns the first payment and writes nothing. Payments on one debt are serialised, so paid never exceeds amountDue; migrant workers’ wages are paid first.',
  })
  @Writes(Arrear, 'input.arrearId')
  async recordPayment(
    @Arg('input', () => RecordPaymentInput) input: RecordPaymentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Payment> {
    new Problems().merge(paymentProblems(input)).throwIfAny('input');
    const recorded = await recordPaymentOnDebt(ctx, {
      arrearId: input.arrearId,
      amount: input.amount,
      paidOn: input.paidOn,
      method: input.method,
      voucherNo: input.voucherNo ? normalizeIdentifier(input.voucherNo) || null : null,
      idempotencyKey: normalizeIdentifier(input.idempotencyKey),
    });
    return recorded.payment;
  }
}
