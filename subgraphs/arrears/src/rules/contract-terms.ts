// The facts the ledger records (jsonb) about a contract's payment terms and the reasons the debtor
// gave for not paying: what the due date and the banned-term flags are computed from
// (docs/domain/regulation.md).
import type { DelayExcuse, PaymentInstrument } from './violations.js';

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
