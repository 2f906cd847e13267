// Escalating one overdue case (rules/case-escalation.ts): the old case ESCALATED and its stronger
// successor created in one transaction, with a notice to the unit and its region's office raised
// in the same transaction. Used by escalateOverdueCases (a person) and by the case-escalation job
// (the hub itself, audited as job:supervision/case-escalation with the rule named in the reason).
// Idempotent: the case is read again under its row lock, and one escalated or resolved meanwhile
// (by another replica's run, by a person) is left alone.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Message } from '@arrears-hub/protocol';
import {
  addDays,
  changeEntity,
  createEntity,
  emitEvent,
  recipientsOfUnits,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { ESCALATION_DAYS, isOverdue, strongerMeasure } from '../rules/case-escalation.js';
import { SupervisionCase } from './case.entity.js';
import { CaseMeasure, CaseStatus, CaseTrigger } from './case.enums.js';
import { supervisionMessages as msg } from '../messages.js';

/** The measures from mildest to strongest, as the enum lists them. */
export const LADDER = Object.values(CaseMeasure);

/** The measures as the notices name them. */
export const MEASURE_NAMES: Record<CaseMeasure, () => Message> = {
  SUPERVISION_NOTICE: msg.measureSupervisionNotice,
  DEADLINE: msg.measureDeadline,
  LISTED_SUPERVISION: msg.measureListedSupervision,
  TALK: msg.measureTalk,
  CIRCULAR: msg.measureCircular,
  ACCOUNTABILITY_REFERRAL: msg.measureAccountabilityReferral,
};

/** Open cases past their deadline on `day`, oldest deadline first (at most 500 per call). */
export async function overdueCases(
  em: EntityManager,
  day: string,
): Promise<Pick<SupervisionCase, 'id' | 'deadline'>[]> {
  return em.find(
    SupervisionCase,
    { status: CaseStatus.OPEN, deadline: { $lt: day } },
    { orderBy: { deadline: 'asc', id: 'asc' }, limit: 500 },
  );
}

/** Escalates case `id` if it is still overdue on `day`; the new case, or null when it was not. */
export async function escalateCase(
  ctx: SubgraphContext,
  id: string,
  day: string,
): Promise<SupervisionCase | null> {
  return changeEntity(
    ctx,
    SupervisionCase,
    {
      id,
      action: 'ESCALATE',
      label: msg.supervisionCase(),
      reason: `规则 case-escalation（rules/case-escalation.ts）：办结期限已过（${day} 检查），升级一级`,
    },
    async (c, em) => {
      // Escalated or resolved by someone else since it was read: leave it.
      if (!isOverdue(c.status, c.deadline, day)) return null;
      c.status = CaseStatus.ESCALATED;
      const measure = strongerMeasure(LADDER, c.measure);
      const next = await createEntity(
        ctx,
        SupervisionCase,
        {
          targetUnitId: c.targetUnitId,
          measure,
          trigger: CaseTrigger.ESCALATION,
          description: `逾期未办结，升级督办：${c.description}`,
          openedOn: day,
          deadline: addDays(day, ESCALATION_DAYS),
          status: CaseStatus.OPEN,
          arrearIds: [...c.arrearIds],
          escalatedFromId: c.id,
          createdBy: ctx.viewer.id,
        },
        { em, reason: `ESCALATION of SupervisionCase ${c.id}（办结期限 ${c.deadline} 已过）` },
      );
      const recipients = (await recipientsOfUnits([c.targetUnitId], { regionOffice: true })).get(
        c.targetUnitId,
      )!;
      await emitEvent(em, {
        topic: 'notice',
        key: `case-escalated:${c.id}`,
        payload: {
          kind: 'CASE_ESCALATED',
          recipients,
          // Stored as the notice's text, read later by anyone: Chinese, the notices' language.
          text: msg.noticeCaseEscalated({
            description: c.description.slice(0, 60),
            deadline: c.deadline,
            measure: MEASURE_NAMES[measure](),
            next: next.deadline,
          }).zh,
          link: { type: 'Case', id: next.id },
        },
      });
      return next;
    },
  );
}
