// Where each unit stands with its monthly ledger for a period (rules/reporting-status.ts), as the
// reporting views, the consolidation and the assessment need it: each unit's route (its sector
// group and aggregating unit), its region's deadline, its submissions and, for a unit paused after
// a zeroing notice, whether a debt was registered since. A fixed number of statements and one
// contract call, whatever the number of units.
import {
  heldRelations,
  jurisdictionOf,
  now,
  REPORTING_KINDS,
  type SubgraphContext,
  unitDirectory,
} from '@arrears-hub/subgraph-kit';
import {
  chainOfPath,
  deadlineFor,
  deadlineWindow,
  loadLayers,
  requireDay,
} from '../region-settings/region-layers.js';
import {
  reportingState,
  type ReportingState,
  type UnitSubmission,
} from '../rules/reporting-status.js';
import { andVisible } from '../visible-rows.js';
import { LedgerReport, LedgerReportOwnership } from './ledger-report.entity.js';
import type { LedgerReportKind, LedgerReportStatus } from './reporting.enums.js';
import { reportingGroups, routeOf, type Route } from './reporting-routes.js';

export interface UnitReporting {
  unitId: string;
  route: Route | null;
  dueAt: Date;
  state: ReportingState;
  /** The latest revision submitted for the period (whatever its status). */
  current: SubmissionRow | null;
  /** The submission that decides on time or late (the earliest not returned). */
  counting: SubmissionRow | null;
}

/** A submission's columns the states are computed from (never the snapshot). */
export interface SubmissionRow {
  id: string;
  unitId: string;
  period: string;
  kind: LedgerReportKind;
  revision: number;
  submittedAt: Date;
  status: LedgerReportStatus;
  returnedAt: Date | null;
}

const asSubmission = (r: SubmissionRow): UnitSubmission => ({
  period: r.period,
  kind: r.kind,
  revision: r.revision,
  submittedAt: new Date(r.submittedAt),
  status: r.status,
  returnedAt: r.returnedAt ? new Date(r.returnedAt) : null,
});

/**
 * The reporting state of each of `unitIds` that keeps a ledger (REPORTING_KINDS, active) and whose
 * reporting the viewer may read (as the unit, its aggregating unit or the receiving office: the
 * LedgerReport declaration's relations), in the order given.
 */
export async function reportingStates(
  ctx: SubgraphContext,
  unitIds: readonly string[],
  period: string,
  asOf: Date = now(),
  field = 'period',
): Promise<UnitReporting[]> {
  const directory = await unitDirectory().get([...new Set(unitIds)]);
  const units = [...new Set(unitIds)]
    .map((id) => directory.get(id))
    .filter((u) => !!u && REPORTING_KINDS.has(u.kind) && u.status === 'ACTIVE')
    .map((u) => u!);
  if (!units.length) return [];
  const groups = await reportingGroups(ctx, { units: units.map((u) => u.id) });
  const j = await jurisdictionOf(ctx);
  const visible: { unit: (typeof units)[number]; route: Route | null }[] = [];
  for (const unit of units) {
    const route = routeOf(unit.id, unit.regionPath, groups);
    const held = await heldRelations(
      LedgerReportOwnership,
      j,
      {
        unitId: unit.id,
        viaUnitId: route?.aggregatorId ?? null,
        receiverId: route?.group.reportsToId ?? null,
      },
      async () => null,
    );
    if (held.size) visible.push({ unit, route });
  }
  if (!visible.length) return [];
  const { em } = ctx;
  const chains = new Map(visible.map((v) => [v.unit.regionPath, chainOfPath(v.unit.regionPath)]));
  const layers = await loadLayers(em, [...chains.values()], {
    days: deadlineWindow([period]),
    periods: [period],
  });
  const dueAtOf = new Map(
    [...chains].map(([path, chain]) => [
      path,
      requireDay(deadlineFor(layers, chain, period), chain, field).dueAt,
    ]),
  );
  // Plain rows, over the submissions the viewer may read (the declaration, in SQL).
  const scope = await andVisible(ctx, LedgerReport, 'r');
  const reports = await em.execute<SubmissionRow[]>(
    `select r.id, r.unit_id as "unitId", r.period, r.kind, r.revision, r.submitted_at as "submittedAt",
            r.status, r.returned_at as "returnedAt"
       from ledger_report r
      where r.unit_id in (?) and r.period <= ?${scope.sql}
      order by r.period, r.revision`,
    [visible.map((v) => v.unit.id), period, ...scope.params],
  );
  const byUnit = new Map<string, SubmissionRow[]>();
  for (const r of reports) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
  // Whether a paused unit must report again is part of its reporting status, the same for every
  // viewer who may see that status (its aggregating unit included): the times debts were
  // registered after a zeroing notice are read for that alone.
  const zeroed = visible
    .map((v) => v.unit.id)
    .filter((id) => (byUnit.get(id) ?? []).some((r) => r.kind === 'ZEROING'));
  // (Plain rows, not entities: nothing but the two columns leaves this module.)
  const debts = zeroed.length
    ? await em.execute<{ debtorId: string; registeredAt: Date }[]>(
        `select a.debtor_id as "debtorId", a.registered_at as "registeredAt" from arrear a
          where a.debtor_id in (?)`,
        [zeroed],
      )
    : [];
  return visible.map(({ unit, route }) => {
    const mine = byUnit.get(unit.id) ?? [];
    const dueAt = dueAtOf.get(unit.regionPath)!;
    const result = reportingState(
      period,
      dueAt,
      asOf,
      mine.map(asSubmission),
      debts.filter((d) => d.debtorId === unit.id).map((d) => new Date(d.registeredAt)),
    );
    const find = (s: UnitSubmission | null) =>
      s ? (mine.find((r) => r.period === period && r.revision === s.revision) ?? null) : null;
    return {
      unitId: unit.id,
      route,
      dueAt,
      state: result.state,
      current: find(result.current),
      counting: find(result.counting),
    };
  });
}
