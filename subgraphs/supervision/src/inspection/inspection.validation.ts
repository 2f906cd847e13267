// What a monthly inspection and a follow-up call must satisfy, as problems keyed by the domain
// field. Pure of GraphQL: each takes a plain interface the input satisfies.
import { checkText, isUuid, Problems, todayInChina } from '@arrears-hub/subgraph-kit';
import type { Checked } from '../input-checks.js';
import type { InspectionItem } from './inspection.enums.js';
import { supervisionMessages as msg } from '../messages.js';

export interface InspectionReport {
  inspectedOn: string;
  items: readonly InspectionItem[];
  issuesFound?: string | null;
}

export interface CleanInspection {
  inspectedOn: string;
  items: InspectionItem[];
  issuesFound: string | null;
}

export function checkInspection(
  report: InspectionReport,
  today = todayInChina(),
): Checked<CleanInspection> {
  const p = new Problems();
  p.check(
    report.inspectedOn <= today,
    'inspectedOn',
    msg.dayAfterToday({ what: msg.inspectionDate(), day: report.inspectedOn, today }),
  );
  p.check(report.items.length > 0, 'items', msg.inspectionItemsRequired());
  const issuesFound = checkText(p, report.issuesFound, 'issuesFound', { max: 5000 });
  return {
    problems: p.list,
    value: { inspectedOn: report.inspectedOn, items: [...new Set(report.items)], issuesFound },
  };
}

export interface FollowUpCallReport {
  enterpriseId?: string | null;
  calledOn: string;
  satisfaction: number;
  note?: string | null;
}

export interface CleanFollowUpCall {
  enterpriseId: string | null;
  calledOn: string;
  satisfaction: number;
  note: string | null;
}

export function checkFollowUpCall(
  call: FollowUpCallReport,
  today = todayInChina(),
): Checked<CleanFollowUpCall> {
  const p = new Problems();
  p.check(
    call.calledOn <= today,
    'calledOn',
    msg.dayAfterToday({ what: msg.callDate(), day: call.calledOn, today }),
  );
  p.check(
    Number.isInteger(call.satisfaction) && call.satisfaction >= 1 && call.satisfaction <= 5,
    'satisfaction',
    msg.satisfactionRange(call),
  );
  // Satisfaction counts only from the enterprise reached: a call names it (docs/domain/assessment.md).
  if (!call.enterpriseId) p.add('enterpriseId', msg.enterpriseRequired());
  else
    p.check(isUuid(call.enterpriseId), 'enterpriseId', msg.notAUnitId({ id: call.enterpriseId }));
  const note = checkText(p, call.note, 'note', { max: 2000 });
  return {
    problems: p.list,
    value: {
      enterpriseId: call.enterpriseId || null,
      calledOn: call.calledOn,
      satisfaction: call.satisfaction,
      note,
    },
  };
}
