// Project compliance under 《政府投资条例》 (国务院令第712号) and the seeds: flags computed from the
// recorded facts, never typed in.
import { compareMoney, toCents } from '@arrears-hub/subgraph-kit';
import { ProjectFlag } from '../entities/enums.js';

export interface ProjectFacts {
  approvedAmount: string;
  estimateAmount?: string | null;
  approvedOn?: string | null;
  fundsSecuredOn?: string | null;
  startedOn?: string | null;
  contractorPrefinanced?: boolean;
  majorLivelihood?: boolean;
}

/** Seed 000 audits projects with 立项金额 ≥ ¥4,000,000 (HUB_AUDIT_PROJECT_THRESHOLD). */
export const AUDIT_THRESHOLD = process.env.HUB_AUDIT_PROJECT_THRESHOLD ?? '4000000.00';

export function projectFlags(p: ProjectFacts, auditThreshold = AUDIT_THRESHOLD): ProjectFlag[] {
  const flags: ProjectFlag[] = [];
  // art. 34: construction started without (or before) approval.
  if (p.startedOn && (!p.approvedOn || p.startedOn < p.approvedOn))
    flags.push(ProjectFlag.STARTED_BEFORE_APPROVAL);
  // arts. 20, 22 and seed 001 无来源不开工: started before the funds were secured.
  if (p.startedOn && (!p.fundsSecuredOn || p.startedOn < p.fundsSecuredOn))
    flags.push(ProjectFlag.STARTED_WITHOUT_FUNDS);
  // art. 22: 不得由施工单位垫资建设.
  if (p.contractorPrefinanced) flags.push(ProjectFlag.CONTRACTOR_PREFINANCED);
  // arts. 12, 23: the estimate exceeds the approved amount by more than 10 %.
  if (p.estimateAmount && toCents(p.estimateAmount) * 10n > toCents(p.approvedAmount) * 11n)
    flags.push(ProjectFlag.ESTIMATE_OVERRUN);
  if (p.majorLivelihood || compareMoney(p.approvedAmount, auditThreshold) >= 0)
    flags.push(ProjectFlag.AUDIT_SCOPE);
  return flags;
}

/**
 * The same rules as SQL conditions on the project table aliased `alias`, so a list filtered by flag
 * is filtered by PostgreSQL at any size. Keep each beside its rule above: they must agree (the
 * cross-subgraph suite checks the flags of every project the filter returns).
 */
export function projectFlagSql(
  flag: ProjectFlag,
  alias: string,
  auditThreshold = AUDIT_THRESHOLD,
): { sql: string; params: unknown[] } {
  const c = (column: string) => `${alias}.${column}`;
  switch (flag) {
    case ProjectFlag.STARTED_BEFORE_APPROVAL:
      return {
        sql: `${c('started_on')} is not null and (${c('approved_on')} is null or ${c('started_on')} < ${c('approved_on')})`,
        params: [],
      };
    case ProjectFlag.STARTED_WITHOUT_FUNDS:
      return {
        sql: `${c('started_on')} is not null and (${c('funds_secured_on')} is null or ${c('started_on')} < ${c('funds_secured_on')})`,
        params: [],
      };
    case ProjectFlag.CONTRACTOR_PREFINANCED:
      return { sql: c('contractor_prefinanced'), params: [] };
    case ProjectFlag.ESTIMATE_OVERRUN:
      return { sql: `${c('estimate_amount')} * 10 > ${c('approved_amount')} * 11`, params: [] };
    case ProjectFlag.AUDIT_SCOPE:
      return {
        sql: `(${c('major_livelihood')} or ${c('approved_amount')} >= ?::numeric)`,
        params: [auditThreshold],
      };
  }
}
