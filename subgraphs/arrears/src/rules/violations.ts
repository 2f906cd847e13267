// Terms and conduct the regulation bans (docs/domain/regulation.md), flagged on a debt from the facts the
// ledger records about its contract. Each flag cites the article of the text that governs it.
import type { Message } from '@arrears-hub/protocol/localized-messages';
import { arrearsMessages as msg } from '../messages.js';
import type { BuyerKind } from './due-date.js';
import { Regime, regimeFor } from './regime.js';

export enum ViolationCode {
  AGENCY_TERM_OVER_60_DAYS = 'AGENCY_TERM_OVER_60_DAYS',
  LARGE_ENTERPRISE_TERM_OVER_60_DAYS = 'LARGE_ENTERPRISE_TERM_OVER_60_DAYS',
  PAY_WHEN_PAID = 'PAY_WHEN_PAID',
  BILLS_EXTEND_TERM = 'BILLS_EXTEND_TERM',
  AUDIT_AS_SETTLEMENT = 'AUDIT_AS_SETTLEMENT',
  BANNED_EXCUSE = 'BANNED_EXCUSE',
  UNDISPUTED_PART_WITHHELD = 'UNDISPUTED_PART_WITHHELD',
  AGREED_RATE_BELOW_LPR = 'AGREED_RATE_BELOW_LPR',
}

export enum PaymentInstrument {
  TRANSFER = 'TRANSFER',
  COMMERCIAL_BILL = 'COMMERCIAL_BILL',
  RECEIVABLE_EVOUCHER = 'RECEIVABLE_EVOUCHER',
}

export enum DelayExcuse {
  LEGAL_REPRESENTATIVE_CHANGED = 'LEGAL_REPRESENTATIVE_CHANGED',
  INTERNAL_PAYMENT_PROCESS = 'INTERNAL_PAYMENT_PROCESS',
  AWAITING_COMPLETION_ACCEPTANCE = 'AWAITING_COMPLETION_ACCEPTANCE',
  AWAITING_FINAL_ACCOUNT_AUDIT = 'AWAITING_FINAL_ACCOUNT_AUDIT',
}

/** What the ledger knows about a contract's terms and the debtor's conduct. */
export interface ContractFacts {
  buyer: BuyerKind;
  contractSignedOn: string;
  agreedTermDays?: number | null;
  /** The contract makes payment depend on the buyer being paid by a third party (背靠背). */
  payWhenPaid?: boolean | null;
  paymentInstrument?: PaymentInstrument | null;
  /** Bills or e-vouchers were used to push payment past the term. */
  instrumentExtendsTerm?: boolean | null;
  /** The contract expressly allowed that instrument. */
  instrumentAgreedInContract?: boolean | null;
  /** Settlement waits for the audit authority's result. */
  auditAsSettlement?: boolean | null;
  /** The contract says settlement follows the audit (2020 only allows this). */
  auditSettlementInContract?: boolean | null;
  /** A law or administrative regulation requires audit-based settlement. */
  auditSettlementRequiredByLaw?: boolean | null;
  excuses?: readonly DelayExcuse[] | null;
  /** For the completion/final-audit excuses: the contract made payment wait for it. */
  contractMakesPaymentWaitForAcceptance?: boolean | null;
  /** Disputed, and the undisputed part is unpaid although payable. */
  undisputedPartUnpaid?: boolean | null;
  agreedRateBelowLpr?: boolean | null;
}

export interface Violation {
  code: ViolationCode;
  article: string;
  /** In the request's language. */
  message: string;
}

