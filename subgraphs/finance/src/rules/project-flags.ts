// Project compliance under 《政府投资条例》 (国务院令第712号) and the local programmes
// (docs/programmes.md): flags computed from the recorded facts, never typed in. Pure: the GraphQL
// enum is registered from this one in project/project.enums.ts.
import { compareMoney, toCents } from '@arrears-hub/protocol/money';

export enum ProjectFlag {
  STARTED_BEFORE_APPROVAL = 'STARTED_BEFORE_APPROVAL',
  STARTED_WITHOUT_FUNDS = 'STARTED_WITHOUT_FUNDS',
  CONTRACTOR_PREFINANCED = 'CONTRACTOR_PREFINANCED',
  ESTIMATE_OVERRUN = 'ESTIMATE_OVERRUN',
  AUDIT_SCOPE = 'AUDIT_SCOPE',
}

/** The flags a registrar must acknowledge before such a project is recorded at all. */
export const SERIOUS_FLAGS: readonly ProjectFlag[] = [
  ProjectFlag.STARTED_BEFORE_APPROVAL,
  ProjectFlag.STARTED_WITHOUT_FUNDS,
];

export interface ProjectFacts {
  approvedAmount: string;
  estimateAmount?: string | null;
  approvedOn?: string | null;
  fundsSecuredOn?: string | null;
  startedOn?: string | null;
  contractorPrefinanced?: boolean;
  majorLivelihood?: boolean;
}

/**
 * The flags of a project. `auditThreshold` is the amount from which a project is in the audit
 * scope (the subgraph's setting HUB_AUDIT_PROJECT_THRESHOLD; ¥4,000,000 in the Ejin Horo
 * programme).
 */
export function projectFlags(p: ProjectFacts, auditThreshold: string): ProjectFlag[] {
  const flags: ProjectFlag[] = [];
  // art. 34: construction started without (or before) approval.
  if (p.startedOn && (!p.approvedOn || p.startedOn < p.approvedOn))
    flags.push(ProjectFlag.STARTED_BEFORE_APPROVAL);
  // arts. 20, 22 and the Dalad programme's 无来源不开工: started before the funds were secured.
  if (p.startedOn && (!p.fundsSecuredOn || p.startedOn < p.fundsSecuredOn))
    flags.push(ProjectFlag.STARTED_WITHOUT_FUNDS);
  // art. 22: 不得由施工单位垫资建设.
  if (p.contractorPrefinanced) flags.push(ProjectFlag.CONTRACTOR_PREFINANCED);
  // arts. 12, 23: the estimate exceeds the approved amount by more than 10 %.
  if (p.estimateAmount && toCents(p.estimateAmount) * 10n > toCents(p.approvedAmount) * 11n)
    flags.push(ProjectFlag.ESTIMATE_OVERRUN);
  // The Ejin Horo programme audits projects from the threshold up, and every major livelihood
  // project whatever its amount.
  if (p.majorLivelihood || compareMoney(p.approvedAmount, auditThreshold) >= 0)
    flags.push(ProjectFlag.AUDIT_SCOPE);
  return flags;
}

/** The serious flags the facts show that are not in `acknowledged`. */
export function unacknowledgedFlags(
  p: ProjectFacts,
  acknowledged: readonly ProjectFlag[],
  auditThreshold: string,
): ProjectFlag[] {
  return projectFlags(p, auditThreshold).filter(
    (f) => SERIOUS_FLAGS.includes(f) && !acknowledged.includes(f),
  );
}

/**
 * The same rules as SQL conditions on the project table aliased `alias`, so a list filtered by flag
 * is filtered by PostgreSQL at any size. Keep each beside its rule above: they must agree (the
 * cross-subgraph suite checks the flags of every project the filter returns).
 */
export function projectFlagSql(
  flag: ProjectFlag,
  alias: string,
  auditThreshold: string,
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
