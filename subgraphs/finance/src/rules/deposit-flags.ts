// Guarantee deposits (保证金) on construction projects: only four kinds are lawful (2025
// regulation art. 13, 2020 art. 12; docs/domain/regulation.md), and each is refunded when its
// guarantee period ends. Pure: the kinds are the values of the DepositKind enum.

export const LAWFUL_DEPOSIT_KINDS: readonly string[] = [
  'BID',
  'PERFORMANCE',
  'QUALITY',
  'MIGRANT_WAGES',
];

export interface DepositFacts {
  kind: string;
  refundDueOn?: string | null;
  refundedOn?: string | null;
}

export interface DepositFlagValues {
  unlawfulKind: boolean;
  refundOverdue: boolean;
}

/** `today` is the calendar day in China (YYYY-MM-DD). */
export function depositFlags(deposit: DepositFacts, today: string): DepositFlagValues {
  return {
    unlawfulKind: !LAWFUL_DEPOSIT_KINDS.includes(deposit.kind),
    refundOverdue: !deposit.refundedOn && !!deposit.refundDueOn && deposit.refundDueOn < today,
  };
}