export function violations(facts: ContractFacts): Violation[] {
  const { regime } = regimeFor(facts.contractSignedOn);
  const r25 = regime === Regime.R2025;
  const art = (a2020: string, a2025: string) => (r25 ? `2025 ${a2025}` : `2020 ${a2020}`);
  const agencyLike = facts.buyer === 'AGENCY' || facts.buyer === 'PUBLIC_INSTITUTION';
  const found: Violation[] = [];
  const flag = (code: ViolationCode, article: string, message: Message) =>
    found.push({ code, article, message: message.text() });

  if (agencyLike && (facts.agreedTermDays ?? 0) > 60) {
    flag(
      ViolationCode.AGENCY_TERM_OVER_60_DAYS,
      art('art. 8¶1', 'art. 9¶1'),
      msg.violationAgencyTerm({ days: facts.agreedTermDays ?? 0 }),
    );
  }
  if (facts.buyer === 'LARGE_ENTERPRISE' && r25 && (facts.agreedTermDays ?? 0) > 60) {
    flag(
      ViolationCode.LARGE_ENTERPRISE_TERM_OVER_60_DAYS,
      '2025 art. 9¶2',
      msg.violationLargeTerm({ days: facts.agreedTermDays ?? 0 }),
    );
  }
  if (facts.payWhenPaid) {
    // 2025 art. 9¶2 bans it for large enterprises expressly; for agencies and 2020 contracts it is an
    // unreasonable payment condition (2020 art. 6 / 2025 art. 7).
    const article =
      facts.buyer === 'LARGE_ENTERPRISE' && r25 ? '2025 art. 9¶2' : art('art. 6', 'art. 7');
    flag(ViolationCode.PAY_WHEN_PAID, article, msg.violationPayWhenPaid());
  }
  const instrument = facts.paymentInstrument;
  const billLike =
    instrument === PaymentInstrument.COMMERCIAL_BILL ||
    (r25 && instrument === PaymentInstrument.RECEIVABLE_EVOUCHER);
  if (billLike && (facts.instrumentExtendsTerm || !facts.instrumentAgreedInContract)) {
    const evoucher = instrument !== PaymentInstrument.COMMERCIAL_BILL;
    flag(
      ViolationCode.BILLS_EXTEND_TERM,
      art('art. 10', 'art. 11'),
      facts.instrumentExtendsTerm
        ? msg.violationBillExtends({ evoucher })
        : msg.violationBillNotAgreed({ evoucher }),
    );
  }
  if (
    facts.auditAsSettlement &&
    facts.buyer !== 'NOT_COVERED' &&
    !facts.auditSettlementRequiredByLaw &&
    !(!r25 && facts.auditSettlementInContract)
  ) {
    flag(
      ViolationCode.AUDIT_AS_SETTLEMENT,
      art('art. 11', 'art. 12'),
      msg.violationAuditSettlement(),
    );
  }
  for (const excuse of facts.excuses ?? []) {
    const waitsByContract =
      (excuse === DelayExcuse.AWAITING_COMPLETION_ACCEPTANCE ||
        excuse === DelayExcuse.AWAITING_FINAL_ACCOUNT_AUDIT) &&
      facts.contractMakesPaymentWaitForAcceptance;
    if (!waitsByContract) {
      const messages: Record<DelayExcuse, () => Message> = {
        LEGAL_REPRESENTATIVE_CHANGED: msg.violationExcuseRepresentative,
        INTERNAL_PAYMENT_PROCESS: msg.violationExcuseInternalProcess,
        AWAITING_COMPLETION_ACCEPTANCE: r25
          ? msg.violationExcuseCompletionFiling
          : msg.violationExcuseCompletionApproval,
        AWAITING_FINAL_ACCOUNT_AUDIT: msg.violationExcuseFinalAudit,
      };
      flag(ViolationCode.BANNED_EXCUSE, art('art. 13', 'art. 14'), messages[excuse]());
    }
  }
  if (r25 && facts.undisputedPartUnpaid) {
    flag(ViolationCode.UNDISPUTED_PART_WITHHELD, '2025 art. 15', msg.violationUndisputedWithheld());
  }
  if (facts.agreedRateBelowLpr) {
    flag(
      ViolationCode.AGREED_RATE_BELOW_LPR,
      art('art. 15', 'art. 17'),
      msg.violationRateBelowLpr(),
    );
  }
  return found;
}
