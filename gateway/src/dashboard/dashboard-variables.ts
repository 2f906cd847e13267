// The variables of the Dashboard operation for a region, as the page asks them (China time, like
// the ledger's dates). No DOM here: the benchmarks ask the same question the page does.
import type { DashboardQueryVariables } from './generated/operations.js';

const chinaNow = () => new Date(Date.now() + 8 * 3600_000);

/** The last twelve months up to this one. */
export function lastTwelveMonths(): { from: string; to: string } {
  const now = chinaNow();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  return { from: start.toISOString().slice(0, 7), to: now.toISOString().slice(0, 7) };
}

/** The last half-year that has ended ("2026-H1" from July on), for the payment-times panel. */
export function lastFinishedHalf(): string {
  const now = chinaNow();
  const year = now.getUTCFullYear();
  return now.getUTCMonth() < 6 ? `${year - 1}-H2` : `${year}-H1`;
}

export function dashboardVariables(regionCode: string): DashboardQueryVariables {
  return { regionCode, ...lastTwelveMonths(), half: lastFinishedHalf() };
}
