// The internal contracts the arrears subgraph answers (declared once in the kit's catalogue): the
// facts of debts another bureau checks before acting on them (finance before paying, supervision
// before a finding), the disbursements finance records as payments on the ledger and the payments
// it reconciles them with, and the figures supervision publishes and scores units by. Each runs
// for the person the caller acts for: the jurisdiction filter, the write check and the SQL scopes
// apply their reach, so a debt or a unit outside it is not in the answer (or is refused).
import {
  ARREAR_FACTS,
  ASSESSMENT_FIGURES,
  DISCLOSURE_FIGURES,
  LEDGER_PAYMENTS,
  PAYMENT_PERFORMANCE,
  POST_DISBURSEMENT,
  REGION_DEBTORS_OWING,
  serveContract,
  servePostContract,
  todayInChina,
  type ContractHandler,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../ledger/arrear.entity.js';
import { PAYABLE, payableNow } from '../ledger/arrear-status.js';
import { Payment } from '../repayment/payment.entity.js';
import { recordPaymentOnDebt } from '../repayment/payment-recording.js';
import { PaymentMethod } from '../repayment/repayment.enums.js';
import { regionPaymentPerformance } from '../summary/payment-performance.js';
import { regionDebtorsOwing } from '../summary/region-debtors-owing.js';
import { assessmentFigures, disclosureFigures } from '../summary/unit-figures.js';

export function ledgerContracts(): ContractHandler[] {
  return [
    serveContract(ARREAR_FACTS, async ({ ids }, ctx) => {
      if (!ids.length) return [];
      const debts = await ctx.em.find(Arrear, { id: { $in: ids } });
      return debts.map((a) => ({
        id: a.id,
        debtorId: a.debtorId,
        creditorId: a.creditorId,
        status: a.status,
        outstanding: a.outstanding,
        payable: PAYABLE.includes(a.status) ? payableNow(a) : '0.00',
      }));
    }),
    // A disbursement is a payment on the ledger, recorded for the person who disbursed (their
    // writer relation on the debt is checked first), once per disbursement id.
    servePostContract(POST_DISBURSEMENT, async (posting, ctx) => {
      const { payment, recorded, outstanding } = await recordPaymentOnDebt(ctx, {
        arrearId: posting.arrearId,
        amount: posting.amount,
        paidOn: posting.paidOn,
        method: PaymentMethod.TRANSFER,
        voucherNo: posting.voucherNo,
        idempotencyKey: `disbursement:${posting.disbursementId}`,
        disbursementId: posting.disbursementId,
      });
      return {
        paymentId: payment.id,
        arrearId: posting.arrearId,
        amount: payment.amount,
        paidOn: payment.paidOn,
        outstanding,
        recorded,
      };
    }),
    serveContract(LEDGER_PAYMENTS, async ({ debts }, ctx) => {
      const payments = await ctx.em.find(
        Payment,
        debts.length ? { arrear: { $in: debts } } : { disbursementId: { $ne: null } },
        { orderBy: { paidOn: 'asc', id: 'asc' } },
      );
      return payments.map((p) => ({
        id: p.id,
        arrearId: p.arrear.id,
        amount: p.amount,
        paidOn: p.paidOn,
        disbursementId: p.disbursementId ?? null,
        recordedBy: p.recordedBy,
      }));
    }),
    serveContract(DISCLOSURE_FIGURES, ({ units, year }, ctx) =>
      disclosureFigures(ctx, units, year),
    ),
    serveContract(ASSESSMENT_FIGURES, ({ units, year }, ctx) =>
      assessmentFigures(ctx, units, year, todayInChina()),
    ),
    serveContract(PAYMENT_PERFORMANCE, ({ region, half }, ctx) =>
      regionPaymentPerformance(ctx, region, half),
    ),
    serveContract(REGION_DEBTORS_OWING, ({ regions }, ctx) => regionDebtorsOwing(ctx, regions)),
  ];
}
