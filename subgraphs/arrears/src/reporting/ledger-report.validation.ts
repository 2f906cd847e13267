// A monthly submission: the period, the note and the units named, and whether the kind fits the
// ledger as it stands (a nil return from a unit that owes, a zeroing notice with debts left …).
import {
  checkText,
  isUuid,
  money,
  Problems,
  REPORTING_KINDS,
  type DirectoryUnit,
  type Problem,
} from '@arrears-hub/subgraph-kit';
import { ArrearStatus } from '../ledger/arrear.enums.js';
import { LedgerReportKind } from './reporting.enums.js';
import { periodProblems } from './reporting-period.js';

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
  if (s.viaUnitId && (!isUuid(s.viaUnitId) || !units.has(s.viaUnitId)))
    p.add('viaUnitId', `没有编号为“${s.viaUnitId}”的单位（there is no such unit）。`);
  return p.list;
}

/** Whether the kind fits the frozen ledger. */
export function kindProblems(
  kind: LedgerReportKind,
  unitName: string,
  lines: readonly { outstanding: string; status: ArrearStatus }[],
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
