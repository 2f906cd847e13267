// The caseTriggers contract (catalogue.ts): another subgraph's relay hands over the cases its rules
// ask for (arrears: a repayment plan in default, a clue past its handling deadline). Each event
// opens one case (sourceEventId is unique: a second delivery finds it and changes nothing), created
// and audited as the hub itself (job:supervision/case-triggers) with the rule and the source record
// in the reason, and the unit and its region's office are told in the same transaction.
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  CASE_TRIGGERS,
  createEntity,
  createRequestContext,
  emitEvent,
  inTransaction,
  jobViewer,
  recipientsOfUnits,
  servePostContract,
  todayInChina,
  unscoped,
  type ContractHandler,
} from '@arrears-hub/subgraph-kit';
import { openingMeasure, triggeredDeadline } from '../rules/triggered-case.js';
import { MEASURE_NAMES } from './case-escalation.js';
import { SupervisionCase } from './case.entity.js';
import { CaseMeasure, CaseStatus, CaseTrigger } from './case.enums.js';
import { supervisionMessages as msg } from '../messages.js';

export function caseContracts(orm: MikroORM): ContractHandler[] {
  return [
    servePostContract(CASE_TRIGGERS, async ({ events }, caller) => {
      const ctx = createRequestContext(orm.em, jobViewer('supervision', 'case-triggers'), {
        requestId: caller.requestId,
      });
      for (const event of events) {
        const known = await ctx.em.findOne(
          SupervisionCase,
          { sourceEventId: event.id },
          unscoped('one case per event, whoever may see it'),
        );
        if (known) continue;
        const t = event.payload;
        const day = todayInChina();
        const measure = CaseMeasure[openingMeasure(t.trigger)];
        await inTransaction(ctx, async (em) => {
          const opened = await createEntity(
            ctx,
            SupervisionCase,
            {
              targetUnitId: t.targetUnitId,
              measure,
              trigger: CaseTrigger[t.trigger],
              description: t.description,
              openedOn: day,
              deadline: triggeredDeadline(day, t.deadlineDays),
              status: CaseStatus.OPEN,
              arrearIds: t.arrearIds,
              sourceEventId: event.id,
              createdBy: `${event.source}:${t.trigger}`,
            },
            {
              em,
              action: 'OPEN_TRIGGERED',
              reason: `${event.source} 规则 ${t.trigger}：${t.source.type} ${t.source.id}`,
            },
          );
          const recipients = (
            await recipientsOfUnits([t.targetUnitId], { regionOffice: true })
          ).get(t.targetUnitId)!;
          await emitEvent(em, {
            topic: 'notice',
            key: `case-opened:${opened.id}`,
            payload: {
              kind: 'CASE_OPENED',
              recipients,
              // Stored as the notice's text, read later by anyone: Chinese, the notices' language.
              text: msg.noticeCaseOpened({
                measure: MEASURE_NAMES[measure](),
                description: t.description,
                deadline: opened.deadline,
              }).zh,
              link: { type: 'Case', id: opened.id },
            },
          });
        });
      }
      return { accepted: events.map((e) => e.id) };
    }),
  ];
}
