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
  if (!unit) p.add('unitId', `没有编号为“${s.unitId}”的单位（there is no such unit）。`);
  else if (!REPORTING_KINDS.has(unit.kind))
    p.add('unitId', `${unit.name}（${unit.kind}）不报送台账（this unit keeps no ledger）。`);
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
  if (!route && campaignHasGroups)
    p.add(
      'unitId',
      `${unit.name}尚未分配行业组，不知道报送给哪个汇总单位：请本地区领导小组先指定（assignReportingGroup）（the unit has no sector group yet）。`,
    );
  if (s.viaUnitId && s.viaUnitId !== (route?.aggregatorId ?? null))
    p.add(
      'viaUnitId',
      route
        ? `${unit.name}经${route.group.name}报送，汇总单位由报送路径决定，不能另填（the aggregating unit comes from the unit’s route）。`
        : `${unit.name}不经行业组报送，不能填写汇总单位（the unit reports directly）。`,
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
    p.add(
      'kind',
      `${unitName}有 ${owing} 笔欠款未清：请报送台账（REGULAR），不是“不涉及”（submit a REGULAR report, not a nil return）。`,
    );
  if (kind === LedgerReportKind.ZEROING && (owing || !lines.length))
    p.add(
      'kind',
      lines.length
        ? `${unitName}仍有 ${owing} 笔欠款未清，不能报“阶段性清零”（debts are still outstanding）。`
        : `${unitName}台账中从未有欠款：请报送“不涉及”（NIL）（never had a debt: submit a nil return）。`,
    );
  if (kind === LedgerReportKind.REGULAR && !lines.length)
    p.add(
      'kind',
      `${unitName}台账中没有欠款：请报送“不涉及”（NIL）（no debt in the ledger: submit a nil return）。`,
    );
  return p.list;
}
