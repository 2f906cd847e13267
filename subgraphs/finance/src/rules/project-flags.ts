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
  if (p.startedOn && (!p.approvedOn || p.startedOn < p.approvedOn)) flags.push(ProjectFlag.STARTED_BEFORE_APPROVAL);
  // arts. 20, 22 and seed 001 无来源不开工: started before the funds were secured.
  if (p.startedOn && (!p.fundsSecuredOn || p.startedOn < p.fundsSecuredOn)) flags.push(ProjectFlag.STARTED_WITHOUT_FUNDS);
  // art. 22: 不得由施工单位垫资建设.
  if (p.contractorPrefinanced) flags.push(ProjectFlag.CONTRACTOR_PREFINANCED);
  // arts. 12, 23: the estimate exceeds the approved amount by more than 10 %.
  if (p.estimateAmount && toCents(p.estimateAmount) * 10n > toCents(p.approvedAmount) * 11n) flags.push(ProjectFlag.ESTIMATE_OVERRUN);
  if (p.majorLivelihood || compareMoney(p.approvedAmount, auditThreshold) >= 0) flags.push(ProjectFlag.AUDIT_SCOPE);
  return flags;
}
