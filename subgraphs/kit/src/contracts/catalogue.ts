// Every internal contract of the hub, declared once: what each route takes and answers. The owner
// serves it with `serveContract(CONTRACT, handler)`, callers use `callContract(ctx, CONTRACT, q)`;
// neither side restates a type. schema/contracts.yaml, the registry of who calls whom, is written
// from these declarations by scripts/compose.ts (npm run schema) and checked by schema:check.
import { defineContract } from './contract.js';

/** What every subgraph may know about any unit (the registry is public to signed-in viewers). */
export interface DirectoryUnit {
  id: string;
  name: string;
  kind: string;
  status: string;
  regionCode: string;
  /** "/150000/150600/150621/": a region subtree is a prefix. */
  regionPath: string;
  parentId: string | null;
  supervisorId: string | null;
  sizeClass: string | null;
  creditCode: string | null;
}

export interface DirectoryRegion {
  code: string;
  name: string;
  parentCode: string | null;
  /** "/150000/150600/150621/". */
  path: string;
}

export const UNIT_DIRECTORY = defineContract<{ ids: 'uuids' }, DirectoryUnit[]>({
  name: 'unitDirectory',
  owner: 'organisations',
  callers: 'every-subgraph',
  path: '/internal/units',
  params: { ids: 'uuids' },
  scope: 'service',
  chunk: { param: 'ids', size: 500 },
  description:
    'Units by id (no ids: every unit): kind, region, parent, supervisor, size, credit code.',
});

export const REGION_DIRECTORY = defineContract<Record<string, never>, DirectoryRegion[]>({
  name: 'regionDirectory',
  owner: 'organisations',
  callers: 'every-subgraph',
  path: '/internal/regions',
  params: {},
  scope: 'service',
  description: 'Every region with its path in the region tree.',
});

export interface WorkingGroupUnits {
  id: string;
  name: string;
  /** Member units and aggregating units (汇总单位), as the group's ledger gathers them. */
  unitIds: string[];
}

export const WORKING_GROUP_UNITS = defineContract<{ id: 'uuid' }, WorkingGroupUnits | null>({
  name: 'workingGroupUnits',
  owner: 'organisations',
  callers: ['arrears'],
  path: '/internal/working-group-units',
  params: { id: 'uuid' },
  scope: 'person',
  description: 'A working group’s member and aggregating units; null when there is no such group.',
});

/** What another bureau checks about a debt before acting on it. */
export interface ArrearFacts {
  id: string;
  debtorId: string;
  creditorId: string;
  status: string;
  outstanding: string;
}

export const ARREAR_FACTS = defineContract<{ ids: 'uuids' }, ArrearFacts[]>({
  name: 'arrearFacts',
  owner: 'arrears',
  callers: ['finance', 'supervision'],
  path: '/internal/arrears',
  params: { ids: 'uuids' },
  scope: 'person',
  chunk: { param: 'ids', size: 200 },
  description: 'Debts by id, only those within the person’s jurisdiction.',
});

/** 2025 art. 18: a unit's overdue unpaid contracts at the end of a year. */
export interface DisclosureFigures {
  unitId: string;
  year: number;
  overdueContracts: number;
  overdueAmount: string;
}

export const DISCLOSURE_FIGURES = defineContract<
  { units: 'uuids'; year: 'int' },
  DisclosureFigures[]
>({
  name: 'disclosureFigures',
  owner: 'arrears',
  callers: ['supervision'],
  path: '/internal/disclosure-figures',
  params: { units: 'uuids', year: 'int' },
  scope: 'person',
  chunk: { param: 'units', size: 200 },
  description:
    'Overdue unpaid contracts per unit at 31 December of the year (units in jurisdiction).',
});

/** The ledger's part of the annual assessment (docs/domain/assessment.md). */
export interface AssessmentFigures {
  unitId: string;
  year: number;
  clueClosureRate: number | null;
  zeroingRate: number | null;
  ledgerTimeliness: number | null;
}

export const ASSESSMENT_FIGURES = defineContract<
  { units: 'uuids'; year: 'int' },
  AssessmentFigures[]
>({
  name: 'assessmentFigures',
  owner: 'arrears',
  callers: ['supervision'],
  path: '/internal/assessment-figures',
  params: { units: 'uuids', year: 'int' },
  scope: 'person',
  chunk: { param: 'units', size: 200 },
  description:
    'Clue closure, zeroing and ledger timeliness per unit for a year (units in jurisdiction).',
});

/** What another bureau checks about a government investment project it names. */
export interface ProjectFacts {
  id: string;
  ownerUnitId: string;
  name: string;
}

export const PROJECT_FACTS = defineContract<{ ids: 'uuids' }, ProjectFacts[]>({
  name: 'projectFacts',
  owner: 'finance',
  callers: ['arrears', 'supervision'],
  path: '/internal/projects',
  params: { ids: 'uuids' },
  scope: 'person',
  chunk: { param: 'ids', size: 200 },
  description: 'Projects by id, only those within the person’s jurisdiction.',
});

/** What another bureau checks about a supervision case it names (a restriction ordered by one). */
export interface CaseFacts {
  id: string;
  targetUnitId: string;
  status: string;
}

export const CASE_FACTS = defineContract<{ ids: 'uuids' }, CaseFacts[]>({
  name: 'caseFacts',
  owner: 'supervision',
  callers: ['finance'],
  path: '/internal/cases',
  params: { ids: 'uuids' },
  scope: 'person',
  chunk: { param: 'ids', size: 200 },
  description: 'Supervision cases by id, only those within the person’s jurisdiction.',
});

export const CONTRACTS = [
  UNIT_DIRECTORY,
  REGION_DIRECTORY,
  WORKING_GROUP_UNITS,
  ARREAR_FACTS,
  DISCLOSURE_FIGURES,
  ASSESSMENT_FIGURES,
  PROJECT_FACTS,
  CASE_FACTS,
] as const;
