// A monthly submission: the period, the note and the unit, whether the unit reports through a
// sector group (and the aggregating unit named, if any, is its route's), and whether the kind fits
// the ledger as it stands (a nil return from a unit that owes, a zeroing notice with debts left …).
import {
  checkText,
  money,
  Problems,
  REPORTING_KINDS,
  type DirectoryUnit,
  type Problem,
} from '@arrears-hub/subgraph-kit';
import { ArrearStatus } from '../ledger/arrear.enums.js';
import { LedgerReportKind } from './reporting.enums.js';
import { periodProblems } from './reporting-period.js';
import type { Route } from './reporting-routes.js';
import { arrearsMessages as msg } from '../messages.js';

export interface Submission {
  unitId: string;
  period: string;
  kind: LedgerReportKind;
  viaUnitId?: string | null;
  note?: string | null;
}

export function submissionProblems(
  s: Submission,
  units: ReadonlyMap<string, DirectoryUnit>,
): Problem[] {
  const p = new Problems().merge(periodProblems(s.period, 'period'));
  checkText(p, s.note, 'note', { max: 2000 });
  const unit = units.get(s.unitId);
  if (!unit) p.add('unitId', msg.noSuchUnitId({ id: s.unitId }));
  else if (!REPORTING_KINDS.has(unit.kind))
    p.add('unitId', msg.unitKeepsNoLedger({ name: unit.name, kind: unit.kind }));
  return p.list;
}

/**
 * The route decides where a submission goes. In a campaign with sector groups a unit without a
 * route cannot submit (the leading group assigns it first); an aggregating unit typed in (the old
 * `viaUnitId`) must be the route's.
 */
export function routeProblems(
  s: Submission,
  unit: Pick<DirectoryUnit, 'name'>,
  route: Route | null,
  campaignHasGroups: boolean,
): Problem[] {
  const p = new Problems();
  if (!route && campaignHasGroups) p.add('unitId', msg.unitWithoutGroup({ name: unit.name }));
  if (s.viaUnitId && s.viaUnitId !== (route?.aggregatorId ?? null))
    p.add(
      'viaUnitId',
      route
        ? msg.aggregatorFromRoute({ name: unit.name, group: route.group.name })
        : msg.reportsDirectly({ name: unit.name }),
    );
  return p.list;
}

/** Whether the kind fits the frozen ledger. */
export function kindProblems(
  kind: LedgerReportKind,
  unitName: string,
  lines: readonly { outstanding: string; status: string }[],
): Problem[] {
  const p = new Problems();
  const owing = lines.filter(
    (l) => money(l.outstanding) !== '0.00' && l.status !== ArrearStatus.WITHDRAWN,
  ).length;
  if (kind === LedgerReportKind.NIL && owing)
    p.add('kind', msg.nilButOwing({ name: unitName, owing }));
  if (kind === LedgerReportKind.ZEROING && (owing || !lines.length))
    p.add(
      'kind',
      lines.length
        ? msg.zeroingButOwing({ name: unitName, owing })
        : msg.zeroingNeverOwed({ name: unitName }),
    );
  if (kind === LedgerReportKind.REGULAR && !lines.length)
    p.add('kind', msg.regularButEmpty({ name: unitName }));
  return p.list;
}
