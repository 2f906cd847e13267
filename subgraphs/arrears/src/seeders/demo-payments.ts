// Payments on the demo debts that are being repaid: each plan's first instalment, paid in parts over
// the past year, as the paying units would record them. Without them the demo ledger has no dated
// payment and the leading group's clearance trend (clearedByMonth) would be flat. Migrant workers'
// wages are paid first, as recordPayment does.
import type { EntityManager } from '@mikro-orm/core';
import { addMoney, compareMoney, stableId, subtractMoney } from '@arrears-hub/subgraph-kit';
import type { Arrear } from '../ledger/arrear.entity.js';
import { Payment } from '../repayment/payment.entity.js';
import { PaymentMethod } from '../repayment/repayment.enums.js';

/** The months of the past year in which the demo units paid (December 2025 to October 2026). */
const MONTHS = [
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
];

/** The `nth` repaying debt pays every other month, alternating with the next one, so each month has
 * some payments and no two debts pay on the same days. */
export function seedDemoPayments(
  em: EntityManager,
  arrear: Arrear,
  nth: number,
  firstInstalment: string,
  split: (amount: string, n: number) => string[],
): void {
  const paidOn = MONTHS.filter((_, m) => m % 2 === nth % 2).map(
    (month, m) => `${month}-${String(10 + ((nth * 3 + m) % 15)).padStart(2, '0')}`,
  );
  split(firstInstalment, paidOn.length).forEach((amount, i) => {
    const wagesLeft = subtractMoney(arrear.migrantWagesAmount, arrear.migrantWagesPaid);
    const wagesPart = compareMoney(wagesLeft, amount) < 0 ? wagesLeft : amount;
    em.create(Payment, {
      id: stableId(`payment#${arrear.id}#${i + 1}`),
      arrear,
      amount,
      migrantWagesPart: wagesPart,
      paidOn: paidOn[i]!,
      method: PaymentMethod.TRANSFER,
      voucherNo: `DEMO-${arrear.contractNo}-${i + 1}`,
      idempotencyKey: `demo#${arrear.id}#${i + 1}`,
      recordedBy: 'demo-data',
      recordedAt: new Date(`${paidOn[i]}T02:00:00Z`),
    });
    arrear.paid = addMoney(arrear.paid, amount);
    arrear.migrantWagesPaid = addMoney(arrear.migrantWagesPaid, wagesPart);
  });
}

/** The finance subgraph's demo disbursement, on the ledger as the payment it records (the same ids
 * on both sides: stableId of the same keys), so the demo reconciliation has nothing unmatched. */
const DEMO_DISBURSEMENTS = [
  {
    arrear: 'arrear#dalad.housing-construction#DLT-ZJ-2022-017',
    disbursement: 'disbursement#dalad.housing#2025',
    amount: '1200000.00',
    paidOn: '2025-05-20',
    voucherNo: '达财清欠〔2025〕018号（演示）',
  },
];

/** The payment of each demo disbursement towards `arrear`; the debt's demo `paid` already counts it. */
export function seedDemoDisbursementPayments(em: EntityManager, arrear: Arrear): void {
  for (const d of DEMO_DISBURSEMENTS.filter((x) => stableId(x.arrear) === arrear.id)) {
    const wagesLeft = subtractMoney(arrear.migrantWagesAmount, arrear.migrantWagesPaid);
    const wagesPart = compareMoney(wagesLeft, d.amount) < 0 ? wagesLeft : d.amount;
    em.create(Payment, {
      id: stableId(`payment#${d.disbursement}`),
      arrear,
      amount: d.amount,
      migrantWagesPart: wagesPart,
      paidOn: d.paidOn,
      method: PaymentMethod.TRANSFER,
      voucherNo: d.voucherNo,
      disbursementId: stableId(d.disbursement),
      idempotencyKey: `disbursement:${stableId(d.disbursement)}`,
      // Posted by the finance bureau's disbursement, not keyed by the unit.
      recordedBy: 'demo-finance',
      recordedAt: new Date(`${d.paidOn}T02:00:00Z`),
    });
    arrear.migrantWagesPaid = addMoney(arrear.migrantWagesPaid, wagesPart);
  }
}
