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
  /**
   * The units the group's ledger gathers: its member units (for a sector group, the units that
   * report through it) and every unit they supervise or own that reports through no other group
   * of the region; for a group without reporting units, its member and aggregating units.
   */
  unitIds: string[];
}

export const WORKING_GROUP_UNITS = defineContract<{ id: 'uuid' }, WorkingGroupUnits | null>({
  name: 'workingGroupUnits',
  owner: 'organisations',
  callers: ['arrears'],
  path: '/internal/working-group-units',
  params: { id: 'uuid' },
  scope: 'person',
  description:
    'A working group’s units as its ledger gathers them (members and the units they supervise); null when there is no such group.',
});

/** A leader's seat in a reporting group (组长), with whoever holds the post today. */
export interface ReportingGroupLeader {
  postId: string;
  /** The post's title, e.g. 旗人民政府副旗长. */
  title: string;
  holderName: string | null;
}

/** A sector group (行业组) that monthly ledgers go through (the Dalad programme: the unit submits
 * to the group's aggregating unit, the leader signs, the signed report goes to `reportsToId`). */
export interface ReportingGroupFacts {
  id: string;
  name: string;
  sector: string | null;
  regionCode: string;
  /** "/150000/150600/150621/". */
  regionPath: string;
  /** The receiving office (e.g. 旗工信和科技局). */
  reportsToId: string | null;
  /** 汇总单位 (副组长单位), one or several. */
  aggregatorIds: string[];
  leaders: ReportingGroupLeader[];
  /** Every unit that reports through the group, with the aggregating unit it submits to. */
  routes: { unitId: string; aggregatorId: string }[];
}

export const REPORTING_GROUPS = defineContract<
  { groups: 'uuids'; units: 'uuids'; regionCode: 'string' },
  ReportingGroupFacts[]
>({
  name: 'reportingGroups',
  owner: 'organisations',
  callers: ['arrears'],
  path: '/internal/reporting-groups',
  params: { groups: 'uuids', units: 'uuids', regionCode: 'string' },
  scope: 'service',
  // A region's units can be many: their ids go in calls of 200 (a group may come back from more
  // than one call; callers keep it once).
  chunk: { param: 'units', size: 200 },
  description:
    'Sector groups with their aggregating units, leaders, receiving office and routes: the groups named, the groups the units named report through, and (regionCode, or "" for none) every reporting group of that region and below.',
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
  /** 线索办结率 of the clues the unit handled (transferred to it), received in the year. */
  clueClosureRate: number | null;
  /** The same for the clues about the unit (its respondent's rate), whoever handled them. */
  respondentClueClosureRate: number | null;
  zeroingRate: number | null;
  /** Months on time (paused months after a zeroing notice count as on time) ÷ months due. */
  ledgerTimeliness: number | null;
  /** 边清边欠: counted debts registered in the year after a zeroing notice, owed only after it. */
  newArrearsAfterZeroing: number;
  /** 漏报: counted debts registered in the year after a zeroing notice but owed before it. */
  lateRegisteredDebts: number;
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

export const CONTRACTS = [
  UNIT_DIRECTORY,
  REGION_DIRECTORY,
  WORKING_GROUP_UNITS,
  REPORTING_GROUPS,
  ARREAR_FACTS,
  DISCLOSURE_FIGURES,
  ASSESSMENT_FIGURES,
] as const;
