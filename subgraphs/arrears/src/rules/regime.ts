// Which text of 《保障中小企业款项支付条例》 governs a contract: the 2020 text (国务院令第728号,
// in force 2020-09-01) or the 2025 revision (国务院令第802号, in force 2025-06-01), by signing date.
export enum Regime {
  R2020 = 'R2020',
  R2025 = 'R2025',
}

export const REGIME_2025_FROM = '2025-06-01';
export const REGIME_2020_FROM = '2020-09-01';

export interface RegimeChoice {
  regime: Regime;
  /** Signed before 2020-09-01: no regulation bound the contract; the 2020 terms serve as the yardstick. */
  beforeRegulation: boolean;
}

export function regimeFor(contractSignedOn: string): RegimeChoice {
  if (contractSignedOn >= REGIME_2025_FROM)
    return { regime: Regime.R2025, beforeRegulation: false };
  return { regime: Regime.R2020, beforeRegulation: contractSignedOn < REGIME_2020_FROM };
}

export const label = (regime: Regime) => (regime === Regime.R2025 ? '2025' : '2020');
