// The arrears subgraph's scheduled rules (docs/jobs-and-notices.md): what the daily jobs tell whom.
// Pure: the jobs (jobs.ts) read the rows, these decide, the jobs raise the events.
import { addDays, daysBetween } from '@arrears-hub/protocol/calendar-date';
import { addMoney, compareMoney, subtractMoney } from '@arrears-hub/protocol/money';
import { workingDaysBetween, type DayOverrides } from './working-days.js';

// ── Repayment plans ───────────────────────────────────────────────────────────────────────────

export interface PlanInstalment {
  seq: number;
  dueOn: string;
  amount: string;
}

export type InstalmentAlert =
  /** Not yet covered and due within `dueSoonDays` (today included). */
  | { type: 'DUE_SOON'; seq: number; dueOn: string; amount: string; daysLeft: number }
  /** Due before today and not covered: `shortfall` is what is missing up to it. */
  | { type: 'MISSED'; seq: number; dueOn: string; shortfall: string }
  /** The earliest missed instalment is more than `graceDays` late: the plan is in default. */
  | { type: 'DEFAULT'; seq: number; dueOn: string; daysLate: number };

/**
 * What to tell about one active plan on `today`. Payments since the plan (`paidSincePlan`) cover
 * the instalments in order, as RepaymentPlan.instalments shows them.
 */
export function instalmentAlerts(
  instalments: readonly PlanInstalment[],
  paidSincePlan: string,
  today: string,
  options: { dueSoonDays: number; graceDays: number },
): InstalmentAlert[] {
  const alerts: InstalmentAlert[] = [];
  let cumulative = '0.00';
  let defaulted = false;
  for (const i of [...instalments].sort((a, b) => a.seq - b.seq)) {
    cumulative = addMoney(cumulative, i.amount);
    if (compareMoney(paidSincePlan, cumulative) >= 0) continue;
    const daysLeft = daysBetween(today, i.dueOn);
    if (daysLeft < 0) {
      alerts.push({
        type: 'MISSED',
        seq: i.seq,
        dueOn: i.dueOn,
        shortfall: subtractMoney(cumulative, paidSincePlan),
      });
      if (!defaulted && addDays(i.dueOn, options.graceDays) < today) {
        defaulted = true;
        alerts.push({ type: 'DEFAULT', seq: i.seq, dueOn: i.dueOn, daysLate: -daysLeft });
      }
    } else if (daysLeft <= options.dueSoonDays) {
      alerts.push({ type: 'DUE_SOON', seq: i.seq, dueOn: i.dueOn, amount: i.amount, daysLeft });
    }
  }
  return alerts;
}

/** Days a case opened for a plan in default has (a 督办书, escalated if not resolved). */
export const PLAN_DEFAULT_CASE_DAYS = 15;

// ── Monthly ledger reports ────────────────────────────────────────────────────────────────────

/**
 * On `today` (China) at instant `now`, for a period due at `dueAt` (on China day `dueDay`):
 * REMIND the units that have not submitted once at most `reminderWorkingDays` working days are
 * left before the report day (the report day counted), MISSING once the deadline has passed.
 */
export function ledgerReportStep(
  now: Date,
  today: string,
  dueAt: Date,
  dueDay: string,
  reminderWorkingDays: number,
  overrides: DayOverrides,
): { step: 'REMIND'; workingDaysLeft: number } | { step: 'MISSING' } | null {
  if (now.getTime() >= dueAt.getTime()) return { step: 'MISSING' };
  if (today > dueDay) return { step: 'MISSING' };
  const left = workingDaysBetween(today, dueDay, overrides);
  return left <= reminderWorkingDays ? { step: 'REMIND', workingDaysLeft: left } : null;
}

// ── Clue clocks ───────────────────────────────────────────────────────────────────────────────

/** Working days before a clock's end at which its holders are warned. */
export const CLUE_WARNING_WORKING_DAYS = 3;

/** Days a case opened for a clue past its handling deadline has. */
export const OVERDUE_CLUE_CASE_DAYS = 10;

/** A running clock on `today`: a WARNING when at most 3 working days are left (its last day
 * counted), BREACHED once its last day has passed. */
export function clueClockAlert(
  dueOn: string,
  today: string,
  overrides: DayOverrides,
): { type: 'WARNING'; workingDaysLeft: number } | { type: 'BREACHED'; daysLate: number } | null {
  if (today > dueOn) return { type: 'BREACHED', daysLate: daysBetween(dueOn, today) };
  const left = workingDaysBetween(today, dueOn, overrides);
  return left <= CLUE_WARNING_WORKING_DAYS ? { type: 'WARNING', workingDaysLeft: left } : null;
}
